import { defaultDarkTheme, defaultLightTheme } from 'react-admin';
import type { RaThemeOptions } from 'react-admin';

/**
 * react-admin's themes with blues that text can be read on (WCAG AA asks 4.5:1): the app bar's
 * #2196f3 gives white text 3.1:1, and MUI's primary #1976d2 on react-admin's #fafafb page 4.4:1;
 * #1565c0 gives 5.8:1 and 5.6:1.
 */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
    secondary: { light: '#5e92f3', main: '#1565c0', dark: '#003c8f', contrastText: '#fff' },
  },
};

export const darkTheme: RaThemeOptions = defaultDarkTheme;
