import type { estypes } from '@elastic/elasticsearch';
import type { CaseFilterName, SearchFilterName, SearchResponse } from '@caseatlas/contracts';

type Query = estypes.QueryDslQueryContainer;

/** Facets of `/api/search`: the filter each one feeds and the document field it counts. */
export const FACETS = {
  jurisdiction: { field: 'jurisdiction', size: 60 },
  status: { field: 'status', size: 10 },
  courtLevel: { field: 'courtLevel', size: 10 },
  act: { field: 'acts', size: 10 },
  means: { field: 'means', size: 20 },
  exploitationPurpose: { field: 'exploitationPurposes', size: 10 },
  sector: { field: 'sectors', size: 20 },
  statute: { field: 'statutes', size: 50 },
  verdict: { field: 'verdicts', size: 10 },
  routeOrigin: { field: 'route.origin', size: 60 },
  routeTransit: { field: 'route.transit', size: 60 },
  routeDestination: { field: 'route.destination', size: 60 },
  crossBorder: { field: 'crossBorder', size: 2 },
  cooperation: { field: 'cooperationInstruments', size: 10 },
  minorVictims: { field: 'minorsInvolved', size: 2 },
  verdictYear: { field: 'year', size: 60 },
  tag: { field: 'tags', size: 30 },
} as const satisfies Partial<Record<CaseFilterName, { field: string; size: number }>>;
export type FacetName = keyof typeof FACETS | 'annotationTag';
const ANNOTATION_TAGS_SHOWN = 30;

/**
 * Pure: the aggregations of the facets. Each facet is counted under every active filter but its
 * own (`clauses`, the filters as queries), so a count says what a click would give; annotation
 * tags count the cases carrying one on an annotation the reader may see (`annotations`).
 */
export function facetAggregations(
  clauses: ReadonlyMap<SearchFilterName, Query>,
  annotations: Query,
): Record<string, estypes.AggregationsAggregationContainer> {
  const allBut = (facet: string): Query => ({
    bool: { filter: [...clauses].filter(([name]) => name !== facet).map(([, clause]) => clause) },
  });
  return {
    ...Object.fromEntries(
      (Object.entries(FACETS) as [keyof typeof FACETS, (typeof FACETS)[keyof typeof FACETS]][]).map(([name, facet]) => [
        name,
        { filter: allBut(name), aggs: { values: { terms: { field: facet.field, size: facet.size } } } },
      ]),
    ),
    annotationTag: {
      filter: allBut('annotationTag'),
      aggs: {
        annotations: {
          nested: { path: 'annotations' },
          aggs: {
            visible: {
              filter: annotations,
              aggs: {
                values: {
                  terms: { field: 'annotations.tags', size: ANNOTATION_TAGS_SHOWN },
                  aggs: { cases: { reverse_nested: {} } },
                },
              },
            },
          },
        },
      },
    },
  };
}

/** Pure: the facets of an answer, from the aggregations {@link facetAggregations} asked for. */
export function facetsOf(aggregations: Record<string, unknown> | undefined): SearchResponse['facets'] {
  const facets = {} as SearchResponse['facets'];
  const annotationTags = aggregations?.annotationTag as
    { annotations: { visible: { values: { buckets: { key: string; cases: { doc_count: number } }[] } } } } | undefined;
  facets.annotationTag = (annotationTags?.annotations.visible.values.buckets ?? []).map((bucket) => ({
    value: bucket.key,
    count: bucket.cases.doc_count,
  }));
  for (const name of Object.keys(FACETS) as (keyof typeof FACETS)[]) {
    const facet = aggregations?.[name] as
      { values: { buckets: { key: string | number; key_as_string?: string; doc_count: number }[] } } | undefined;
    facets[name] = (facet?.values.buckets ?? []).map((bucket) => ({
      value: bucket.key_as_string ?? String(bucket.key),
      count: bucket.doc_count,
    }));
  }
  return facets;
}
