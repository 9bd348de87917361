import type { Problem } from './problems';

/** Deeper than any body or filter the API documents; deeper input is refused before it is walked. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Pure: the first problem that makes a request's input unfit to reach PostgreSQL or a validator:
 * a string (or key) with NUL or an unpaired UTF-16 surrogate, which PostgreSQL's text and jsonb
 * refuse, or nesting deeper than MAX_INPUT_DEPTH, which would exhaust the stack of recursive
 * validators. Walks iteratively, so no input can overflow the walk itself.
 */
export function findMalformedInput(input: unknown, root: string): Problem | undefined {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: input, path: root, depth: 0 }];
  while (pending.length) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      const problem = stringProblem(value, path);
      if (problem) return problem;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      return { path, rule: 'depth', message: `${path} is nested deeper than ${MAX_INPUT_DEPTH} levels` };
    }
    for (const [key, item] of Object.entries(value)) {
      // The body is the root (''): its fields are named as the validators name them (`title`).
      const itemPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${safeKey(key)}` : safeKey(key);
      const keyProblem = Array.isArray(value) ? undefined : stringProblem(key, `${path || 'the body'} (a field name)`);
      if (keyProblem) return keyProblem;
      // No field of ours has these names; object machinery would read them, whitelists not see them.
      if (!Array.isArray(value) && RESERVED_KEYS.has(key)) {
        return { path: itemPath, rule: 'reservedName', message: `${itemPath} is not a field` };
      }
      pending.push({ value: item, path: itemPath, depth: depth + 1 });
    }
  }
  return undefined;
}

function stringProblem(value: string, path: string): Problem | undefined {
  path ||= 'the body';
  if (value.includes('\u0000')) return { path, rule: 'noNul', message: `${path} must not contain the NUL character` };
  if (!value.isWellFormed()) {
    return {
      path,
      rule: 'wellFormed',
      message: `${path} must be well-formed Unicode (an unpaired surrogate was sent)`,
    };
  }
  return undefined;
}

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A key named in a message only when it looks like a field name: a key can carry anything. */
function safeKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]{0,59}$/.test(key) ? key : '(field)';
}

/** The list parameters whose value is JSON: their parsed content is checked as well. */
const JSON_PARAMETERS = new Set(['sort', 'range', 'filter']);

/**
 * Pure: the first problem with a request's query: a parameter sent twice or in bracket form
 * (`filter[a]=1`) is refused rather than silently read one way, and every value, with the
 * parsed content of `sort`, `range` and `filter`, must pass {@link findMalformedInput}.
 */
export function findMalformedQuery(query: Record<string, unknown>): Problem | undefined {
  for (const [name, value] of Object.entries(query)) {
    const path = safeKey(name);
    const keyProblem = stringProblem(name, '(a parameter name)');
    if (keyProblem) return keyProblem;
    if (typeof value !== 'string') {
      return { path, rule: 'single', message: `${path} must be sent once, as one value` };
    }
    const problem = findMalformedInput(value, path);
    if (problem) return problem;
    if (JSON_PARAMETERS.has(name)) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch {
        continue; // the list query reports malformed JSON with its own message
      }
      const inner = findMalformedInput(parsed, path);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * Characters that change how text is shown or matched without being seen: C0 and C1 controls
 * other than tab and line breaks (ESC starts terminal sequences in an exported CSV), bidirectional
 * controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), zero-width space, word joiner
 * and invisible operators (U+200B, U+2060–U+2064), the byte-order mark, the soft hyphen, the
 * combining grapheme joiner, the Mongolian vowel separator, interlinear annotation marks
 * (U+FFF9–U+FFFB) and tag characters (U+E0000–U+E007F). They can reverse what a reader sees of a
 * comment or an export, or split a name so that neither the anonymizer nor a search finds it.
 * The zero-width (non-)joiners stay: Persian, Indic scripts and emoji need them.
 */
// Unicode's control (Cc) and format (Cf) characters, and the combining grapheme joiner, less
// tab, line breaks and the zero-width (non-)joiners.
const INVISIBLE_CONTROLS = /(?![\t\n\r\u200C\u200D])[\p{Cc}\p{Cf}]|\u034F/gu;

/** Pure: the text without {@link INVISIBLE_CONTROLS}; anything else is returned as it is. */
export function withoutInvisibleControls<T>(value: T): T {
  return (typeof value === 'string' ? value.replace(INVISIBLE_CONTROLS, '') : value) as T;
}
