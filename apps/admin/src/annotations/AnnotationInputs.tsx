import { useEffect } from 'react';
import { Typography } from '@mui/material';
import { useFormContext } from 'react-hook-form';
import {
  FormDataConsumer,
  RadioButtonGroupInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  maxLength,
  required,
  useTranslate,
} from 'react-admin';
import { ANNOTATION_TAG_PATTERN, ANNOTATION_VISIBILITIES, MAX_COMMENT_LENGTH, MOTIVATIONS } from '@caseatlas/contracts';
import type { AnnotationVisibility, Motivation, WorkingGroupResponse } from '@caseatlas/contracts';
import { lastUsedGroupId, preferredGroupId } from '../groups/preferredGroup';
import { useWorkingGroups } from '../groups/useWorkingGroups';

/** The API refuses a tag outside its pattern; said beside the input before saving. */
const validateTags = (tags: unknown) =>
  Array.isArray(tags) && tags.some((tag) => !ANNOTATION_TAG_PATTERN.test(String(tag)))
    ? 'caseatlas.annotation.tag_format'
    : undefined;

// Upper case and spaces are what people type; the tag the API accepts is the same word in its form.
const asTags = (tags: unknown) =>
  Array.isArray(tags) ? tags.map((tag) => String(tag).trim().toLowerCase().replace(/\s+/g, '_')) : tags;

export const CommentInput = ({ autoFocus }: { autoFocus?: boolean }) => (
  <TextInput
    source="comment"
    label="caseatlas.annotation.comment"
    helperText="caseatlas.annotation.comment_help"
    multiline
    minRows={3}
    autoFocus={autoFocus}
    validate={maxLength(MAX_COMMENT_LENGTH)}
  />
);

/**
 * The working group of an annotation for a group. It starts from the reader's only group, or
 * the one they used last, or their first, rather than empty: most readers work in one group.
 */
const GroupInput = ({ mine }: { mine: WorkingGroupResponse[] }) => {
  const { getValues, setValue } = useFormContext();
  useEffect(() => {
    if (mine.some((group) => group.id === getValues('groupId'))) return;
    const preferred = preferredGroupId(mine, lastUsedGroupId());
    if (preferred) setValue('groupId', preferred, { shouldDirty: true });
  }, [mine, getValues, setValue]);
  return (
    <SelectInput
      source="groupId"
      label="caseatlas.annotation.group"
      choices={mine}
      optionText="name"
      validate={required()}
    />
  );
};

/** Comment, tags, purpose and who sees it: a root annotation's inputs (a reply only comments). */
export const AnnotationInputs = () => {
  const translate = useTranslate();
  const { mine } = useWorkingGroups();
  return (
    <>
      <CommentInput autoFocus />
      <TextArrayInput
        source="tags"
        label="caseatlas.annotation.tags"
        helperText="caseatlas.annotation.tags_help"
        validate={validateTags}
        parse={asTags}
      />
      <SelectInput
        source="motivation"
        label="caseatlas.annotation.motivation"
        choices={MOTIVATIONS.map((id) => ({ id, name: `caseatlas.annotation.motivations.${id}` }))}
        validate={required()}
      />
      <RadioButtonGroupInput
        source="visibility"
        label="caseatlas.annotation.visibility"
        choices={ANNOTATION_VISIBILITIES.map((id) => ({ id, name: `caseatlas.annotation.visibilities.${id}` }))}
        validate={required()}
      />
      <FormDataConsumer<{ visibility?: string }>>
        {({ formData }) =>
          formData.visibility !== 'group' ? null : mine.length === 0 ? (
            <Typography color="error" variant="body2">
              {translate('caseatlas.annotation.no_groups')}
            </Typography>
          ) : (
            <GroupInput mine={mine} />
          )
        }
      </FormDataConsumer>
    </>
  );
};

/** The body the API takes for a root: a working group only with visibility `group`. */
export interface AnnotationValues {
  comment?: string;
  tags?: string[];
  motivation?: Motivation;
  visibility?: AnnotationVisibility;
  groupId?: string | null;
}

export function annotationChanges(values: AnnotationValues) {
  return {
    comment: values.comment ?? '',
    tags: values.tags ?? [],
    motivation: values.motivation,
    visibility: values.visibility,
    groupId: values.visibility === 'group' ? values.groupId : null,
  };
}
