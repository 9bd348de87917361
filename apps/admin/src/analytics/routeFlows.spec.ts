import { sankeyOf } from './routeFlows';

const name = (stage: string, country: string | null) => `${country ?? '-'} ${stage}`;

describe('sankeyOf', () => {
  it('makes a node per country and stage, passes routes without transit through "no transit", and adds up links', () => {
    const { nodes, links } = sankeyOf(
      [
        { origin: 'KZ', transit: 'KG', destination: 'RU', cases: 6, victims: 10, small: false },
        { origin: 'KZ', transit: 'KG', destination: 'AE', cases: 2, victims: 3, small: true },
        { origin: 'UZ', transit: null, destination: 'KZ', cases: 1, victims: 1, small: true },
      ],
      name,
    );
    expect(nodes.map((node) => node.name)).toEqual([
      'KZ origin',
      'KG transit',
      'RU destination',
      'AE destination',
      'UZ origin',
      '- transit',
      'KZ destination',
    ]);
    expect(links).toEqual([
      { source: 0, target: 1, value: 8, victims: 13, small: false },
      { source: 1, target: 2, value: 6, victims: 10, small: false },
      { source: 1, target: 3, value: 2, victims: 3, small: true },
      { source: 4, target: 5, value: 1, victims: 1, small: true },
      { source: 5, target: 6, value: 1, victims: 1, small: true },
    ]);
  });
});
