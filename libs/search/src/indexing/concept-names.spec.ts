import { conceptNamesOf, countryNames } from './concept-names';

const nothing = { acts: [], means: [], exploitationPurposes: [], sectors: [], destinations: [] };

describe('conceptNamesOf', () => {
  it('gives every name of what a case carries, in every language, once', () => {
    const names = conceptNamesOf({ ...nothing, means: ['debt_bondage'], destinations: ['TR'] });
    expect(names).toEqual(expect.arrayContaining(['Debt bondage', 'Долговая кабала', 'Turkey', 'Турция', 'Түркия']));
    expect(new Set(names).size).toBe(names.length);
    expect(conceptNamesOf(nothing)).toEqual([]);
  });
});

describe('countryNames', () => {
  it('keeps the names case texts use apart from the region’s languages', () => {
    const { written, regional } = countryNames('AE');
    expect(written).toEqual(expect.arrayContaining(['United Arab Emirates', 'UAE', 'ОАЭ']));
    expect(regional).toContain('Birlashgan Arab Amirliklari');
  });
});
