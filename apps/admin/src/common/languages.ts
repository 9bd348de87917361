import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import type { Choice } from './countries';

/**
 * ISO 639-1 languages case documents come in: the region's own languages first, then the
 * languages of the destination countries and of international sources.
 */
export const CASE_LANGUAGES = [
  'ru',
  'kk',
  'uz',
  'ky',
  'tg',
  'tk',
  'en',
  'tr',
  'ar',
  'ko',
  'az',
  'mn',
  'fa',
  'zh',
  'uk',
  'be',
  'ka',
  'hy',
  'he',
  'th',
  'ur',
  'hi',
  'de',
  'fr',
] as const;

const languageNames = new Map<string, Intl.DisplayNames>();

export function languageName(code: string, locale: string): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
    languageNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export const useLanguageName = () => {
  const [locale] = useLocaleState();
  return (code: string) => languageName(code, locale);
};

/** Language choices in the order of CASE_LANGUAGES (regional languages first, on purpose). */
export const useLanguageChoices = (): Choice[] => {
  const [locale] = useLocaleState();
  return useMemo(
    () => CASE_LANGUAGES.map((code) => ({ id: code, name: `${languageName(code, locale)} (${code})` })),
    [locale],
  );
};
