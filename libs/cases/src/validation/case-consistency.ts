import { PARTIAL_DATE_PATTERN } from '@caseatlas/contracts';
import type { CaseRecord, StatuteRecord, TimelineEvent } from '@caseatlas/contracts';
import type { Problem } from '@caseatlas/validation';

/**
 * Timeline events that must not go backwards, each pair read "first ≤ second". Offence dates
 * are often known only to the month, so dates are compared at the coarser precision of the two.
 */
const TIMELINE_ORDER: [TimelineEvent, TimelineEvent][] = [
  ['offenceStart', 'offenceEnd'],
  ['offenceStart', 'investigationOpened'],
  ['investigationOpened', 'indicted'],
  ['investigationOpened', 'firstInstanceVerdict'],
  ['indicted', 'firstInstanceVerdict'],
  ['firstInstanceVerdict', 'appealDecision'],
  ['firstInstanceVerdict', 'final'],
  ['appealDecision', 'final'],
];

/** Compares two partial dates at their common precision: -1, 0 (same or overlapping) or 1. */
export function comparePartialDates(first: string, second: string): number {
  const length = Math.min(first.length, second.length);
  const a = first.slice(0, length);
  const b = second.slice(0, length);
  return a < b ? -1 : a > b ? 1 : 0;
}

function isCalendarDate(value: string): boolean {
  if (value.length === 7) return true;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const objects = (value: unknown): [Loose, number][] =>
  Array.isArray(value)
    ? value.flatMap((item, index) => (isObject(item) ? [[item, index] as [Loose, number]] : []))
    : [];
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Rules that span fields of one case record. It runs on the record as received, even when
 * some fields broke their own rules, checking only what is well-formed, so one 400 lists every
 * problem at once. Pure: statute lookups come in as a map (key → statute, absent when unknown).
 */
export function findCaseInconsistencies(
  record: Partial<CaseRecord> | Loose,
  statutes: ReadonlyMap<string, Pick<StatuteRecord, 'jurisdiction'>>,
): Problem[] {
  const problems: Problem[] = [];
  const labels = new Map<string, number>();

  for (const [defendant, index] of objects(record.defendants)) {
    const label = text(defendant.label);
    if (label === undefined) continue;
    if (labels.has(label)) {
      problems.push({
        path: `defendants[${index}].label`,
        rule: 'uniqueLabel',
        message: `label ${label} is already used by defendants[${labels.get(label)}]`,
      });
    } else {
      labels.set(label, index);
    }
    if (isObject(defendant.sentence) && defendant.verdict !== 'convicted') {
      problems.push({
        path: `defendants[${index}].sentence`,
        rule: 'sentenceOnlyForConvicted',
        message: `a sentence is only recorded for a convicted defendant (verdict is ${String(defendant.verdict)})`,
      });
    }
  }

  const jurisdiction = text(record.jurisdiction);
  for (const [charge, index] of objects(record.charges)) {
    const defendant = text(charge.defendant);
    if (defendant !== undefined && !labels.has(defendant)) {
      problems.push({
        path: `charges[${index}].defendant`,
        rule: 'knownDefendant',
        message: `no defendant is labelled ${defendant}`,
      });
    }
    const key = text(charge.statute);
    if (key === undefined) continue;
    const statute = statutes.get(key);
    if (!statute) {
      problems.push({
        path: `charges[${index}].statute`,
        rule: 'knownStatute',
        message: `statute ${key} is not in the catalogue`,
      });
    } else if (jurisdiction !== undefined && statute.jurisdiction !== jurisdiction) {
      problems.push({
        path: `charges[${index}].statute`,
        rule: 'statuteOfJurisdiction',
        message: `statute ${key} belongs to ${statute.jurisdiction}, the case to ${jurisdiction}`,
      });
    }
  }

  for (const [group, index] of objects(record.victims)) {
    if (typeof group.minors === 'number' && typeof group.count === 'number' && group.minors > group.count) {
      problems.push({
        path: `victims[${index}].minors`,
        rule: 'notMoreThanCount',
        message: `minors (${group.minors}) cannot exceed the number of victims (${group.count})`,
      });
    }
  }

  const timeline = isObject(record.timeline) ? record.timeline : {};
  const date = (event: string) => {
    const value = text(timeline[event]);
    return value !== undefined && PARTIAL_DATE_PATTERN.test(value) ? value : undefined;
  };
  for (const event of Object.keys(timeline)) {
    const value = date(event);
    if (value && !isCalendarDate(value)) {
      problems.push({
        path: `timeline.${event}`,
        rule: 'calendarDate',
        message: `${value} is not a day of the calendar`,
      });
    }
  }
  const outOfOrder = new Set<string>();
  for (const [earlier, later] of TIMELINE_ORDER) {
    const first = date(earlier);
    const second = date(later);
    // One problem per event, naming the first event it contradicts.
    if (first && second && !outOfOrder.has(later) && comparePartialDates(first, second) > 0) {
      outOfOrder.add(later);
      problems.push({
        path: `timeline.${later}`,
        rule: 'chronology',
        message: `${later} (${second}) cannot be before ${earlier} (${first})`,
      });
    }
  }

  for (const [related, index] of objects(record.relatedCases)) {
    if (related.reference === record.reference) {
      problems.push({
        path: `relatedCases[${index}].reference`,
        rule: 'notSelf',
        message: 'a case cannot relate to itself',
      });
    }
  }
  return problems;
}

/** Statute keys a record's charges name, whatever else is wrong with it. */
export function statuteKeysOf(record: Partial<CaseRecord> | Loose): string[] {
  return [...new Set(objects(record.charges).flatMap(([charge]) => text(charge.statute) ?? []))];
}

export function findStatuteInconsistencies(statute: StatuteRecordLike): Problem[] {
  const problems: Problem[] = [];
  if (!statute.key.startsWith(`${statute.jurisdiction}-`)) {
    problems.push({ path: 'key', rule: 'keyOfJurisdiction', message: `key must start with ${statute.jurisdiction}-` });
  }
  if (statute.penaltyMaxMonths < statute.penaltyMinMonths) {
    problems.push({
      path: 'penaltyMaxMonths',
      rule: 'notLessThanMinimum',
      message: `penaltyMaxMonths (${statute.penaltyMaxMonths}) cannot be less than penaltyMinMonths (${statute.penaltyMinMonths})`,
    });
  }
  if (statute.validFrom && statute.validTo && statute.validTo < statute.validFrom) {
    problems.push({ path: 'validTo', rule: 'chronology', message: 'validTo cannot be before validFrom' });
  }
  return problems;
}

type StatuteRecordLike = Pick<
  StatuteRecord,
  'key' | 'jurisdiction' | 'penaltyMinMonths' | 'penaltyMaxMonths' | 'validFrom' | 'validTo'
>;
