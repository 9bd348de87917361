import type { ReactNode } from 'react';
import { Stack } from '@mui/material';
import type { SxProps, Theme } from '@mui/material';
import { AutocompleteArrayInput, AutocompleteInput } from 'react-admin';
import type { AutocompleteArrayInputProps, AutocompleteInputProps } from 'react-admin';
import { useCountryChoices } from './countries';

/** One ISO 3166-1 alpha-2 code, offered by country name in the UI language. */
export const CountryInput = (props: Omit<AutocompleteInputProps, 'choices'>) => {
  const choices = useCountryChoices();
  return <AutocompleteInput choices={choices} translateChoice={false} {...props} />;
};

/** A list of ISO 3166-1 alpha-2 codes (route stages). */
export const CountryArrayInput = (props: Omit<AutocompleteArrayInputProps, 'choices'>) => {
  const choices = useCountryChoices();
  return <AutocompleteArrayInput choices={choices} translateChoice={false} {...props} />;
};

/** Inputs side by side on wide screens, stacked on narrow ones. */
export const InputRow = ({ children }: { children: ReactNode }) => (
  <Stack
    direction={{ xs: 'column', md: 'row' }}
    columnGap={2}
    sx={{ width: '100%', '& > *': { flex: '1 1 0', minWidth: 0 } }}
  >
    {children}
  </Stack>
);

/**
 * For `<SimpleFormIterator inline>`: react-admin lays an inline item out as one unwrapped row
 * of full-width inputs, which squeezes a long item (a defendant) into unreadable slivers. Let
 * the row wrap and give each input a sensible minimum width; `className={FULL_LINE}` puts a sub-group
 * (the sentence) on a line of its own.
 */
export const wrappingIteratorSx: SxProps<Theme> = {
  '& .RaSimpleFormIterator-form': { flexWrap: 'wrap', rowGap: 0, flexGrow: 1 },
  '& .RaSimpleFormIterator-form > *': { flex: '1 1 12rem', minWidth: '10rem' },
  '& .RaSimpleFormIterator-form > .CaseAtlas-fullLine': { flexBasis: '100%' },
};

/** Class name putting an element of a wrapping iterator item on a line of its own. */
export const FULL_LINE = 'CaseAtlas-fullLine';

/** For a select whose empty choice means null in the API (react-admin's empty choice is ''). */
export const emptyAsNull = (value: string) => value || null;
