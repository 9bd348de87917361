import { anonymizeTexts, findIdentifierInToken, namesPersonInWords, Replacement } from '@caseatlas/anonymizer';
import type { CaseRecord } from '@caseatlas/contracts';
import type { Problem } from '@caseatlas/validation';

/**
 * Every free text of a case (the `anonymized` fields of CASE_STRING_FIELD_POLICIES) goes
 * through the anonymizer before anything is stored: title, summary, facts, region, court name and
 * source citations. Placeholders are
 * numbered across all of them, so `[PERSON-1]` is one person throughout the case. Already
 * anonymized text comes back unchanged, so saving a case again changes nothing. Pure.
 */
export function anonymizeCase<T extends CaseRecord>(record: T): { record: T; replacements: Replacement[] } {
  const { texts, replacements } = anonymizeTexts(caseTexts(record));
  return { record: withCaseTexts(record, texts), replacements };
}

/** The free texts of a case by path, to anonymize together (here or in a worker thread). Pure. */
export function caseTexts(record: CaseRecord): Record<string, string> {
  const fields: Record<string, string> = {
    title: record.title,
    summary: record.summary,
    facts: record.facts,
    'court.name': record.court.name,
  };
  if (record.region) fields.region = record.region;
  record.sources.forEach((source, index) => {
    fields[`sources[${index}].citation`] = source.citation;
  });
  return fields;
}

/** The record with its free texts replaced by `texts` (from caseTexts, anonymized). Pure. */
export function withCaseTexts<T extends CaseRecord>(record: T, texts: Record<string, string>): T {
  return {
    ...record,
    title: texts.title,
    summary: texts.summary,
    facts: texts.facts,
    region: record.region ? texts.region : record.region,
    court: { ...record.court, name: texts['court.name'] },
    sources: record.sources.map((source, index) => ({
      ...source,
      citation: texts[`sources[${index}].citation`],
    })),
  };
}

/**
 * The tags that carry a personal identifier: a placeholder cannot replace it inside a tag, so
 * the record is refused, naming the field and the kind, never the value. Pure.
 */
export function identifiersInTokens(record: Pick<CaseRecord, 'tags'>): Problem[] {
  return record.tags.flatMap((tag, index) => {
    const found = findIdentifierInToken(tag);
    return found ? [personalData(`tags[${index}]`, found, 'tags name themes, never people')] : [];
  });
}

const URL_WORDS = /^(sources\[\d+\]\.url) words$/;

/**
 * What the anonymizer reads of each source URL, by path: the address percent-decoded, and its
 * words, lower case (`/news/ivanov-sergey` → `news ivanov sergey`), so that the free-text rules
 * (e-mails, phones, IDs, social-media profiles) read the one and names read the other. Anonymized
 * with the case's texts, in the same worker call. Pure.
 */
export function sourceUrlTexts(record: Pick<CaseRecord, 'sources'>): Record<string, string> {
  const fields: Record<string, string> = {};
  record.sources.forEach((source, index) => {
    if (!source.url) return;
    const address = percentDecoded(source.url);
    fields[`sources[${index}].url`] = address;
    fields[`sources[${index}].url words`] = address
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .join(' ');
  });
  return fields;
}

/**
 * The source URLs that carry a personal identifier, from `urlTexts` (sourceUrlTexts) and the
 * anonymizer's `replacements` of them: a placeholder would break an address, so the record is
 * refused, naming the field and the kind, never the value. Pure.
 */
export function identifiersInSourceUrls(urlTexts: Record<string, string>, replacements: Replacement[]): Problem[] {
  const replaced = new Map<string, string>();
  for (const replacement of replacements)
    if (!replaced.has(replacement.field)) replaced.set(replacement.field, replacement.type);
  // Each URL once, at its words (which follow its address, in the order of the sources).
  return Object.entries(urlTexts).flatMap(([field, words]) => {
    const path = URL_WORDS.exec(field)?.[1];
    if (!path) return [];
    const kind =
      replaced.get(path) ?? replaced.get(field) ?? (namesPersonInWords(words.split(' ')) ? 'PERSON' : undefined);
    return kind
      ? [personalData(path, kind, "link to the judgment or report, not to a person's account or profile")]
      : [];
  });
}

function personalData(path: string, kind: string, advice: string): Problem {
  return { path, rule: 'personalData', message: `${path} looks like personal data (${kind}); ${advice}` };
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
