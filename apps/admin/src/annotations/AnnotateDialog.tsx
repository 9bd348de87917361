import { useState } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Form, SaveButton, useCreate, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { AnnotatedField, AnnotationWriteResponse, PersonalDataReplacement } from '@caseatlas/contracts';
import { rememberGroupId } from '../groups/preferredGroup';
import { AnnotationInputs, annotationChanges } from './AnnotationInputs';
import type { AnnotationValues } from './AnnotationInputs';
import { useAnnotationErrorNotifier } from './annotationErrors';
import { ReplacementsNotice } from './ReplacementsNotice';
import { quote } from './quote';

/** A passage the reader selected: offsets into the field's text as the API returned it, and the words. */
export interface Passage {
  field: AnnotatedField;
  start: number;
  end: number;
  exact: string;
}

// Given as the form's record: without one, Form would start from the case around it (its tags).
const DEFAULTS: AnnotationValues = {
  comment: '',
  tags: [],
  motivation: 'commenting',
  visibility: 'private',
  groupId: null,
};

/**
 * Annotating a selected passage. The quote goes with the offsets so that the API refuses the
 * annotation if the case changed since the page was read. Once saved, what the anonymizer
 * replaced in the comment is shown before the dialog closes.
 */
export const AnnotateDialog = ({
  caseId,
  passage,
  onClose,
}: {
  caseId: string;
  passage: Passage;
  onClose: (saved: boolean) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const onError = useAnnotationErrorNotifier();
  const [create, { isPending }] = useCreate();
  const [replacements, setReplacements] = useState<PersonalDataReplacement[] | null>(null);

  const save = (values: AnnotationValues) =>
    create(
      'annotations',
      { data: { caseId, ...passage, ...annotationChanges(values) } },
      {
        onError,
        onSuccess: (saved) => {
          const { replacements: replaced } = saved as AnnotationWriteResponse;
          notify('caseatlas.annotation.saved', { type: 'success' });
          if (values.visibility === 'group') rememberGroupId(values.groupId);
          if (replaced.length) setReplacements(replaced);
          else onClose(true);
        },
      },
    );

  return (
    <Dialog
      open
      onClose={() => onClose(replacements !== null)}
      fullWidth
      maxWidth="sm"
      aria-labelledby="annotate-title"
    >
      <DialogTitle id="annotate-title">{translate('caseatlas.annotation.new_title')}</DialogTitle>
      {replacements ? (
        <>
          <DialogContent>
            <ReplacementsNotice replacements={replacements} />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => onClose(true)}>{translate('caseatlas.annotation.close')}</MuiButton>
          </DialogActions>
        </>
      ) : (
        <Form record={DEFAULTS} onSubmit={(values: object) => save(values as AnnotationValues)}>
          <DialogContent>
            <Typography variant="body2" color="text.secondary" gutterBottom data-testid="annotate-passage">
              {translate('caseatlas.annotation.selected', { text: quote(passage.exact, locale) })}
            </Typography>
            <AnnotationInputs />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => onClose(false)}>{translate('caseatlas.annotation.cancel')}</MuiButton>
            <SaveButton label="caseatlas.annotation.save" disabled={isPending} alwaysEnable={!isPending} />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
};
