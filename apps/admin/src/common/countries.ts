import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { COUNTRY_CODES } from '@caseatlas/contracts';

export { COUNTRY_CODES };

export interface Choice {
  id: string;
  name: string;
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** The country's name in the UI language; the code itself when the browser does not know it. */
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    // Intl throws on syntactically invalid codes; show stored data as it is.
    return code;
  }
}

export const useCountryName = () => {
  const [locale] = useLocaleState();
  return (code: string) => countryName(code, locale);
};

/** Country choices sorted by their name in the UI language. */
export const useCountryChoices = (): Choice[] => {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const collator = new Intl.Collator(locale);
    return COUNTRY_CODES.map((code) => ({ id: code, name: countryName(code, locale) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
  }, [locale]);
};
