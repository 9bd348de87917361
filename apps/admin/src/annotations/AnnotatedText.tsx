import { useEffect, useMemo, useRef, useState } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { Button, useCanAccess, useTranslate } from 'react-admin';
import type { AnnotatedField, AnnotationResponse } from '@caseatlas/contracts';
import { AnnotateDialog } from './AnnotateDialog';
import type { Passage } from './AnnotateDialog';
import { useCaseAnnotations } from './CaseAnnotations';
import { segmentText } from './segments';
import type { TextSegment } from './segments';

/** Long texts keep the author's paragraphs and stay at a readable line length. */
const readable = { whiteSpace: 'pre-wrap', maxWidth: '75ch', lineHeight: 1.7 } as const;

/** The offset in the text of a selection boundary: the length of the text before it in the container. */
function offsetIn(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The reader's selection inside `container`, as offsets into `text`; `elsewhere` when words are
 * selected outside it, and null when nothing is (a click, such as on the annotate button).
 */
function selectedPassage(container: HTMLElement, field: AnnotatedField, text: string): Passage | 'elsewhere' | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return 'elsewhere';
  const start = offsetIn(container, range.startContainer, range.startOffset);
  const end = offsetIn(container, range.endContainer, range.endOffset);
  return end > start ? { field, start, end, exact: text.slice(start, end) } : null;
}

// Each covering annotation deepens the tint, so nested and overlapping passages stand out.
const tint = (depth: number) => `rgba(255, 193, 7, ${Math.min(0.25 + 0.2 * (depth - 1), 0.85)})`;

/** The shortest annotation covering a segment: the one a click most likely means. */
function innermost(ids: string[], byId: Map<string, AnnotationResponse>): string {
  const length = (id: string) => {
    const target = byId.get(id)?.target;
    return target ? target.end - target.start : Infinity;
  };
  return [...ids].sort((a, b) => length(a) - length(b))[0];
}

const Highlight = ({
  segment,
  byId,
  selectedId,
  onSelect,
}: {
  segment: TextSegment;
  byId: Map<string, AnnotationResponse>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) => {
  const selected = selectedId !== null && segment.ids.includes(selectedId);
  return (
    <Box
      component="mark"
      data-annotation-ids={segment.ids.join(' ')}
      data-depth={segment.ids.length}
      onClick={() => onSelect(innermost(segment.ids, byId))}
      sx={{
        bgcolor: tint(segment.ids.length),
        color: 'inherit',
        cursor: 'pointer',
        borderBottom: selected ? '2px solid' : '2px solid transparent',
        borderColor: selected ? 'warning.dark' : 'transparent',
      }}
    >
      {segment.text}
    </Box>
  );
};

/**
 * A case's summary or facts with the passages of its visible annotations highlighted (orphans
 * are never drawn: their offsets no longer mean anything). Writers select words to annotate
 * them; the selection is kept until used, as clicking the button moves the focus away from it.
 */
export const AnnotatedText = ({ field, text }: { field: AnnotatedField; text: string }) => {
  const translate = useTranslate();
  const container = useRef<HTMLDivElement>(null);
  const { caseId, roots, selectedId, select, refetch } = useCaseAnnotations();
  const { canAccess: mayAnnotate } = useCanAccess({ resource: 'annotations', action: 'create' });
  const [selection, setSelection] = useState<Passage | null>(null);
  const [annotating, setAnnotating] = useState<Passage | null>(null);

  const placed = useMemo(
    () => roots.filter((root) => root.field === field && !root.orphaned && root.target),
    [roots, field],
  );
  const byId = useMemo(() => new Map(placed.map((root) => [root.id, root])), [placed]);
  const segments = useMemo(
    () =>
      segmentText(
        text,
        placed.map((root) => ({ id: root.id, start: root.target!.start, end: root.target!.end })),
      ),
    [text, placed],
  );

  useEffect(() => {
    if (!mayAnnotate) return;
    const onSelectionChange = () => {
      if (!container.current) return;
      const passage = selectedPassage(container.current, field, text);
      // Words selected in the other text (or anywhere else) take the offer away from this one.
      if (passage) setSelection(passage === 'elsewhere' ? null : passage);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [mayAnnotate, field, text]);

  return (
    <>
      <Box ref={container} data-annotated-field={field} sx={readable}>
        {segments.map((segment) =>
          segment.ids.length ? (
            <Highlight key={segment.start} segment={segment} byId={byId} selectedId={selectedId} onSelect={select} />
          ) : (
            <span key={segment.start}>{segment.text}</span>
          ),
        )}
      </Box>
      {mayAnnotate && selection ? (
        <Stack direction="row" alignItems="center" gap={1} sx={{ mt: 1 }} data-testid={`annotate-${field}`}>
          <Button label="caseatlas.annotation.annotate" variant="contained" onClick={() => setAnnotating(selection)}>
            <RateReviewIcon />
          </Button>
          <Typography variant="body2" color="text.secondary" noWrap sx={{ maxWidth: '50ch' }}>
            {translate('caseatlas.annotation.selected', { text: selection.exact })}
          </Typography>
        </Stack>
      ) : null}
      {annotating ? (
        <AnnotateDialog
          caseId={caseId}
          passage={annotating}
          onClose={(saved) => {
            setAnnotating(null);
            if (saved) {
              setSelection(null);
              window.getSelection()?.removeAllRanges();
              refetch();
            }
          }}
        />
      ) : null}
    </>
  );
};
