import type { CaseResponse, CooperationInstrument, CountryRequest, StatuteRecord } from '@caseatlas/contracts';
import type { IndexedAnnotation } from './case-index-reader';
import { crossScriptKey } from './cross-script';
import { conceptNamesOf } from './concept-names';

/** What the case index holds for one case: the record's searchable parts and derived facts. */
export interface CaseDocument {
  id: string;
  reference: string;
  title: string;
  summary: string;
  facts: string;
  region: string | null;
  courtName: string;
  /** Title, summary, facts, region and court in one spelling across scripts (not in _source). */
  crossScript: string;
  /** Every name of the case's acts, means, purposes and sectors, in every language (not in _source). */
  conceptNames: string;
  language: string;
  jurisdiction: string;
  courtLevel: string;
  status: string;
  synthetic: boolean;
  acts: string[];
  means: string[];
  exploitationPurposes: string[];
  sectors: string[];
  route: { origin: string[]; transit: string[]; destination: string[] };
  routeCountries: string[];
  statutes: string[];
  verdicts: string[];
  charges: { statute: string; defendant: string; outcome: string }[];
  defendants: {
    label: string;
    sex: string;
    ageBand: string;
    nationality: string;
    role: string;
    verdict: string;
    /** A sentence was given (a term, life, or a suspended term). */
    sentenced: boolean;
    custodialMonths: number | null;
    life: boolean;
    suspended: boolean;
    /** The gravest statute of the defendant's convicted charges: the one their sentence is measured against. */
    sentenceStatute: string | null;
    /** (months − statute min) / (statute max − statute min) for a custodial term (docs/metrics.md). */
    positionInRange: number | null;
  }[];
  victims: {
    count: number;
    minors: number;
    sex: string;
    ageBand: string;
    nationality: string;
    servicesProvided: string[];
    testified: boolean;
    compensated: boolean;
    compensationAmount: number | null;
    compensationCurrency: string | null;
  }[];
  cooperationInstruments: CooperationInstrument[];
  mlaRequests: CountryRequest[];
  extraditions: CountryRequest[];
  agencies: string[];
  mentalHealthInvolvement: string[];
  tags: string[];
  relatedReferences: string[];
  /** Who may see each is decided at query time: author, visibility, working group. */
  annotations: IndexedAnnotation[];
  timeline: Record<keyof CaseResponse['timeline'], string | null>;
  appealOutcome: string | null;
  // Derived at index time.
  crossBorder: boolean;
  year: number | null;
  daysToVerdict: number | null;
  mostSeriousStatute: string | null;
  maxCustodialMonths: number | null;
  lifeSentence: boolean;
  victimCount: number;
  minorsInvolved: boolean;
  citedBy: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type StatuteCatalogue = ReadonlyMap<
  string,
  Pick<StatuteRecord, 'penaltyMinMonths' | 'penaltyMaxMonths' | 'lifePossible'>
>;

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Pure: a stored case → its search document. */
export function toCaseDocument(
  record: CaseResponse,
  derived: { citedBy: number; statutes: StatuteCatalogue; annotations?: IndexedAnnotation[] },
): CaseDocument {
  const routeCountries = [...new Set([...record.route.origin, ...record.route.transit, ...record.route.destination])];
  const terms = record.defendants.flatMap((defendant) =>
    defendant.sentence && !defendant.sentence.life && defendant.sentence.custodialMonths !== null
      ? [defendant.sentence.custodialMonths]
      : [],
  );
  const verdictDate = record.timeline.firstInstanceVerdict;
  return {
    id: record.id,
    reference: record.reference,
    title: record.title,
    summary: record.summary,
    facts: record.facts,
    region: record.region ?? null,
    courtName: record.court.name,
    crossScript: crossScriptKey(
      [record.title, record.summary, record.facts, record.region ?? '', record.court.name].join('\n'),
    ),
    conceptNames: conceptNamesOf({ ...record, destinations: record.route.destination }).join('\n'),
    language: record.language,
    jurisdiction: record.jurisdiction,
    courtLevel: record.court.level,
    status: record.status,
    synthetic: record.synthetic ?? false,
    acts: record.acts,
    means: record.means,
    exploitationPurposes: record.exploitationPurposes,
    sectors: record.sectors,
    route: record.route,
    routeCountries,
    statutes: [...new Set(record.charges.map((charge) => charge.statute))],
    verdicts: [...new Set(record.defendants.map((defendant) => defendant.verdict))],
    charges: record.charges,
    defendants: record.defendants.map((defendant) => {
      const custodialMonths =
        defendant.sentence && !defendant.sentence.life ? defendant.sentence.custodialMonths : null;
      const sentenceStatute =
        defendant.verdict === 'convicted'
          ? mostSerious(
              record.charges
                .filter((charge) => charge.defendant === defendant.label && charge.outcome === 'convicted')
                .map((charge) => charge.statute),
              derived.statutes,
            )
          : null;
      const statute = sentenceStatute ? derived.statutes.get(sentenceStatute) : undefined;
      return {
        label: defendant.label,
        sex: defendant.sex,
        ageBand: defendant.ageBand,
        nationality: defendant.nationality,
        role: defendant.role,
        verdict: defendant.verdict,
        sentenced: defendant.sentence !== null,
        custodialMonths,
        life: defendant.sentence?.life ?? false,
        suspended: defendant.sentence?.suspended ?? false,
        sentenceStatute,
        positionInRange:
          defendant.sentence && !defendant.sentence.suspended && custodialMonths !== null && statute
            ? positionInRange(custodialMonths, statute)
            : null,
      };
    }),
    victims: record.victims.map((group) => ({
      count: group.count,
      minors: group.minors,
      sex: group.sex,
      ageBand: group.ageBand,
      nationality: group.nationality,
      servicesProvided: group.servicesProvided,
      testified: group.testified,
      compensated: group.compensationAwarded !== null && group.compensationAwarded.amount > 0,
      compensationAmount: group.compensationAwarded?.amount ?? null,
      compensationCurrency: group.compensationAwarded?.currency ?? null,
    })),
    cooperationInstruments: cooperationInstrumentsOf(record.cooperation),
    mlaRequests: record.cooperation.mlaRequests,
    extraditions: record.cooperation.extraditions,
    agencies: record.cooperation.agencies,
    mentalHealthInvolvement: record.mentalHealthInvolvement,
    tags: record.tags,
    relatedReferences: record.relatedCases.map((relation) => relation.reference),
    annotations: derived.annotations ?? [],
    timeline: {
      offenceStart: record.timeline.offenceStart ?? null,
      offenceEnd: record.timeline.offenceEnd ?? null,
      reported: record.timeline.reported ?? null,
      investigationOpened: record.timeline.investigationOpened ?? null,
      indicted: record.timeline.indicted ?? null,
      firstInstanceVerdict: verdictDate ?? null,
      appealDecision: record.timeline.appealDecision ?? null,
      final: record.timeline.final ?? null,
    },
    appealOutcome: record.appealOutcome ?? null,
    crossBorder: routeCountries.some((country) => country !== record.jurisdiction),
    year: verdictDate ? Number(verdictDate.slice(0, 4)) : null,
    daysToVerdict: daysBetween(record.timeline.investigationOpened, verdictDate),
    mostSeriousStatute: mostSerious(
      record.charges.map((charge) => charge.statute),
      derived.statutes,
    ),
    maxCustodialMonths: terms.length ? Math.max(...terms) : null,
    lifeSentence: record.defendants.some((defendant) => defendant.sentence?.life === true),
    victimCount: record.victims.reduce((sum, group) => sum + group.count, 0),
    minorsInvolved: record.victims.some((group) => group.minors > 0),
    citedBy: derived.citedBy,
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export function cooperationInstrumentsOf(cooperation: CaseResponse['cooperation']): CooperationInstrument[] {
  const instruments: CooperationInstrument[] = [];
  if (cooperation.mlaRequests.length > 0) instruments.push('mutual_legal_assistance');
  if (cooperation.jointInvestigationTeam) instruments.push('joint_investigation_team');
  if (cooperation.extraditions.length > 0) instruments.push('extradition');
  if (cooperation.interpolNotices > 0) instruments.push('interpol_notice');
  return instruments;
}

/**
 * Where a term falls in the statute's range: 0 at the minimum, 1 at the maximum (below 0 or
 * above 1 when a court went outside it). Null for a statute with a single fixed term.
 */
export function positionInRange(
  months: number,
  statute: Pick<StatuteRecord, 'penaltyMinMonths' | 'penaltyMaxMonths'>,
): number | null {
  const width = statute.penaltyMaxMonths - statute.penaltyMinMonths;
  return width > 0 ? (months - statute.penaltyMinMonths) / width : null;
}

/** Whole days between two full dates; null when either is missing or has only a month. */
function daysBetween(from: string | null | undefined, to: string | null | undefined): number | null {
  if (!from || !to || !FULL_DATE.test(from) || !FULL_DATE.test(to)) return null;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The charged statute with the gravest penalty: life possible first, then the longest maximum. */
function mostSerious(keys: string[], statutes: StatuteCatalogue): string | null {
  let best: { key: string; life: boolean; max: number } | null = null;
  for (const key of new Set(keys)) {
    const statute = statutes.get(key);
    if (!statute) continue;
    const candidate = { key, life: statute.lifePossible, max: statute.penaltyMaxMonths };
    if (
      !best ||
      (candidate.life && !best.life) ||
      (candidate.life === best.life && (candidate.max > best.max || (candidate.max === best.max && key < best.key)))
    ) {
      best = candidate;
    }
  }
  return best?.key ?? null;
}
