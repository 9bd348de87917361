import { Chip, List, ListItem, Stack, Typography } from '@mui/material';
import {
  Link,
  RecordField,
  Show,
  TextField,
  useGetList,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { AnnotationResponse, WorkingGroupResponse } from '@caseatlas/contracts';
import { AnnotationExportButtons } from '../annotations/AnnotationExportButtons';
import { CommentText } from '../annotations/CommentText';
import { quote } from '../annotations/quote';
import { Section } from '../common/Section';
import { useDateTimeFormat } from '../common/format';

const Members = () => {
  const record = useRecordContext<WorkingGroupResponse>();
  return (
    <Stack direction="row" gap={0.5} flexWrap="wrap" data-testid="group-members">
      {(record?.members ?? []).map((member) => (
        <Chip key={member.id} size="small" label={member.displayName} />
      ))}
    </Stack>
  );
};

/** The group's latest annotations the reader may see, each with a link to its case. */
const RecentAnnotations = ({ groupId }: { groupId: string }) => {
  const translate = useTranslate();
  const formatDate = useDateTimeFormat();
  const [locale] = useLocaleState();
  const { data, isPending } = useGetList<AnnotationResponse>('annotations', {
    filter: { groupId },
    sort: { field: 'createdAt', order: 'DESC' },
    pagination: { page: 1, perPage: 25 },
  });
  if (isPending) return null;
  if (!data?.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('caseatlas.group.no_annotations')}
      </Typography>
    );
  }
  return (
    <List disablePadding data-testid="group-annotations">
      {data.map((annotation) => (
        <ListItem key={annotation.id} disableGutters divider sx={{ display: 'block' }}>
          <Typography variant="caption" color="text.secondary">
            {translate('caseatlas.annotation.by', {
              author: annotation.author.displayName,
              date: formatDate(annotation.createdAt),
            })}
          </Typography>
          {annotation.target ? (
            <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
              {quote(annotation.target.exact, locale)}
            </Typography>
          ) : null}
          <CommentText comment={annotation.comment} />
          <Link to={`/cases/${annotation.caseId}/show`} variant="body2">
            {translate('caseatlas.group.open_case')}
          </Link>
        </ListItem>
      ))}
    </List>
  );
};

const GroupReading = () => {
  const record = useRecordContext<WorkingGroupResponse>();
  if (!record) return null;
  return (
    <Stack gap={2} sx={{ p: 2 }}>
      <RecordField source="name">
        <TextField source="name" variant="h6" />
      </RecordField>
      <RecordField source="description" empty="—" />
      <RecordField source="members">
        <Members />
      </RecordField>
      <Section id="group-annotations" title="caseatlas.group.recent">
        <Stack gap={1}>
          <AnnotationExportButtons scope={{ groupId: record.id }} />
          <RecentAnnotations groupId={record.id} />
        </Stack>
      </Section>
    </Stack>
  );
};

export const GroupShow = () => (
  <Show<WorkingGroupResponse>>
    <GroupReading />
  </Show>
);
