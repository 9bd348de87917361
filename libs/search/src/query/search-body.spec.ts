import {
  buildLanguageSideBodies,
  languageBlocksOf,
  NOTHING_UNDERSTOOD,
  queryLanguageOf,
  textQuery,
  usesSearchOperators,
} from './search-body';

const annotations = { match_all: {} };
const json = (value: unknown) => JSON.stringify(value);

describe('textQuery', () => {
  it('matches every word first, most words next, and each understood concept as a case field', () => {
    const query = textQuery('debt bondage in Turkey', annotations, {
      conceptNameWords: 4,
      interpretation: [
        { text: 'debt bondage', field: 'means', value: 'debt_bondage' },
        { text: 'Turkey', field: 'routeDestination', value: 'TR' },
      ],
      equivalents: ['Долговая кабала', 'Турция'],
    });
    const text = json(query);
    expect(text).toContain('"default_operator":"and","flags"');
    expect(text).toContain('"minimum_should_match":"3<75%"');
    expect(text).toContain('{"term":{"means":"debt_bondage"}}');
    expect(text).toContain('{"term":{"route.destination":"TR"}}');
    expect(text).toContain('{"term":{"jurisdiction":"TR"}}');
    expect(text).toContain('\\"Долговая кабала\\" | \\"Турция\\"');
    expect(text).toContain('{"match":{"conceptNames":{"query":"debt bondage in Turkey"');
    // Carrying a thing named, or most words among the concept names: each a tier of its own,
    // above any text score.
    expect(text).toContain('"boost":1000,"_name":"named:means:debt_bondage"');
    expect(text).toContain('"boost":1000,"_name":"named:routeDestination:TR"');
    expect(text).toContain('"boost":1000,"_name":"named:conceptNames"');
    // Cases in the query's language first among equals.
    expect(query).toMatchObject({ bool: { should: [{ term: { language: { value: 'en' } } }] } });
  });

  it('reads a query in the search syntax as written: no most-words clause, no concept names', () => {
    const text = json(
      textQuery('recruitment +dormitories', annotations, { ...NOTHING_UNDERSTOOD, conceptNameWords: 2 }),
    );
    expect(text).not.toContain('3<75%');
    expect(text).not.toContain('conceptNames');
  });

  it('looks for the words among the concept names only when the query is interpreted, of two words or more, not its quotes', () => {
    expect(json(textQuery('debt bondage', annotations, NOTHING_UNDERSTOOD))).not.toContain('conceptNames');
    // One word alone ("person") is in some concept's names: it would find nearly every case.
    expect(json(textQuery('person', annotations, { ...NOTHING_UNDERSTOOD, conceptNameWords: 1 }))).not.toContain(
      'conceptNames',
    );
    const quoted = json(
      textQuery('"debt bondage" Turkey women', annotations, { ...NOTHING_UNDERSTOOD, conceptNameWords: 2 }),
    );
    expect(quoted).toContain('{"match":{"conceptNames":{"query":"Turkey women"');
  });

  it('is nothing for an empty query', () => {
    expect(textQuery('  ', annotations)).toBeNull();
  });
});

describe('usesSearchOperators and queryLanguageOf', () => {
  it.each([
    ['recruitment +dormitories', true],
    ['labour -Turkey', true],
    ['a | b', true],
    ['Алма-Ата KZ-CC-128-3', false],
    ['"debt bondage"', false],
  ])('%s → %s', (q, expected) => expect(usesSearchOperators(q)).toBe(expected));

  it('takes the script for the language of the cases asked for', () => {
    expect(queryLanguageOf('долговая кабала')).toBe('ru');
    expect(queryLanguageOf('debt bondage')).toBe('en');
    expect(queryLanguageOf('128')).toBeUndefined();
  });
});

describe('languageBlocksOf and buildLanguageSideBodies', () => {
  it('ranks in language blocks a relevance search read for what it names, in a script that says its language', () => {
    expect(languageBlocksOf({ q: 'долговая кабала', sort: 'relevance', interpret: true })).toBe('ru');
    expect(languageBlocksOf({ q: 'debt bondage', sort: 'relevance', interpret: true })).toBe('en');
    expect(languageBlocksOf({ q: 'debt bondage', sort: 'verdictDate', interpret: true })).toBeUndefined();
    expect(languageBlocksOf({ q: 'debt bondage', sort: 'relevance', interpret: false })).toBeUndefined();
    expect(languageBlocksOf({ q: 'debt +bondage', sort: 'relevance', interpret: true })).toBeUndefined();
    expect(languageBlocksOf({ q: '128', sort: 'relevance', interpret: true })).toBeUndefined();
  });

  it('asks each side from where it ended, the query’s language with the facets, the others without', () => {
    const request = {
      q: 'debt bondage',
      filter: { jurisdiction: ['KZ'] },
      rows: { readable: ['published' as const], hiddenWhileIndexing: [] },
      sort: 'relevance' as const,
      size: 21,
      annotations,
    };
    const [same, other] = buildLanguageSideBodies(request, 'en', { other: [3.5, 0, 'KZ-1', 'id'] });
    // The query's side: its language, and any case with every word of it.
    const querySide = {
      bool: {
        should: [
          { term: { language: 'en' } },
          { simple_query_string: expect.objectContaining({ query: 'debt bondage', default_operator: 'and' }) },
        ],
        minimum_should_match: 1,
      },
    };
    expect(same.post_filter).toEqual({
      bool: { filter: [{ terms: { jurisdiction: ['KZ'] } }, querySide], must_not: [] },
    });
    expect(other.post_filter).toEqual({
      bool: { filter: [{ terms: { jurisdiction: ['KZ'] } }], must_not: [querySide] },
    });
    expect(same.aggregations).toBeDefined();
    expect(other.aggregations).toBeUndefined();
    expect(same.search_after).toBeUndefined();
    expect(other.search_after).toEqual([3.5, 0, 'KZ-1', 'id']);
    expect([same.size, other.size]).toEqual([21, 21]);
    // Both sides rank by the same query: scores compare.
    expect(same.query).toEqual(other.query);
    // A page after the first counts no facets on either side.
    const later = buildLanguageSideBodies({ ...request, facets: false }, 'en', { same: [1, 0, 'KZ-2', 'id'] });
    expect(later.map((side) => side.aggregations)).toEqual([undefined, undefined]);
    expect(later[0].highlight).toEqual(same.highlight);
  });
});
