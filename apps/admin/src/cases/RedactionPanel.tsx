import { useCallback, useEffect, useRef, useState } from 'react';
import { PERSONAL_DATA_TYPES } from '@caseatlas/contracts';
import type { PersonalDataReplacement, PersonalDataType } from '@caseatlas/contracts';
import { Alert, Box, Button, Chip, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { authFetch } from '../session';

export const REDACTION_TYPES = PERSONAL_DATA_TYPES;
export type RedactionType = PersonalDataType;

const FIELDS = ['title', 'summary', 'facts'] as const;
type Field = (typeof FIELDS)[number];
type Texts = Record<Field, string>;

const TYPE_COLOURS: Record<RedactionType, string> = {
  PERSON: '#ffd54f',
  PHONE: '#81d4fa',
  EMAIL: '#a5d6a7',
  NATIONAL_ID: '#ce93d8',
  PASSPORT: '#b39ddb',
  CARD: '#ffab91',
  IBAN: '#f48fb1',
  ADDRESS: '#80cbc4',
  BIRTH_DATE: '#e6ee9c',
  PLATE: '#bcaaa4',
  HANDLE: '#90caf9',
};

/** A passage the editor marked by hand, with the text it covered (to drop it once that text changes). */
interface ManualRedaction {
  field: Field;
  start: number;
  end: number;
  type: RedactionType;
  text: string;
}

type Replacement = PersonalDataReplacement<Field>;

interface Preview {
  /** The texts sent: the replacements' offsets refer to them. */
  original: Texts;
  redacted: Partial<Texts>;
  replacements: Replacement[];
}

interface Segment {
  start: number;
  text: string;
  replacement?: Replacement;
}

/** The original text cut at every replacement (replacements do not overlap and come sorted). */
export function segmentsOf(text: string, replacements: Replacement[]): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const replacement of [...replacements].sort((a, b) => a.start - b.start)) {
    if (replacement.start < position || replacement.end > text.length) continue;
    if (replacement.start > position) segments.push({ start: position, text: text.slice(position, replacement.start) });
    segments.push({ start: replacement.start, text: text.slice(replacement.start, replacement.end), replacement });
    position = replacement.end;
  }
  if (position < text.length) segments.push({ start: position, text: text.slice(position) });
  return segments;
}

/** The offset in the field's original text of a selection boundary inside its preview. */
function offsetIn(container: HTMLElement, node: Node, offset: number): number {
  if (node.nodeType === Node.TEXT_NODE) {
    const holder = node.parentElement?.closest<HTMLElement>('[data-offset]');
    if (holder && container.contains(holder)) return Number(holder.dataset.offset) + offset;
  }
  // An element boundary (e.g. a whole segment selected): measure the text before it.
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * "Review redactions": what the server's anonymizer would replace in the title, summary and
 * facts (POST /api/anonymize stores nothing), highlighted in the original text; passages the
 * editor selects in a preview are redacted too; "Apply" writes the redacted texts into the form.
 */
export const RedactionPanel = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { getValues, setValue } = useFormContext();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [manual, setManual] = useState<ManualRedaction[]>([]);
  const [selection, setSelection] = useState<{ field: Field; start: number; end: number; text: string } | null>(null);
  const [type, setType] = useState<RedactionType>('PERSON');
  const [loading, setLoading] = useState(false);
  const previewRef = useRef<HTMLDivElement>(null);

  const requestPreview = useCallback(
    async (redactions: ManualRedaction[]) => {
      const original = Object.fromEntries(FIELDS.map((field) => [field, asText(getValues(field))])) as Texts;
      // A manual redaction only stands while the text it covered is still there.
      const standing = redactions.filter((redaction) => {
        return original[redaction.field].slice(redaction.start, redaction.end) === redaction.text;
      });
      setLoading(true);
      try {
        const response = await authFetch('/api/anonymize', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({
            texts: original,
            redactions: standing.map(({ field, start, end, type: redactionType }) => ({
              field,
              start,
              end,
              type: redactionType,
            })),
          }),
        });
        if (!response.ok) throw new Error(`${response.status}`);
        const body = (await response.json()) as { texts: Partial<Texts>; replacements: Replacement[] };
        setManual(standing);
        setSelection(null);
        setPreview({ original, redacted: body.texts, replacements: body.replacements });
      } catch {
        notify('caseatlas.redaction.error', { type: 'error' });
      } finally {
        setLoading(false);
      }
    },
    [getValues, notify],
  );

  // Remember the last passage selected inside a preview: choosing a type may move the focus.
  useEffect(() => {
    const onSelectionChange = () => {
      const current = window.getSelection();
      const root = previewRef.current;
      if (!current || current.rangeCount === 0 || current.isCollapsed || !root) return;
      const range = current.getRangeAt(0);
      const startHolder = (
        range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement
      )?.closest<HTMLElement>('[data-redaction-field]');
      const endHolder = (
        range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement
      )?.closest<HTMLElement>('[data-redaction-field]');
      if (!startHolder || startHolder !== endHolder || !root.contains(startHolder)) return;
      const field = startHolder.dataset.redactionField as Field;
      const start = offsetIn(startHolder, range.startContainer, range.startOffset);
      const end = offsetIn(startHolder, range.endContainer, range.endOffset);
      if (end > start) setSelection({ field, start, end, text: range.toString() });
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, []);

  const redactSelection = () => {
    if (!selection || !preview) return;
    const text = preview.original[selection.field].slice(selection.start, selection.end);
    const others = manual.filter(
      (redaction) =>
        redaction.field !== selection.field || redaction.end <= selection.start || redaction.start >= selection.end,
    );
    void requestPreview([...others, { ...selection, text, type }]);
  };

  const apply = () => {
    if (!preview) return;
    for (const field of FIELDS) {
      const redacted = preview.redacted[field];
      if (typeof redacted === 'string' && redacted !== preview.original[field]) {
        setValue(field, redacted, { shouldDirty: true, shouldTouch: true });
      }
    }
    setPreview(null);
    setManual([]);
    setSelection(null);
    notify('caseatlas.redaction.applied', { type: 'info' });
  };

  const shownFields = preview
    ? FIELDS.filter(
        (field) => field !== 'title' || preview.replacements.some((replacement) => replacement.field === 'title'),
      )
    : [];

  return (
    <Box
      component="section"
      data-testid="redaction-panel"
      sx={{ width: '100%', border: 1, borderColor: 'divider', borderRadius: 1, p: 2, my: 1 }}
    >
      <Typography variant="subtitle1" gutterBottom>
        {translate('caseatlas.redaction.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('caseatlas.redaction.help')}
      </Typography>
      <Stack direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap>
        <Button variant="outlined" onClick={() => void requestPreview(manual)} disabled={loading}>
          {translate('caseatlas.redaction.preview')}
        </Button>
        {preview && (
          <>
            <MuiTextField
              select
              size="small"
              label={translate('caseatlas.redaction.selection_type')}
              value={type}
              onChange={(event) => setType(event.target.value as RedactionType)}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              sx={{ minWidth: '14rem' }}
            >
              {REDACTION_TYPES.map((choice) => (
                <option key={choice} value={choice}>
                  {translate(`caseatlas.redaction.type.${choice}`)}
                </option>
              ))}
            </MuiTextField>
            <Button variant="outlined" onClick={redactSelection} disabled={loading || !selection}>
              {translate('caseatlas.redaction.redact_selection')}
            </Button>
            <Button variant="contained" onClick={apply} disabled={loading}>
              {translate('caseatlas.redaction.apply')}
            </Button>
          </>
        )}
      </Stack>
      {preview && selection && (
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="redaction-selection">
          {translate('caseatlas.redaction.selected', { text: selection.text })}
        </Typography>
      )}
      {preview && (
        <Box ref={previewRef} sx={{ mt: 2 }}>
          {shownFields.map((field) => {
            const replacements = preview.replacements.filter((replacement) => replacement.field === field);
            return (
              <Box key={field} sx={{ mb: 2 }} data-testid={`redaction-preview-${field}`}>
                <Typography variant="subtitle2">{translate(`resources.cases.fields.${field}`)}</Typography>
                {preview.original[field] === '' ? (
                  <Typography variant="body2" color="text.secondary">
                    {translate('caseatlas.redaction.empty')}
                  </Typography>
                ) : (
                  <Box
                    data-redaction-field={field}
                    sx={{
                      whiteSpace: 'pre-wrap',
                      fontFamily: 'inherit',
                      p: 1,
                      bgcolor: 'action.hover',
                      borderRadius: 1,
                      userSelect: 'text',
                    }}
                  >
                    {segmentsOf(preview.original[field], replacements).map((segment) =>
                      segment.replacement ? (
                        <mark
                          key={segment.start}
                          data-offset={segment.start}
                          data-testid="redaction"
                          data-type={segment.replacement.type}
                          data-placeholder={segment.replacement.placeholder}
                          title={`${translate(`caseatlas.redaction.type.${segment.replacement.type}`)} → ${segment.replacement.placeholder}`}
                          style={{
                            backgroundColor: TYPE_COLOURS[segment.replacement.type] ?? '#ffd54f',
                            color: '#000',
                            borderRadius: 2,
                          }}
                        >
                          {segment.text}
                        </mark>
                      ) : (
                        <span key={segment.start} data-offset={segment.start}>
                          {segment.text}
                        </span>
                      ),
                    )}
                  </Box>
                )}
                <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                  {translate('caseatlas.redaction.count', { smart_count: replacements.length })}
                </Typography>
                {replacements.length > 0 && (
                  <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap sx={{ mt: 0.5 }}>
                    {replacements.map((replacement) => (
                      <Chip
                        key={`${replacement.start}-${replacement.end}`}
                        size="small"
                        data-testid="redaction-item"
                        label={`${translate(`caseatlas.redaction.type.${replacement.type}`)} → ${replacement.placeholder}`}
                        sx={{ bgcolor: TYPE_COLOURS[replacement.type] ?? undefined, color: '#000' }}
                      />
                    ))}
                  </Stack>
                )}
              </Box>
            );
          })}
          {manual.length > 0 && (
            <Alert severity="info">{translate('caseatlas.redaction.manual', { smart_count: manual.length })}</Alert>
          )}
        </Box>
      )}
    </Box>
  );
};
