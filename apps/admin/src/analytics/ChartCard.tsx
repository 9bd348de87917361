import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import ImageIcon from '@mui/icons-material/Image';
import { toPng } from 'html-to-image';
import { useNotify, useTranslate } from 'react-admin';
import { apiErrorMessage, asApiError } from '../common/apiErrors';
import { datedName, saveFile, SPREADSHEET_MARK } from '../common/saveFile';
import { useScopeText } from './useScopeText';

/**
 * What every chart has: a heading and what it shows, "Export CSV" of its figures and "Export PNG"
 * of what is drawn (heading and caption included, so the picture says what it is), and the
 * small-cell caption when some cell is greyed. `testId` is the browser test's handle.
 */
export const ChartCard = ({
  testId,
  title,
  help,
  filename,
  csv,
  smallBelow,
  hasSmall = false,
  toolbar,
  children,
}: {
  testId: string;
  title: string;
  help?: string;
  /** The exported files' name, without extension. */
  filename: string;
  /** The chart's data as CSV, built on demand (small cells suppressed, see csv.ts); absent while there is none. */
  csv?: () => string;
  smallBelow?: number;
  hasSmall?: boolean;
  /** Chart options (a metric to show) beside the export buttons. */
  toolbar?: ReactNode;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const drawn = useRef<HTMLDivElement>(null);
  const scope = useScopeText();
  const [busy, setBusy] = useState(false);

  const exportCsv = () => {
    if (!csv) return;
    // The byte-order mark makes spreadsheets read the file as UTF-8 (Russian names and titles).
    saveFile(new Blob([SPREADSHEET_MARK, csv()], { type: 'text/csv;charset=utf-8' }), `${datedName(filename)}.csv`);
  };

  const exportPng = async () => {
    if (!drawn.current) return;
    setBusy(true);
    try {
      // A white background: the card's is transparent, and a PNG on a dark slide would lose the axes.
      saveFile(await toPng(drawn.current, { backgroundColor: '#ffffff', pixelRatio: 2 }), `${datedName(filename)}.png`);
    } catch (error) {
      notify('caseatlas.analytics.export_failed', { type: 'error', messageArgs: { message: String(error) } });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card component="section" data-testid={testId} aria-label={title}>
      <CardContent>
        <Stack direction="row" justifyContent="flex-end" gap={1} flexWrap="wrap" alignItems="center">
          {toolbar}
          <Button
            size="small"
            startIcon={<DownloadIcon />}
            onClick={exportCsv}
            disabled={!csv}
            data-testid="export-csv"
          >
            {translate('caseatlas.analytics.export_csv')}
          </Button>
          <Button size="small" startIcon={<ImageIcon />} onClick={exportPng} disabled={busy} data-testid="export-png">
            {translate('caseatlas.analytics.export_png')}
          </Button>
        </Stack>
        {/* A single grid column that may shrink to nothing: a wide table or drawing scrolls in its own box
            instead of widening the page (on a phone). */}
        <Box
          ref={drawn}
          sx={{ bgcolor: 'background.paper', p: 1, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)' }}
          data-testid="chart-drawing"
        >
          <Typography variant="h6" component="h2">
            {title}
          </Typography>
          {help ? (
            <Typography variant="body2" color="text.secondary" gutterBottom>
              {help}
            </Typography>
          ) : null}
          {/* Every figure says which cases it counts (published only, or drafts too for their readers). */}
          {scope ? (
            <Typography variant="caption" color="text.secondary" component="p" data-testid="chart-scope">
              {scope}
            </Typography>
          ) : null}
          {children}
          {hasSmall && smallBelow !== undefined ? (
            <Typography variant="caption" color="text.secondary" component="p" data-testid="small-cells-note">
              {translate('caseatlas.analytics.small.caption', { smallBelow })}
            </Typography>
          ) : null}
        </Box>
      </CardContent>
    </Card>
  );
};

/** While an analytics answer is on its way, or why it is not there. */
export const AnswerState = ({ error, isPending }: { error: unknown; isPending: boolean }) => {
  const translate = useTranslate();
  if (error) {
    return asApiError(error).status === 503 ? (
      <Alert severity="warning" data-testid="analytics-unavailable">
        {translate('caseatlas.analytics.unavailable')}
      </Alert>
    ) : (
      <Alert severity="error">
        {translate('caseatlas.analytics.failed', { message: apiErrorMessage(error) ?? '' })}
      </Alert>
    );
  }
  return isPending ? <LinearProgress aria-label={translate('ra.page.loading')} /> : null;
};
