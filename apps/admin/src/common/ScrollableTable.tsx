import type { ReactNode } from 'react';
import { TableContainer } from '@mui/material';
import type { SxProps, Theme } from '@mui/material';

/**
 * A table's box that scrolls sideways when the table is wider than the screen. It takes the
 * keyboard's focus, so the arrow keys scroll it, and is announced as a region by `label`.
 */
export const ScrollableTable = ({
  label,
  sx,
  children,
}: {
  label: string;
  sx?: SxProps<Theme>;
  children: ReactNode;
}) => (
  <TableContainer
    tabIndex={0}
    role="region"
    aria-label={label}
    sx={[{ overflowX: 'auto', maxWidth: '100%' }, ...(Array.isArray(sx) ? sx : [sx])]}
  >
    {children}
  </TableContainer>
);
