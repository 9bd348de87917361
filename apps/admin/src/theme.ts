import { defaultDarkTheme, defaultLightTheme } from 'react-admin';
import type { Theme } from '@mui/material';
import type { RaThemeOptions } from 'react-admin';

/**
 * Chips hold vocabulary labels, some long in Russian ("Изъятие документов, удостоверяющих
 * личность"): they wrap onto a second line inside the screen instead of being cut with an
 * ellipsis, and keep their height when one line is enough.
 */
const WRAPPING_CHIPS: RaThemeOptions['components'] = {
  MuiChip: {
    styleOverrides: {
      root: { height: 'auto', minHeight: 32, maxWidth: '100%' },
      sizeSmall: { minHeight: 24 },
      label: { whiteSpace: 'normal', overflowWrap: 'break-word', paddingTop: 3, paddingBottom: 3 },
    },
  },
};

/**
 * react-admin's themes paint the form toolbar grey (#e0e0e0 light, #424242 dark), on which the
 * red of Delete falls under 4.5:1 (3.8 and 2.7): the toolbar takes the form's paper and a rule.
 */
const FORM_TOOLBAR: RaThemeOptions['components'] = {
  RaToolbar: {
    styleOverrides: {
      root: ({ theme }: { theme: Theme }) => ({
        backgroundColor: theme.palette.background.paper,
        borderTop: `1px solid ${theme.palette.divider}`,
      }),
    },
  },
};

/**
 * Text on a coloured fill (a status chip, a badge) takes black or white, whichever gives the 4.5:1
 * WCAG AA asks; MUI's default threshold of 3 puts white on warning orange (3.1:1).
 */
const CONTRAST_THRESHOLD = 4.5;

/**
 * react-admin's themes with blues that text can be read on (WCAG AA asks 4.5:1): the app bar's
 * #2196f3 gives white text 3.1:1, and MUI's primary #1976d2 on react-admin's #fafafb page 4.4:1;
 * #1565c0 gives 5.8:1 and 5.6:1.
 */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    contrastThreshold: CONTRAST_THRESHOLD,
    primary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    secondary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    // Outlined chips write in the main colour on white: MUI's #ed6c02 orange gives 3.1:1 and its
    // #0288d1 blue 4.1:1; these give 5.4:1 and 4.8:1. The light tones (marks, borders) stay.
    warning: { light: '#ff9800', main: '#b54708', dark: '#8a3506' },
    info: { light: '#03a9f4', main: '#0277bd', dark: '#01579b' },
  },
  components: { ...defaultLightTheme.components, ...WRAPPING_CHIPS, ...FORM_TOOLBAR },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: { ...defaultDarkTheme.palette, contrastThreshold: CONTRAST_THRESHOLD },
  components: { ...defaultDarkTheme.components, ...WRAPPING_CHIPS, ...FORM_TOOLBAR },
};
