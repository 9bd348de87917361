import type { estypes } from '@elastic/elasticsearch';
import type { CaseStatus } from '@caseatlas/contracts';
import { annotationVisibilityQuery } from '@caseatlas/access';

type Query = estypes.QueryDslQueryContainer;

/**
 * Which cases exist for a reader: those in the statuses their role reads, less those the index
 * still shows in a state PostgreSQL no longer has (changed or deleted, waiting in the outbox).
 * Hits, totals, facets, similar cases and analytics all take this one rule, so they agree while
 * the index catches up.
 */
export interface CaseRowRule {
  readable: readonly CaseStatus[];
  hiddenWhileIndexing: readonly string[];
}

/** Pure: the row rule as one filter clause. */
export function rowRuleClause(rule: CaseRowRule): Query {
  return {
    bool: {
      filter: [{ terms: { status: [...rule.readable] } }],
      ...(rule.hiddenWhileIndexing.length ? { must_not: [{ ids: { values: [...rule.hiddenWhileIndexing] } }] } : {}),
    },
  };
}

/**
 * Pure: the annotations a reader may see, as a query inside the nested `annotations` of the case
 * document: their own, their working groups' and those shared with every reader (the rule's one
 * home is libs/access).
 */
export function annotationsVisibleTo(readerId: string, groups: readonly string[]): Query {
  return annotationVisibilityQuery(readerId, groups);
}
