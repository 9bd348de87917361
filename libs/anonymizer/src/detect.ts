import { detectLanguageEntities } from './language';
import { detectStructured } from './structured';
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

/** Every personal identifier found in `text`, sorted by position, none overlapping. Pure. */
export function detect(text: string): Detection[] {
  const protectedRanges = [...text.matchAll(PLACEHOLDER)].map((match) => [
    match.index!,
    match.index! + match[0].length,
  ]);
  const candidates = [...detectStructured(text), ...mergePeople(text, detectLanguageEntities(text))]
    .filter((candidate) => candidate.end > candidate.start)
    .filter((candidate) => !protectedRanges.some(([start, end]) => candidate.start < end && candidate.end > start))
    .sort(
      (a, b) =>
        PRIORITY.indexOf(a.type) - PRIORITY.indexOf(b.type) || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
  const kept: Detection[] = [];
  for (const candidate of candidates) {
    if (!kept.some((other) => candidate.start < other.end && candidate.end > other.start)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
