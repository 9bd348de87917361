import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { en } from './en';
import { ru } from './ru';

export const catalogues = { en, ru } as const;
export type Locale = keyof typeof catalogues;

// The first visit follows the browser; react-admin's store remembers a later choice.
const browserLocale: Locale = typeof navigator !== 'undefined' && navigator.language?.startsWith('ru') ? 'ru' : 'en';

const polyglot = polyglotI18nProvider((locale) => catalogues[locale as Locale] ?? en, browserLocale, [
  { locale: 'en', name: 'English' },
  { locale: 'ru', name: 'Русский' },
]);

/** `<html lang>` follows the interface's language, so screen readers pronounce it as written. */
function declareLanguage(locale: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}
declareLanguage(browserLocale);

export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    declareLanguage(locale);
  },
};
