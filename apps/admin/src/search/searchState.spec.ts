import { filterValueOf, parseSearchState, serializeSearchState, toggleValue } from './searchState';

describe('search state in the address', () => {
  it('round-trips q, filter and sort', () => {
    const state = {
      q: '"долговая кабала" +Дубай',
      filter: { exploitationPurpose: ['forced_labour'], crossBorder: [true], verdictYear: [2019] },
      sort: 'sentence' as const,
    };
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
  });

  it('leaves empty parts out', () => {
    expect(serializeSearchState({ q: '  ', filter: { means: [] } }).toString()).toBe('');
  });

  it('drops what a hand-edited address gets wrong instead of failing', () => {
    expect(parseSearchState(new URLSearchParams('filter=%7Bnot-json&sort=price'))).toEqual({
      q: '',
      filter: {},
      sort: undefined,
    });
    const params = new URLSearchParams({
      filter: JSON.stringify({ means: 'fraud', toString: ['x'], unknown: ['y'], sector: [{}, null, 'agriculture'] }),
    });
    expect(parseSearchState(params).filter).toEqual({ means: ['fraud'], sector: ['agriculture'] });
  });
});

describe('facet values as filter values', () => {
  it('gives boolean filters booleans and whole-number filters numbers', () => {
    expect(filterValueOf('crossBorder', 'true')).toBe(true);
    expect(filterValueOf('minorVictims', 'false')).toBe(false);
    expect(filterValueOf('verdictYear', '2019')).toBe(2019);
    expect(filterValueOf('statute', 'KZ-CC-128-3')).toBe('KZ-CC-128-3');
  });

  it('toggles a value on and off, dropping a filter left empty', () => {
    const on = toggleValue({ means: ['fraud'] }, 'crossBorder', true);
    expect(on).toEqual({ means: ['fraud'], crossBorder: [true] });
    expect(toggleValue(on, 'crossBorder', true)).toEqual({ means: ['fraud'] });
    expect(toggleValue({ verdictYear: [2019, 2020] }, 'verdictYear', 2019)).toEqual({ verdictYear: [2020] });
  });
});
