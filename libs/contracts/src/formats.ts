import { CASE_REFERENCE_PATTERN, PARTIAL_DATE_PATTERN, STATUTE_KEY_PATTERN } from './vocabularies';
import { USERNAME_PATTERN } from './accounts';
import { ANNOTATION_TAG_PATTERN } from './annotations';

/**
 * The strict formats a value can be held to instead of being anonymized: each says in words what
 * it is and gives an example, and formats.spec.ts checks that every example passes its own rule
 * (a message whose example its pattern refuses tells the user nothing true).
 */
export interface Format {
  pattern: RegExp;
  /** What a value of this format is, completing "… must be". */
  description: string;
  /** Values that pass; the first one is shown in messages. */
  examples: readonly string[];
}

export const FORMATS = {
  caseReference: {
    pattern: CASE_REFERENCE_PATTERN,
    description:
      'a case reference: country code, year, a place code of 2 to 8 capital letters and a number of up to 6 digits',
    examples: ['KZ-2019-ALM-0042', 'UZ-2021-TAS-7'],
  },
  statuteKey: {
    pattern: STATUTE_KEY_PATTERN,
    description: 'a statute key {jurisdiction}-{code}-{article}[-{part}]',
    examples: ['KZ-CC-128-3', 'RU-CC-127.1', 'KG-CC-171'],
  },
  defendantLabel: {
    pattern: /^[A-Z]\d{1,3}$/,
    description: 'a defendant label: a capital letter and a number of up to 3 digits',
    examples: ['D1', 'D12'],
  },
  partialDate: {
    pattern: PARTIAL_DATE_PATTERN,
    description: 'a date as YYYY-MM-DD or YYYY-MM, in 1900–2099',
    examples: ['2019-09-15', '2018-03'],
  },
  day: {
    pattern: /^\d{4}-\d{2}-\d{2}$/,
    description: 'a date as YYYY-MM-DD',
    examples: ['2015-01-01'],
  },
  languageCode: {
    pattern: /^[a-z]{2}$/,
    description: 'a lower-case ISO 639-1 language code',
    examples: ['ru', 'en'],
  },
  tag: {
    pattern: ANNOTATION_TAG_PATTERN,
    description: 'a tag of lower-case letters, digits or "_" (at most 50)',
    examples: ['online_recruitment'],
  },
  username: {
    pattern: USERNAME_PATTERN,
    description: 'a username of 3 to 64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
    examples: ['a.prosecutor', 'analyst-2'],
  },
} as const satisfies Record<string, Format>;

/** Versions are PostgreSQL integers: one above this could never be the version read. */
export const MAX_VERSION = 2_147_483_647;

export type FormatName = keyof typeof FORMATS;

/** "must be a case reference: …, like KZ-2019-ALM-0042": the sentence a refused value gets. */
export function formatMessage(name: FormatName, subject = '$property'): string {
  const format: Format = FORMATS[name];
  return `${subject} must be ${format.description}, like ${format.examples[0]}`;
}
