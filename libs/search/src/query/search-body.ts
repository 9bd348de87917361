import type { estypes } from '@elastic/elasticsearch';
import { CASE_FILTERS } from '@caseatlas/contracts';
import type { CaseFilterTarget, SearchFilter, SearchFilterName, SearchSort } from '@caseatlas/contracts';
import { crossScriptQuery } from '../indexing/cross-script';
import { facetAggregations } from './facets';
import { rowRuleClause } from './row-rule';
import type { CaseRowRule } from './row-rule';
import { interpretableText } from './understanding';
import type { Understanding } from './understanding';

type Query = estypes.QueryDslQueryContainer;
type FilterValues = readonly (string | number | boolean)[];

export interface SearchRequest {
  /** `simple_query_string` syntax, already checked; '' for none. */
  q: string;
  filter: SearchFilter;
  /** The reader's row rule: which cases exist for them. */
  rows: CaseRowRule;
  sort: SearchSort;
  size: number;
  /** Where the previous page ended (its last hit's sort values). */
  searchAfter?: estypes.SortResults;
  /** Changes made after this instant only (alerts of a saved search). */
  changedAfter?: string;
  /** The annotations the reader may see (`annotationsVisibleTo`): searched, filtered and counted. */
  annotations: Query;
  /** What the query names (query/understanding.ts); nothing when it is read as words only. */
  understood?: Understanding;
  /** One side of a ranking in language blocks (query/language-blocks.ts): the cases in `language`, or the others. */
  languageSide?: { language: string; same: boolean };
  /** Whether to count the facets (default true): one side of the language blocks counts them for both. */
  facets?: boolean;
}

/** Nothing understood: the query is read as words only (`interpret=false`, or no thesaurus match). */
export const NOTHING_UNDERSTOOD: Understanding = { interpretation: [], equivalents: [], conceptNameWords: 0 };
/** Up to three words all must match; of more, three in four. */
const RELAXED_MATCH = '3<75%';
/**
 * What a case gains for carrying each thing the query names (a concept, a country, most of its
 * words among its concept names): far above any text score (under 200 on the demo and bench
 * data), so cases rank first by how much of what the query names they carry, then by their words.
 * A Russian case carrying forced labour comes before one that only says «принудительный труд» in
 * passing, whatever their texts score.
 */
const TIER = 1000;
/**
 * The prefix of the names of the tier clauses (what the query names): a hit's `matched_queries`
 * say its tier (query/language-blocks.ts).
 */
export const NAMED = 'named:';

/**
 * Per word of the query found among a case's concept names, times its rarity (IDF, about 0.5–2
 * here): a case carrying what the query names without its words outranks one with only the words.
 * Chosen on the development sets (1, 2, 4, 8: the other language's recall rose with it, the rest held).
 */
const CONCEPT_NAMES_BOOST = 8;

/** The fields searched for text, with their weights. */
export const TEXT_FIELDS = ['title^3', 'summary^2', 'facts', 'region', 'courtName'];

const terms = (field: string) => (values: FilterValues) => ({ terms: { [field]: [...values] } as never });
const nested = (path: string, query: Query): Query => ({ nested: { path, query } });
const numbers = (values: FilterValues) => values.map(Number);
// Boolean filters: sending both true and false asks for everything.
const either = (field: string) => (values: FilterValues) =>
  new Set(values).size > 1 ? { match_all: {} } : { term: { [field]: values[0] } };

/**
 * Each filter target as an Elasticsearch query on the case document: the same meaning as the
 * case repository's SQL for the same target. Exhaustive: a new target does not compile without one.
 */
const TARGET_QUERIES: Record<CaseFilterTarget, (values: FilterValues) => Query> = {
  id: (values) => ({ ids: { values: values.map(String) } }),
  reference: terms('reference'),
  // Search takes its text as `q`, not this filter (search-parameters.ts); kept to the cheap
  // queries, never a wildcard a reader could make costly.
  titleOrReference: (values) => ({
    bool: {
      should: values.flatMap((value) => [
        { match_phrase_prefix: { title: String(value) } },
        { prefix: { reference: { value: String(value), case_insensitive: true } } },
      ]),
      minimum_should_match: 1,
    },
  }),
  jurisdiction: terms('jurisdiction'),
  status: terms('status'),
  courtLevel: terms('courtLevel'),
  acts: terms('acts'),
  means: terms('means'),
  exploitationPurposes: terms('exploitationPurposes'),
  sectors: terms('sectors'),
  'charges.statute': terms('statutes'),
  'defendants.verdict': terms('verdicts'),
  // Every bound sent must hold, so the tightest one decides. Life is longer than any term.
  'defendants.custodialMonths.min': (values) =>
    nested('defendants', {
      bool: {
        should: [
          { range: { 'defendants.custodialMonths': { gte: Math.max(...numbers(values)) } } },
          { term: { 'defendants.life': true } },
        ],
        minimum_should_match: 1,
      },
    }),
  'defendants.custodialMonths.max': (values) =>
    nested('defendants', { range: { 'defendants.custodialMonths': { lte: Math.min(...numbers(values)) } } }),
  'route.countries': terms('routeCountries'),
  'route.origin': terms('route.origin'),
  'route.transit': terms('route.transit'),
  'route.destination': terms('route.destination'),
  crossBorder: either('crossBorder'),
  'cooperation.instruments': terms('cooperationInstruments'),
  'victims.minors': either('minorsInvolved'),
  verdictYear: terms('year'),
  'verdictYear.min': (values) => ({ range: { year: { gte: Math.max(...numbers(values)) } } }),
  'verdictYear.max': (values) => ({ range: { year: { lte: Math.min(...numbers(values)) } } }),
  tags: terms('tags'),
};

/**
 * The clauses of the active filters, by filter name. An empty list matches nothing. `annotations`
 * is the reader's annotation rule: a tag counts only on an annotation they may see.
 */
export function filterClauses(filter: SearchFilter, annotations: Query): Map<SearchFilterName, Query> {
  const clauses = new Map<SearchFilterName, Query>();
  for (const [name, values] of Object.entries(filter) as [SearchFilterName, FilterValues][]) {
    if (!values.length) clauses.set(name, { match_none: {} });
    else if (name === 'annotationTag') {
      clauses.set(name, nested('annotations', { bool: { filter: [annotations, terms('annotations.tags')(values)] } }));
    } else clauses.set(name, TARGET_QUERIES[CASE_FILTERS[name].target](values));
  }
  return clauses;
}

/**
 * The text part: the query as typed on the texts, or keyed across scripts on `crossScript`, or
 * in the comments and tags of the annotations the reader may see.
 */
const SYNTAX = { default_operator: 'and', flags: 'AND|OR|NOT|PHRASE|PREFIX|PRECEDENCE|WHITESPACE|ESCAPE' } as const;

/** Pure: the cases with every word of the query in their texts. */
function everyWord(q: string): Query {
  return { simple_query_string: { ...SYNTAX, query: q, fields: TEXT_FIELDS } };
}

export function textQuery(q: string, annotations: Query, understood: Understanding = NOTHING_UNDERSTOOD): Query | null {
  if (q.trim() === '') return null;
  // A query written in the search syntax (+word, -word, a | b) is read exactly as written.
  const asWritten = usesSearchOperators(q);
  const common = SYNTAX;
  const matching: Query = {
    bool: {
      should: [
        // Every word: ranked first, with the phrase's words close together above the rest.
        { simple_query_string: { ...common, query: q, fields: TEXT_FIELDS, boost: 2 } },
        // Most words: a natural query finds the case that has three of its four words, below those
        // with all four (up to three words, all are needed).
        ...(asWritten
          ? []
          : [
              {
                simple_query_string: {
                  ...common,
                  default_operator: 'or' as const,
                  minimum_should_match: RELAXED_MATCH,
                  query: q,
                  fields: TEXT_FIELDS,
                  boost: 0.5,
                },
              },
            ]),
        // What the query names: the cases carrying it in their structured fields, whatever their
        // language or wording, and its names in the other languages in their texts.
        ...understood.interpretation.map(({ field, value }) =>
          field === 'routeDestination'
            ? // A country named: cases whose victims were taken there, then that country's own cases.
              {
                bool: {
                  should: [
                    {
                      constant_score: {
                        filter: { term: { 'route.destination': value } },
                        boost: TIER,
                        _name: `${NAMED}${field}:${value}`,
                      },
                    },
                    { constant_score: { filter: { term: { jurisdiction: value } }, boost: TIER / 2 } },
                  ],
                },
              }
            : {
                constant_score: {
                  filter: { term: { [field]: value } },
                  boost: TIER,
                  _name: `${NAMED}${field}:${value}`,
                },
              },
        ),
        // Most of the query's words among the names of what each case carries, in every
        // language: a concept named in words the lexicon lacks still counts, word by word. Not
        // for one word alone: "person" or «работа» is in some concept's names and would find
        // nearly every case (one word that names a concept is the lexicon's to understand).
        ...(understood.conceptNameWords >= 2 && !asWritten
          ? [
              {
                constant_score: {
                  filter: {
                    match: { conceptNames: { query: interpretableText(q), minimum_should_match: RELAXED_MATCH } },
                  },
                  boost: TIER,
                  _name: `${NAMED}conceptNames`,
                },
              },
              // And by the rarity of the words found, among cases of one tier.
              {
                match: {
                  conceptNames: {
                    query: interpretableText(q),
                    minimum_should_match: RELAXED_MATCH,
                    boost: CONCEPT_NAMES_BOOST,
                  },
                },
              },
            ]
          : []),
        ...(understood.equivalents.length
          ? [
              {
                simple_query_string: {
                  ...common,
                  default_operator: 'or' as const,
                  query: understood.equivalents.map((phrase) => `"${phrase.replace(/["\\]/g, ' ')}"`).join(' | '),
                  fields: TEXT_FIELDS,
                  boost: 1,
                },
              },
            ]
          : []),
        // Lower weight: it is the coarse recall field ("Toshkent" finds "Ташкенте").
        { simple_query_string: { ...common, query: crossScriptQuery(q), fields: ['crossScript^0.3'] } },
        nested('annotations', {
          bool: {
            filter: [annotations],
            must: [
              { simple_query_string: { ...common, query: q, fields: ['annotations.comment', 'annotations.tags'] } },
            ],
          },
        }),
      ],
      minimum_should_match: 1,
    },
  };
  const language = queryLanguageOf(q);
  // Among equally good cases, those in the query's language first: a Russian reader's own
  // decisions before translations' worth of others (which still come, through the concepts).
  return language
    ? { bool: { must: [matching], should: [{ term: { language: { value: language, boost: 1 } } }] } }
    : matching;
}

/**
 * Pure: whether the query uses the operators of the search syntax (`+word`, `-word`, `|`): such a
 * query means exactly what it says, so neither its concepts nor most-of-its-words widen it.
 */
export function usesSearchOperators(q: string): boolean {
  return /(^|\s)[+-]\S|\|/.test(q);
}

/**
 * Pure: the language whose cases a relevance ranking shows in blocks with the others' (results
 * 1–10 in the query's language, 11–20 in the others…; query/language-blocks.ts), so that a page
 * shows the other language's cases of the same kind beside the reader's own: when the query is
 * read for what it names and its script says its language.
 */
export function languageBlocksOf(parameters: { q: string; sort: SearchSort; interpret: boolean }): string | undefined {
  if (parameters.sort !== 'relevance' || !parameters.interpret || usesSearchOperators(parameters.q)) return undefined;
  return queryLanguageOf(parameters.q);
}

/**
 * Pure: the bodies of one page of a ranking in language blocks: the cases in the query's language
 * (which count the facets for both sides) and the others, each from where its side ended.
 */
export function buildLanguageSideBodies(
  request: Omit<SearchRequest, 'searchAfter' | 'languageSide'>,
  language: string,
  after: { same?: estypes.SortResults; other?: estypes.SortResults } = {},
): [estypes.SearchRequest, estypes.SearchRequest] {
  const side = (same: boolean) =>
    buildSearchBody({
      ...request,
      searchAfter: same ? after.same : after.other,
      languageSide: { language, same },
      facets: same && request.facets !== false,
    });
  return [side(true), side(false)];
}

/** Pure: the language of the case texts a query is most likely written for, by its script. */
export function queryLanguageOf(q: string): 'ru' | 'en' | undefined {
  if (/\p{Script=Cyrillic}/u.test(q)) return 'ru';
  return /[A-Za-z]/.test(q) ? 'en' : undefined;
}

export function sortOf(sort: SearchSort): estypes.SortCombinations[] {
  const tiebreak: estypes.SortCombinations = { id: 'asc' };
  switch (sort) {
    case 'relevance':
      // Among equally relevant cases (a concept alone scores the same for all that carry it),
      // the latest decisions first, then by reference: the same order on every index built.
      return [
        { _score: { order: 'desc' } },
        { 'timeline.firstInstanceVerdict': { order: 'desc', missing: Date.UTC(1000, 0, 1) } },
        { reference: 'asc' },
        tiebreak,
      ];
    case 'verdictDate':
      // Explicit values for what is missing (epoch milliseconds of the year 1000; -1 month): the
      // defaults, the smallest long, do not survive a round trip through JSON in a page cursor.
      return [{ 'timeline.firstInstanceVerdict': { order: 'desc', missing: Date.UTC(1000, 0, 1) } }, tiebreak];
    case 'sentence':
      return [{ lifeSentence: 'desc' }, { maxCustodialMonths: { order: 'desc', missing: -1 } }, tiebreak];
  }
}

/**
 * Pure: the body of one search. The row rule and the text go into `query`, so hits, totals and
 * every facet count only what the reader may see; the filters go into `post_filter`, and each
 * facet is counted under every active filter but its own, so a count says what a click gives.
 */
export function buildSearchBody(request: SearchRequest): estypes.SearchRequest {
  const text = textQuery(request.q, request.annotations, request.understood);
  const clauses = filterClauses(request.filter, request.annotations);
  const base: Query[] = [rowRuleClause(request.rows)];
  if (request.changedAfter) base.push({ range: { updatedAt: { gt: request.changedAfter } } });
  const aggregations = facetAggregations(clauses, request.annotations);
  const side = request.languageSide;
  // The query's side: its language's cases, and any case with every word of it (an Uzbek case
  // holding the Uzbek words typed is the reader's own language, whatever the script says).
  const language: Query | undefined = side && {
    bool: { should: [{ term: { language: side.language } }, everyWord(request.q)], minimum_should_match: 1 },
  };
  return {
    size: request.size,
    track_total_hits: true,
    query: { bool: { must: text ? [text] : [], filter: base } },
    // The language side too is a post filter: the facets count both sides.
    post_filter: {
      bool: {
        filter: [...clauses.values(), ...(language && side?.same ? [language] : [])],
        must_not: language && !side?.same ? [language] : [],
      },
    },
    sort: sortOf(request.sort),
    ...(request.searchAfter ? { search_after: request.searchAfter } : {}),
    _source: ['id', 'reference', 'title', 'jurisdiction', 'year', 'status', 'language'],
    ...(request.facets === false ? {} : { aggregations }),
    ...(text
      ? {
          highlight: {
            encoder: 'html',
            pre_tags: ['<mark>'],
            post_tags: ['</mark>'],
            fields: {
              title: { number_of_fragments: 0 },
              summary: { fragment_size: 180, number_of_fragments: 2 },
              facts: { fragment_size: 180, number_of_fragments: 3 },
            },
          },
        }
      : {}),
  };
}
