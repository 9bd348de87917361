import { defaultSearchName, filterSummary, saveProblemsOf, withoutAlertsOf } from './savedSearch';
import type { FilterWording } from './savedSearch';
import type { AlertsResult, SavedSearchAlert, SearchFilter } from './types';

const wording: FilterWording = {
  filterLabel: (name) => ({ exploitationPurpose: 'Purpose', routeDestination: 'Destination' })[name as string] ?? name,
  valueLabel: (_name, value) =>
    ({ forced_labour: 'Forced labour', RU: 'Russia', TR: 'Türkiye' })[String(value)] ?? String(value),
};

describe('filterSummary', () => {
  it('names each filter and its values in words, in the order they were chosen', () => {
    const filter: SearchFilter = { routeDestination: ['RU', 'TR'], exploitationPurpose: ['forced_labour'] };
    expect(filterSummary(filter, wording)).toEqual(['Destination: Russia, Türkiye', 'Purpose: Forced labour']);
  });

  it('leaves out empty and unknown filters', () => {
    const filter = { routeDestination: [], piracy: ['yes'] } as unknown as SearchFilter;
    expect(filterSummary(filter, wording)).toEqual([]);
  });
});

describe('defaultSearchName', () => {
  it('is the text as typed when there is one', () => {
    expect(defaultSearchName({ q: '  "debt bondage" ', filter: { routeDestination: ['RU'] } }, wording)).toBe(
      '"debt bondage"',
    );
  });

  it('is the filters in words without a text, and empty for a search of everything', () => {
    expect(
      defaultSearchName(
        { q: ' ', filter: { exploitationPurpose: ['forced_labour'], routeDestination: ['RU'] } },
        wording,
      ),
    ).toBe('Purpose: Forced labour; Destination: Russia');
    expect(defaultSearchName({ q: '', filter: {} }, wording)).toBe('');
  });

  it('is cut to the 120 characters the API accepts', () => {
    const name = defaultSearchName({ q: 'долговая кабала '.repeat(20), filter: {} }, wording);
    expect(name).toHaveLength(120);
    expect(name.endsWith('…')).toBe(true);
  });
});

describe('saveProblemsOf', () => {
  it('puts the name’s problem under the name and the others above it', () => {
    const error = {
      status: 400,
      body: {
        problems: [
          { path: 'name', rule: 'matches', message: 'name must not be blank' },
          { path: 'q', rule: 'syntax', message: 'q has a quote at character 1 that is never closed' },
          { path: 'filter.exploitationPurpose', rule: 'isIn', message: 'piracy is not a purpose' },
        ],
      },
    };
    expect(saveProblemsOf(error)).toEqual({
      name: 'name must not be blank',
      others: ['q has a quote at character 1 that is never closed', 'piracy is not a purpose'],
    });
  });

  it('leaves anything but a 400 with problems to the general error notification', () => {
    expect(saveProblemsOf({ status: 500, body: { message: 'boom' } })).toBeUndefined();
    expect(saveProblemsOf({ status: 400, body: { message: 'Bad Request' } })).toBeUndefined();
    expect(saveProblemsOf(new Error('offline'))).toBeUndefined();
    expect(saveProblemsOf(undefined)).toBeUndefined();
  });
});

describe('withoutAlertsOf', () => {
  const alertOf = (id: string, count: number): SavedSearchAlert => ({
    savedSearch: { id, name: id, q: '', filter: {}, createdAt: '2026-01-01T00:00:00Z', seenAt: '2026-01-01T00:00:00Z' },
    count,
    hits: [],
  });
  const result: AlertsResult = { total: 5, alerts: [alertOf('a', 2), alertOf('b', 3)] };

  it('reads a saved search’s alerts when it is marked as seen', () => {
    expect(withoutAlertsOf(result, 'a', false)).toEqual({ total: 3, alerts: [alertOf('a', 0), alertOf('b', 3)] });
  });

  it('drops a deleted saved search and its alerts', () => {
    expect(withoutAlertsOf(result, 'b', true)).toEqual({ total: 2, alerts: [alertOf('a', 2)] });
  });
});
