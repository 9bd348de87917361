import {
  kazakhLatin,
  kazakhInRussianLetters,
  kazakhLatinVariants,
  uzbekApostropheVariants,
  uzbekLatin,
  uzbekLatinVariants,
} from './transliterate';

describe('uzbekLatin', () => {
  it('spells Uzbek Cyrillic in the 1995 Latin alphabet, with oʻ and gʻ in U+02BB', () => {
    expect(uzbekLatin('Тошкент')).toBe('Toshkent');
    expect(uzbekLatin('Ўзбекистон')).toBe('Oʻzbekiston');
    expect(uzbekLatin('Фарғона')).toBe('Fargʻona');
    expect(uzbekLatin('Чирчиқ')).toBe('Chirchiq');
    expect(uzbekLatin('Шаҳноза')).toBe('Shahnoza');
    expect(uzbekLatin('Ёқубов')).toBe('Yoqubov');
  });

  it('writes е as "ye" at the start of a word and after a vowel, ц as "s" or "ts", ъ as ʼ and с before ҳ as sʼ', () => {
    expect(uzbekLatin('Ерназар Хўжаев')).toBe('Yernazar Xoʻjayev');
    expect(uzbekLatin('Термиз')).toBe('Termiz');
    expect(uzbekLatin('Маъмур')).toBe('Maʼmur');
    expect(uzbekLatin('Исҳоқ')).toBe('Isʼhoq');
    expect(uzbekLatin('цех')).toBe('sex');
    expect(uzbekLatin('Лицей')).toBe('Litsey');
  });

  it('keeps capitals: a capital word stays in capitals', () => {
    expect(uzbekLatin('ТОШКЕНТ ШАҲРИ')).toBe('TOSHKENT SHAHRI');
    expect(uzbekLatin('Қўқон')).toBe('Qoʻqon');
  });

  it('spells the 1993 alphabet with ş, ç, ğ and ö', () => {
    expect(uzbekLatin('Тошкент', 1993)).toBe('Toşkent');
    expect(uzbekLatin('Чирчиқ', 1993)).toBe('Çirçiq');
    expect(uzbekLatin('Ўзбекистон', 1993)).toBe('Özbekiston');
    expect(uzbekLatin('Фарғона', 1993)).toBe('Farğona');
  });
});

describe('uzbekApostropheVariants', () => {
  it('gives the word with each way of typing the mark, and the official spelling', () => {
    expect(new Set(uzbekApostropheVariants('O‘tkir'))).toEqual(
      new Set(['O‘tkir', 'Oʻtkir', 'Oʼtkir', "O'tkir", 'O’tkir', 'O`tkir']),
    );
    expect(uzbekApostropheVariants("Ma'mur")).toContain('Maʼmur');
    expect(uzbekApostropheVariants("G'ulomov")).toContain('Gʻulomov');
  });

  it('leaves a word without a mark alone', () => {
    expect(uzbekApostropheVariants('Rustam')).toEqual(['Rustam']);
  });
});

describe('uzbekLatinVariants', () => {
  it('covers the 1995 spelling with every mark and the 1993 spelling', () => {
    const variants = uzbekLatinVariants('Ғўзал');
    expect(variants).toEqual(expect.arrayContaining(['Gʻoʻzal', "G'o'zal", 'G‘o‘zal', 'G`o`zal', 'Ğözal']));
  });
});

describe('kazakhLatin', () => {
  it('spells the 2017 alphabet with apostrophes', () => {
    expect(kazakhLatin('Қазақстан Республикасы', 2017)).toBe("Qazaqstan Respy'bli'kasy");
    expect(kazakhLatin('Шымкент', 2017)).toBe("S'ymkent");
    expect(kazakhLatin('Жаңаөзен', 2017)).toBe("Jan'ao'zen");
    expect(kazakhLatin('Әлия', 2017)).toBe("A'li'i'a");
  });

  it('spells the 2018 alphabet with acute accents, dotless ı for і and digraphs sh, ch', () => {
    expect(kazakhLatin('Ақтөбе', 2018)).toBe('Aqtóbe');
    expect(kazakhLatin('Шымкент', 2018)).toBe('Shymkent');
    expect(kazakhLatin('Әлия', 2018)).toBe('Áliia');
    expect(kazakhLatin('Ғалым Бірлік', 2018)).toBe('Ǵalym Bırlık');
    expect(kazakhLatin('Үшқоңыр', 2018)).toBe('Úshqońyr');
    expect(kazakhLatin('Тұрар Уәлиев', 2018)).toBe('Turar Ýáliev');
  });

  it('spells the 2021 alphabet with Turkic diacritics: İ i for и, I ı for і, ū for ұ', () => {
    expect(kazakhLatin('Нұрсұлтан', 2021)).toBe('Nūrsūltan');
    expect(kazakhLatin('Ислам', 2021)).toBe('İslam');
    expect(kazakhLatin('Іле', 2021)).toBe('Ile');
    expect(kazakhLatin('Өскемен', 2021)).toBe('Öskemen');
    expect(kazakhLatin('Шыңғыс', 2021)).toBe('Şyñğys');
    expect(kazakhLatin('Бүркітбай', 2021)).toBe('Bürkıtbai');
  });

  it('keeps letters outside the Kazakh alphabet', () => {
    expect(kazakhLatin('Ўзбек', 2021)).toBe('Ўzbek');
  });
});

describe('kazakhLatinVariants', () => {
  it('gives the three spellings, once each', () => {
    expect(kazakhLatinVariants('Алматы')).toEqual(['Almaty']);
    expect(kazakhLatinVariants('Әйгерім')).toEqual(["A'i'gerim", 'Áigerım', 'Äigerım']);
  });
});

describe('kazakhInRussianLetters', () => {
  it('spells the Kazakh letters as a Russian record does, keeping capitals and other letters', () => {
    expect(kazakhInRussianLetters('Қайрат')).toBe('Кайрат');
    expect(kazakhInRussianLetters('Гүлназ')).toBe('Гулназ');
    expect(kazakhInRussianLetters('Ділда')).toBe('Дилда');
    expect(kazakhInRussianLetters('Әсел')).toBe('Асел');
    expect(kazakhInRussianLetters('ҰЛАН')).toBe('УЛАН');
    expect(kazakhInRussianLetters('Марат')).toBe('Марат');
  });
});
