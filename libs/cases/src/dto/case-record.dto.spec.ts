import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAs } from '@caseatlas/validation';
import { CaseRecordDto } from './case-record.dto';

const briefCase = () => JSON.parse(readFileSync(join(__dirname, '../../../../test/fixtures/brief-case.json'), 'utf8'));

/** The record with the value at a dotted path (`cooperation.mlaRequests`, `defendants.0.sentence`) replaced. */
function withValue(record: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const keys = path.split('.');
  let parent = record as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  parent[keys.at(-1)!] = value;
  return record;
}

describe('CaseRecordDto list sizes', () => {
  const source = { type: 'media_report', citation: 'A report', url: null };
  const related = (index: number) => ({ reference: `KZ-2019-ALM-${index}`, relation: 'related' });
  const tag = (index: number) => `theme_${index}`;
  const request = { country: 'AE', outcome: 'executed' };
  const lists: [string, number, (index: number) => unknown][] = [
    ['cooperation.mlaRequests', 200, () => request],
    ['cooperation.extraditions', 200, () => request],
    ['sources', 100, () => source],
    ['relatedCases', 200, related],
    ['tags', 50, tag],
  ];

  it.each(lists)('%s: takes %i items and refuses one more, naming the field and rule', (field, limit, item) => {
    const withItems = (count: number) =>
      withValue(
        briefCase(),
        field,
        Array.from({ length: count }, (_, i) => item(i)),
      );
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

describe('CaseRecordDto nested records', () => {
  // Every list of records and every nested record of the contract, given a shape it is not.
  const recordLists = [
    'charges',
    'defendants',
    'victims',
    'sources',
    'relatedCases',
    'cooperation.mlaRequests',
    'cooperation.extraditions',
  ];
  const records = [
    'court',
    'route',
    'timeline',
    'cooperation',
    'defendants.0.sentence',
    'defendants.0.sentence.fine',
    'victims.0.compensationAwarded',
  ];
  const problemsOf = (record: Record<string, unknown>) =>
    (validateAs(CaseRecordDto, record).problems ?? []).map((problem) => `${problem.path}:${problem.rule}`);
  const jsonPath = (path: string) => path.replace(/\.(\d+)/g, '[$1]');

  it.each(recordLists)('%s refuses an element that is not an object, at the element’s path', (path) => {
    const element =
      (withValue(briefCase(), path, undefined),
      (() => {
        const keys = path.split('.');
        let value: unknown = briefCase();
        for (const key of keys) value = (value as Record<string, unknown>)[key];
        return (value as unknown[])[0] ?? {};
      })());
    for (const [shape, expected] of [
      [
        [[element], [element]],
        [`${jsonPath(path)}[0]:object`, `${jsonPath(path)}[1]:object`],
      ],
      [[[]], [`${jsonPath(path)}[0]:object`]],
      [
        [element, 'text', null, 7],
        [`${jsonPath(path)}[1]:object`, `${jsonPath(path)}[2]:object`, `${jsonPath(path)}[3]:object`],
      ],
    ] as [unknown, string[]][]) {
      expect({ shape, problems: problemsOf(withValue(briefCase(), path, shape)) }).toEqual({
        shape,
        problems: expected,
      });
    }
  });

  it.each(records)('%s refuses an array in place of the record, naming it once', (path) => {
    const keys = path.split('.');
    let value: unknown = briefCase();
    for (const key of keys) value = (value as Record<string, unknown>)[key];
    const problems = problemsOf(withValue(briefCase(), path, [value ?? {}]));
    expect(problems).toEqual([`${jsonPath(path)}:isObject`]);
  });
});

describe('CaseRecordDto texts', () => {
  it('lose bidirectional and zero-width controls on input, and keep the zero-width joiners', () => {
    const record = {
      ...briefCase(),
      title: 'Recruitment\u202E via\u200B Almaty\uFEFF',
      facts: 'Гуль\u00ADнара; ‍joined\u200D',
      region: '\u2066Almaty\u2069',
    };
    const checked = validateAs(CaseRecordDto, record);
    expect(checked.problems).toBeUndefined();
    expect(checked.value).toMatchObject({
      title: 'Recruitment via Almaty',
      facts: 'Гульнара; ‍joined\u200D',
      region: 'Almaty',
    });
  });
});
