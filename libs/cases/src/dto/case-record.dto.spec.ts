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
