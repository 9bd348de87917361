import { TIMELINE_EVENTS } from '@caseatlas/contracts';
import type { CaseResponse } from '@caseatlas/contracts';
import { toCsv } from '../analytics/csv';
import type { CsvColumn, CsvValue } from '../analytics/csv';
import type { VocabularyName } from '../common/vocabulary';

/* Pure (no React, no react-admin): the cases list as a CSV file people can read and file. */

/** How a column's header and values read in the user's language. */
export interface CaseExportLabels {
  header: (column: string) => string;
  term: (vocabulary: VocabularyName, value: string) => string;
  country: (code: string) => string;
  language: (code: string) => string;
  yesNo: (value: boolean) => string;
}

type CaseColumn = { key: string; value: (record: CaseResponse, labels: CaseExportLabels) => CsvValue };

// Several values in one cell: a separator no name or label holds.
const joined = (values: readonly string[]) => values.join('; ');
const terms = (vocabulary: VocabularyName, values: readonly string[] | undefined, labels: CaseExportLabels) =>
  joined((values ?? []).map((value) => labels.term(vocabulary, value)));
const countries = (codes: readonly string[] | undefined, labels: CaseExportLabels) =>
  joined((codes ?? []).map(labels.country));

/**
 * One flat row per case: the columns an analyst sorts and counts by, each under its name and
 * with names, not codes, in the user's language. The nested arrays of the record (defendants,
 * victims…) do not fit a spreadsheet row, so they become counts.
 */
const CASE_COLUMNS: readonly CaseColumn[] = [
  { key: 'reference', value: (record) => record.reference },
  { key: 'title', value: (record) => record.title },
  { key: 'synthetic', value: (record, labels) => labels.yesNo(record.synthetic) },
  { key: 'status', value: (record, labels) => labels.term('status', record.status) },
  { key: 'language', value: (record, labels) => labels.language(record.language) },
  { key: 'jurisdiction', value: (record, labels) => labels.country(record.jurisdiction) },
  { key: 'region', value: (record) => record.region ?? '' },
  { key: 'court.name', value: (record) => record.court?.name ?? '' },
  {
    key: 'court.level',
    value: (record, labels) => (record.court?.level ? labels.term('courtLevel', record.court.level) : ''),
  },
  { key: 'acts', value: (record, labels) => terms('acts', record.acts, labels) },
  { key: 'means', value: (record, labels) => terms('means', record.means, labels) },
  {
    key: 'exploitationPurposes',
    value: (record, labels) => terms('exploitationPurposes', record.exploitationPurposes, labels),
  },
  { key: 'sectors', value: (record, labels) => terms('sectors', record.sectors, labels) },
  { key: 'route.origin', value: (record, labels) => countries(record.route?.origin, labels) },
  { key: 'route.transit', value: (record, labels) => countries(record.route?.transit, labels) },
  { key: 'route.destination', value: (record, labels) => countries(record.route?.destination, labels) },
  ...TIMELINE_EVENTS.map((event) => ({
    key: `timeline.${event}`,
    value: (record: CaseResponse) => record.timeline?.[event] ?? '',
  })),
  {
    key: 'appealOutcome',
    value: (record, labels) => (record.appealOutcome ? labels.term('appealOutcome', record.appealOutcome) : ''),
  },
  { key: 'defendants', value: (record) => record.defendants?.length ?? 0 },
  {
    key: 'convictedDefendants',
    value: (record) => (record.defendants ?? []).filter((defendant) => defendant.verdict === 'convicted').length,
  },
  { key: 'charges', value: (record) => record.charges?.length ?? 0 },
  {
    key: 'statutes',
    value: (record) => joined([...new Set((record.charges ?? []).map((charge) => charge.statute))]),
  },
  { key: 'victims', value: (record) => (record.victims ?? []).reduce((total, group) => total + group.count, 0) },
  {
    key: 'minorVictims',
    value: (record) => (record.victims ?? []).reduce((total, group) => total + group.minors, 0),
  },
  {
    key: 'mentalHealthInvolvement',
    value: (record, labels) => terms('mentalHealthInvolvement', record.mentalHealthInvolvement, labels),
  },
  { key: 'tags', value: (record) => joined(record.tags ?? []) },
  { key: 'updatedAt', value: (record) => record.updatedAt },
];

/** The cases as CSV text, headers and values as `labels` name them. Pure. */
export function casesCsv(records: readonly CaseResponse[], labels: CaseExportLabels): string {
  const columns: CsvColumn<{ small: false; record: CaseResponse }>[] = CASE_COLUMNS.map((column) => ({
    header: labels.header(column.key),
    value: (row) => column.value(row.record, labels),
  }));
  return toCsv(
    columns,
    records.map((record) => ({ small: false as const, record })),
  );
}
