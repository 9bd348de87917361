import { analyticsAddress, isColumnCount, jurisdictionsToShow, listParameter } from './analyticsState';

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
