import { anonymizeTexts, Replacement } from '@caseatlas/anonymizer';
import type { CaseRecord } from '@caseatlas/contracts';

/**
 * Every free text of a case goes through the anonymizer before anything is stored: title,
 * summary, facts and source citations (profile links in source URLs too). Placeholders are
 * numbered across all of them, so `[PERSON-1]` is one person throughout the case. Already
 * anonymized text comes back unchanged, so saving a case again changes nothing. Pure.
 */
export function anonymizeCase<T extends CaseRecord>(record: T): { record: T; replacements: Replacement[] } {
  const fields: Record<string, string> = { title: record.title, summary: record.summary, facts: record.facts };
  record.sources.forEach((source, index) => {
    fields[`sources[${index}].citation`] = source.citation;
    if (source.url) fields[`sources[${index}].url`] = source.url;
  });
  const { texts, replacements } = anonymizeTexts(fields);
  const anonymized = {
    ...record,
    title: texts.title,
    summary: texts.summary,
    facts: texts.facts,
    sources: record.sources.map((source, index) => ({
      ...source,
      citation: texts[`sources[${index}].citation`],
      url: source.url ? texts[`sources[${index}].url`] : source.url,
    })),
  };
  return { record: anonymized, replacements };
}
