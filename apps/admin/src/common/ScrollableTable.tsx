import type { ReactNode } from 'react';
import { TableContainer } from '@mui/material';
import type { SxProps, Theme } from '@mui/material';

/**
 * A table's box that scrolls sideways when the table is wider than the screen. It takes the
 * keyboard's focus, so the arrow keys scroll it, and is announced as a region by `label`. A shadow
 * on a side says more columns lie that way (a phone shows no scroll bar until one scrolls): the
 * paper-coloured covers scroll with the content and hide the shadow at each end.
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
    sx={[
      (theme) => {
        const paper = theme.palette.background.paper;
        const shade = theme.palette.mode === 'dark' ? 'rgba(0,0,0,0.5)' : 'rgba(0,0,0,0.18)';
        return {
          overflowX: 'auto',
          maxWidth: '100%',
          background: [
            `linear-gradient(to right, ${paper} 30%, transparent) left center / 40px 100% no-repeat local`,
            `linear-gradient(to left, ${paper} 30%, transparent) right center / 40px 100% no-repeat local`,
            `radial-gradient(farthest-side at 0 50%, ${shade}, transparent) left center / 14px 100% no-repeat scroll`,
            `radial-gradient(farthest-side at 100% 50%, ${shade}, transparent) right center / 14px 100% no-repeat scroll`,
          ].join(', '),
          backgroundColor: paper,
        };
      },
      ...(Array.isArray(sx) ? sx : [sx]),
    ]}
  >
    {children}
  </TableContainer>
);
