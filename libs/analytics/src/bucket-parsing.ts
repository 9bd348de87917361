import type {
  CooperationMetrics,
  CooperationRow,
  MentalHealthStage,
  OutcomeMetrics,
  RequestOutcome,
  RouteFlow,
  VictimCount,
  VictimMetrics,
} from '@caseatlas/contracts';
import { COOPERATION_INSTRUMENTS, MENTAL_HEALTH_INVOLVEMENT } from '@caseatlas/contracts';
import { distributionOf, shareOf } from './percentiles';
import type { Histogram } from './percentiles';
import { NO_TRANSIT } from './aggregations';

/**
 * Pure: the buckets Elasticsearch returns for the requests of `aggregations.ts` → the figures
 * of docs/metrics.md. Each reader takes the small-cell threshold and flags what counts less.
 */
interface Counted {
  doc_count: number;
}
interface ValueBuckets<Key = number> {
  buckets: ({ key: Key } & Counted)[];
}
interface Summed {
  value: number;
}

export interface VerdictBuckets {
  defendants: Counted & { verdicts: ValueBuckets<string> };
}

export interface OutcomeBuckets extends Counted {
  defendants: Counted & {
    verdicts: ValueBuckets<string>;
    custodial: Counted & { months: ValueBuckets; positions: ValueBuckets };
    life: Counted;
    sentenced: Counted & { suspended: Counted };
  };
  days: ValueBuckets;
}

export interface VictimBuckets extends Counted {
  victims: Counted & {
    count: Summed;
    minors: Summed;
    testified: { count: Summed };
    compensated: { count: Summed; currencies: { buckets: { key: string; amount: Summed; count: Summed }[] } };
    sex: { buckets: { key: string; count: Summed }[] };
    nationalities: { buckets: { key: string; count: Summed }[] };
    services: { buckets: { key: string; count: Summed }[] };
  };
}

export interface MentalHealthBuckets {
  mentalHealth: {
    buckets: Record<string, Counted & VerdictBuckets & { victims: { count: Summed; testified: { count: Summed } } }>;
  };
}

export interface CooperationBuckets {
  crossBorder: Counted & {
    instruments: { buckets: Record<string, Counted & VerdictBuckets> };
    mlaRequests: { outcomes: ValueBuckets<string> };
    extraditions: { outcomes: ValueBuckets<string> };
  };
}

export const histogramOf = (buckets: ({ key: number } & Counted)[]): Histogram =>
  buckets.map((bucket) => [bucket.key, bucket.doc_count] as const);

/** Convicted, acquitted and dismissed defendants; decided is their sum (pending and other excluded). */
export function verdictsOf(defendants: VerdictBuckets['defendants']) {
  const count = (name: string) => defendants.verdicts.buckets.find((bucket) => bucket.key === name)?.doc_count ?? 0;
  const [convicted, acquitted, dismissed] = [count('convicted'), count('acquitted'), count('dismissed')];
  const decided = convicted + acquitted + dismissed;
  return { decided, convicted, acquitted, dismissed, convictionRate: shareOf(convicted, decided) };
}

export function toOutcomeMetrics(bucket: OutcomeBuckets, smallBelow: number): OutcomeMetrics {
  const { defendants } = bucket;
  const daysToVerdict = distributionOf(histogramOf(bucket.days.buckets));
  return {
    cases: bucket.doc_count,
    defendants: defendants.doc_count,
    ...verdictsOf(defendants),
    sentenceMonths: distributionOf(histogramOf(defendants.custodial.months.buckets)),
    lifeSentences: defendants.life.doc_count,
    suspendedShare: shareOf(defendants.sentenced.suspended.doc_count, defendants.sentenced.doc_count),
    daysToVerdict,
    medianDaysToVerdict: daysToVerdict.median,
    sentencePositionInRange: distributionOf(histogramOf(defendants.custodial.positions.buckets)),
    small: bucket.doc_count < smallBelow,
  };
}

const victimCounts = <Value extends string>(buckets: { key: string; count: Summed }[]): VictimCount<Value>[] =>
  buckets.map((bucket) => ({ value: bucket.key as Value, victims: bucket.count.value }));

export function toVictimMetrics(bucket: VictimBuckets, smallBelow: number): VictimMetrics {
  const { victims } = bucket;
  const total = victims.count.value;
  return {
    cases: bucket.doc_count,
    victims: total,
    minors: victims.minors.value,
    minorShare: shareOf(victims.minors.value, total),
    testified: victims.testified.count.value,
    testifiedShare: shareOf(victims.testified.count.value, total),
    compensated: victims.compensated.count.value,
    compensatedShare: shareOf(victims.compensated.count.value, total),
    compensation: victims.compensated.currencies.buckets.map((currency) => ({
      currency: currency.key,
      // Sums of two-decimal amounts, in cents to leave no floating remainder.
      amount: Math.round(currency.amount.value * 100) / 100,
      victims: currency.count.value,
    })),
    sex: victimCounts(victims.sex.buckets),
    nationalities: victimCounts(victims.nationalities.buckets),
    services: victimCounts(victims.services.buckets),
    small: bucket.doc_count < smallBelow,
  };
}

export function toMentalHealthStages(buckets: MentalHealthBuckets, smallBelow: number): MentalHealthStage[] {
  return [...MENTAL_HEALTH_INVOLVEMENT, 'none' as const].map((stage) => {
    const bucket = buckets.mentalHealth.buckets[stage];
    const victims = bucket.victims.count.value;
    const { decided, convicted, convictionRate } = verdictsOf(bucket.defendants);
    return {
      stage,
      cases: bucket.doc_count,
      victims,
      testified: bucket.victims.testified.count.value,
      testifiedShare: shareOf(bucket.victims.testified.count.value, victims),
      decided,
      convicted,
      convictionRate,
      small: bucket.doc_count < smallBelow,
    };
  });
}

export function toCooperationMetrics(buckets: CooperationBuckets, smallBelow: number): CooperationMetrics {
  const { crossBorder } = buckets;
  const instruments: CooperationRow[] = [...COOPERATION_INSTRUMENTS, 'none' as const].map((instrument) => {
    const bucket = crossBorder.instruments.buckets[instrument];
    const { decided, convicted, convictionRate } = verdictsOf(bucket.defendants);
    return {
      instrument,
      cases: bucket.doc_count,
      share: shareOf(bucket.doc_count, crossBorder.doc_count),
      decided,
      convicted,
      convictionRate,
      small: bucket.doc_count < smallBelow,
    };
  });
  const requests = (outcomes: ValueBuckets<string>) =>
    outcomes.buckets.map((bucket) => ({ outcome: bucket.key as RequestOutcome, requests: bucket.doc_count }));
  return {
    crossBorderCases: crossBorder.doc_count,
    instruments,
    mlaOutcomes: requests(crossBorder.mlaRequests.outcomes),
    extraditionOutcomes: requests(crossBorder.extraditions.outcomes),
    small: crossBorder.doc_count < smallBelow,
  };
}

export interface RouteBuckets {
  origins: {
    buckets: {
      key: string;
      transits: {
        buckets: { key: string; destinations: { buckets: ({ key: string; victims: Summed } & Counted)[] } }[];
      };
    }[];
  };
}

export function toRouteFlows(buckets: RouteBuckets, smallBelow: number): RouteFlow[] {
  return buckets.origins.buckets.flatMap((origin) =>
    origin.transits.buckets.flatMap((transit) =>
      transit.destinations.buckets.map((destination) => ({
        origin: origin.key,
        transit: transit.key === NO_TRANSIT ? null : transit.key,
        destination: destination.key,
        cases: destination.doc_count,
        victims: destination.victims.value,
        small: destination.doc_count < smallBelow,
      })),
    ),
  );
}
