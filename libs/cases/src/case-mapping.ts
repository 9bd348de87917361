import type { CaseRecord, CaseResponse, Defendant, RouteStage, Timeline, VictimGroup } from '@caseatlas/contracts';
import { ROUTE_STAGES } from '@caseatlas/contracts';
import type {
  CaseChargeEntity,
  CaseDefendantEntity,
  CaseEntity,
  CaseRouteCountryEntity,
  CaseVictimGroupEntity,
} from './entities';

type Row<T> = Omit<T, 'id' | 'caseId'>;

export interface CaseRows {
  case: Omit<CaseEntity, 'id' | 'version' | 'indexVersion' | 'createdAt' | 'updatedAt' | 'verdictYear'>;
  defendants: Row<CaseDefendantEntity>[];
  charges: Row<CaseChargeEntity>[];
  victimGroups: Row<CaseVictimGroupEntity>[];
  routeCountries: Omit<CaseRouteCountryEntity, 'caseId'>[];
}

export interface CaseChildren {
  defendants: CaseDefendantEntity[];
  charges: CaseChargeEntity[];
  victimGroups: CaseVictimGroupEntity[];
  routeCountries: CaseRouteCountryEntity[];
}

const money = (amount: string | null, currency: string | null) =>
  amount === null || currency === null ? null : { amount: Number(amount), currency };

/** Pure: a validated record → the rows that store it. */
export function toCaseRows(record: CaseRecord): CaseRows {
  const timeline = record.timeline;
  return {
    case: {
      reference: record.reference,
      title: record.title,
      language: record.language,
      jurisdiction: record.jurisdiction,
      region: record.region ?? null,
      courtName: record.court.name,
      courtLevel: record.court.level,
      status: record.status,
      synthetic: record.synthetic ?? false,
      summary: record.summary,
      facts: record.facts,
      acts: record.acts,
      means: record.means,
      exploitationPurposes: record.exploitationPurposes,
      sectors: record.sectors,
      offenceStart: timeline.offenceStart ?? null,
      offenceEnd: timeline.offenceEnd ?? null,
      reported: timeline.reported ?? null,
      investigationOpened: timeline.investigationOpened ?? null,
      indicted: timeline.indicted ?? null,
      firstInstanceVerdict: timeline.firstInstanceVerdict ?? null,
      appealDecision: timeline.appealDecision ?? null,
      finalDecision: timeline.final ?? null,
      appealOutcome: record.appealOutcome ?? null,
      cooperation: record.cooperation,
      mentalHealthInvolvement: record.mentalHealthInvolvement,
      sources: record.sources.map((source) => ({ ...source, url: source.url ?? null })),
      relatedCases: record.relatedCases,
      tags: record.tags,
    },
    defendants: record.defendants.map((defendant, position) => {
      const sentence = defendant.sentence ?? null;
      return {
        position,
        label: defendant.label,
        sex: defendant.sex,
        ageBand: defendant.ageBand,
        nationality: defendant.nationality,
        role: defendant.role,
        verdict: defendant.verdict,
        sentenced: sentence !== null,
        // A life sentence has no finite term, whatever an older file put beside it.
        custodialMonths: sentence && !sentence.life ? sentence.custodialMonths : null,
        lifeSentence: sentence?.life ?? null,
        suspended: sentence?.suspended ?? null,
        probationMonths: sentence?.probationMonths ?? null,
        fineAmount: sentence?.fine ? String(sentence.fine.amount) : null,
        fineCurrency: sentence?.fine?.currency ?? null,
        confiscation: sentence?.confiscation ?? null,
      };
    }),
    charges: record.charges.map((charge, position) => ({
      position,
      statuteKey: charge.statute,
      defendantLabel: charge.defendant,
      outcome: charge.outcome,
    })),
    victimGroups: record.victims.map((group, position) => ({
      position,
      victimCount: group.count,
      minors: group.minors,
      sex: group.sex,
      ageBand: group.ageBand,
      nationality: group.nationality,
      servicesProvided: group.servicesProvided,
      testified: group.testified,
      compensationAmount: group.compensationAwarded ? String(group.compensationAwarded.amount) : null,
      compensationCurrency: group.compensationAwarded?.currency ?? null,
    })),
    routeCountries: ROUTE_STAGES.flatMap((stage) =>
      record.route[stage].map((country, position) => ({ stage, country, position })),
    ),
  };
}

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/** Pure: stored rows → the case as the API returns it. */
export function toCaseResponse(row: CaseEntity, children: CaseChildren): CaseResponse {
  const timeline: Timeline = {
    offenceStart: row.offenceStart,
    offenceEnd: row.offenceEnd,
    reported: row.reported,
    investigationOpened: row.investigationOpened,
    indicted: row.indicted,
    firstInstanceVerdict: row.firstInstanceVerdict,
    appealDecision: row.appealDecision,
    final: row.finalDecision,
  };
  const countriesAt = (stage: RouteStage) =>
    children.routeCountries
      .filter((entry) => entry.stage === stage)
      .sort(byPosition)
      .map((entry) => entry.country);
  const route = {
    origin: countriesAt('origin'),
    transit: countriesAt('transit'),
    destination: countriesAt('destination'),
  };
  const defendants: Defendant[] = [...children.defendants].sort(byPosition).map((defendant) => ({
    label: defendant.label,
    sex: defendant.sex as Defendant['sex'],
    ageBand: defendant.ageBand as Defendant['ageBand'],
    nationality: defendant.nationality,
    role: defendant.role as Defendant['role'],
    verdict: defendant.verdict as Defendant['verdict'],
    sentence: defendant.sentenced
      ? {
          custodialMonths: defendant.custodialMonths,
          life: defendant.lifeSentence!,
          suspended: defendant.suspended!,
          probationMonths: defendant.probationMonths!,
          fine: money(defendant.fineAmount, defendant.fineCurrency),
          confiscation: defendant.confiscation!,
        }
      : null,
  }));
  const victims: VictimGroup[] = [...children.victimGroups].sort(byPosition).map((group) => ({
    count: group.victimCount,
    minors: group.minors,
    sex: group.sex as VictimGroup['sex'],
    ageBand: group.ageBand as VictimGroup['ageBand'],
    nationality: group.nationality,
    servicesProvided: group.servicesProvided as VictimGroup['servicesProvided'],
    testified: group.testified,
    compensationAwarded: money(group.compensationAmount, group.compensationCurrency),
  }));
  return {
    id: row.id,
    version: row.version,
    reference: row.reference,
    title: row.title,
    language: row.language,
    jurisdiction: row.jurisdiction,
    region: row.region,
    court: { name: row.courtName, level: row.courtLevel as CaseRecord['court']['level'] },
    status: row.status as CaseRecord['status'],
    synthetic: row.synthetic,
    summary: row.summary,
    facts: row.facts,
    acts: row.acts as CaseRecord['acts'],
    means: row.means as CaseRecord['means'],
    exploitationPurposes: row.exploitationPurposes as CaseRecord['exploitationPurposes'],
    sectors: row.sectors as CaseRecord['sectors'],
    route,
    timeline,
    appealOutcome: row.appealOutcome as CaseRecord['appealOutcome'],
    charges: [...children.charges].sort(byPosition).map((charge) => ({
      statute: charge.statuteKey,
      defendant: charge.defendantLabel,
      outcome: charge.outcome as CaseRecord['charges'][number]['outcome'],
    })),
    defendants,
    victims,
    cooperation: row.cooperation,
    mentalHealthInvolvement: row.mentalHealthInvolvement as CaseRecord['mentalHealthInvolvement'],
    sources: row.sources,
    relatedCases: row.relatedCases,
    tags: row.tags,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The record part of a response (what an update merges onto, what export writes). */
export function toCaseRecord(response: CaseResponse): CaseRecord {
  const { id: _id, version: _version, createdAt: _createdAt, updatedAt: _updatedAt, ...record } = response;
  return record;
}
