import type { PersonalDataReplacement } from '@caseatlas/contracts';
import { detect, normalizeForDetection } from './detect';
import { findMentions, nameWordsOf } from './mentions';
import { nameKey } from './transliterate';
import { Detection, EntityType, PLACEHOLDER_LABELS } from './types';

export type Replacement = PersonalDataReplacement;

export interface AnonymizedTexts<Field extends string> {
  texts: Record<Field, string>;
  replacements: Replacement[];
}

const isPerson = (detection: Detection) => detection.type === 'PERSON';
const EXISTING_PLACEHOLDER = /\[([A-Z]+)-(\d+)\]/g;
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);

/** The same person or number in another spelling or case gets the same placeholder. */
/**
 * Russian case endings off («Ивановой» and «Иванова» are one person), then one script («Рустам
 * Исмаилов» and "Rustam Ismailov" are one person). A text repeats its names: each word is keyed once
 * (the cache is bounded, so memory stays flat).
 */
const personWordKeys = new Map<string, string>();
function personWordKey(word: string): string {
  let key = personWordKeys.get(word);
  if (key === undefined) {
    if (personWordKeys.size >= 50_000) personWordKeys.clear();
    key = nameKey(word.replace(/(ой|ою|ым|ому|ого|ую|ем|ей|а|у|е|ы|я|ю)$/u, '')).replace(/a$/u, '');
    personWordKeys.set(word, key);
  }
  return key;
}

function identity(detection: Detection): string {
  const label = PLACEHOLDER_LABELS[detection.type];
  if (detection.type === 'PERSON') {
    const words = detection.text
      .toLowerCase()
      .replace(/[.,]/g, ' ')
      .split(/\s+/)
      // A title is not part of who the person is: "Ms Jane Doe" and "Jane Doe" are one person.
      .filter((word) => word.length > 1 && !TITLES.has(word))
      .map(personWordKey);
    return `${label}:${words.sort().join(' ')}`;
  }
  if (detection.type === 'EMAIL' || detection.type === 'HANDLE') return `${label}:${detection.text.toLowerCase()}`;
  const digits = detection.text.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
  return `${label}:${detection.type === 'PHONE' ? digits.slice(-9) : digits}`;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** A passage marked by hand never splits a character written as two code units (an emoji). */
function wholeCharacters<Span extends { start: number; end: number }>(text: string, span: Span): Span {
  const start = span.start > 0 && isLowSurrogate(text.charCodeAt(span.start)) ? span.start - 1 : span.start;
  const end = span.end < text.length && isLowSurrogate(text.charCodeAt(span.end)) ? span.end + 1 : span.end;
  return { ...span, start, end };
}

/**
 * Passages marked by hand that overlap become one passage (the type of the one that starts
 * first), so no part of either is left in clear.
 */
function mergeOverlapping<Span extends { start: number; end: number }>(spans: Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged.at(-1);
    if (last && span.start < last.end) merged[merged.length - 1] = { ...last, end: Math.max(last.end, span.end) };
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * Replaces every personal identifier in the given fields of one case with typed placeholders,
 * numbered consistently across the fields (`[PERSON-1]` is the same person in summary and
 * facts). Placeholders already present are kept and numbering continues after them, so
 * anonymized text passes through unchanged. Pure.
 */
export function anonymizeTexts<Field extends string>(
  fields: Record<Field, string>,
  options: { extra?: { field: Field; start: number; end: number; type: EntityType }[] } = {},
): AnonymizedTexts<Field> {
  const next = new Map<string, number>();
  for (const text of Object.values<string>(fields)) {
    for (const match of text.matchAll(EXISTING_PLACEHOLDER)) {
      next.set(match[1], Math.max(next.get(match[1]) ?? 0, Number(match[2])));
    }
  }
  const assigned = new Map<string, string>();
  // A surname or given name alone stands for the fullest name that contains it.
  const canonical = new Map<string, string>();
  const placeholderFor = (detection: Detection) => {
    const key = canonical.get(identity(detection)) ?? identity(detection);
    let placeholder = assigned.get(key);
    if (!placeholder) {
      const label = PLACEHOLDER_LABELS[detection.type];
      const number = (next.get(label) ?? 0) + 1;
      next.set(label, number);
      placeholder = `[${label}-${number}]`;
      assigned.set(key, placeholder);
    }
    return placeholder;
  };

  // Detect everything first, so a surname alone can take the placeholder of the full name.
  const perField = (Object.keys(fields) as Field[]).map((field) => {
    const text = fields[field];
    const manual = mergeOverlapping(
      (options.extra ?? [])
        .filter((extra) => extra.field === field && extra.end > extra.start && extra.end <= text.length)
        .map((extra) => wholeCharacters(text, extra)),
    ).map((extra) => ({
      type: extra.type,
      start: extra.start,
      end: extra.end,
      text: text.slice(extra.start, extra.end),
    }));
    const found = detect(text).filter(
      (detection) => !manual.some((extra) => detection.start < extra.end && detection.end > extra.start),
    );
    return { field, text, detections: [...manual, ...found].sort((a, b) => a.start - b.start) };
  });
  // A name found in one field is a name where it stands alone in another (summary and facts).
  const nameWords = nameWordsOf(perField.flatMap(({ detections }) => detections).filter(isPerson));
  for (const entry of perField) {
    const mentions = findMentions(normalizeForDetection(entry.text), nameWords, entry.detections);
    if (mentions.length === 0) continue;
    const withText = mentions.map((mention) => ({ ...mention, text: entry.text.slice(mention.start, mention.end) }));
    entry.detections = [...entry.detections, ...withText].sort((a, b) => a.start - b.start);
  }
  const people = perField
    .flatMap(({ detections }) => detections)
    .filter(isPerson)
    .sort((a, b) => identity(b).split(' ').length - identity(a).split(' ').length);
  const fullNames: string[][] = [];
  for (const person of people) {
    const key = identity(person);
    const words = key.slice('PERSON:'.length).split(' ');
    const fuller = fullNames.find((name) => words.every((word) => name.includes(word)));
    if (fuller) canonical.set(key, `PERSON:${fuller.join(' ')}`);
    else fullNames.push(words);
  }

  const texts = {} as Record<Field, string>;
  const replacements: Replacement[] = [];
  for (const { field, text, detections } of perField) {
    let output = '';
    let position = 0;
    for (const detection of detections) {
      if (detection.start < position) continue;
      const placeholder = placeholderFor(detection);
      output += text.slice(position, detection.start) + placeholder;
      position = detection.end;
      replacements.push({ field, type: detection.type, start: detection.start, end: detection.end, placeholder });
    }
    texts[field] = output + text.slice(position);
  }
  return { texts, replacements };
}
