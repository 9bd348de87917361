import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseResponse } from '@caseatlas/contracts';
import { casesCsv } from './caseCsv';
import type { CaseExportLabels } from './caseCsv';

const briefCase = JSON.parse(readFileSync(join(__dirname, '../../../../test/fixtures/brief-case.json'), 'utf8'));
const record = {
  ...briefCase,
  id: '00000000-0000-4000-8000-000000000001',
  title: '=HYPERLINK("x")',
  tags: ['online_recruitment'],
  updatedAt: '2026-12-06T10:00:00.000Z',
} as CaseResponse;

// Labels written out here, not taken from the catalogues the code reads.
const labels: CaseExportLabels = {
  header: (column) => ({ reference: 'Номер дела', jurisdiction: 'Юрисдикция', acts: 'Действия' })[column] ?? column,
  term: (vocabulary, value) => `${vocabulary}:${value}`,
  country: (code) => ({ KZ: 'Казахстан', KG: 'Киргизия', AE: 'ОАЭ' })[code] ?? code,
  language: (code) => (code === 'ru' ? 'русский' : code),
  yesNo: (value) => (value ? 'да' : 'нет'),
};

const parse = (csv: string) => csv.trimEnd().split('\r\n');

describe('casesCsv', () => {
  it('names each column and writes names, not codes, in the user’s language', () => {
    const [header, row] = parse(casesCsv([record], labels));
    expect(header.split(',').slice(0, 6)).toEqual([
      'Номер дела',
      'title',
      'synthetic',
      'status',
      'language',
      'Юрисдикция',
    ]);
    expect(row).toContain('KZ-2019-ALM-0042');
    expect(row).toContain(',да,status:published,русский,Казахстан,');
    expect(row).toContain(',acts:recruitment; acts:transportation; acts:harbouring,');
    expect(row).toContain(',Казахстан,Киргизия,ОАЭ,');
  });

  it('counts the nested records and keeps a title from running as a formula', () => {
    const [header, row] = parse(casesCsv([record], labels));
    const cells = Object.fromEntries(header.split(',').map((name, index) => [name, index]));
    const values = row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, ''));
    expect(values[cells.defendants]).toBe('1');
    expect(values[cells.convictedDefendants]).toBe('1');
    expect(values[cells.statutes]).toBe('KZ-CC-128-3');
    expect(values[cells.title]).toBe('"\'=HYPERLINK(""x"")"');
  });
});
