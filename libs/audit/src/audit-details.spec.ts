import { anonymizeTexts } from '@caseatlas/anonymizer';
import { auditedFields, auditedFilter, auditedText } from './audit-details';

// The real anonymizer, counted.
jest.mock('@caseatlas/anonymizer', () => {
  const actual = jest.requireActual('@caseatlas/anonymizer');
  return { ...actual, anonymizeTexts: jest.fn(actual.anonymizeTexts) };
});

describe('auditedFilter', () => {
  it('anonymizes typed text in every filter and keeps vocabulary values readable', () => {
    const filter = auditedFilter({
      q: ['Иванов Сергей Петрович вербовал'],
      facts: 'Петрова Анна Ивановна',
      jurisdiction: ['KZ'],
      status: ['published'],
      verdictYear: [2021],
    });
    expect(filter).toEqual({
      q: ['[PERSON-1] вербовал'],
      facts: '[PERSON-1]',
      jurisdiction: ['KZ'],
      status: ['published'],
      verdictYear: [2021],
    });
  });

  it('leaves search text without personal data readable', () => {
    expect(auditedFilter({ q: ['debt bondage'] }).q).toEqual(['debt bondage']);
  });

  it('drops names that are not identifiers and caps what it keeps', () => {
    const filter = auditedFilter({ 'Иванов Сергей, ул. Абая 5': 'x', ['a'.repeat(80)]: 'y', ok: 'z'.repeat(500) });
    expect(Object.keys(filter)).toEqual(['ok']);
    expect((filter.ok as string).length).toBe(200);
  });
});

describe('auditedText', () => {
  it('anonymizes a text typed again only once, and answers it the same', () => {
    const anonymize = jest.mocked(anonymizeTexts);
    anonymize.mockClear();
    {
      const typed = 'долговая кабала Айгерим Жумагалиева 8 701 987 65 43';
      const first = auditedText(typed);
      expect(first).not.toMatch(/Жумагалиева|987/);
      expect(anonymize).toHaveBeenCalledTimes(1);
      expect(auditedText(typed)).toBe(first);
      expect(anonymize).toHaveBeenCalledTimes(1);
      auditedText(`${typed} и ещё`);
      expect(anonymize).toHaveBeenCalledTimes(2);
    }
  });

  it('removes control characters, which jsonb refuses', () => {
    expect(auditedText('a\u0000b\u0007c')).toBe('a b c');
  });

  it('replaces names and numbers typed as one token by their kind, and keeps references, dates and tags', () => {
    expect(auditedText('zhumagalieva_aigerim_nurlanovna')).toBe('[PERSON]');
    expect(auditedText('zhumagalieva.aigerim')).toBe('[PERSON]');
    expect(auditedText('rustamov_sherzod')).toBe('[PERSON]');
    expect(auditedText('77019876543')).toBe('[PHONE]');
    expect(auditedText('called 77019876543 twice')).toBe('called [PHONE] twice');
    expect(auditedText('called 77019876543, twice (77019876543) x=77019876543')).toBe(
      'called [PHONE], twice ([PHONE]) x=[PHONE]',
    );
    expect(auditedText('zhumagalieva-aigerim ivanov-sergey-petrovich')).toBe('[PERSON] [PERSON]');
    expect(auditedText('1234567 '.repeat(40)).length).toBeLessThanOrEqual(200);
    expect(auditedText('KZ-2019-ALM-0042 2019-05-01 debt_bondage online_recruitment within origin')).toBe(
      'KZ-2019-ALM-0042 2019-05-01 debt_bondage online_recruitment within origin',
    );
  });
});

describe('auditedFields', () => {
  it('lists the names of the fields sent, never their values', () => {
    expect(auditedFields({ title: 'secret title', facts: 'x', version: 3 })).toEqual(['facts', 'title', 'version']);
    expect(auditedFields(null)).toEqual([]);
    expect(auditedFields(['a'])).toEqual([]);
  });

  it('replaces keys that are not identifiers by one marker', () => {
    expect(auditedFields({ title: 1, 'Иванов Сергей Петрович, 12.03.1985': 2, ['x'.repeat(2000)]: 3 })).toEqual([
      'title',
      '(other)',
    ]);
    expect(auditedFields({ tel77019876543: 3, aigerim77019876543: 'y', verdictYear: 2021 })).toEqual([
      'verdictYear',
      '(other)',
    ]);
  });
});
