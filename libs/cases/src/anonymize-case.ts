import { anonymizeTexts, findIdentifierInToken, Replacement } from '@caseatlas/anonymizer';
import type { CaseRecord } from '@caseatlas/contracts';
import type { Problem } from '@caseatlas/validation';

/**
 * Every free text of a case (the `anonymized` fields of CASE_STRING_FIELD_POLICIES) goes
 * through the anonymizer before anything is stored: title, summary, facts, region, court name,
 * source citations and source URLs. Placeholders are
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
    if (source.url) fields[`sources[${index}].url`] = source.url;
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
      url: source.url ? texts[`sources[${index}].url`] : source.url,
    })),
  };
}

/**
 * The `token` fields (tags) that carry a personal identifier: a placeholder cannot replace it
 * inside a tag, so the record is refused, naming the field and the kind, never the value. Pure.
 */
export function identifiersInTokens(record: Pick<CaseRecord, 'tags'>): Problem[] {
  return record.tags.flatMap((tag, index) => {
    const found = findIdentifierInToken(tag);
    return found
      ? [
          {
            path: `tags[${index}]`,
            rule: 'personalData',
            message: `tags[${index}] looks like personal data (${found}); tags name themes, never people`,
          },
        ]
      : [];
  });
}
