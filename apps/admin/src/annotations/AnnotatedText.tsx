import { useEffect, useMemo, useRef, useState } from 'react';
import { Box, Button as MuiButton, Paper, Popper } from '@mui/material';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { useCanAccess, useTranslate } from 'react-admin';
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

/** A selected passage, with the range it was read from so the offer can stand by it. */
interface Selected extends Passage {
  range: Range;
}

/**
 * The reader's selection inside `container`, as offsets into `text`; null when nothing is
 * selected there (no words, or words outside it).
 */
function selectedPassage(container: HTMLElement, field: AnnotatedField, text: string): Selected | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = offsetIn(container, range.startContainer, range.startOffset);
  const end = offsetIn(container, range.endContainer, range.endOffset);
  return end > start ? { field, start, end, exact: text.slice(start, end), range: range.cloneRange() } : null;
}

const passageOf = ({ field, start, end, exact }: Selected): Passage => ({ field, start, end, exact });

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
 * are never drawn: their offsets no longer mean anything). Writers select words and the offer to
 * annotate them stands by the selection until it is cleared or the annotation saved.
 */
export const AnnotatedText = ({ field, text }: { field: AnnotatedField; text: string }) => {
  const translate = useTranslate();
  const container = useRef<HTMLDivElement>(null);
  const { caseId, roots, selectedId, select, refetch } = useCaseAnnotations();
  const { canAccess: mayAnnotate } = useCanAccess({ resource: 'annotations', action: 'create' });
  const [selection, setSelection] = useState<Selected | null>(null);
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
    // Words selected elsewhere, or the selection cleared, take the offer away from this text.
    const onSelectionChange = () => {
      if (container.current) setSelection(selectedPassage(container.current, field, text));
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [mayAnnotate, field, text]);

  // Popper asks for the position on every scroll and resize, so the offer follows the words.
  const anchor = useMemo(
    () =>
      selection && container.current
        ? { getBoundingClientRect: () => selection.range.getBoundingClientRect(), contextElement: container.current }
        : null,
    [selection],
  );

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
      <Popper
        open={!!(mayAnnotate && anchor && !annotating)}
        anchorEl={anchor}
        placement="bottom-start"
        modifiers={[{ name: 'offset', options: { offset: [0, 6] } }]}
        sx={{ zIndex: 'appBar' }}
      >
        <Paper elevation={4} data-testid={`annotate-${field}`}>
          {/* MUI's button rather than react-admin's: that one drops its words on a phone. */}
          <MuiButton
            variant="contained"
            size="small"
            startIcon={<RateReviewIcon />}
            // Pressing the button must not clear the selection it is about.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => selection && setAnnotating(passageOf(selection))}
          >
            {translate('caseatlas.annotation.annotate')}
          </MuiButton>
        </Paper>
      </Popper>
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
