import { Alert, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import { useWorkingGroups } from '../groups/useWorkingGroups';
import { AnnotationExportButtons } from './AnnotationExportButtons';
import { AnnotationThread } from './AnnotationThread';
import { useCaseAnnotations } from './CaseAnnotations';

/** Whose annotations to show (all, mine, one of my groups) and with which tag. */
const AnnotationFilters = () => {
  const translate = useTranslate();
  const { filter, setFilter, tags } = useCaseAnnotations();
  const { mine } = useWorkingGroups();
  return (
    <Stack direction="row" gap={1}>
      <TextField
        select
        size="small"
        fullWidth
        label={translate('caseatlas.annotation.filter_who')}
        value={filter.who}
        onChange={(event) => setFilter({ ...filter, who: event.target.value })}
        slotProps={{ htmlInput: { 'data-testid': 'annotation-filter-who' } }}
      >
        <MenuItem value="all">{translate('caseatlas.annotation.filter_all')}</MenuItem>
        <MenuItem value="mine">{translate('caseatlas.annotation.filter_mine')}</MenuItem>
        {mine.map((group) => (
          <MenuItem key={group.id} value={group.id}>
            {translate('caseatlas.annotation.filter_group', { name: group.name })}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        fullWidth
        label={translate('caseatlas.annotation.filter_tag')}
        value={filter.tag}
        onChange={(event) => setFilter({ ...filter, tag: event.target.value })}
      >
        <MenuItem value="">{translate('caseatlas.annotation.any_tag')}</MenuItem>
        {tags.map((tag) => (
          <MenuItem key={tag} value={tag}>
            #{tag}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};

/**
 * Beside the case texts: the threads on passages found in the text, then those whose passage
 * could not be found after the case was edited (listed apart with their old quote, never
 * highlighted), and the export of the case's annotations.
 */
export const AnnotationPanel = () => {
  const translate = useTranslate();
  const { caseId, roots, repliesOf, selectedId, select, refetch } = useCaseAnnotations();
  const { canAccess: mayWrite } = useCanAccess({ resource: 'annotations', action: 'create' });
  const placed = roots.filter((root) => !root.orphaned);
  const orphaned = roots.filter((root) => root.orphaned);
  const thread = (root: (typeof roots)[number]) => (
    <AnnotationThread
      key={root.id}
      root={root}
      replies={repliesOf(root.id)}
      selected={root.id === selectedId}
      onSelect={() => select(root.id)}
      mayWrite={!!mayWrite}
      onChanged={refetch}
    />
  );
  return (
    <Paper
      component="aside"
      variant="outlined"
      sx={{ p: 2 }}
      aria-labelledby="annotations-title"
      data-testid="annotation-panel"
    >
      <Stack gap={2}>
        <Typography id="annotations-title" variant="h6" component="h2">
          {translate('caseatlas.annotation.panel_title')}
        </Typography>
        <AnnotationExportButtons scope={{ caseId }} />
        <AnnotationFilters />
        {mayWrite === false ? (
          <Typography variant="body2">{translate('caseatlas.annotation.read_only')}</Typography>
        ) : null}
        {placed.length === 0 && orphaned.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('caseatlas.annotation.none')}
          </Typography>
        ) : null}
        <Stack gap={1.5} data-testid="annotation-threads">
          {placed.map(thread)}
        </Stack>
        {orphaned.length ? (
          <Stack gap={1.5} component="section" aria-labelledby="orphaned-title" data-testid="annotation-orphaned">
            <Typography id="orphaned-title" variant="subtitle1" component="h3">
              {translate('caseatlas.annotation.orphaned_title')}
            </Typography>
            <Alert severity="warning">{translate('caseatlas.annotation.orphaned_help')}</Alert>
            {orphaned.map(thread)}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
};
