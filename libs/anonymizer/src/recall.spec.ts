import { anonymizeTexts } from './anonymize';
import { detect } from './detect';
import { findIdentifierInToken } from './token';

const types = (text: string) => detect(text).map((detection) => `${detection.type}:${detection.text}`);

describe('forms of issue 11', () => {
  it('finds addresses without a house-number word, in the region and at destinations', () => {
    for (const address of [
      'ул. Абая, 150',
      'пр. Достык 5',
      '15 abay avenue',
      'Абай көшесі, 45-үй',
      'Atatürk Cad. No: 12',
      'Street 12, Al Barsha',
      'P.O. Box 12345',
    ]) {
      expect(types(`Адрес: ${address}; далее.`)).toEqual([`ADDRESS:${address}`]);
    }
  });

  it('finds names in capitals and with titles', () => {
    expect(types('Обвиняемый ИВАНОВ СЕРГЕЙ ПЕТРОВИЧ не явился.')).toEqual(['PERSON:ИВАНОВ СЕРГЕЙ ПЕТРОВИЧ']);
    // The title goes with the name (it tells the sex): 'Mrs [PERSON-1]' would half name her.
    expect(types('Interview with Ms Jane Doe and Mr Brown.')).toEqual(['PERSON:Ms Jane Doe', 'PERSON:Mr Brown']);
  });

  it('finds split, dashed, bracketed and full-width identifiers, and national phone forms', () => {
    expect(types('ИИН 870412 300416')).toEqual(['NATIONAL_ID:870412 300416']);
    expect(types('ИИН 870-412-300-416')).toEqual(['NATIONAL_ID:870-412-300-416']);
    expect(types('ИИН （８７０４１２３００４１６）')).toEqual(['NATIONAL_ID:８７０４１２３００４１６']);
    expect(types('тел. 8-701-234-56-78')).toEqual(['PHONE:8-701-234-56-78']);
    expect(types('паспорт N 12345678')).toEqual(['PASSPORT:N 12345678']);
    // Typed in lower case after the word (found in review).
    expect(types('passport n12345678')).toEqual(['PASSPORT:n12345678']);
    expect(types('card 4111\u00a01111\u00a01111\u00a01111')).toEqual(['CARD:4111\u00a01111\u00a01111\u00a01111']);
    expect(types('account gb82 west 1234 5698 7654 32')).toEqual(['IBAN:gb82 west 1234 5698 7654 32']);
  });

  it('lets a cue decide when the checksum fails, and needs the checksum without a cue', () => {
    expect(types('ИИН 870412300417')).toEqual(['NATIONAL_ID:870412300417']);
    expect(types('ЖСН 870412300417')).toEqual(['NATIONAL_ID:870412300417']);
    expect(types('дело 870412300417')).toEqual([]);
    expect(types('карта 4111 1111 1111 1112')).toEqual(['CARD:4111 1111 1111 1112']);
    expect(types('счёт 4111 1111 1111 1112')).toEqual([]);
  });

  it('finds dates and years of birth in each language', () => {
    for (const birth of [
      'DOB 1987-04-12',
      '1985 года рождения',
      '1999 жылы туған',
      "1990 yilda tug'ilgan",
      'born in 1985',
    ]) {
      expect(types(`X, ${birth}, Y`)).toEqual([`BIRTH_DATE:${birth}`]);
    }
  });

  it('redacts percent-encoded values and keeps the URL valid', () => {
    const url = 'https://news.example.org/search?name=Rustam%20Ismailov&phone=%2B77012345678&page=2';
    const { texts } = anonymizeTexts({ url });
    expect(texts.url).toBe('https://news.example.org/search?name=[PERSON-1]&phone=[PHONE-1]&page=2');
    expect(() => new URL(texts.url)).not.toThrow();
  });

  it('gives one person one placeholder across scripts', () => {
    const { texts } = anonymizeTexts({
      summary: 'Обвиняемый Рустам Исмаилов вербовал женщин.',
      facts: 'Rustam Ismailov denied the charges.',
    });
    expect(texts.summary).toBe('Обвиняемый [PERSON-1] вербовал женщин.');
    expect(texts.facts).toBe('[PERSON-1] denied the charges.');
  });
});

describe('findIdentifierInToken', () => {
  it('names the identifier a tag, label or reference carries', () => {
    expect(findIdentifierInToken('870412300416')).toBe('NATIONAL_ID');
    expect(findIdentifierInToken('ivanov_sergey_petrovich')).toBe('PERSON');
    expect(findIdentifierInToken('Ivanov_Sergey')).toBe('PERSON');
    expect(findIdentifierInToken('KZ-870412300416-77011234567')).toBe('NATIONAL_ID');
    // Document numbers (found in review): ID cards and passports, with or without their letters.
    expect(findIdentifierInToken('id_012345678')).toBe('NATIONAL_ID');
    expect(findIdentifierInToken('012345678')).toBe('NATIONAL_ID');
    expect(findIdentifierInToken('passport_n12345678')).toBe('PASSPORT');
    expect(findIdentifierInToken('N8765432')).toBe('PASSPORT');
  });

  it('passes legitimate tags, labels and references', () => {
    for (const token of [
      'online_recruitment',
      'debt_bondage',
      'labour_migration',
      'kafala',
      'KZ-2019-ALM-0042',
      'D1',
      'KZ-CC-128-3',
      'article_1271',
      'No. 7511-19-00-1/215',
    ]) {
      expect(findIdentifierInToken(token)).toBeNull();
    }
  });
});
