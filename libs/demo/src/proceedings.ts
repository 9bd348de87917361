/**
 * The procedural side of a synthetic case: a chronological timeline within 2012–2025, the
 * appeal, the court and the (invented) sources. Events after the data horizon are left null,
 * so recent cases are naturally still under investigation, at trial or on appeal.
 */
import type { AppealOutcome, Court, CourtLevel, Source, SourceType, Timeline } from '@caseatlas/contracts';
import { COUNTRY_NAMES } from './geography';
import type { Jurisdiction, Region } from './geography';
import type { Random } from './random';
import type { Setting } from './setting';

const DAY_MILLISECONDS = 86_400_000;
const FIRST_DAY = dayNumber(2012, 1, 1);
/** The data horizon: nothing happens after it. */
const LAST_DAY = dayNumber(2025, 12, 31);
const DAYS_PER_MONTH = 30.44;

export interface Proceedings {
  timeline: Timeline;
  /** Day number of the first-instance verdict; null when there is none by the data horizon. */
  verdictDay: number | null;
}

/** Dates up to the first-instance verdict, at a pace typical of the jurisdiction. */
export function planProceedings({ random, jurisdiction, year }: Setting): Proceedings {
  const opened = Math.min(LAST_DAY, dayNumber(year, 1, 1) + random.integer(0, 364));
  const reportDelay = random.chance(0.85) ? random.integer(0, 14) : random.integer(15, 90);
  const reported = Math.max(FIRST_DAY, opened - reportDelay);
  const offenceEnd = Math.max(FIRST_DAY, reported - random.integer(0, 240));
  const offenceStart = Math.max(FIRST_DAY, offenceEnd - random.integer(15, 720));

  const [fastest, slowest] = jurisdiction.monthsToVerdict;
  const delay = random.chance(0.1) ? random.between(0, 10) : 0;
  const monthsToVerdict = Math.min(30, Math.max(3, random.between(fastest, slowest) + delay));
  const verdict = opened + Math.round(monthsToVerdict * DAYS_PER_MONTH);
  const indicted = opened + Math.round((verdict - opened) * random.between(0.3, 0.7));
  // Some trials stall (a defendant absconds, the case goes back and forth) and have no verdict yet.
  const stalled = random.chance(0.04);
  const verdictDay = !stalled && verdict <= LAST_DAY ? verdict : null;

  return {
    timeline: {
      offenceStart: isoMonth(offenceStart),
      offenceEnd: isoMonth(offenceEnd),
      reported: isoDay(reported),
      investigationOpened: isoDay(opened),
      indicted: indicted <= LAST_DAY ? isoDay(indicted) : null,
      firstInstanceVerdict: verdictDay === null ? null : isoDay(verdictDay),
      appealDecision: null,
      final: null,
    },
    verdictDay,
  };
}

/** Appeal and finality, once the verdicts are known (acquittals are appealed more often). */
export function concludeProceedings(
  random: Random,
  { timeline, verdictDay }: Proceedings,
  anyAcquitted: boolean,
): { timeline: Timeline; appealOutcome: AppealOutcome | null } {
  if (verdictDay === null) {
    return { timeline, appealOutcome: null };
  }
  if (!random.chance(anyAcquitted ? 0.7 : 0.45)) {
    // Without an appeal the verdict becomes final once the appeal period lapses.
    const final = verdictDay + random.integer(15, 45);
    return { timeline: { ...timeline, final: final <= LAST_DAY ? isoDay(final) : null }, appealOutcome: null };
  }
  const decision = verdictDay + random.integer(45, 240);
  if (decision > LAST_DAY) {
    return { timeline, appealOutcome: 'pending' };
  }
  const appealOutcome = random.weighted<AppealOutcome>([
    ['upheld', 60],
    ['modified', 25],
    ['overturned', 15],
  ]);
  return {
    timeline: {
      ...timeline,
      appealDecision: isoDay(decision),
      // An overturned verdict goes back for a new trial, so nothing is final yet.
      final: appealOutcome === 'overturned' ? null : isoDay(decision),
    },
    appealOutcome,
  };
}

/** The court whose decision the record summarizes: a higher court only after a decided appeal. */
export function chooseCourt(
  random: Random,
  jurisdiction: Jurisdiction,
  region: Region,
  appeal: AppealOutcome | null,
): Court {
  const appealDecided = appeal !== null && appeal !== 'pending';
  const level: CourtLevel = appealDecided
    ? random.weighted<CourtLevel>([
        ['first_instance', 70],
        ['appeal', 22],
        ['cassation', 5],
        ['supreme', 3],
      ])
    : 'first_instance';
  const countryName = COUNTRY_NAMES[jurisdiction.country].english;
  const names: Record<CourtLevel, string> = {
    first_instance: jurisdiction.courtName(region),
    appeal: `Court of appeal of ${region.name}`,
    cassation: `Court of cassation of ${countryName}`,
    supreme: `Supreme Court of ${countryName}`,
  };
  return { name: names[level], level };
}

/** The best available source for the stage the case reached, sometimes with a secondary one. */
export function chooseSources(random: Random, jurisdiction: Jurisdiction, timeline: Timeline): Source[] {
  let type: SourceType;
  if (timeline.firstInstanceVerdict !== null) {
    type = random.chance(0.85) ? 'court_decision' : 'indictment';
  } else if (timeline.indicted !== null) {
    type = random.chance(0.7) ? 'indictment' : 'police_report';
  } else {
    type = 'police_report';
  }
  const dated = type === 'court_decision' ? timeline.firstInstanceVerdict : timeline.indicted;
  const year = Number((dated ?? timeline.investigationOpened ?? '').slice(0, 4));
  const citations: Record<SourceType, () => string> = {
    court_decision: () => jurisdiction.decisionNumber(random, year),
    indictment: () => `Indictment No. ${random.integer(10, 999)}/${year}`,
    police_report: () => `Police report No. ${random.integer(100, 9999)}/${year}`,
    media_report: () => `Press summary, ${year}`,
    ngo_report: () => `NGO monitoring note, ${year}`,
    other: () => `Working-group note, ${year}`,
  };
  // Citations are invented; the marker keeps anyone from looking them up as real decisions.
  const cite = (sourceType: SourceType): Source => ({
    type: sourceType,
    citation: `${citations[sourceType]()} (synthetic)`,
    url: null,
  });
  const sources = [cite(type)];
  if (random.chance(0.35)) {
    sources.push(
      cite(
        random.weighted<SourceType>([
          ['media_report', 50],
          ['ngo_report', 40],
          ['other', 10],
        ]),
      ),
    );
  }
  return sources;
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MILLISECONDS;
}

/** Formatting dates is a hot spot at 100,000 cases, and the data spans only a few thousand days. */
const ISO_DAYS = new Map<number, string>();

function isoDay(day: number): string {
  let formatted = ISO_DAYS.get(day);
  if (formatted === undefined) {
    formatted = new Date(day * DAY_MILLISECONDS).toISOString().slice(0, 10);
    ISO_DAYS.set(day, formatted);
  }
  return formatted;
}

function isoMonth(day: number): string {
  return isoDay(day).slice(0, 7);
}
