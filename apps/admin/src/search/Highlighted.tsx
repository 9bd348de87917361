import { Box } from '@mui/material';
import { parseHighlight } from './highlight';

/** A highlight fragment of the API with its matches marked; text only, no innerHTML. */
export const Highlighted = ({ fragment }: { fragment: string }) => (
  <>
    {parseHighlight(fragment).map((segment, index) =>
      segment.marked ? (
        <Box component="mark" key={index} sx={{ bgcolor: 'warning.light', color: 'inherit', px: 0.25 }}>
          {segment.text}
        </Box>
      ) : (
        <span key={index}>{segment.text}</span>
      ),
    )}
  </>
);
