import { GIVEN_NAMES } from './gazetteer';
import { detectLanguageEntities } from './language';
import { findHandleOwners, findMentions, handleWordsOf, nameWordsOf } from './mentions';
import { detectNamesByFrame, findCoordinatedNames } from './frames';
import { detectStructured } from './structured';
import { detectTableCells } from './tables';
import type { Detection, EntityType } from './types';

/** When two detections overlap, the more certain kind wins; then the longer one. */
const PRIORITY: EntityType[] = [
  'EMAIL',
  'HANDLE',
  'IBAN',
  'CARD',
  'NATIONAL_ID',
  'PASSPORT',
  'PHONE',
  'BIRTH_DATE',
  'ADDRESS',
  'PLATE',
  'PERSON',
];

/** Placeholders we wrote before, and case labels like D1: never personal data. */
const PLACEHOLDER = /\[[A-Z]+-\d+\]/g;

/** Overlapping name detections from different rules are one name: keep their union. */
function mergePeople(text: string, detections: Detection[]): Detection[] {
  const people = detections.filter((detection) => detection.type === 'PERSON').sort((a, b) => a.start - b.start);
  const merged: Detection[] = [];
  for (const person of people) {
    const last = merged[merged.length - 1];
    if (last && person.start < last.end) {
      last.end = Math.max(last.end, person.end);
      last.text = text.slice(last.start, last.end);
    } else {
      merged.push({ ...person });
    }
  }
  return [...detections.filter((detection) => detection.type !== 'PERSON'), ...merged];
}

/**
 * The text as the detectors read it, of the same length so offsets carry over: full-width digits
 * and Latin letters become ASCII, and non-breaking or thin spaces become spaces.
 */
export function normalizeForDetection(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u00A0\u2007\u202F\u2009\u200A\u3000]/g, (character) => {
    const code = character.charCodeAt(0);
    return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ' ';
  });
}

// A URL ends at a space or a closing bracket or quote; bounded so a scan stays linear.
const URL_PATTERN = /https?:\/\/[^\s<>"«»)]{1,2000}/gu;
const URL_VALUE = /[=/]([^=&#/?]{1,500})/gu;
const MAX_DECODED_URL_VALUES = 200;

/**
 * Identifiers inside URL path segments and query values, which may be percent-encoded
 * (`?name=Sorbon%20Sharifzoda`): the decoded value is read, and the whole encoded value is
 * redacted so the URL stays valid.
 */
function detectInUrls(text: string, detectPlain: (value: string) => Detection[]): Detection[] {
  const found: Detection[] = [];
  // Each decoded value is read on its own; a bound keeps a text of thousands of them linear and fast.
  let values = 0;
  for (const url of text.matchAll(URL_PATTERN)) {
    if (!url[0].includes('%')) continue;
    for (const part of url[0].matchAll(URL_VALUE)) {
      if (++values > MAX_DECODED_URL_VALUES) return found;
      const raw = part[1];
      if (!raw.includes('%')) continue;
      let decoded: string;
      try {
        decoded = decodeURIComponent(raw.replace(/\+/g, ' '));
      } catch {
        continue;
      }
      const inner = detectPlain(decoded);
      if (inner.length === 0) continue;
      const start = url.index + part.index + 1;
      found.push({ type: inner[0].type, start, end: start + raw.length, text: raw });
    }
  }
  return found;
}

function detectPlain(text: string): Detection[] {
  const cells = detectTableCells(text);
  // A column's header names its cells: a cue read further away does not make a phone a passport.
  const cellTypeAt = new Map<number, EntityType>();
  for (const cell of cells) for (let index = cell.start; index < cell.end; index++) cellTypeAt.set(index, cell.type);
  const overlapsCell = (found: Detection) => {
    for (let index = found.start; index < found.end; index++) {
      const type = cellTypeAt.get(index);
      if (type !== undefined && type !== found.type) return true;
    }
    return false;
  };
  const detections = [
    ...detectStructured(text).filter((found) => !overlapsCell(found)),
    ...cells.filter((cell) => cell.type !== 'PERSON'),
    ...mergePeople(text, [
      ...detectLanguageEntities(text),
      ...detectNamesByFrame(text),
      ...cells.filter((cell) => cell.type === 'PERSON'),
    ]),
  ];
  // An address ending in a plate's shape («Avtomashina 40 B 567 CD», «Cd» a Turkish street) is the
  // plate, and so is one ending inside a plate («… дарегинде B 7529» of «B 7529 OD»).
  const plates = detections.filter((found) => found.type === 'PLATE');
  const plateAsAddress = (found: Detection) =>
    found.type === 'ADDRESS' &&
    plates.some(
      (plate) =>
        found.text.replace(/[.,;]$/u, '').endsWith(plate.text) || (found.start >= plate.start && found.end < plate.end),
    );
  // «…, Sokak No: 12/4, Зейтинбурну;»: one word after an address and its comma, closing the phrase,
  // is its district or city, unless it is a given name («ул. Ленина 5, Салтанат.»).
  const addressEnds = new Set(detections.filter((found) => found.type === 'ADDRESS').map((found) => found.end));
  const districtAfterAddress = (found: Detection) => {
    const comma = /,[ \t]?$/u.exec(text.slice(Math.max(0, found.start - 2), found.start));
    return (
      comma !== null &&
      addressEnds.has(found.start - comma[0].length) &&
      !/[ \t]/u.test(found.text) &&
      !GIVEN_NAMES.has(found.text.toLowerCase()) &&
      DISTRICT_AFTER_ADDRESS.test(text.slice(found.end, found.end + 2))
    );
  };
  return detections.filter(
    (found) => !plateAsAddress(found) && (found.type !== 'PERSON' || !districtAfterAddress(found)),
  );
}
const DISTRICT_AFTER_ADDRESS = /^(?:[;.,/)\n]|$)/u;

// Soft hyphens, zero-width spaces and joiners, word joiners: invisible, and they split a name or a
// number for any pattern («Кари\u00ADмова»).
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/u;
const INVISIBLES = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * Every personal identifier found in `text`, sorted by position, none overlapping. Invisible
 * characters are read past, and a detection keeps those inside it. Pure and linear.
 */
export function detect(source: string): Detection[] {
  if (!INVISIBLE.test(source)) return detectVisible(source);
  // Where each character of the visible text stands in the source.
  const positions: number[] = [];
  for (let index = 0; index < source.length; index++) if (!INVISIBLE.test(source[index])) positions.push(index);
  const visible = source.replace(INVISIBLES, '');
  return detectVisible(visible).map((detection) => {
    const start = positions[detection.start];
    const end = positions[detection.end - 1] + 1;
    return { ...detection, start, end, text: source.slice(start, end) };
  });
}

function detectVisible(source: string): Detection[] {
  const text = normalizeForDetection(source);
  // Positions already taken, by earlier placeholders or by a detection kept before.
  const taken = new Uint8Array(text.length);
  for (const match of text.matchAll(PLACEHOLDER)) taken.fill(1, match.index, match.index + match[0].length);
  const isFree = (candidate: Detection) => {
    for (let index = candidate.start; index < candidate.end; index++) if (taken[index]) return false;
    return true;
  };
  const candidates = [...detectInUrls(text, detectPlain), ...detectPlain(text)]
    .filter((candidate) => candidate.end > candidate.start)
    .sort(
      (a, b) =>
        PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type) || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
  const kept: Detection[] = [];
  for (const found of candidates) {
    let candidate = found;
    // A name running into an address or number keeps its words before the overlap, or, when it
    // starts inside one («по улице Абая Айгуль Сапарова»), its whole words after it.
    if (!isFree(candidate) && candidate.type === 'PERSON') {
      let end = candidate.start;
      while (end < candidate.end && !taken[end]) end++;
      const head = text
        .slice(candidate.start, end)
        .replace(/[\s,;:]+\S*$/u, '')
        .replace(/[\s,;:]+$/u, '');
      let start = candidate.end;
      while (start > candidate.start && !taken[start - 1]) start--;
      const tail = text.slice(start, candidate.end).replace(/^\S*[\s,;:]+/u, '');
      if (head.length >= 2) candidate = { ...candidate, end: candidate.start + head.length };
      else candidate = { ...candidate, start: candidate.end - tail.length };
      if (candidate.end - candidate.start < 2 || !isFree(candidate)) continue;
    }
    if (!isFree(candidate)) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push({ ...candidate, text: source.slice(candidate.start, candidate.end) });
  }
  for (const owner of findHandleOwners(text, handleWordsOf(kept), kept))
    kept.push({ ...owner, text: source.slice(owner.start, owner.end) });
  for (const coordinated of findCoordinatedNames(
    text,
    kept.filter((detection) => detection.type === 'PERSON'),
  ))
    if (isFree(coordinated)) {
      taken.fill(1, coordinated.start, coordinated.end);
      kept.push({ ...coordinated, text: source.slice(coordinated.start, coordinated.end) });
    }
  const people = kept.filter((detection) => detection.type === 'PERSON');
  const mentions = findMentions(text, nameWordsOf(people), kept).map((mention) => ({
    ...mention,
    text: source.slice(mention.start, mention.end),
  }));
  return [...kept, ...mentions].sort((a, b) => a.start - b.start);
}
