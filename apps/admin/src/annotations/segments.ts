/** A passage of one annotation: UTF-16 offsets into the field's text, end exclusive. */
export interface AnnotatedSpan {
  id: string;
  start: number;
  end: number;
}

/** A run of the text covered by the same annotations (none for plain text), in their given order. */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  ids: string[];
}

const fits = (span: AnnotatedSpan, length: number) =>
  Number.isInteger(span.start) &&
  Number.isInteger(span.end) &&
  span.start >= 0 &&
  span.end <= length &&
  span.start < span.end;

/**
 * Cuts `text` at every start and end of the spans, so overlapping and nested passages can each
 * be drawn: a segment knows every annotation covering it. A span outside the text (its offsets
 * belong to another version of it) is left out rather than drawn over the wrong words.
 */
export function segmentText(text: string, spans: readonly AnnotatedSpan[]): TextSegment[] {
  const placed = spans.filter((span) => fits(span, text.length));
  const cuts = [...new Set([0, text.length, ...placed.flatMap((span) => [span.start, span.end])])].sort(
    (a, b) => a - b,
  );
  const segments: TextSegment[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const [start, end] = [cuts[index], cuts[index + 1]];
    const ids = placed.filter((span) => span.start <= start && span.end >= end).map((span) => span.id);
    segments.push({ start, end, text: text.slice(start, end), ids });
  }
  return segments;
}
