import type { SimilarCase } from './types';

/** The reasons a case is listed as similar; each is named by `caseatlas.similar.reason.<key>`. */
export const SIMILAR_REASON_KEYS = ['statute', 'purpose', 'means', 'route_country', 'sector', 'wording'] as const;

export interface SimilarReason {
  key: (typeof SIMILAR_REASON_KEYS)[number];
  /** The shared value, as stored (a statute key, a vocabulary value, a country code). */
  value?: string;
}

/**
 * Pure: what the API says two cases share, strongest first (the order of its boosts:
 * statutes, purposes, then means, route and sectors; the wording last, being the vaguest).
 */
export function similarReasons(why: SimilarCase['why']): SimilarReason[] {
  return [
    ...why.statutes.map((value) => ({ key: 'statute' as const, value })),
    ...why.exploitationPurposes.map((value) => ({ key: 'purpose' as const, value })),
    ...why.means.map((value) => ({ key: 'means' as const, value })),
    ...why.routeCountries.map((value) => ({ key: 'route_country' as const, value })),
    ...why.sectors.map((value) => ({ key: 'sector' as const, value })),
    ...(why.wording ? [{ key: 'wording' as const }] : []),
  ];
}
