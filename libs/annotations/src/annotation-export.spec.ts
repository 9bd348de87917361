import type { ExportedAnnotation } from './annotation-export';
import { annotationExportFilename, attachmentDisposition, fileNameSlug, toCsv } from './annotation-export';

const DAY = new Date('2026-12-04T21:15:00Z');

describe('annotationExportFilename', () => {
  it('names a case’s export by its reference and the day', () => {
    expect(annotationExportFilename({ kind: 'case', reference: 'KZ-2019-ALM-0042' }, 'csv', DAY)).toBe(
      'annotations-KZ-2019-ALM-0042-2026-12-04.csv',
    );
  });

  it('names a working group’s export by its name, in any script', () => {
    expect(annotationExportFilename({ kind: 'group', name: 'Labour trafficking (Almaty)' }, 'jsonld', DAY)).toBe(
      'annotations-labour-trafficking-almaty-2026-12-04.jsonld',
    );
    expect(annotationExportFilename({ kind: 'group', name: 'Рабочая группа «Алматы»' }, 'csv', DAY)).toBe(
      'annotations-рабочая-группа-алматы-2026-12-04.csv',
    );
  });

  it('says only what kind it holds when there is no name to give', () => {
    expect(annotationExportFilename({ kind: 'case', reference: null }, 'csv', DAY)).toBe(
      'annotations-case-2026-12-04.csv',
    );
    expect(annotationExportFilename({ kind: 'group', name: '***' }, 'csv', DAY)).toBe(
      'annotations-group-2026-12-04.csv',
    );
  });
});

describe('fileNameSlug', () => {
  it('keeps letters and digits, and makes the rest single hyphens without any at the ends', () => {
    expect(fileNameSlug('  Group #2: Shymkent / Turkistan  ')).toBe('Group-2-Shymkent-Turkistan');
    expect(fileNameSlug('a'.repeat(80), 10)).toBe('aaaaaaaaaa');
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII name as it is', () => {
    expect(attachmentDisposition('annotations-KZ-2019-ALM-0042-2026-12-04.csv')).toBe(
      'attachment; filename="annotations-KZ-2019-ALM-0042-2026-12-04.csv"',
    );
  });

  it('gives a Cyrillic name encoded, with an ASCII stand-in', () => {
    expect(attachmentDisposition('annotations-группа-2026-12-04.csv')).toBe(
      'attachment; filename="annotations-2026-12-04.csv"; ' +
        "filename*=UTF-8''annotations-%D0%B3%D1%80%D1%83%D0%BF%D0%BF%D0%B0-2026-12-04.csv",
    );
  });
});

describe('toCsv', () => {
  const annotation: ExportedAnnotation = {
    id: '5f0c0c1e-0000-4000-8000-000000000001',
    caseId: '5f0c0c1e-0000-4000-8000-0000000000c1',
    caseReference: 'KZ-2019-ALM-0042',
    parentId: null,
    field: 'facts',
    target: { exact: 'passports were taken', prefix: '', suffix: '', start: 10, end: 30 },
    orphaned: false,
    comment: '=HYPERLINK("x")',
    tags: ['document_retention', 'debt'],
    motivation: 'commenting',
    visibility: 'group',
    groupId: '5f0c0c1e-0000-4000-8000-0000000000a1',
    groupName: 'Almaty lawyers',
    author: { id: '5f0c0c1e-0000-4000-8000-0000000000b1', displayName: 'Aigerim Lawyer' },
    version: 1,
    createdAt: '2026-12-04T08:00:00.000Z',
    updatedAt: '2026-12-04T08:00:00.000Z',
  };

  it('carries the case reference, the group’s name and the author’s name besides the ids', () => {
    const [header, line] = toCsv([annotation]).trim().split('\n');
    expect(header).toBe(
      'id,caseReference,caseId,parentId,field,exact,start,end,orphaned,motivation,visibility,groupName,groupId,tags,comment,authorName,authorId,createdAt,updatedAt',
    );
    expect(line).toBe(
      '5f0c0c1e-0000-4000-8000-000000000001,KZ-2019-ALM-0042,5f0c0c1e-0000-4000-8000-0000000000c1,,facts,' +
        'passports were taken,10,30,false,commenting,group,Almaty lawyers,5f0c0c1e-0000-4000-8000-0000000000a1,' +
        `document_retention debt,"'=HYPERLINK(""x"")",Aigerim Lawyer,5f0c0c1e-0000-4000-8000-0000000000b1,` +
        '2026-12-04T08:00:00.000Z,2026-12-04T08:00:00.000Z',
    );
  });

  it('names its columns in the reader’s language when asked, keeping their order', () => {
    expect(toCsv([annotation], 'ru').split('\n')[0].split(',').slice(0, 3)).toEqual([
      'Номер аннотации',
      'Номер дела',
      'Идентификатор дела',
    ]);
    expect(toCsv([annotation], 'en').split('\n')[0].split(',').slice(0, 2)).toEqual([
      'Annotation id',
      'Case reference',
    ]);
  });

  it('writes the coded values in the reader’s words when a language is asked, and as codes for programs', () => {
    const cells = (csv: string) => csv.trim().split('\n')[1].split(',');
    // field, orphaned, motivation, visibility
    const pick = (line: string[]) => [line[4], line[8], line[9], line[10]];
    expect(pick(cells(toCsv([annotation], 'ru')))).toEqual([
      'Фактические обстоятельства',
      'нет',
      'Комментарий',
      'Рабочая группа',
    ]);
    expect(pick(cells(toCsv([{ ...annotation, orphaned: true, visibility: 'private' }], 'en')))).toEqual([
      'Facts',
      'yes',
      'Comment',
      'Only me',
    ]);
    expect(pick(cells(toCsv([annotation])))).toEqual(['facts', 'false', 'commenting', 'group']);
  });

  it('leaves the group’s name empty for an annotation shared with no group', () => {
    const [, line] = toCsv([{ ...annotation, visibility: 'private', groupId: null, groupName: null }])
      .trim()
      .split('\n');
    expect(line.split(',')[11]).toBe('');
  });
});
