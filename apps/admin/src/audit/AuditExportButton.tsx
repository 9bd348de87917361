import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, useCanAccess, useDataProvider, useListContext, useLocaleState, useNotify } from 'react-admin';
import type { CaseAtlasDataProvider } from '../dataProvider';
import { apiErrorMessage } from '../common/apiErrors';
import { saveFile, withSpreadsheetMark } from '../common/saveFile';

/**
 * The whole filtered trail as CSV, built by the API (`GET /api/audit/export`), not the page
 * the list shows, headed in the reader's language; fetched with the access token, so not a plain link.
 */
export const AuditExportButton = () => {
  const { filterValues, sort } = useListContext();
  const { canAccess } = useCanAccess({ resource: 'audit', action: 'export' });
  const dataProvider = useDataProvider<CaseAtlasDataProvider>();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [locale] = useLocaleState();
  if (!canAccess) return null;

  const download = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.exportAudit(filterValues, sort, locale === 'ru' ? 'ru' : 'en');
      // Empty when the session ended meanwhile (react-admin signs the user out).
      if (data?.blob) saveFile(await withSpreadsheetMark(data.blob), data.filename);
    } catch (error) {
      notify('caseatlas.audit.export_failed', {
        type: 'error',
        messageArgs: { message: apiErrorMessage(error) ?? '' },
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button label="caseatlas.audit.export" onClick={download} disabled={busy} data-testid="audit-export">
      <DownloadIcon />
    </Button>
  );
};
