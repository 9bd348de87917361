import { similarReasons } from './similarReasons';

describe('similarReasons', () => {
  it('names every shared value, strongest first, the wording last', () => {
    expect(
      similarReasons({
        wording: true,
        statutes: ['KZ-CC-128-3'],
        exploitationPurposes: ['forced_labour'],
        means: ['deception', 'debt_bondage'],
        routeCountries: ['RU'],
        sectors: [],
      }),
    ).toEqual([
      { key: 'statute', value: 'KZ-CC-128-3' },
      { key: 'purpose', value: 'forced_labour' },
      { key: 'means', value: 'deception' },
      { key: 'means', value: 'debt_bondage' },
      { key: 'route_country', value: 'RU' },
      { key: 'wording' },
    ]);
  });

  it('gives nothing when nothing is shared', () => {
    expect(
      similarReasons({
        wording: false,
        statutes: [],
        exploitationPurposes: [],
        means: [],
        routeCountries: [],
        sectors: [],
      }),
    ).toEqual([]);
  });
});
