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

/**
 * Rules that span fields of one case record; class-validator has checked each field alone.
 * Pure: statute lookups come in as a map (key → statute, absent when unknown).
 */
export function findCaseInconsistencies(
  record: CaseRecord,
  statutes: ReadonlyMap<string, Pick<StatuteRecord, 'jurisdiction'>>,
): Problem[] {
  const problems: Problem[] = [];
  const labels = new Map<string, number>();

  record.defendants.forEach((defendant, index) => {
    if (labels.has(defendant.label)) {
      problems.push({
        path: `defendants[${index}].label`,
        rule: 'uniqueLabel',
        message: `label ${defendant.label} is already used by defendants[${labels.get(defendant.label)}]`,
      });
    } else {
      labels.set(defendant.label, index);
    }
    if (defendant.sentence && defendant.verdict !== 'convicted') {
      problems.push({
        path: `defendants[${index}].sentence`,
        rule: 'sentenceOnlyForConvicted',
        message: `a sentence is only recorded for a convicted defendant (verdict is ${defendant.verdict})`,
      });
    }
  });

  record.charges.forEach((charge, index) => {
    if (!labels.has(charge.defendant)) {
      problems.push({
        path: `charges[${index}].defendant`,
        rule: 'knownDefendant',
        message: `no defendant is labelled ${charge.defendant}`,
      });
    }
    const statute = statutes.get(charge.statute);
    if (!statute) {
      problems.push({
        path: `charges[${index}].statute`,
        rule: 'knownStatute',
        message: `statute ${charge.statute} is not in the catalogue`,
      });
    } else if (statute.jurisdiction !== record.jurisdiction) {
      problems.push({
        path: `charges[${index}].statute`,
        rule: 'statuteOfJurisdiction',
        message: `statute ${charge.statute} belongs to ${statute.jurisdiction}, the case to ${record.jurisdiction}`,
      });
    }
  });

  record.victims.forEach((group, index) => {
    if (group.minors > group.count) {
      problems.push({
        path: `victims[${index}].minors`,
        rule: 'notMoreThanCount',
        message: `minors (${group.minors}) cannot exceed the number of victims (${group.count})`,
      });
    }
  });

  const timeline = record.timeline;
  for (const [event, value] of Object.entries(timeline)) {
    if (value && !isCalendarDate(value)) {
      problems.push({
        path: `timeline.${event}`,
        rule: 'calendarDate',
        message: `${value} is not a day of the calendar`,
      });
    }
  }
  for (const [earlier, later] of TIMELINE_ORDER) {
    const first = timeline[earlier];
    const second = timeline[later];
    if (first && second && comparePartialDates(first, second) > 0) {
      problems.push({
        path: `timeline.${later}`,
        rule: 'chronology',
        message: `${later} (${second}) cannot be before ${earlier} (${first})`,
      });
    }
  }

  record.relatedCases.forEach((related, index) => {
    if (related.reference === record.reference) {
      problems.push({
        path: `relatedCases[${index}].reference`,
        rule: 'notSelf',
        message: 'a case cannot relate to itself',
      });
    }
  });
  return problems;
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
