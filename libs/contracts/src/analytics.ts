import type { CountryCode } from './case-record';
import type {
  CooperationInstrument,
  ExploitationPurpose,
  MentalHealthInvolvement,
  RequestOutcome,
  VictimService,
} from './vocabularies';

/** The answers of comparative analytics, shared by the API (libs/analytics) and the admin. */
export const OUTCOME_GROUP_NAMES = ['jurisdiction', 'year', 'statute', 'purpose', 'sector', 'court_level'] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUP_NAMES)[number];

/** How many jurisdictions or saved searches compare and legislation take. */
export const COMPARE_COLUMNS = { min: 2, max: 6 } as const;

/** Exact order statistics (PostgreSQL's `percentile_cont` method) over `count` values. */
export interface Distribution {
  median: number | null;
  p25: number | null;
  p75: number | null;
  mean: number | null;
  count: number;
}

/** The outcome metrics of a group of cases (docs/metrics.md). */
export interface OutcomeMetrics {
  cases: number;
  defendants: number;
  decided: number;
  convicted: number;
  acquitted: number;
  dismissed: number;
  convictionRate: number | null;
  sentenceMonths: Distribution;
  lifeSentences: number;
  suspendedShare: number | null;
  daysToVerdict: Distribution;
  medianDaysToVerdict: number | null;
  sentencePositionInRange: Distribution;
  /** Fewer cases than the small-cell threshold: shown greyed with the reason, left out of exports. */
  small: boolean;
}

export interface OutcomeRow extends OutcomeMetrics {
  key: string;
}

/** Every analytics answer says below what `n` a cell counts as small. */
export interface SmallCells {
  smallBelow: number;
}

/** `GET /api/analytics/outcomes`. */
export interface OutcomesResponse extends SmallCells {
  rows: OutcomeRow[];
  total: OutcomeMetrics;
}

/** `GET /api/analytics/trends`: by jurisdiction, then year of the first-instance verdict. */
export interface TrendsResponse extends SmallCells {
  rows: (OutcomeRow & { jurisdiction: string; year: number })[];
}

/** A route as cases record it; `transit` is null for cases moved without a transit country. */
export interface RouteFlow {
  origin: CountryCode;
  transit: CountryCode | null;
  destination: CountryCode;
  cases: number;
  victims: number;
  small: boolean;
}

/** `GET /api/analytics/routes`. */
export interface RoutesResponse extends SmallCells {
  flows: RouteFlow[];
}

export interface VictimCount<Value extends string = string> {
  value: Value;
  victims: number;
}

/** How cases with mental-health professionals at one stage (or at none) went. */
export interface MentalHealthStage {
  stage: MentalHealthInvolvement | 'none';
  cases: number;
  victims: number;
  testified: number;
  testifiedShare: number | null;
  decided: number;
  convicted: number;
  convictionRate: number | null;
  small: boolean;
}

export interface VictimMetrics {
  cases: number;
  victims: number;
  minors: number;
  minorShare: number | null;
  testified: number;
  testifiedShare: number | null;
  compensated: number;
  compensatedShare: number | null;
  /** Amounts awarded per currency (never summed across currencies). */
  compensation: { currency: string; amount: number; victims: number }[];
  sex: VictimCount[];
  nationalities: VictimCount<CountryCode>[];
  services: VictimCount<VictimService>[];
  small: boolean;
}

/** `GET /api/analytics/victims`. */
export interface VictimsResponse extends SmallCells, VictimMetrics {
  mentalHealth: MentalHealthStage[];
}

export interface CooperationRow {
  instrument: CooperationInstrument | 'none';
  cases: number;
  /** Of the cross-border cases. */
  share: number | null;
  decided: number;
  convicted: number;
  convictionRate: number | null;
  small: boolean;
}

export interface CooperationMetrics {
  crossBorderCases: number;
  instruments: CooperationRow[];
  /** Requests (not cases) by outcome. */
  mlaOutcomes: { outcome: RequestOutcome; requests: number }[];
  extraditionOutcomes: { outcome: RequestOutcome; requests: number }[];
  small: boolean;
}

/** `GET /api/analytics/cooperation`. */
export interface CooperationResponse extends SmallCells, CooperationMetrics {}

/** A statute of the catalogue and the sentences given under it (its defendants' gravest convicted charge). */
export interface StatuteInPractice {
  key: string;
  title: string;
  penaltyMinMonths: number;
  penaltyMaxMonths: number;
  lifePossible: boolean;
  purposes: ExploitationPurpose[];
  convicted: number;
  sentenceMonths: Distribution;
  lifeSentences: number;
  sentencePositionInRange: Distribution;
  small: boolean;
}

/** `GET /api/analytics/legislation?jurisdictions=KZ,UZ`. */
export interface LegislationResponse extends SmallCells {
  jurisdictions: { jurisdiction: CountryCode; statutes: StatuteInPractice[] }[];
}

export interface CompareColumn {
  /** The jurisdiction, or the saved search's id. */
  key: string;
  label: string;
  outcomes: OutcomeMetrics;
  victims: VictimMetrics;
  cooperation: CooperationMetrics;
}

/** `GET /api/analytics/compare?jurisdictions=…` or `?savedSearches=…`: one column each. */
export interface CompareResponse extends SmallCells {
  by: 'jurisdiction' | 'savedSearch';
  columns: CompareColumn[];
}
