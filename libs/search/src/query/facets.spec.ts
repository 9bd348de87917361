import { facetAggregations, FACETS, facetsOf } from './facets';

const clause = (name: string) => ({ term: { marker: name } });

describe('facetAggregations', () => {
  it('counts each facet under every active filter but its own', () => {
    const clauses = new Map([
      ['jurisdiction', clause('jurisdiction')],
      ['means', clause('means')],
    ] as const);
    const aggregations = facetAggregations(clauses, { match_all: {} });
    expect(aggregations.jurisdiction.filter).toEqual({ bool: { filter: [clause('means')] } });
    expect(aggregations.means.filter).toEqual({ bool: { filter: [clause('jurisdiction')] } });
    expect(aggregations.sector.filter).toEqual({ bool: { filter: [clause('jurisdiction'), clause('means')] } });
    expect(aggregations.means.aggs).toEqual({ values: { terms: { field: 'means', size: FACETS.means.size } } });
  });

  it('counts annotation tags by case, on the annotations the reader may see', () => {
    const visible = { term: { 'annotations.authorId': 'reader' } };
    const tags = facetAggregations(new Map(), visible).annotationTag;
    expect(tags.aggs!.annotations.nested).toEqual({ path: 'annotations' });
    expect(tags.aggs!.annotations.aggs!.visible.filter).toBe(visible);
    expect(tags.aggs!.annotations.aggs!.visible.aggs!.values.aggs).toEqual({ cases: { reverse_nested: {} } });
  });
});

describe('facetsOf', () => {
  it('reads the buckets as text values with counts, annotation tags by their cases', () => {
    const facets = facetsOf({
      verdictYear: { values: { buckets: [{ key: 2019, doc_count: 3 }] } },
      crossBorder: { values: { buckets: [{ key: 1, key_as_string: 'true', doc_count: 2 }] } },
      annotationTag: {
        annotations: {
          visible: { values: { buckets: [{ key: 'key-precedent', doc_count: 5, cases: { doc_count: 2 } }] } },
        },
      },
    });
    expect(facets.verdictYear).toEqual([{ value: '2019', count: 3 }]);
    expect(facets.crossBorder).toEqual([{ value: 'true', count: 2 }]);
    expect(facets.annotationTag).toEqual([{ value: 'key-precedent', count: 2 }]);
    expect(facets.means).toEqual([]);
  });
});
