import type {
  Act,
  AgeBand,
  Agency,
  AppealOutcome,
  CaseRelation,
  CaseStatus,
  ChargeOutcome,
  CourtLevel,
  DefendantRole,
  ExploitationPurpose,
  MentalHealthInvolvement,
  Means,
  RequestOutcome,
  Sector,
  Sex,
  SourceType,
  TimelineEvent,
  Verdict,
  VictimService,
} from './vocabularies';

/** ISO 3166-1 alpha-2, upper case. */
export type CountryCode = string;
/** ISO 4217, upper case. */
export type CurrencyCode = string;
/** YYYY-MM-DD or YYYY-MM. */
export type PartialDate = string;

export interface Money {
  amount: number;
  currency: CurrencyCode;
}

export interface Court {
  name: string;
  level: CourtLevel;
}

export interface Route {
  origin: CountryCode[];
  transit: CountryCode[];
  destination: CountryCode[];
}

export type Timeline = Record<TimelineEvent, PartialDate | null>;

export interface Charge {
  statute: string;
  defendant: string;
  outcome: ChargeOutcome;
}

export interface Sentence {
  /** The finite custodial term; null (or absent) for a life sentence, which has none. */
  custodialMonths: number | null;
  life: boolean;
  suspended: boolean;
  probationMonths: number;
  fine: Money | null;
  confiscation: boolean;
}

export interface Defendant {
  label: string;
  sex: Sex;
  ageBand: AgeBand;
  nationality: CountryCode;
  role: DefendantRole;
  verdict: Verdict;
  sentence: Sentence | null;
}

export interface VictimGroup {
  count: number;
  minors: number;
  sex: Sex;
  ageBand: AgeBand;
  nationality: CountryCode;
  servicesProvided: VictimService[];
  testified: boolean;
  compensationAwarded: Money | null;
}

export interface CountryRequest {
  country: CountryCode;
  outcome: RequestOutcome;
}

export interface Cooperation {
  mlaRequests: CountryRequest[];
  jointInvestigationTeam: boolean;
  extraditions: CountryRequest[];
  interpolNotices: number;
  agencies: Agency[];
}

export interface Source {
  type: SourceType;
  citation: string;
  url: string | null;
}

export interface RelatedCase {
  reference: string;
  relation: CaseRelation;
}

/** The case record: the API body and the import format (../shared/BRIEF.md). */
export interface CaseRecord {
  reference: string;
  title: string;
  language: string;
  jurisdiction: CountryCode;
  region: string | null;
  court: Court;
  status: CaseStatus;
  /** Demo and test data say so. */
  synthetic: boolean;
  summary: string;
  facts: string;
  acts: Act[];
  means: Means[];
  exploitationPurposes: ExploitationPurpose[];
  sectors: Sector[];
  route: Route;
  timeline: Timeline;
  appealOutcome: AppealOutcome | null;
  charges: Charge[];
  defendants: Defendant[];
  victims: VictimGroup[];
  cooperation: Cooperation;
  mentalHealthInvolvement: MentalHealthInvolvement[];
  sources: Source[];
  relatedCases: RelatedCase[];
  tags: string[];
}

/** A stored case as the API returns it. `version` must come back on update. */
export interface CaseResponse extends CaseRecord {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The statute catalogue entry; `key` is also its `id`. */
export interface StatuteRecord {
  key: string;
  jurisdiction: CountryCode;
  title: string;
  penaltyMinMonths: number;
  penaltyMaxMonths: number;
  lifePossible: boolean;
  purposes: ExploitationPurpose[];
  validFrom: string | null;
  validTo: string | null;
}

export interface StatuteResponse extends StatuteRecord {
  id: string;
  version: number;
}
