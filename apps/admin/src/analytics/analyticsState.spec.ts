import {
  analyticsAddress,
  isColumnCount,
  jurisdictionsToShow,
  legislationJurisdictions,
  listParameter,
} from './analyticsState';

describe('analyticsAddress', () => {
  it('carries the search text and filter, and the view’s own lists as comma-separated values', () => {
    expect(
      analyticsAddress(
        '/analytics/compare',
        { q: 'debt', filter: { jurisdiction: ['KZ', 'UZ'] } },
        {
          jurisdictions: ['KZ', 'UZ'],
        },
      ),
    ).toBe(
      '/analytics/compare?q=debt&filter=%7B%22jurisdiction%22%3A%5B%22KZ%22%2C%22UZ%22%5D%7D&jurisdictions=KZ%2CUZ',
    );
  });

  it('leaves out what is empty', () => {
    expect(analyticsAddress('/analytics', { q: ' ', filter: {} }, { jurisdictions: [] })).toBe('/analytics');
  });
});

describe('listParameter', () => {
  it('splits on commas, dropping blanks and repeats', () => {
    expect(listParameter(new URLSearchParams('jurisdictions=KZ,,UZ, KZ'), 'jurisdictions')).toEqual(['KZ', 'UZ']);
    expect(listParameter(new URLSearchParams(''), 'jurisdictions')).toEqual([]);
  });
});

describe('isColumnCount', () => {
  it('takes two to six', () => {
    expect([1, 2, 6, 7].map(isColumnCount)).toEqual([false, true, true, false]);
  });
});

describe('jurisdictionsToShow', () => {
  const byCases = [
    { key: 'TJ', cases: 3 },
    { key: 'KZ', cases: 40 },
    { key: 'UZ', cases: 25 },
    { key: 'KG', cases: 0 },
  ];

  it('keeps the filter’s two to six jurisdictions as chosen', () => {
    expect(jurisdictionsToShow({ jurisdiction: ['UZ', 'TJ'] }, byCases)).toEqual(['UZ', 'TJ']);
  });

  it('otherwise takes those with most cases, leaving out those with none', () => {
    expect(jurisdictionsToShow({}, byCases)).toEqual(['KZ', 'UZ', 'TJ']);
  });

  it('with one chosen jurisdiction, gives that one only (too few for the statutes chart)', () => {
    expect(jurisdictionsToShow({ jurisdiction: ['KZ'] }, byCases)).toEqual(['KZ']);
  });
});

describe('legislationJurisdictions', () => {
  const byCases = [
    { key: 'UZ', cases: 40 },
    { key: 'KZ', cases: 90 },
    { key: 'AE', cases: 7 },
    { key: 'KG', cases: 12 },
    { key: 'TR', cases: 0 },
  ];

  it('shows the chosen ones', () => {
    expect(legislationJurisdictions(['AE', 'TR'], byCases)).toEqual({ jurisdictions: ['AE', 'TR'], example: false });
  });

  it('shows the three with most cases as an example when none is chosen', () => {
    expect(legislationJurisdictions([], byCases)).toEqual({ jurisdictions: ['KZ', 'UZ', 'KG'], example: true });
  });

  it('waits for a second choice rather than replacing the one made', () => {
    expect(legislationJurisdictions(['AE'], byCases)).toEqual({ jurisdictions: ['AE'], example: false });
  });

  it('shows nothing while the case counts are on their way, or when fewer than two countries have cases', () => {
    expect(legislationJurisdictions([], undefined)).toEqual({ jurisdictions: [], example: false });
    expect(legislationJurisdictions([], [{ key: 'KZ', cases: 3 }])).toEqual({ jurisdictions: [], example: false });
  });
});
