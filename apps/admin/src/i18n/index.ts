import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';
import { ru } from './ru';

export const catalogues = { en, ru } as const;
export type Locale = keyof typeof catalogues;

// The first visit follows the browser; react-admin's store remembers a later choice.
const browserLocale: Locale = typeof navigator !== 'undefined' && navigator.language?.startsWith('ru') ? 'ru' : 'en';

export const i18nProvider = polyglotI18nProvider((locale) => catalogues[locale as Locale] ?? en, browserLocale, [
  { locale: 'en', name: 'English' },
  { locale: 'ru', name: 'Русский' },
]);
