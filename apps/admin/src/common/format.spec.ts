// The hooks beside the functions are not under test; react-admin's bundle does not load in jest.
jest.mock('react-admin', () => ({ useLocaleState: () => ['en'] }));

import { formatDate, formatDateTime, formatLocale, formatNumber } from './format';

// Intl separates some parts with narrow or no-break spaces; the expectations use plain ones.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatting for the UI language', () => {
  it('writes English dates day first, never in the United States’ order', () => {
    expect(formatLocale('en')).toBe('en-GB');
    expect(formatDate('2026-12-04', 'en')).toBe('4 Dec 2026');
    expect(plain(formatDateTime('2026-12-04T08:30:00Z', 'en', 'UTC'))).toBe('4 Dec 2026, 08:30');
  });

  it('writes Russian dates the Russian way', () => {
    expect(plain(formatDate('2026-12-04', 'ru'))).toBe('4 дек. 2026 г.');
    expect(plain(formatDateTime('2026-12-04T08:30:00Z', 'ru', 'UTC'))).toBe('4 дек. 2026 г., 08:30');
  });

  it('writes a month as a month, and keeps a calendar date on its day whatever the zone', () => {
    expect(formatDate('2026-12', 'en')).toBe('December 2026');
    expect(plain(formatDate('2026-12', 'ru'))).toBe('декабрь 2026 г.');
    expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026');
    expect(formatDate('2026', 'en')).toBe('2026');
    expect(formatDate('2026', 'ru')).toBe('2026');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDate('unknown', 'en')).toBe('unknown');
  });

  it('groups digits and marks decimals in the language’s way', () => {
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
    expect(plain(formatNumber(1234567.5, 'ru'))).toBe('1 234 567,5');
  });
});
