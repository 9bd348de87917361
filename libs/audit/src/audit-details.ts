import { createHash } from 'node:crypto';
import { anonymizeTexts, findIdentifierInToken } from '@caseatlas/anonymizer';

/** Field and filter names are identifiers; anything else (free text posing as a key) is not kept. */
const NAME = /^[A-Za-z][A-Za-z0-9_]{0,59}$/;
/** Counts, years and page bounds; a longer number may be an identifier (an IIN, a phone). */
const MAX_KEPT_NUMBER = 999_999;

/** A field name holds no long digit run; one that does may carry a phone or an ID (`tel77019876543`). */
const LONG_DIGIT_RUN = /\d{5}/;

/**
 * `read`, with its answers for the last 1,000 values remembered by a digest of the value (never
 * the value itself: it is typed text): a reader sends the same names and query again and again,
 * and the anonymizer costs the event loop a millisecond or more each time.
 */
function remembered<T>(read: (value: string) => T): (value: string) => T {
  const answers = new Map<string, T>();
  return (value) => {
    const key = createHash('sha256').update(value).digest('base64');
    const answer = answers.has(key) ? answers.get(key)! : read(value);
    // Most recently used last, so the first is the one to forget.
    answers.delete(key);
    answers.set(key, answer);
    if (answers.size > REMEMBERED_ANSWERS) answers.delete(answers.keys().next().value!);
    return answer;
  };
}
const REMEMBERED_ANSWERS = 1000;

const carriesIdentifier = remembered((name) => findIdentifierInToken(name) !== null);

/** A name worth keeping: identifier-shaped, and not a person's name or number in disguise. */
export const isAuditableName = (name: string): boolean =>
  NAME.test(name) && !LONG_DIGIT_RUN.test(name) && !carriesIdentifier(name);

/** Tokens the free-text anonymizer reads as no words: ones with digits, underscores, dots, hyphens or `@`. */
const TOKEN_LIKE = /[\d_.@-]/;
/** A token: what lies between spaces and the punctuation around values (`x=…&`, `(…)`, `…,`). */
const TOKEN = /[^\s,;:()<>[\]{}"'=&?!]+/g;

/** A number worth keeping as sent; others are recorded only as being a number. */
export const auditedNumber = (value: number): number | string =>
  Number.isInteger(value) && Math.abs(value) <= MAX_KEPT_NUMBER ? value : '(number)';
const MAX_NAMES = 40;
const MAX_VALUES = 20;
const MAX_TEXT = 200;

/**
 * A caller-typed value made safe to keep — control characters removed and unpaired
 * surrogates replaced (PostgreSQL's jsonb refuses both), passed through the anonymizer like
 * any free text, then cut to 200 characters, so a name typed into any filter is replaced by its
 * placeholder; a token carrying an identifier is replaced by its kind.
 */
function anonymizedForAudit(value: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  // Anonymized before it is cut, so the cut cannot leave part of an identifier undetected.
  const kept = printable.slice(0, MAX_TEXT * 10).toWellFormed();
  // A name or number typed as one token (`zhumagalieva_aigerim`, `77019876543`) is no sentence to
  // the anonymizer: such tokens also get the token rules the tags get, and give way to their kind.
  // Both before the cut, so it cannot leave part of one in clear.
  const anonymized = anonymizeTexts({ text: kept }).texts.text.replace(TOKEN, (token) => {
    const kind = TOKEN_LIKE.test(token) ? findIdentifierInToken(token) : null;
    return kind ? `[${kind}]` : token;
  });
  return anonymized.slice(0, MAX_TEXT).toWellFormed();
}

/** Pure (its answers remembered, never changed): {@link anonymizedForAudit}. */
export const auditedText = remembered(anonymizedForAudit);

/**
 * Pure: what the audit keeps of a list or search request's filter: identifier-like names only,
 * every text value anonymized, flags and small numbers as sent.
 */
export function auditedFilter(filter: Record<string, unknown>): Record<string, unknown> {
  const kept = Object.entries(filter)
    .filter(([name]) => isAuditableName(name))
    .slice(0, MAX_NAMES);
  return Object.fromEntries(
    kept.map(([name, value]) => {
      const values = (Array.isArray(value) ? value : [value]).slice(0, MAX_VALUES);
      const safe = values.map((item) =>
        typeof item === 'number'
          ? auditedNumber(item)
          : typeof item === 'boolean' || item === null
            ? item
            : auditedText(String(item)),
      );
      return [name, Array.isArray(value) ? safe : safe[0]];
    }),
  );
}

/** Pure: the names of the fields a write sent — never their values, and only identifier-like names. */
export function auditedFields(body: unknown): string[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  const names = Object.keys(body);
  const kept = names.filter((name) => isAuditableName(name)).slice(0, MAX_NAMES);
  return names.length > kept.length ? [...kept.sort(), '(other)'] : kept.sort();
}
