import { crossScriptKey, crossScriptQuery } from './cross-script';

/** Spellings of one place or word, from atlases and court decisions, written down by hand. */
const SAME_WORD: [string, string[]][] = [
  ['Tashkent', ['Ташкент', 'Тошкент', 'Toshkent', 'TASHKENT']],
  ['Samarkand', ['Самарканд', 'Самарқанд', 'Samarqand']],
  ['Bukhara', ['Бухара', 'Бухоро', 'Buxoro']],
  ['Andijan', ['Андижан', 'Андижон', 'Andijon']],
  ['Shymkent', ['Шымкент', 'Şymkent']],
  ['Almaty', ['Алматы']],
  ['Khiva', ['Хива', 'Xiva']],
  ['Jizzakh', ['Jizzax', 'Жиззах', 'Джиззах']],
  ['Karshi', ['Карши', 'Qarshi', 'Қарши']],
  ['oʻgʻli', ["o'g'li", 'ogli', 'ўғли']],
];

describe('crossScriptKey', () => {
  it.each(SAME_WORD)('gives %s and its other spellings one key', (word, spellings) => {
    for (const spelling of spellings) expect(crossScriptKey(spelling)).toBe(crossScriptKey(word));
  });

  it('keeps different places apart', () => {
    const keys = new Set(['Ташкент', 'Самарканд', 'Бухара', 'Алматы', 'Бишкек', 'Астана', 'Ош'].map(crossScriptKey));
    expect(keys.size).toBe(7);
  });

  it('keys each word of a text, lower-case, without punctuation or case endings', () => {
    expect(crossScriptKey('Вербовка в Ташкенте, перевозка — в Алматы.')).toBe('verbavk v tashkent perevazk v almat');
  });

  it.each([
    ['Ташкенте', 'Tashkent'],
    ['Ташкента', 'Toshkent'],
    ['Самарканде', 'Samarqand'],
    ['Бухарой', 'Buxoro'],
  ])('reads %s (an inflected form) as %s', (inflected, base) => {
    expect(crossScriptKey(inflected)).toBe(crossScriptKey(base));
  });

  it('keys the words of a query and keeps its operators', () => {
    expect(crossScriptQuery('"долговая кабала" +Toshkent -(Dubai | Дубай) вербов*')).toBe(
      '"dalgav kabal" +tashkent -(dub | dub) verbav*',
    );
  });

  it('leaves numbers whole', () => {
    expect(crossScriptKey('128-3 2019')).toBe('128 3 2019');
  });

  it('gives nothing for text without letters or digits', () => {
    expect(crossScriptKey(' — , . ')).toBe('');
  });
});
