import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import type { Money } from '@caseatlas/contracts';

/** Numbers and amounts in the UI language's conventions. */
export const useNumberFormat = () => {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(locale);
    return {
      number: (value: number) => numbers.format(value),
      // The currency code stays as stored: ISO 4217 codes are what the case documents use.
      money: (money: Money) => `${numbers.format(money.amount)} ${money.currency}`,
    };
  }, [locale]);
};

/** An instant (ISO 8601) as a date and time in the UI language, in the reader's time zone. */
export const useDateTimeFormat = () => {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const dateTimes = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return (instant: string) => dateTimes.format(new Date(instant));
  }, [locale]);
};

/** Only web links are rendered as links (a stored `javascript:` URL must not become one). */
export const isWebUrl = (url: string | null | undefined): url is string => !!url && /^https?:\/\//i.test(url);
