import { anonymizeTexts } from './anonymize';
import { isValidIban, isValidIin, passesLuhn } from './checksums';
import { detect } from './detect';

const types = (text: string) => detect(text).map((detection) => `${detection.type}:${detection.text}`);

describe('checksums', () => {
  it('validates Kazakhstan IINs, bank cards (Luhn) and IBANs (mod 97)', () => {
    expect(isValidIin('950312400129')).toBe(true);
    expect(isValidIin('950312400123')).toBe(false);
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isValidIban('GB82 WEST 1234 5698 7654 33')).toBe(false);
  });
});

describe('detect', () => {
  it('finds phone numbers of the region in their common spellings', () => {
    expect(
      types('Звонил с +7 701 234 56 78, потом с 8 (701) 234-56-78, затем +998 90 123 45 67 и +996 555 123 456.'),
    ).toEqual([
      'PHONE:+7 701 234 56 78',
      'PHONE:8 (701) 234-56-78',
      'PHONE:+998 90 123 45 67',
      'PHONE:+996 555 123 456',
    ]);
  });

  it('finds e-mail, profile URLs, handles, cards and IBANs', () => {
    expect(
      types(
        'Пишите aliya@mail.kz, t.me/work_abroad_kz, @dubai_jobs; карта 4111 1111 1111 1111; счёт GB82 WEST 1234 5698 7654 32.',
      ),
    ).toEqual([
      'EMAIL:aliya@mail.kz',
      'HANDLE:t.me/work_abroad_kz',
      'HANDLE:@dubai_jobs',
      'CARD:4111 1111 1111 1111',
      'IBAN:GB82 WEST 1234 5698 7654 32',
    ]);
  });

  it('finds names with initials, patronymics, Turkic patronymic words and after cues, in any case', () => {
    expect(
      types('Обвиняемому Иванову И.И. помогала гражданка Сидоровой. Alisher Karimov o‘g‘li и Нұрлан Серікұлы.'),
    ).toEqual(['PERSON:Иванову И.И.', 'PERSON:Сидоровой', 'PERSON:Alisher Karimov o‘g‘li', 'PERSON:Нұрлан Серікұлы']);
  });

  it('finds dates of birth but not other dates', () => {
    expect(types('Потерпевшая, 1995 г.р., родилась 5 мая 1990 года; приговор вынесен 15 сентября 2019 года.')).toEqual([
      'BIRTH_DATE:1995 г.р.',
      'BIRTH_DATE:5 мая 1990 года',
    ]);
  });

  it('finds what a review found missed: bare phones after a cue, «ДР» dates, series and number of a passport, «по имени»', () => {
    expect(types('Phone 77019876543')).toEqual(['PHONE:77019876543']);
    expect(types('WhatsApp 7019876543')).toEqual(['PHONE:7019876543']);
    expect(types('ДР 12.05.1990')).toEqual(['BIRTH_DATE:12.05.1990']);
    expect(types('паспорт серии 45 09 № 123456')).toEqual(['PASSPORT:45 09 № 123456']);
    expect(types('Лицо по имени Ахмед')).toEqual(['PERSON:Ахмед']);
    expect(types('a man by the name of Ahmed')).toEqual(['PERSON:Ahmed']);
    // «Дело», «Группа» before a name are no part of it.
    expect(types('Дело Иванова Сергея Петровича')).toEqual(['PERSON:Иванова Сергея Петровича']);
    expect(types('Группа Тохтарова Ерлана')).toEqual(['PERSON:Тохтарова Ерлана']);
    // Without a cue, a run of ten or eleven digits is a case or document number.
    expect(types('Дело 1234567890 и документ 77019876543')).toEqual([]);
  });

  it('leaves legal references, case numbers, amounts, labels and placeholders alone', () => {
    expect(
      types(
        'По ч. 3 ст. 128 УК РК дело № 7511-19-00-1/215 рассмотрел Специализированный межрайонный суд г. Алматы; ' +
          'обвиняемая D1 получила 1 500 000 тенге от [PERSON-1] в 2018 году.',
      ),
    ).toEqual([]);
  });
});

describe('anonymizeTexts', () => {
  it('numbers placeholders consistently across the fields of one case', () => {
    const { texts } = anonymizeTexts({
      summary: 'Потерпевшая Сидорова Анна Петровна звонила по +7 701 234 56 78.',
      facts: 'Гражданка Сидорова вновь звонила по +7 (701) 234-56-78; Иванов И.И. не ответил.',
    });
    expect(texts.summary).toBe('Потерпевшая [PERSON-1] звонила по [PHONE-1].');
    expect(texts.facts).toBe('Гражданка [PERSON-1] вновь звонила по [PHONE-1]; [PERSON-2] не ответил.');
  });

  it('passes anonymized text through unchanged and continues its numbering', () => {
    const once = anonymizeTexts({ facts: 'Свидетель Петров видел [PERSON-1] у дома.' });
    expect(once.texts.facts).toBe('Свидетель [PERSON-2] видел [PERSON-1] у дома.');
    expect(anonymizeTexts(once.texts).texts).toEqual(once.texts);
  });

  it('applies an editor’s manual redaction as well', () => {
    const facts = 'Работала в кафе «Жулдыз» у хозяина.';
    const start = facts.indexOf('«');
    const end = facts.indexOf('»') + 1;
    const { texts, replacements } = anonymizeTexts(
      { facts },
      { extra: [{ field: 'facts', start, end, type: 'ADDRESS' }] },
    );
    expect(texts.facts).toBe('Работала в кафе [ADDRESS-1] у хозяина.');
    expect(replacements).toEqual([{ field: 'facts', type: 'ADDRESS', start, end, placeholder: '[ADDRESS-1]' }]);
  });
});

describe('manual redactions', () => {
  // "The shed behind the old mill near the river": two marked passages that overlap.
  const text = 'The shed behind the old mill near the river';
  const first = { field: 'facts' as const, start: 4, end: 23, type: 'ADDRESS' as const }; // shed … the old
  const second = { field: 'facts' as const, start: 16, end: 33, type: 'ADDRESS' as const }; // the old mill near

  it('that overlap become one passage: no part of either stays in clear', () => {
    for (const extra of [
      [first, second],
      [second, first],
    ]) {
      const { texts, replacements } = anonymizeTexts({ facts: text }, { extra });
      expect(texts.facts).toBe('The [ADDRESS-1] the river');
      expect(replacements).toEqual([
        { field: 'facts', type: 'ADDRESS', start: 4, end: 33, placeholder: '[ADDRESS-1]' },
      ]);
    }
  });

  it('that only touch stay two passages', () => {
    const { texts } = anonymizeTexts({ facts: text }, { extra: [first, { ...second, start: 23 }] });
    expect(texts.facts).toBe('The [ADDRESS-1][ADDRESS-2] the river');
  });
});

describe('passages marked by hand', () => {
  it('never split a character written as two code units', () => {
    const { texts } = anonymizeTexts(
      { facts: '😀😀x' },
      { extra: [{ field: 'facts', start: 1, end: 3, type: 'PERSON' }] },
    );
    expect(texts.facts).toBe('[PERSON-1]x');
    expect(texts.facts.isWellFormed()).toBe(true);
  });
});
