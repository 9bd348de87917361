import type { estypes } from '@elastic/elasticsearch';
import type { CaseResponse, SimilarCase } from '@caseatlas/contracts';
import type { CaseDocument } from '../indexing/case-document';
import { rowRuleClause } from './row-rule';
import type { CaseRowRule } from './row-rule';

/** What a case shares with others that makes them alike, by the document field that holds it. */
function sharedBy(subject: CaseResponse) {
  return {
    statutes: [...new Set(subject.charges.map((charge) => charge.statute))],
    exploitationPurposes: subject.exploitationPurposes,
    means: subject.means,
    routeCountries: [...new Set([...subject.route.origin, ...subject.route.transit, ...subject.route.destination])],
    sectors: subject.sectors,
  };
}
type Shared = ReturnType<typeof sharedBy>;

/** How much each shared thing weighs: the statute most, then the purpose. */
const WEIGHTS: Record<keyof Shared, number> = {
  statutes: 3,
  exploitationPurposes: 2,
  means: 1,
  routeCountries: 1,
  sectors: 1,
};

/**
 * Pure: the body of `GET /cases/:id/similar`: cases within the reader's row rule, other than
 * `subject`, sharing its wording (more_like_this) or its statutes, purposes, means, route
 * countries or sectors, each clause named so that a hit says why it is listed.
 */
export function buildSimilarBody(subject: CaseResponse, rows: CaseRowRule, size: number): estypes.SearchRequest {
  const shared = sharedBy(subject);
  const overlaps = (Object.keys(WEIGHTS) as (keyof Shared)[])
    .filter((field) => shared[field].length > 0)
    .map((field) => ({ terms: { [field]: shared[field], boost: WEIGHTS[field], _name: field } }));
  return {
    size,
    _source: ['id', 'reference', 'title', 'jurisdiction', 'year', ...Object.keys(shared)],
    query: {
      bool: {
        filter: [rowRuleClause(rows)],
        must_not: [{ ids: { values: [subject.id] } }],
        should: [
          {
            more_like_this: {
              fields: ['title', 'summary', 'facts'],
              like: [subject.title, subject.summary, subject.facts],
              min_term_freq: 1,
              min_doc_freq: 1,
              max_query_terms: 40,
              minimum_should_match: '25%',
              _name: 'wording',
            },
          },
          ...overlaps,
        ],
        minimum_should_match: 1,
      },
    },
  };
}

/** Pure: why a hit of {@link buildSimilarBody} is like `subject`: the wording, and what they share. */
export function similarReasons(
  subject: CaseResponse,
  hit: Pick<CaseDocument, keyof Shared>,
  matched: readonly string[],
): SimilarCase['why'] {
  const shared = sharedBy(subject);
  const common = (field: keyof Shared) => shared[field].filter((value) => (hit[field] as string[]).includes(value));
  return {
    wording: matched.includes('wording'),
    statutes: common('statutes'),
    exploitationPurposes: common('exploitationPurposes'),
    means: common('means'),
    routeCountries: common('routeCountries'),
    sectors: common('sectors'),
  };
}
