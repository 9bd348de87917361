import { distributionOf, shareOf } from './percentiles';
import type { Distribution, Histogram } from './percentiles';

export interface OutcomeRow {
  key: string;
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
  medianDaysToVerdict: number | null;
  /** Fewer cases than the small-group threshold: figures shown greyed, left out of exports. */
  small: boolean;
}

interface Bucket {
  doc_count: number;
  histogram?: never;
  defendants: {
    doc_count: number;
    verdicts: { buckets: { key: string; doc_count: number }[] };
    custodial: { months: { buckets: { key: number; doc_count: number }[] } };
    life: { doc_count: number };
    sentenced: { doc_count: number; suspended: { doc_count: number } };
  };
  days: { buckets: { key: number; doc_count: number }[] };
}

const histogramOf = (buckets: { key: number; doc_count: number }[]): Histogram =>
  buckets.map((bucket) => [bucket.key, bucket.doc_count] as const);

/** Pure: one group's aggregation buckets → its row of metrics (docs/metrics.md). */
export function toOutcomeRow(key: string, bucket: Bucket, smallBelow: number): OutcomeRow {
  const verdict = (name: string) =>
    bucket.defendants.verdicts.buckets.find((candidate) => candidate.key === name)?.doc_count ?? 0;
  const [convicted, acquitted, dismissed] = [verdict('convicted'), verdict('acquitted'), verdict('dismissed')];
  const decided = convicted + acquitted + dismissed;
  return {
    key,
    cases: bucket.doc_count,
    defendants: bucket.defendants.doc_count,
    decided,
    convicted,
    acquitted,
    dismissed,
    convictionRate: shareOf(convicted, decided),
    sentenceMonths: distributionOf(histogramOf(bucket.defendants.custodial.months.buckets)),
    lifeSentences: bucket.defendants.life.doc_count,
    suspendedShare: shareOf(bucket.defendants.sentenced.suspended.doc_count, bucket.defendants.sentenced.doc_count),
    medianDaysToVerdict: distributionOf(histogramOf(bucket.days.buckets)).median,
    small: bucket.doc_count < smallBelow,
  };
}

export type OutcomeBucket = Bucket;
