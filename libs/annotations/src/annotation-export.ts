import { stringify } from 'csv-stringify/sync';
import {
  ANNOTATED_FIELDS,
  ANNOTATION_CSV_COLUMNS,
  ANNOTATION_CSV_HEADERS,
  ANNOTATION_CSV_VALUES,
  ANNOTATION_VISIBILITIES,
  MOTIVATIONS,
} from '@caseatlas/contracts';
import type {
  AnnotatedField,
  AnnotationResponse,
  AnnotationVisibility,
  ExportLanguage,
  Motivation,
} from '@caseatlas/contracts';

/**
 * Pure: annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/)
 * and as CSV, and JSON-LD read back. A root targets its case's field with a TextQuoteSelector
 * and a TextPositionSelector; a reply targets its root. What the model has no term for
 * (visibility, working group, orphaned) goes under the `caseatlas:` prefix.
 */
const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const CASEATLAS_CONTEXT = { caseatlas: 'urn:caseatlas:terms:' };
export const ANNOTATION_CONTEXT = [W3C_CONTEXT, CASEATLAS_CONTEXT];

const caseSource = (caseId: string, field: AnnotatedField) => `urn:caseatlas:case:${caseId}:${field}`;
const uuidIri = (id: string) => `urn:uuid:${id}`;

export interface JsonLdAnnotation {
  '@context'?: unknown;
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created: string;
  modified: string;
  creator: { id: string; type: 'Person'; name: string };
  body: { type: 'TextualBody'; value: string; purpose: 'commenting' | 'tagging'; format?: 'text/markdown' }[];
  target: {
    source: string;
    selector?: (
      | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
      | { type: 'TextPositionSelector'; start: number; end: number }
    )[];
  };
  'caseatlas:field': AnnotatedField;
  'caseatlas:visibility': AnnotationVisibility;
  'caseatlas:group': string | null;
  'caseatlas:orphaned': boolean;
  'caseatlas:version': number;
}

export function toJsonLd(annotation: AnnotationResponse): JsonLdAnnotation {
  const { target } = annotation;
  return {
    id: uuidIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.motivation,
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    creator: { id: uuidIri(annotation.author.id), type: 'Person', name: annotation.author.displayName },
    body: [
      ...(annotation.comment
        ? [
            {
              type: 'TextualBody' as const,
              value: annotation.comment,
              purpose: 'commenting' as const,
              format: 'text/markdown' as const,
            },
          ]
        : []),
      ...annotation.tags.map((tag) => ({ type: 'TextualBody' as const, value: tag, purpose: 'tagging' as const })),
    ],
    target:
      annotation.parentId !== null || target === null
        ? { source: uuidIri(annotation.parentId ?? annotation.id) }
        : {
            source: caseSource(annotation.caseId, annotation.field),
            selector: [
              { type: 'TextQuoteSelector', exact: target.exact, prefix: target.prefix, suffix: target.suffix },
              { type: 'TextPositionSelector', start: target.start, end: target.end },
            ],
          },
    'caseatlas:field': annotation.field,
    'caseatlas:visibility': annotation.visibility,
    'caseatlas:group': annotation.groupId,
    'caseatlas:orphaned': annotation.orphaned,
    'caseatlas:version': annotation.version,
  };
}

/** A set of annotations as one JSON-LD collection. */
export function toJsonLdCollection(annotations: AnnotationResponse[], label: string) {
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations.map(toJsonLd) },
  };
}

const fromIri = (iri: string) => iri.replace(/^urn:uuid:/, '');

/**
 * Reads a JSON-LD annotation of `toJsonLd` back. A reply's case is its root's, which the
 * collection holds: `caseOfRoot` finds it.
 */
export function fromJsonLd(item: JsonLdAnnotation, caseOfRoot: (rootId: string) => string): AnnotationResponse {
  const quote = item.target.selector?.find((selector) => selector.type === 'TextQuoteSelector');
  const position = item.target.selector?.find((selector) => selector.type === 'TextPositionSelector');
  const source = /^urn:caseatlas:case:([0-9a-f-]{36}):(\w+)$/.exec(item.target.source);
  const parentId = source ? null : fromIri(item.target.source);
  if (!MOTIVATIONS.includes(item.motivation) || !ANNOTATION_VISIBILITIES.includes(item['caseatlas:visibility'])) {
    throw new Error(`${item.id} is not an annotation of this workbench`);
  }
  if (!ANNOTATED_FIELDS.includes(item['caseatlas:field'])) throw new Error(`${item.id} names no case field`);
  return {
    id: fromIri(item.id),
    caseId: source ? source[1] : caseOfRoot(parentId!),
    parentId,
    field: item['caseatlas:field'],
    target:
      quote && position && quote.type === 'TextQuoteSelector' && position.type === 'TextPositionSelector'
        ? { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: position.start, end: position.end }
        : null,
    orphaned: item['caseatlas:orphaned'],
    comment: item.body.find((body) => body.purpose === 'commenting')?.value ?? '',
    tags: item.body.filter((body) => body.purpose === 'tagging').map((body) => body.value),
    motivation: item.motivation,
    visibility: item['caseatlas:visibility'],
    groupId: item['caseatlas:group'],
    author: { id: fromIri(item.creator.id), displayName: item.creator.name },
    version: item['caseatlas:version'],
    createdAt: item.created,
    updatedAt: item.modified,
  };
}

/** An annotation as exported: with the names people read besides the ids. */
export interface ExportedAnnotation extends AnnotationResponse {
  /** The case's reference, KZ-2019-ALM-0042. */
  caseReference: string;
  /** The working group's name, for an annotation shared with one. */
  groupName: string | null;
}

/**
 * One line per annotation; a cell a spreadsheet would run as a formula is escaped. Headers and
 * coded values are the column keys and codes (a stable format for programs) unless a language asks
 * for them in words.
 */
export function toCsv(annotations: ExportedAnnotation[], language?: ExportLanguage): string {
  // Asked in a language, the file is for people: coded values in words too. Without, for programs.
  const words = language ? ANNOTATION_CSV_VALUES[language] : undefined;
  return stringify(
    annotations.map((annotation) => ({
      ...annotation,
      ...(words && {
        field: words.field[annotation.field],
        motivation: words.motivation[annotation.motivation],
        visibility: words.visibility[annotation.visibility],
        orphaned: annotation.orphaned ? words.yes : words.no,
      }),
      exact: annotation.target?.exact ?? '',
      start: annotation.target?.start ?? '',
      end: annotation.target?.end ?? '',
      groupName: annotation.groupName ?? '',
      tags: annotation.tags.join(' '),
      authorName: annotation.author.displayName,
      authorId: annotation.author.id,
    })),
    {
      header: true,
      columns: ANNOTATION_CSV_COLUMNS.map((key) => ({
        key,
        header: language ? ANNOTATION_CSV_HEADERS[language][key] : key,
      })),
      escape_formulas: true,
      cast: { boolean: String },
    },
  );
}

/** What an export holds: one case's annotations (by its reference) or one working group's (by its name). */
export type ExportSubject = { kind: 'case'; reference: string | null } | { kind: 'group'; name: string | null };

/** A name as a file name's part: letters and digits of any script, the rest as single hyphens. */
export function fileNameSlug(name: string, maxLength = 60): string {
  return name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/**
 * An export's file name says what it holds and when it was made:
 * `annotations-KZ-2019-ALM-0042-2026-12-04.csv`, `annotations-trafficking-group-2026-12-04.jsonld`.
 * Without a name the reader may see (a case they may not read) it says only `case` or `group`.
 */
export function annotationExportFilename(subject: ExportSubject, format: 'csv' | 'jsonld', date: Date): string {
  const named = subject.kind === 'case' ? subject.reference : subject.name && fileNameSlug(subject.name).toLowerCase();
  return `annotations-${named || subject.kind}-${date.toISOString().slice(0, 10)}.${format}`;
}

/**
 * Content-Disposition for a download named `filename`: the name as it is (RFC 6266
 * `filename*`, for names in Cyrillic) and an ASCII one for clients that read only `filename`.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename
    .replace(/[^\x20-\x7e]+/g, '-')
    .replace(/["\\]/g, '')
    .replace(/-{2,}/g, '-');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return ascii === filename
    ? `attachment; filename="${filename}"`
    : `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
