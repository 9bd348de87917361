import { defaultExporter } from 'react-admin';
import type { Exporter } from 'react-admin';
import { TIMELINE_EVENTS } from '@caseatlas/contracts';
import type { CaseResponse } from '@caseatlas/contracts';
import { datedName } from '../common/saveFile';

/**
 * One flat CSV row per case: the columns an analyst sorts and counts by. The nested arrays of
 * the record (defendants, victims…) do not fit a spreadsheet row, so they become counts;
 * vocabulary lists are joined with "|".
 */
export const toCaseRow = (record: CaseResponse) => ({
  reference: record.reference,
  title: record.title,
  synthetic: record.synthetic,
  status: record.status,
  language: record.language,
  jurisdiction: record.jurisdiction,
  region: record.region ?? '',
  court: record.court?.name ?? '',
  courtLevel: record.court?.level ?? '',
  acts: (record.acts ?? []).join('|'),
  means: (record.means ?? []).join('|'),
  exploitationPurposes: (record.exploitationPurposes ?? []).join('|'),
  sectors: (record.sectors ?? []).join('|'),
  routeOrigin: (record.route?.origin ?? []).join('|'),
  routeTransit: (record.route?.transit ?? []).join('|'),
  routeDestination: (record.route?.destination ?? []).join('|'),
  ...Object.fromEntries(TIMELINE_EVENTS.map((event) => [event, record.timeline?.[event] ?? ''])),
  appealOutcome: record.appealOutcome ?? '',
  defendants: record.defendants?.length ?? 0,
  convictedDefendants: (record.defendants ?? []).filter((defendant) => defendant.verdict === 'convicted').length,
  charges: record.charges?.length ?? 0,
  statutes: [...new Set((record.charges ?? []).map((charge) => charge.statute))].join('|'),
  victims: (record.victims ?? []).reduce((total, group) => total + group.count, 0),
  minorVictims: (record.victims ?? []).reduce((total, group) => total + group.minors, 0),
  mentalHealthInvolvement: (record.mentalHealthInvolvement ?? []).join('|'),
  tags: (record.tags ?? []).join('|'),
  updatedAt: record.updatedAt,
});

// react-admin names the file after its last argument: `cases-2026-12-05.csv`.
export const caseExporter: Exporter<CaseResponse> = (records, fetchRelatedRecords, dataProvider, resource) =>
  defaultExporter(records.map(toCaseRow), fetchRelatedRecords, dataProvider, datedName(resource ?? 'cases'));
