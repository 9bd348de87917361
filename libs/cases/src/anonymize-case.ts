import { anonymizeTexts, findIdentifierInToken, findIdentifierInUrl, Replacement } from '@caseatlas/anonymizer';
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
 * The `token` fields (tags, source URLs) that carry a personal identifier: a placeholder cannot
 * replace it inside a tag or an address, so the record is refused, naming the field and the kind,
 * never the value. Pure.
 */
export function identifiersInTokens(
  record: Pick<CaseRecord, 'tags'> & Partial<Pick<CaseRecord, 'sources'>>,
): Problem[] {
  const problem = (path: string, found: string, advice: string): Problem => ({
    path,
    rule: 'personalData',
    message: `${path} looks like personal data (${found}); ${advice}`,
  });
  return [
    ...record.tags.flatMap((tag, index) => {
      const found = findIdentifierInToken(tag);
      return found ? [problem(`tags[${index}]`, found, 'tags name themes, never people')] : [];
    }),
    ...(record.sources ?? []).flatMap((source, index) => {
      const found = source.url ? findIdentifierInUrl(source.url) : null;
      return found
        ? [
            problem(
              `sources[${index}].url`,
              found,
              "link to the judgment or report, not to a person's account or profile",
            ),
          ]
        : [];
    }),
  ];
}
