import { useState } from 'react';
import type { ReactNode } from 'react';
import { TableContainer } from '@mui/material';
import type { SxProps, Theme } from '@mui/material';

/**
 * A table's box that scrolls sideways when the table is wider than the screen. It takes the
 * keyboard's focus, so the arrow keys scroll it, and is announced as a region by `label`. A shadow
 * on a side says more columns lie that way (a phone shows no scroll bar until one scrolls): the
 * paper-coloured covers scroll with the content and hide the shadow at each end. Scrolled away
 * from its start, the box says so (`data-scrolled`), for a sticky first column to cast the
 * left-hand shadow itself. In dark mode the cards are lighter than the paper, so no covers there.
 */
export const ScrollableTable = ({
  label,
  sx,
  children,
}: {
  label: string;
  sx?: SxProps<Theme>;
  children: ReactNode;
}) => {
  const [scrolled, setScrolled] = useState(false);
  return (
    <TableContainer
      tabIndex={0}
      role="region"
      aria-label={label}
      data-scrolled={scrolled}
      onScroll={(event) => setScrolled(event.currentTarget.scrollLeft > 0)}
      sx={[
        (theme) => {
          const box = { overflowX: 'auto', maxWidth: '100%' } as const;
          if (theme.palette.mode === 'dark') return box;
          const paper = theme.palette.background.paper;
          const shade = 'rgba(0,0,0,0.18)';
          return {
            ...box,
            background: [
              `linear-gradient(to right, ${paper} 30%, transparent) left center / 40px 100% no-repeat local`,
              `linear-gradient(to left, ${paper} 30%, transparent) right center / 40px 100% no-repeat local`,
              `radial-gradient(farthest-side at 0 50%, ${shade}, transparent) left center / 14px 100% no-repeat scroll`,
              `radial-gradient(farthest-side at 100% 50%, ${shade}, transparent) right center / 14px 100% no-repeat scroll`,
            ].join(', '),
          };
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {children}
    </TableContainer>
  );
};
