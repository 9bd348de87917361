import { useEffect, useRef, useState } from 'react';
import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import ReplyIcon from '@mui/icons-material/Reply';
import {
  Button,
  Confirm,
  Form,
  SaveButton,
  useCreate,
  useDelete,
  useGetIdentity,
  useLocaleState,
  useNotify,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { AnnotationResponse, AnnotationWriteResponse, PersonalDataReplacement } from '@caseatlas/contracts';
import { useDateTimeFormat } from '../common/format';
import { rememberGroupId } from '../groups/preferredGroup';
import { useWorkingGroups } from '../groups/useWorkingGroups';
import { AnnotationInputs, CommentInput, annotationChanges } from './AnnotationInputs';
import type { AnnotationValues } from './AnnotationInputs';
import { useAnnotationErrorNotifier } from './annotationErrors';
import { CommentText } from './CommentText';
import { quote } from './quote';
import { ReplacementsNotice } from './ReplacementsNotice';

export const VisibilityChip = ({ annotation }: { annotation: AnnotationResponse }) => {
  const translate = useTranslate();
  const { nameOf } = useWorkingGroups();
  return (
    <Chip
      size="small"
      variant="outlined"
      label={translate(`caseatlas.annotation.visibility_chip.${annotation.visibility}`, {
        name: nameOf(annotation.groupId),
      })}
    />
  );
};

const Byline = ({ annotation }: { annotation: AnnotationResponse }) => {
  const translate = useTranslate();
  const formatDate = useDateTimeFormat();
  return (
    <Typography variant="caption" color="text.secondary">
      {translate('caseatlas.annotation.by', {
        author: annotation.author.displayName,
        date: formatDate(annotation.createdAt),
      })}
    </Typography>
  );
};

/** Edit and delete, for the author only (the API answers 403 to anyone else). */
const AuthorActions = ({
  annotation,
  onEdit,
  onChanged,
}: {
  annotation: AnnotationResponse;
  onEdit: () => void;
  onChanged: () => void;
}) => {
  const { identity } = useGetIdentity();
  const notify = useNotify();
  const onError = useAnnotationErrorNotifier();
  const [remove, { isPending }] = useDelete<AnnotationResponse>();
  const [confirming, setConfirming] = useState(false);
  if (!identity || identity.id !== annotation.author.id) return null;
  return (
    <Stack direction="row" gap={0.5}>
      <Button label="caseatlas.annotation.edit" size="small" onClick={onEdit}>
        <EditIcon />
      </Button>
      <Button label="caseatlas.annotation.delete" size="small" color="error" onClick={() => setConfirming(true)}>
        <DeleteIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title="caseatlas.annotation.delete_title"
        content="caseatlas.annotation.delete_content"
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove(
            'annotations',
            { id: annotation.id, previousData: annotation },
            {
              mutationMode: 'pessimistic',
              onError,
              onSuccess: () => {
                setConfirming(false);
                notify('caseatlas.annotation.deleted', { type: 'info' });
                onChanged();
              },
            },
          )
        }
      />
    </Stack>
  );
};

/** The author's changes to an annotation: a root's comment, tags, purpose and audience; a reply's comment. */
const EditForm = ({
  annotation,
  onDone,
}: {
  annotation: AnnotationResponse;
  onDone: (replacements: PersonalDataReplacement[] | null) => void;
}) => {
  const onError = useAnnotationErrorNotifier();
  const [update, { isPending }] = useUpdate();
  const isRoot = annotation.parentId === null;
  const save = (values: AnnotationValues) =>
    update(
      'annotations',
      {
        id: annotation.id,
        // A reply carries its root's audience: only its comment changes.
        data: {
          ...(isRoot ? annotationChanges(values) : { comment: values.comment ?? '' }),
          version: annotation.version,
        },
        previousData: annotation,
      },
      {
        mutationMode: 'pessimistic',
        onError,
        onSuccess: (saved) => {
          if (isRoot && values.visibility === 'group') rememberGroupId(values.groupId);
          onDone((saved as AnnotationWriteResponse).replacements);
        },
      },
    );
  return (
    <Form record={annotation} onSubmit={(values: object) => save(values as AnnotationValues)}>
      {isRoot ? <AnnotationInputs /> : <CommentInput autoFocus />}
      <Stack direction="row" gap={1}>
        <SaveButton label="caseatlas.annotation.save" disabled={isPending} alwaysEnable={!isPending} />
        <Button label="caseatlas.annotation.cancel" onClick={() => onDone(null)} />
      </Stack>
    </Form>
  );
};

/** One annotation of a thread: its byline, comment and, for its author, edit and delete. */
const AnnotationEntry = ({ annotation, onChanged }: { annotation: AnnotationResponse; onChanged: () => void }) => {
  const [editing, setEditing] = useState(false);
  const [replacements, setReplacements] = useState<PersonalDataReplacement[]>([]);
  return (
    <Box data-testid="annotation" data-annotation-id={annotation.id}>
      <Stack direction="row" justifyContent="space-between" alignItems="center" gap={1}>
        <Byline annotation={annotation} />
        {editing ? null : (
          <AuthorActions annotation={annotation} onEdit={() => setEditing(true)} onChanged={onChanged} />
        )}
      </Stack>
      {editing ? (
        <EditForm
          annotation={annotation}
          onDone={(saved) => {
            setEditing(false);
            if (saved) {
              setReplacements(saved);
              onChanged();
            }
          }}
        />
      ) : (
        <CommentText comment={annotation.comment} />
      )}
      {replacements.length ? <ReplacementsNotice replacements={replacements} /> : null}
    </Box>
  );
};

// The reply form's own record, so it never starts from the case or thread around it.
const EMPTY_REPLY = { comment: '' };

const ReplyBox = ({ root, onReplied }: { root: AnnotationResponse; onReplied: () => void }) => {
  const onError = useAnnotationErrorNotifier();
  const [create, { isPending }] = useCreate();
  const [replacements, setReplacements] = useState<PersonalDataReplacement[]>([]);
  const [formKey, setFormKey] = useState(0);
  const reply = (values: { comment?: string }) =>
    create(
      'annotations',
      { data: { parentId: root.id, comment: values.comment ?? '' } },
      {
        onError,
        onSuccess: (saved) => {
          setReplacements((saved as AnnotationWriteResponse).replacements);
          // A fresh form empties the box for the next reply.
          setFormKey((key) => key + 1);
          onReplied();
        },
      },
    );
  return (
    <Box sx={{ mt: 1 }}>
      <Form key={formKey} record={EMPTY_REPLY} onSubmit={reply}>
        <CommentInput />
        <SaveButton label="caseatlas.annotation.send_reply" icon={<ReplyIcon />} disabled={isPending} />
      </Form>
      {replacements.length ? <ReplacementsNotice replacements={replacements} /> : null}
    </Box>
  );
};

/**
 * A root annotation with its quote, tags and replies. Selected (by a click here or on its
 * highlight), it is outlined and scrolled into view.
 */
export const AnnotationThread = ({
  root,
  replies,
  selected,
  onSelect,
  mayWrite,
  onChanged,
}: {
  root: AnnotationResponse;
  replies: AnnotationResponse[];
  selected: boolean;
  onSelect: () => void;
  mayWrite: boolean;
  onChanged: () => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selected) card.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [selected]);
  return (
    <Card
      ref={card}
      variant="outlined"
      data-testid="annotation-thread"
      data-thread-id={root.id}
      aria-current={selected ? 'true' : undefined}
      onClick={onSelect}
      sx={{ borderColor: selected ? 'warning.main' : undefined, borderWidth: selected ? 2 : 1 }}
    >
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack gap={1}>
          <Typography
            component="blockquote"
            variant="body2"
            sx={{ m: 0, pl: 1, borderLeft: 3, borderColor: 'warning.light', fontStyle: 'italic' }}
            data-testid="annotation-quote"
          >
            {root.orphaned
              ? translate('caseatlas.annotation.old_quote', { text: quote(root.target?.exact ?? '', locale) })
              : root.target?.exact}
          </Typography>
          <Stack direction="row" gap={0.5} flexWrap="wrap" alignItems="center">
            <Chip size="small" label={translate(`caseatlas.annotation.motivations.${root.motivation}`)} />
            <VisibilityChip annotation={root} />
            {root.tags.map((tag) => (
              <Chip key={tag} size="small" variant="outlined" label={`#${tag}`} sx={{ fontFamily: 'monospace' }} />
            ))}
          </Stack>
          <AnnotationEntry annotation={root} onChanged={onChanged} />
          {replies.length ? (
            <Stack gap={1} sx={{ pl: 2, borderLeft: 1, borderColor: 'divider' }}>
              {replies.map((reply) => (
                <AnnotationEntry key={reply.id} annotation={reply} onChanged={onChanged} />
              ))}
            </Stack>
          ) : null}
          {mayWrite ? <ReplyBox root={root} onReplied={onChanged} /> : null}
        </Stack>
      </CardContent>
    </Card>
  );
};
