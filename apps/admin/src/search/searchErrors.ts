import type { ValidationErrorResponse } from '@caseatlas/contracts';

/** What went wrong with a search, as the page tells it. */
export type SearchFailure =
  /** The text does not parse: the API's message goes under the query box. */
  | { kind: 'syntax'; message: string }
  /** A page cursor expired or belongs to another search: start again from the first page. */
  | { kind: 'expired'; message: string }
  /** Filters from a hand-edited or outdated address: the API names each. */
  | { kind: 'invalid'; messages: string[] }
  /** 503: Elasticsearch is down or the index is being built. */
  | { kind: 'unavailable' }
  | { kind: 'other'; message?: string };

/**
 * Pure (no react-admin, so unit tests load it): a rejected `/api/search` request → what to tell
 * the reader. Read structurally, like common/apiErrors.ts: react-admin's HttpError carries
 * `status`, `message` and the parsed `body`.
 */
export function searchFailureOf(error: unknown): SearchFailure {
  const { status, message, body } = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: number;
    message?: string;
    body?: Partial<ValidationErrorResponse> | null;
  };
  if (status === 503) return { kind: 'unavailable' };
  const problems = body?.problems;
  if (status === 400 && Array.isArray(problems) && problems.length) {
    const q = problems.find((problem) => problem.path === 'q');
    if (q) return { kind: 'syntax', message: q.message };
    const cursor = problems.find((problem) => problem.path === 'cursor');
    if (cursor) return { kind: 'expired', message: cursor.message };
    return { kind: 'invalid', messages: problems.map((problem) => problem.message) };
  }
  const bodyMessage = Array.isArray(body?.message) ? body.message.join('; ') : body?.message;
  return { kind: 'other', message: bodyMessage ?? message ?? (typeof error === 'string' ? error : undefined) };
}

/** The API's own words for a failure, for an error line ('' when it gave none). */
export function failureMessage(failure: SearchFailure): string {
  switch (failure.kind) {
    case 'syntax':
    case 'expired':
      return failure.message;
    case 'invalid':
      return failure.messages.join('; ');
    case 'other':
      return failure.message ?? '';
    case 'unavailable':
      return '';
  }
}
