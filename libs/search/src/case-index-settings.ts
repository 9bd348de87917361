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
