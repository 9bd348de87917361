import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import type { Money } from '@caseatlas/contracts';

/**
 * The conventions dates and numbers follow in each UI language. English alone would mean the
 * United States' (12/5/2026, 8:30 AM), which reads wrongly next to day-first Russian and ISO
 * dates: English takes the day-first, 24-hour British conventions.
 */
const FORMAT_LOCALES: Record<string, string> = { en: 'en-GB', ru: 'ru-RU' };

/** The locale Intl and react-admin's DateField format with, for a UI language. */
export const formatLocale = (language: string): string => FORMAT_LOCALES[language] ?? language;

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, (format = make()));
  return format;
}

export function formatNumber(value: number, language: string): string {
  return cached(`n:${language}`, () => new Intl.NumberFormat(formatLocale(language))).format(value);
}

/** An instant (ISO 8601) as a date and time, in the reader's time zone unless one is given. */
export function formatDateTime(instant: string, language: string, timeZone?: string): string {
  return cached(
    `dt:${language}:${timeZone ?? ''}`,
    () => new Intl.DateTimeFormat(formatLocale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone }),
  ).format(new Date(instant));
}

/**
 * A calendar date (2026-12-04), month (2026-12) or year (2026) as written in the language. It
 * names a day, not an instant, so it is read in UTC: in the reader's zone it could fall on the
 * day before. A year alone reads the same in every language the workbench speaks.
 */
export function formatDate(date: string, language: string): string {
  if (/^\d{4}$/.test(date)) return date;
  const month = /^\d{4}-\d{2}$/.test(date);
  const parsed = new Date(month ? `${date}-01T00:00:00Z` : date.length === 10 ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(parsed.getTime())) return date;
  const options: Intl.DateTimeFormatOptions = month
    ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
    : { dateStyle: 'medium', timeZone: 'UTC' };
  return cached(`d:${language}:${month}`, () => new Intl.DateTimeFormat(formatLocale(language), options)).format(
    parsed,
  );
}

/** Numbers and amounts in the UI language's conventions. */
export const useNumberFormat = () => {
  const [locale] = useLocaleState();
  return useMemo(
    () => ({
      number: (value: number) => formatNumber(value, locale),
      // The currency code stays as stored: ISO 4217 codes are what the case documents use.
      money: (money: Money) => `${formatNumber(money.amount, locale)} ${money.currency}`,
    }),
    [locale],
  );
};

/** An instant (ISO 8601) as a date and time in the UI language, in the reader's time zone. */
export const useDateTimeFormat = () => {
  const [locale] = useLocaleState();
  return useMemo(() => (instant: string) => formatDateTime(instant, locale), [locale]);
};

/** A calendar date, month or year (2026-12-04, 2026-12, 2026) in the UI language. */
export const useDateFormat = () => {
  const [locale] = useLocaleState();
  return useMemo(() => (date: string) => formatDate(date, locale), [locale]);
};

/** Only web links are rendered as links (a stored `javascript:` URL must not become one). */
export const isWebUrl = (url: string | null | undefined): url is string => !!url && /^https?:\/\//i.test(url);
