import type { CaseRecord } from '@caseatlas/contracts';

/** The dotted path of every string in `T` (`court.name`, `defendants[].label`), nulls included. */
type StringPaths<T, Path extends string> = T extends string
  ? Path
  : T extends readonly (infer Item)[]
    ? StringPaths<Item, `${Path}[]`>
    : T extends object
      ? { [Key in keyof T & string]-?: StringPaths<T[Key], Path extends '' ? Key : `${Path}.${Key}`> }[keyof T & string]
      : never;

export type CaseStringField = StringPaths<CaseRecord, ''>;

/**
 * What keeps personal data out of a string a person can type into a case:
 * - `anonymized`: free text, passed through the anonymizer before anything is stored;
 * - `token`: a short formatted value; a placeholder cannot replace an identifier inside it, so
 *   one found there is refused with 400 naming the field;
 * - `format`: a strict pattern that leaves no room for an identifier (codes, dates, statute
 *   keys, references `KZ-2019-ALM-0042`, defendant labels `D1`);
 * - `vocabulary`: a closed list.
 */
export type StringFieldPolicy = 'anonymized' | 'token' | 'format' | 'vocabulary';

/**
 * Every string field of the case record with its policy. Typed by the record itself: a new
 * string field does not compile until it is given one here.
 */
export const CASE_STRING_FIELD_POLICIES: Record<CaseStringField, StringFieldPolicy> = {
  reference: 'format',
  title: 'anonymized',
  language: 'format',
  jurisdiction: 'format',
  region: 'anonymized',
  'court.name': 'anonymized',
  'court.level': 'vocabulary',
  status: 'vocabulary',
  summary: 'anonymized',
  facts: 'anonymized',
  'acts[]': 'vocabulary',
  'means[]': 'vocabulary',
  'exploitationPurposes[]': 'vocabulary',
  'sectors[]': 'vocabulary',
  'route.origin[]': 'format',
  'route.transit[]': 'format',
  'route.destination[]': 'format',
  'timeline.offenceStart': 'format',
  'timeline.offenceEnd': 'format',
  'timeline.reported': 'format',
  'timeline.investigationOpened': 'format',
  'timeline.indicted': 'format',
  'timeline.firstInstanceVerdict': 'format',
  'timeline.appealDecision': 'format',
  'timeline.final': 'format',
  appealOutcome: 'vocabulary',
  'charges[].statute': 'format',
  'charges[].defendant': 'format',
  'charges[].outcome': 'vocabulary',
  'defendants[].label': 'format',
  'defendants[].sex': 'vocabulary',
  'defendants[].ageBand': 'vocabulary',
  'defendants[].nationality': 'format',
  'defendants[].role': 'vocabulary',
  'defendants[].verdict': 'vocabulary',
  'defendants[].sentence.fine.currency': 'format',
  'victims[].sex': 'vocabulary',
  'victims[].ageBand': 'vocabulary',
  'victims[].nationality': 'format',
  'victims[].servicesProvided[]': 'vocabulary',
  'victims[].compensationAwarded.currency': 'format',
  'cooperation.mlaRequests[].country': 'format',
  'cooperation.mlaRequests[].outcome': 'vocabulary',
  'cooperation.extraditions[].country': 'format',
  'cooperation.extraditions[].outcome': 'vocabulary',
  'cooperation.agencies[]': 'vocabulary',
  'mentalHealthInvolvement[]': 'vocabulary',
  'sources[].type': 'vocabulary',
  'sources[].citation': 'anonymized',
  'sources[].url': 'token',
  'relatedCases[].reference': 'format',
  'relatedCases[].relation': 'vocabulary',
  'tags[]': 'token',
};
