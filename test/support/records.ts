import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseRecord, StatuteRecord } from '../../libs/contracts/src';

/** The case record of ../shared/BRIEF.md, marked synthetic; a fresh copy each call. */
export function briefCase(overrides: Partial<CaseRecord> = {}): CaseRecord {
  const record = JSON.parse(readFileSync(join(__dirname, '../fixtures/brief-case.json'), 'utf8')) as CaseRecord;
  return { ...record, ...overrides };
}

export const STATUTES: StatuteRecord[] = [
  {
    key: 'KZ-CC-128-3',
    jurisdiction: 'KZ',
    title: 'Trafficking in persons (aggravated)',
    penaltyMinMonths: 84,
    penaltyMaxMonths: 144,
    lifePossible: false,
    purposes: ['sexual_exploitation', 'forced_labour'],
    validFrom: '2014-07-03',
    validTo: null,
  },
  {
    key: 'KZ-CC-135-1',
    jurisdiction: 'KZ',
    title: 'Trafficking in minors',
    penaltyMinMonths: 60,
    penaltyMaxMonths: 120,
    lifePossible: false,
    purposes: ['sexual_exploitation', 'forced_labour', 'forced_begging'],
    validFrom: '2014-07-03',
    validTo: null,
  },
  {
    key: 'UZ-CC-135-2',
    jurisdiction: 'UZ',
    title: 'Trafficking in persons (aggravated)',
    penaltyMinMonths: 96,
    penaltyMaxMonths: 144,
    lifePossible: false,
    purposes: ['sexual_exploitation', 'forced_labour'],
    validFrom: '2020-01-01',
    validTo: null,
  },
];
