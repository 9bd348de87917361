import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseRecord } from '@caseatlas/contracts';
import { anonymizeCase } from './anonymize-case';
import { generateCases } from '@caseatlas/demo';

const brief = (): CaseRecord =>
  JSON.parse(readFileSync(join(__dirname, '../../../test/fixtures/brief-case.json'), 'utf8')) as CaseRecord;

describe('anonymizeCase', () => {
  it('replaces identifiers in every free text, one placeholder per person across fields', () => {
    const record = brief();
    record.title = 'Recruitment by Aliya Nurlanovna Sadykova via Almaty';
    record.summary = 'Потерпевшая Садыкова звонила по +7 701 234 56 78.';
    record.facts = 'Гражданка Садыкова Алия Нурлановна, 1995 г.р., писала на aliya@mail.kz.';
    record.sources = [
      {
        type: 'media_report',
        citation: 'Interview with Ms Sadykova',
        url: 'https://adilet.zan.kz/rus/docs/K1400000226',
      },
    ];
    const { record: anonymized } = anonymizeCase(record);
    expect(anonymized.title).toBe('Recruitment by [PERSON-1] via Almaty');
    expect(anonymized.summary).toBe('Потерпевшая [PERSON-1] звонила по [PHONE-1].');
    expect(anonymized.facts).toBe('Гражданка [PERSON-1], [BIRTHDATE-1], писала на [EMAIL-1].');
    expect(anonymized.sources).toEqual([
      {
        type: 'media_report',
        citation: 'Interview with [PERSON-1]',
        url: 'https://adilet.zan.kz/rus/docs/K1400000226',
      },
    ]);
    expect(anonymizeCase(anonymized).record).toEqual(anonymized);
  });

  it('leaves texts without personal data alone: the brief case and 300 synthetic cases', () => {
    expect(anonymizeCase(brief()).replacements).toEqual([]);
    const changed = [...generateCases({ count: 300 })].filter(
      (record) => anonymizeCase(record).replacements.length > 0,
    );
    expect(changed.map((record) => record.reference)).toEqual([]);
  });
});
