import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseRecord } from '@caseatlas/contracts';
import { comparePartialDates, findCaseInconsistencies, findStatuteInconsistencies } from './case-consistency';

const brief = (): CaseRecord =>
  JSON.parse(readFileSync(join(__dirname, '../../../../test/fixtures/brief-case.json'), 'utf8')) as CaseRecord;
const statutes = new Map([
  ['KZ-CC-128-3', { jurisdiction: 'KZ' }],
  ['UZ-CC-135-2', { jurisdiction: 'UZ' }],
]);
const rules = (record: unknown) =>
  findCaseInconsistencies(record as CaseRecord, statutes).map((problem) => `${problem.path} ${problem.rule}`);

describe('findCaseInconsistencies', () => {
  it('accepts the brief case', () => {
    expect(rules(brief())).toEqual([]);
  });

  it('finds charges against unknown defendants, unknown or foreign statutes', () => {
    const record = brief();
    record.charges.push({ statute: 'KZ-CC-1-1', defendant: 'D1', outcome: 'convicted' });
    record.charges.push({ statute: 'UZ-CC-135-2', defendant: 'D4', outcome: 'convicted' });
    expect(rules(record)).toEqual([
      'charges[1].statute knownStatute',
      'charges[2].defendant knownDefendant',
      'charges[2].statute statuteOfJurisdiction',
    ]);
  });

  it('finds duplicate labels and sentences of defendants not convicted', () => {
    const record = brief();
    record.defendants.push({ ...record.defendants[0], verdict: 'pending' });
    expect(rules(record)).toEqual([
      'defendants[1].label uniqueLabel',
      'defendants[1].sentence sentenceOnlyForConvicted',
    ]);
  });

  it('finds more minors than victims', () => {
    const record = brief();
    record.victims[0].minors = 5;
    expect(rules(record)).toEqual(['victims[0].minors notMoreThanCount']);
  });

  it('finds a verdict before the investigation and impossible days', () => {
    const record = brief();
    record.timeline.firstInstanceVerdict = '2018-12-01';
    record.timeline.reported = '2018-02-30';
    expect(rules(record)).toEqual(['timeline.reported calendarDate', 'timeline.firstInstanceVerdict chronology']);
  });

  it('checks only what is well-formed in a record that breaks field rules too', () => {
    expect(
      rules({ defendants: 'many', charges: [null, { statute: 42, defendant: 'D9' }], timeline: { final: 'soon' } }),
    ).toEqual(['charges[1].defendant knownDefendant']);
  });
});

describe('comparePartialDates', () => {
  it('compares at the coarser precision', () => {
    expect(comparePartialDates('2018-03', '2018-03-15')).toBe(0);
    expect(comparePartialDates('2018-03-20', '2018-04')).toBe(-1);
    expect(comparePartialDates('2019-01-01', '2018-12-31')).toBe(1);
  });
});

describe('findStatuteInconsistencies', () => {
  it('finds a key of another jurisdiction and an inverted range', () => {
    const problems = findStatuteInconsistencies({
      key: 'UZ-CC-135-2',
      jurisdiction: 'KZ',
      penaltyMinMonths: 10,
      penaltyMaxMonths: 5,
      validFrom: null,
      validTo: null,
    });
    expect(problems.map((problem) => problem.rule)).toEqual(['keyOfJurisdiction', 'notLessThanMinimum']);
  });
});
