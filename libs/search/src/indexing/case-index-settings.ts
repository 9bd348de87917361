import type { estypes } from '@elastic/elasticsearch';

/**
 * Text analysis for case texts, identical in CI (the integ-test node plus our
 * `caseatlas-analysis` plugin) and in production (the official image's analysis-common).
 * Only analysis-common names and parameters are used, so both resolve them the same way.
 *
 * - caseatlas_apostrophes: Uzbek Latin writes oʻ/gʻ with half a dozen look-alike marks, or
 *   none; dropping them all makes "o'g'li", "oʻgʻli" and "ogli" one word (recall over the
 *   o/oʻ distinction). ё is read as е, as Russian readers do.
 * - lowercase + asciifolding: Latin diacritics (ş, ç, ö…) match their plain spellings;
 *   Cyrillic (Russian and Kazakh letters) is left alone.
 * - light_russian rather than Snowball russian: it conflates noun cases Snowball keeps apart
 *   ("людьми"/"людей", "детьми"/"детей"), which matter most in case texts. English uses
 *   Porter. Each stemmer only touches its own alphabet, and case texts mix them.
 */
export const CASE_TEXT_ANALYSIS: estypes.IndicesIndexSettingsAnalysis = {
  char_filter: {
    caseatlas_apostrophes: {
      type: 'mapping',
      mappings: ["' =>", '` =>', '´ =>', 'ʻ =>', 'ʼ =>', '‘ =>', '’ =>', 'ё => е', 'Ё => Е'],
    },
  },
  filter: {
    caseatlas_folding: { type: 'asciifolding', preserve_original: false },
    caseatlas_russian_stemmer: { type: 'stemmer', language: 'light_russian' },
    caseatlas_english_stemmer: { type: 'stemmer', language: 'english' },
    caseatlas_stop: { type: 'stop', stopwords: ['_english_', '_russian_'] },
    // The index has no stemmer for Kazakh, Kyrgyz or Uzbek, whose endings pile up on the stem:
    // six letters keep the stem ("мәжбүрлеу", "мәжбүрлі") and rarely join two words.
    caseatlas_stem_prefix: { type: 'truncate', length: 6 },
  },
  analyzer: {
    case_text: {
      type: 'custom',
      char_filter: ['caseatlas_apostrophes'],
      tokenizer: 'standard',
      filter: ['lowercase', 'caseatlas_folding', 'caseatlas_russian_stemmer', 'caseatlas_english_stemmer'],
    },
    /** The thesaurus' names of a case's concepts, in every language: words matter, not their order. */
    concept_names: {
      type: 'custom',
      char_filter: ['caseatlas_apostrophes'],
      tokenizer: 'standard',
      filter: [
        'lowercase',
        'caseatlas_folding',
        'caseatlas_stop',
        'caseatlas_russian_stemmer',
        'caseatlas_english_stemmer',
        'caseatlas_stem_prefix',
      ],
    },
  },
};

export const CASE_INDEX_SETTINGS: estypes.IndicesIndexSettings = {
  analysis: CASE_TEXT_ANALYSIS,
};

/**
 * Shards and replicas of a new generation (ELASTICSEARCH_SHARDS, ELASTICSEARCH_REPLICAS): a
 * replica count is fixed, a range (`0-1`, `0-all`) follows the number of nodes. Existing
 * generations keep theirs until the next rebuild (docs/scale-out.md).
 */
export function caseIndexLayout(shards: number, replicas: string): estypes.IndicesIndexSettings {
  return /^\d+$/.test(replicas)
    ? { number_of_shards: shards, number_of_replicas: Number(replicas) }
    : { number_of_shards: shards, auto_expand_replicas: replicas };
}

/**
 * Raise when the mapping, the analysis or the document changes: an index built for another
 * schema version is rebuilt from PostgreSQL when the API starts (its `_meta` records the one
 * it was built for).
 */
export const CASE_INDEX_SCHEMA_VERSION = 6;

/** The read alias, the alias of an index being rebuilt, and the versioned indices behind them. */
export function caseIndexNames(prefix: string) {
  return {
    alias: `${prefix}_cases`,
    building: `${prefix}_cases_building`,
    pattern: `${prefix}_cases_v*`,
    version: (generation: number) => `${prefix}_cases_v${generation}`,
    generationOf: (index: string) => {
      const match = new RegExp(`^${prefix}_cases_v(\\d+)$`).exec(index);
      return match ? Number(match[1]) : null;
    },
  };
}

const keyword = { type: 'keyword' } as const;
const integer = { type: 'integer' } as const;
const boolean = { type: 'boolean' } as const;
const caseText = { type: 'text', analyzer: 'case_text' } as const;
/**
 * The texts a hit's highlights quote: their postings keep each word's offsets, so the highlighter
 * finds the words there rather than analysing texts of several KB again for every hit.
 */
const highlightedText = { ...caseText, index_options: 'offsets' } as const;
// Month precision is normal for offence periods.
const timelineDate = { type: 'date', format: 'strict_date||strict_year_month' } as const;

/** Explicit and strict: a field the mapping does not know is refused, never guessed. */
export const CASE_INDEX_MAPPINGS: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  _source: { excludes: ['crossScript', 'conceptNames'] },
  _meta: { schemaVersion: CASE_INDEX_SCHEMA_VERSION },
  properties: {
    id: keyword,
    reference: keyword,
    title: highlightedText,
    summary: highlightedText,
    facts: highlightedText,
    region: caseText,
    courtName: caseText,
    crossScript: { type: 'text', analyzer: 'standard' },
    // A word counts once per case, whatever the number of concepts or names that hold it.
    conceptNames: { type: 'text', analyzer: 'concept_names', norms: false, index_options: 'docs' },
    language: keyword,
    jurisdiction: keyword,
    courtLevel: keyword,
    status: keyword,
    synthetic: boolean,
    acts: keyword,
    means: keyword,
    exploitationPurposes: keyword,
    sectors: keyword,
    route: { properties: { origin: keyword, transit: keyword, destination: keyword } },
    routeCountries: keyword,
    statutes: keyword,
    verdicts: keyword,
    charges: { type: 'nested', properties: { statute: keyword, defendant: keyword, outcome: keyword } },
    defendants: {
      type: 'nested',
      properties: {
        label: keyword,
        sex: keyword,
        ageBand: keyword,
        nationality: keyword,
        role: keyword,
        verdict: keyword,
        sentenced: boolean,
        custodialMonths: integer,
        life: boolean,
        suspended: boolean,
        sentenceStatute: keyword,
        positionInRange: { type: 'double' },
      },
    },
    victims: {
      type: 'nested',
      properties: {
        count: integer,
        minors: integer,
        sex: keyword,
        ageBand: keyword,
        nationality: keyword,
        servicesProvided: keyword,
        testified: boolean,
        compensated: boolean,
        compensationAmount: { type: 'double' },
        compensationCurrency: keyword,
      },
    },
    cooperationInstruments: keyword,
    mlaRequests: { type: 'nested', properties: { country: keyword, outcome: keyword } },
    extraditions: { type: 'nested', properties: { country: keyword, outcome: keyword } },
    agencies: keyword,
    mentalHealthInvolvement: keyword,
    tags: keyword,
    relatedReferences: keyword,
    annotations: {
      type: 'nested',
      properties: { authorId: keyword, visibility: keyword, groupId: keyword, tags: keyword, comment: caseText },
    },
    timeline: {
      properties: {
        offenceStart: timelineDate,
        offenceEnd: timelineDate,
        reported: timelineDate,
        investigationOpened: timelineDate,
        indicted: timelineDate,
        firstInstanceVerdict: timelineDate,
        appealDecision: timelineDate,
        final: timelineDate,
      },
    },
    appealOutcome: keyword,
    crossBorder: boolean,
    year: integer,
    daysToVerdict: integer,
    mostSeriousStatute: keyword,
    maxCustodialMonths: integer,
    lifeSentence: boolean,
    victimCount: integer,
    minorsInvolved: boolean,
    citedBy: integer,
    version: integer,
    createdAt: { type: 'date' },
    updatedAt: { type: 'date' },
  },
};
