/**
 * What the case texts are written from: the structured facts of one generated case plus the
 * narrative choices (how victims were recruited, how the case came to light) that only the
 * texts need. Keeping texts derived from the same facts keeps them consistent with the record.
 */
import type {
  Act,
  AppealOutcome,
  Charge,
  Cooperation,
  Defendant,
  ExploitationPurpose,
  MentalHealthInvolvement,
  Means,
  PartialDate,
  Route,
  Sector,
  Timeline,
  VictimGroup,
} from '@caseatlas/contracts';
import type { Direction, Jurisdiction, Region } from './geography';

type Language = 'en' | 'ru';
export type RecruitmentMethod = 'online' | 'acquaintance' | 'agency' | 'relative';
export type TransportMode = 'bus' | 'train' | 'car' | 'air';
export type DetectionMethod =
  | 'victim_escaped'
  | 'embassy'
  | 'hotline'
  | 'border_check'
  | 'police_operation'
  | 'labour_inspection'
  | 'relatives'
  | 'foreign_police';
export type DismissalReason = 'insufficient_evidence' | 'amnesty' | 'limitation';

export interface Story {
  language: Language;
  jurisdiction: Jurisdiction;
  region: Region;
  direction: Direction;
  route: Route;
  acts: Act[];
  purposes: ExploitationPurpose[];
  sectors: Sector[];
  means: Means[];
  recruitment: RecruitmentMethod;
  transport: TransportMode;
  detection: DetectionMethod;
  dismissalReason: DismissalReason;
  defendants: Defendant[];
  victims: VictimGroup[];
  charges: Charge[];
  timeline: Timeline;
  appealOutcome: AppealOutcome | null;
  courtName: string;
  cooperation: Cooperation;
  mentalHealthInvolvement: MentalHealthInvolvement[];
}

export interface CaseTexts {
  title: string;
  summary: string;
  facts: string;
}

/** Facts are "several paragraphs" of 800–3000 characters; optional paragraphs give way first. */
const FACTS_MAXIMUM_LENGTH = 3000;

export interface Paragraph {
  text: string;
  optional: boolean;
}

/** Joins paragraphs, dropping optional ones from the end while the text is too long. */
export function joinParagraphs(paragraphs: Paragraph[]): string {
  const kept = paragraphs.filter((paragraph) => paragraph.text.length > 0);
  const length = (): number => kept.reduce((sum, paragraph) => sum + paragraph.text.length + 2, -2);
  for (let index = kept.length - 1; index >= 0 && length() > FACTS_MAXIMUM_LENGTH; index--) {
    if (kept[index].optional) {
      kept.splice(index, 1);
    }
  }
  return kept.map((paragraph) => paragraph.text).join('\n\n');
}

/** A timeline date the generator always sets (offence period, report, investigation, indictment). */
export function known(date: PartialDate | null): PartialDate {
  if (date === null) {
    throw new Error('Expected a timeline date that every generated case has');
  }
  return date;
}

export function dateParts(date: PartialDate): { year: number; month: number; day: number | null } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: date.length > 7 ? Number(date.slice(8, 10)) : null,
  };
}

/** Whole months from one partial date to another, at least 1 (an offence lasting part of a month). */
export function monthsBetween(from: PartialDate, to: PartialDate): number {
  const start = dateParts(from);
  const end = dateParts(to);
  return Math.max(1, (end.year - start.year) * 12 + end.month - start.month + 1);
}

/** "1,500,000" or "1 500 000": digits grouped by thousands. */
export function groupDigits(amount: number, separator: string): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

export function listPhrase(items: string[], conjunction: string): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function totalVictims(story: Story): number {
  return story.victims.reduce((sum, group) => sum + group.count, 0);
}

export function totalMinors(story: Story): number {
  return story.victims.reduce((sum, group) => sum + group.minors, 0);
}

/** The sexes present among the victims: 'female', 'male' or 'mixed' (unknown counts as mixed). */
export function victimSexes(story: Story): 'female' | 'male' | 'mixed' {
  const sexes = new Set(story.victims.map((group) => group.sex));
  if (sexes.size === 1 && sexes.has('female')) {
    return 'female';
  }
  if (sexes.size === 1 && sexes.has('male')) {
    return 'male';
  }
  return 'mixed';
}

export function victimNationalities(story: Story): string[] {
  return [...new Set(story.victims.map((group) => group.nationality))];
}

/** The defendant who played a role in the story, falling back to the first defendant. */
export function defendantWithRole(story: Story, ...roles: Defendant['role'][]): Defendant {
  for (const role of roles) {
    const found = story.defendants.find((defendant) => defendant.role === role);
    if (found !== undefined) {
      return found;
    }
  }
  return story.defendants[0];
}

/** Defendants grouped by role, in order of first appearance. */
export function groupByRole(defendants: Defendant[]): [Defendant['role'], Defendant[]][] {
  const groups = new Map<Defendant['role'], Defendant[]>();
  for (const defendant of defendants) {
    groups.set(defendant.role, [...(groups.get(defendant.role) ?? []), defendant]);
  }
  return [...groups];
}

export function chargesOf(story: Story, label: string): Charge[] {
  return story.charges.filter((charge) => charge.defendant === label);
}

/** Countries outside the jurisdiction that the case crossed, in route order. */
export function foreignCountries(story: Story): string[] {
  const { origin, transit, destination } = story.route;
  return [...new Set([...origin, ...transit, ...destination])].filter(
    (country) => country !== story.jurisdiction.country,
  );
}
