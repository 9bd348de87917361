import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Box, Button } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import { useTranslate } from 'react-admin';

/** Content a little taller than the fold is shown whole: folding it would save nothing. */
const SLACK = 120;

/**
 * A long section of the case page (defendants with their charges, victim groups) folded to its
 * first `height` pixels, fading out, with "Show"/"Hide" under it, so the case page stays short
 * enough to scan. A short section is shown as it is. Folded content stays on the page, so the
 * browser's find still reaches it.
 */
export const Folded = ({ id, height = 420, children }: { id: string; height?: number; children: ReactNode }) => {
  const translate = useTranslate();
  const content = useRef<HTMLDivElement>(null);
  const [tall, setTall] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const element = content.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setTall(element.offsetHeight > height + SLACK));
    observer.observe(element);
    return () => observer.disconnect();
  }, [height]);
  const folded = tall && !open;
  return (
    <Box>
      <Box
        id={`${id}-folded`}
        sx={{
          maxHeight: folded ? height : 'none',
          overflow: folded ? 'hidden' : 'visible',
          // Fades the last lines out, so the cut reads as "more below".
          maskImage: folded ? 'linear-gradient(to bottom, black calc(100% - 96px), transparent)' : 'none',
        }}
      >
        <Box ref={content}>{children}</Box>
      </Box>
      {tall ? (
        <Box sx={{ display: 'flex', justifyContent: 'center', mt: 0.5 }}>
          <Button
            size="small"
            onClick={() => setOpen(!open)}
            aria-expanded={open}
            aria-controls={`${id}-folded`}
            startIcon={open ? <ExpandLessIcon /> : <ExpandMoreIcon />}
            data-testid={`fold-${id}`}
          >
            {translate(open ? 'caseatlas.case.hide_section' : 'caseatlas.case.show_section')}
          </Button>
        </Box>
      ) : null}
    </Box>
  );
};
