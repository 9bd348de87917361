import type { estypes } from '@elastic/elasticsearch';

/**
 * Text analysis for case texts, identical in CI (the integ-test node plus our
 * `caseatlas-analysis` plugin) and in production (the official image's analysis-common).
 * Only analysis-common names and parameters are used, so both resolve them the same way.
 *
 * - apostrophes: Uzbek Latin writes oʻ/gʻ with several look-alike marks; one form makes
 *   "o'g'li", "oʻgʻli" and "o`g`li" the same word. ё is folded to е as Russian readers do.
 * - lowercase + asciifolding: Latin diacritics (ş, ç, ö…) match their plain spellings.
 * - russian and english Snowball/Porter stemmers, both applied: each only touches its own
 *   alphabet, and case texts mix them.
 */
export const CASE_TEXT_ANALYSIS: estypes.IndicesIndexSettingsAnalysis = {
  char_filter: {
    caseatlas_apostrophes: {
      type: 'mapping',
      mappings: ["ʻ => '", "ʼ => '", "’ => '", "‘ => '", "` => '", 'ё => е', 'Ё => Е'],
    },
  },
  filter: {
    caseatlas_folding: { type: 'asciifolding', preserve_original: false },
    caseatlas_russian_stemmer: { type: 'stemmer', language: 'russian' },
    caseatlas_english_stemmer: { type: 'stemmer', language: 'english' },
  },
  analyzer: {
    case_text: {
      type: 'custom',
      char_filter: ['caseatlas_apostrophes'],
      tokenizer: 'standard',
      filter: ['lowercase', 'caseatlas_folding', 'caseatlas_russian_stemmer', 'caseatlas_english_stemmer'],
    },
  },
};

export const CASE_INDEX_SETTINGS: estypes.IndicesIndexSettings = {
  analysis: CASE_TEXT_ANALYSIS,
};
