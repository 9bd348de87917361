import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAs } from '@caseatlas/validation';
import { CaseRecordDto } from './case-record.dto';

const briefCase = () => JSON.parse(readFileSync(join(__dirname, '../../../../test/fixtures/brief-case.json'), 'utf8'));

describe('CaseRecordDto list sizes', () => {
  const source = { type: 'media_report', citation: 'A report', url: null };
  const related = (index: number) => ({ reference: `KZ-2019-ALM-${index}`, relation: 'related' });
  const tag = (index: number) => `theme_${index}`;
  const lists: [string, number, (index: number) => unknown][] = [
    ['sources', 100, () => source],
    ['relatedCases', 200, related],
    ['tags', 50, tag],
  ];

  it.each(lists)('%s: takes %i items and refuses one more, naming the field and rule', (field, limit, item) => {
    const withItems = (count: number) => ({
      ...briefCase(),
      [field]: Array.from({ length: count }, (_, index) => item(index)),
    });
    expect(validateAs(CaseRecordDto, withItems(limit)).problems).toBeUndefined();
    const problems = validateAs(CaseRecordDto, withItems(limit + 1)).problems ?? [];
    expect(problems.map((problem) => `${problem.path}:${problem.rule}`)).toEqual([`${field}:arrayMaxSize`]);
  });
});

describe('CaseRecordDto timeline dates', () => {
  it.each(['0000-01-01', '9999-12-31', '1899-12', '2019-13'])('refuses %s, naming the field', (reported) => {
    const record = briefCase();
    record.timeline.reported = reported;
    const problems = validateAs(CaseRecordDto, record).problems ?? [];
    expect(problems.map((problem) => `${problem.path}:${problem.rule}`)).toEqual(['timeline.reported:matches']);
  });

  it.each(['1900-01', '2019-05-14', '2099-12-31'])('takes %s', (reported) => {
    const record = briefCase();
    record.timeline.reported = reported;
    expect(validateAs(CaseRecordDto, record).problems).toBeUndefined();
  });
});
