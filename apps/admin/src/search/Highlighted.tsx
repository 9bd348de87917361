import { Box } from '@mui/material';
import { parseHighlight } from './highlight';
import type { HighlightSegment } from './highlight';

/** Segments of a highlight fragment with their matches marked; text only, no innerHTML. */
export const HighlightedSegments = ({ segments }: { segments: HighlightSegment[] }) => (
  <>
    {segments.map((segment, index) =>
      segment.marked ? (
        <Box component="mark" key={index} sx={{ bgcolor: 'warning.light', color: 'common.black', px: 0.25 }}>
          {segment.text}
        </Box>
      ) : (
        <span key={index}>{segment.text}</span>
      ),
    )}
  </>
);

/** A highlight fragment of the API with its matches marked. */
export const Highlighted = ({ fragment }: { fragment: string }) => (
  <HighlightedSegments segments={parseHighlight(fragment)} />
);
