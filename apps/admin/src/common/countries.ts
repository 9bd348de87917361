import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { COUNTRY_CODES, countryNameOf } from '@caseatlas/contracts';

export { COUNTRY_CODES };

export interface Choice {
  id: string;
  name: string;
}

/** The country's name in the UI language: one name per country, shared with the rest of the workbench. */
export const countryName = (code: string, locale: string): string => countryNameOf(code, locale);

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
