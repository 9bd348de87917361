import { useMediaQuery } from '@mui/material';
import type { Theme } from '@mui/material';

/** A phone's width (under MUI's `sm`, 600 px): lists show as simple lists there, not tables. */
export const useIsPhone = (): boolean => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
