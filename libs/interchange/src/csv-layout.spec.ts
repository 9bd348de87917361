import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseRecord } from '@caseatlas/contracts';
import { caseFromCsvRow, caseToCsvRow, CASE_CSV_COLUMNS, statuteFromCsvRow, statuteToCsvRow } from './csv-layout';

const brief = JSON.parse(readFileSync(join(__dirname, '../../../test/fixtures/brief-case.json'), 'utf8')) as CaseRecord;

describe('CSV layout', () => {
  it('round-trips the brief case record through one flat row', () => {
    const row = caseToCsvRow(brief);
    expect(Object.keys(row)).toEqual([...CASE_CSV_COLUMNS]);
    expect(row.route_destination).toBe('AE');
    expect(row.acts).toBe('recruitment;transportation;harbouring');
    expect(caseFromCsvRow(row)).toEqual(brief);
  });

  it('leaves malformed JSON columns as text, for validation to name', () => {
    const row = { ...caseToCsvRow(brief), charges_json: '[{oops' };
    expect((caseFromCsvRow(row) as { charges: unknown }).charges).toBe('[{oops');
  });

  it('round-trips a statute, turning numbers and flags back into their types', () => {
    const statute = {
      key: 'KZ-CC-128-3',
      jurisdiction: 'KZ',
      title: 'Trafficking in persons',
      penaltyMinMonths: 84,
      penaltyMaxMonths: 144,
      lifePossible: false,
      purposes: ['sexual_exploitation' as const],
      validFrom: '2014-07-03',
      validTo: null,
    };
    expect(statuteFromCsvRow(statuteToCsvRow(statute))).toEqual(statute);
  });
});

describe('CSV cells', () => {
  it('reads an empty flag as absent, so defaults apply', () => {
    const row = { ...caseToCsvRow(brief), synthetic: '' };
    expect((caseFromCsvRow(row) as { synthetic: unknown }).synthetic).toBe(false);
  });
});
