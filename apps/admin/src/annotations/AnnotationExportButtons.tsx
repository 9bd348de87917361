import { useState } from 'react';
import DataObjectIcon from '@mui/icons-material/DataObject';
import TableViewIcon from '@mui/icons-material/TableView';
import { Stack } from '@mui/material';
import { Button, useCanAccess, useDataProvider, useLocaleState, useNotify } from 'react-admin';
import type { AnnotationExportFormat, CaseAtlasDataProvider } from '../dataProvider';
import { apiErrorMessage } from '../common/apiErrors';
import { saveFile, withSpreadsheetMark } from '../common/saveFile';

/**
 * A case's or a working group's annotations as the API exports them (W3C JSON-LD or CSV), as
 * far as the reader may see them; fetched with the access token, so not plain links.
 */
export const AnnotationExportButtons = ({ scope }: { scope: { caseId: string } | { groupId: string } }) => {
  const { canAccess } = useCanAccess({ resource: 'annotations', action: 'export' });
  const dataProvider = useDataProvider<CaseAtlasDataProvider>();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [locale] = useLocaleState();
  if (!canAccess) return null;

  const download = async (format: AnnotationExportFormat) => {
    setBusy(true);
    try {
      // The CSV's headers in the reader's language (English unless the interface is Russian).
      const { data } = await dataProvider.exportAnnotations(scope, format, locale === 'ru' ? 'ru' : 'en');
      if (data?.blob) saveFile(await withSpreadsheetMark(data.blob), data.filename);
    } catch (error) {
      notify('caseatlas.annotation.export_failed', {
        type: 'error',
        messageArgs: { message: apiErrorMessage(error) ?? '' },
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack direction="row" gap={1} flexWrap="wrap">
      <Button
        label="caseatlas.annotation.export_jsonld"
        size="small"
        disabled={busy}
        onClick={() => download('jsonld')}
      >
        {/* On a phone react-admin shows the icon alone: each format needs its own. */}
        <DataObjectIcon />
      </Button>
      <Button label="caseatlas.annotation.export_csv" size="small" disabled={busy} onClick={() => download('csv')}>
        <TableViewIcon />
      </Button>
    </Stack>
  );
};
