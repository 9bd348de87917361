/**
 * Second held-out evaluation batch for libs/anonymizer (written 2026-12-04).
 *
 *   npx tsx scripts/generate-anonymizer-heldout.ts [output-folder]
 *
 * writes anonymizer-heldout.jsonl into output-folder (default: test/fixtures).
 * Names, addresses, handles and sentence templates are chosen here by hand, independently of
 * the anonymizer's rules, its gazetteer and its development corpus, and differ from the first
 * held-out generator (now scripts/generate-anonymizer-corpus-2.ts, a development set). Numbers come from a seeded PRNG.
 * Labels come from the templates, so every span is exact; the script checks this before writing.
 * Do not regenerate or edit it to fit the rules: that would turn it into a development set.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

type EntityType =
  | 'PERSON'
  | 'PHONE'
  | 'EMAIL'
  | 'NATIONAL_ID'
  | 'PASSPORT'
  | 'CARD'
  | 'IBAN'
  | 'ADDRESS'
  | 'BIRTH_DATE'
  | 'PLATE'
  | 'HANDLE';

/* ---------- seeded randomness (mulberry32, a different seed from the first batch) ---------- */

let state = 20261204;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let value = Math.imul(state ^ (state >>> 15), 1 | state);
  value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
  return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const chance = (p: number) => random() < p;
const digits = (count: number) => Array.from({ length: count }, () => int(0, 9)).join('');
const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const words = (text: string) => text.trim().split(/\s+/);

/* ---------- names, chosen by hand for this batch ---------- */

// Russian (Slavic) names, Cyrillic.
const RU = {
  male: words('Всеволод Тимофей Прохор Савелий Глеб Родион Елисей Игнат Любомир Вадим Захар Ярополк'),
  female: words('Василиса Ульяна Евдокия Злата Таисия Варвара Любава Серафима Олеся Капитолина Ангелина Прасковья'),
  surnames: words(
    'Голованов Подкопаев Зубарев Кривошеин Ломакин Трегубов Булыгин Скоробогатов Мухортов Дьячков Шелепин Коновалов',
  ),
};
// Russian patronymics, written out (male, female).
const RU_PATRONYMICS: [string, string][] = [
  ['Прохорович', 'Прохоровна'],
  ['Савельевич', 'Савельевна'],
  ['Глебович', 'Глебовна'],
  ['Родионович', 'Родионовна'],
  ['Игнатьевич', 'Игнатьевна'],
  ['Вадимович', 'Вадимовна'],
  ['Захарович', 'Захаровна'],
  ['Тимофеевич', 'Тимофеевна'],
  ['Всеволодович', 'Всеволодовна'],
];
// Russian given names in Latin transliteration, for chat excerpts.
const RU_LATIN = {
  male: words('ignat gleb rodion zakhar timofei savelii'),
  female: words('zlata ulyana vasilisa olesya taisiya varvara'),
};
// Uzbek names as spelt in Russian-language documents.
const UZ_RU = {
  male: words('Отабек Жасур Дониёр Сардор Улугбек Равшан Фаррух'),
  female: words('Дилноза Нодира Севара Камола Нигора'),
  surnames: words('Рахмонкулов Исламов Тухтасинов Эргашев Султанов Холматов Джураев'),
};
// Kazakh names as spelt in Russian-language documents.
const KZ_RU = {
  male: words('Ерасыл Алихан Бауыржан Даурен Еламан Жандос Ильяс Кайрат Мейирхан Нурлыбек Султанбек Талгат Шынгыс'),
  female: words('Аружан Асем Гаухар Жансая Жулдыз Кымбат Ляззат Меруерт Назерке Салтанат Толкын Улжан'),
  surnames: words(
    'Сейткалиев Жумагулов Байжанов Тулегенов Оспанов Абилкасымов Муратбеков Кожахметов Ермекбаев Нурпеисов',
  ),
};
// Kazakh names in Kazakh spelling.
const KK = {
  male: words('Ерасыл Әлихан Бауыржан Дәурен Еламан Жандос Ілияс Қайрат Мейірхан Нұрлыбек Сұлтанбек Талғат Шыңғыс'),
  female: words('Аружан Әсем Гауһар Жансая Жұлдыз Қымбат Ләззат Меруерт Назерке Салтанат Толқын Ұлжан'),
  surnames: words(
    'Сейітқалиев Жұмағұлов Байжанов Төлегенов Оспанов Әбілқасымов Мұратбеков Қожахметов Ермекбаев Нұрпейісов',
  ),
};
// Kazakh names in informal Latin (chat excerpts), lower case.
const KK_LATIN_CHAT = words('aruzhan meruert zhansaya nazerke ulzhan qairat erasyl zhandos talgat shyngys');
// Kyrgyz names.
const KY = {
  male: words('Азамат Бекболот Данияр Жыргалбек Кубанычбек Талант Улан Чыңгыз Эрмек Алмазбек Рыспек Нурбек'),
  female: words('Айзада Айпери Бермет Гүлзат Жылдыз Назгүл Чолпон Элнура Айжамал Сабира Дамира Аселия'),
  surnames: words(
    'Асанбеков Турдуматов Абдыкеримов Байышов Садырбаев Орозбеков Тентимишев Эсенкулов Шаршеев Мамасалиев',
  ),
};
// Uzbek names, Latin script (apostrophes are varied per snippet).
const UZL = {
  male: words("Otabek Jasur Doniyor Sardor Ulug'bek Ravshan Farrux Islom Elyor Sherzod G'ayrat Behzod"),
  female: words("Dilnoza Nodira Sevara Malika Feruza Gulnoza Shahnoza Kamola Nigora O'g'iloy Zarnigor Marjona"),
  surnames: words("Rahmonqulov Islomov To'xtasinov Ergashev Sultonov Mamatqulov G'ofurov Xolmatov Jo'rayev Usmonov"),
};
// Uzbek names, Cyrillic script.
const UZC = {
  male: words('Отабек Жасур Дониёр Сардор Улуғбек Равшан Фаррух Ислом Элёр Шерзод Ғайрат Беҳзод'),
  female: words('Дилноза Нодира Севара Малика Феруза Гулноза Шаҳноза Камола Нигора Ўғилой Зарнигор Маржона'),
  surnames: words('Раҳмонқулов Исломов Тўхтасинов Эргашев Султонов Маматқулов Ғофуров Холматов Жўраев Усмонов'),
};
// Tajik names as written in Russian-language documents.
const TJ = {
  male: words('Фирдавс Джамшед Хусрав Парвиз Мехроб Фаридун Шерали Умед Зафар Бахром Илхом Сиёвуш'),
  female: words('Нилуфар Тахмина Рухшона Мехрангез Зарина Фируза Шахноза Гулчехра Нигина Дилафруз Сабрина Малохат'),
  surnames: words(
    'Кодиров Саидзода Нуралиев Абдуллозода Гафуров Джураев Олимов Мирзозода Ибрагимзода Хакимов Рустамов',
  ),
};
// Koryo-saram (Soviet Korean) names in Russian documents.
const KORYO = {
  male: words('Эдуард Станислав Руслан Валерий Геннадий'),
  female: words('Инна Виолетта Жанна Регина Эльвира'),
  surnames: words('Тян Югай Цой Хван Шин Хегай Ни'),
  fathers: [
    ['Робертович', 'Робертовна'],
    ['Владимирович', 'Владимировна'],
    ['Борисович', 'Борисовна'],
  ] as [string, string][],
};
// Korean and Chinese names (Korea-based employers, Chinese nationals), Latin and Russian spelling.
const KOREAN_LATIN = words(
  'Choi_Dong-hyun Park_Ji-yeon Jung_Hae-won Yoon_Seung-ho Kang_Min-ji Shin_Tae-yang Han_Seo-yun',
).map((name) => name.replace('_', ' '));
const KOREAN_RU = ['Чой Дон Хён', 'Пак Чжи Ён', 'Юн Сын Хо', 'Кан Мин Джи', 'Хан Со Юн'];
const CHINESE_LATIN = ['Zhang Lijuan', 'Wang Haoran', 'Liu Jianguo', 'Zhou Meiling', 'Ma Wenjie'];
// Turkmen names.
const TURKMEN_RU_FEMALE = ['Аннаева Огулгерек', 'Гурбанова Айгозель', 'Атаева Огулджемал', 'Бердыева Огулбайрам'];
const TURKMEN_LATIN = [
  'Ogulgerek Annaýewa',
  'Begenç Orazow',
  'Aýgözel Gurbanowa',
  'Mergen Hojamuradow',
  'Ogulbägül Ataýewa',
];
// English names.
const EN = {
  male: words('Jasper Rupert Hamish Declan Gideon Barnaby Crispin Tristan Percival'),
  female: words('Philippa Rosalind Clementine Harriet Beatrix Ottilie Perdita Georgina'),
  surnames: words('Fenwick Loxley Aldridge Merriweather Holloway Pritchard Kettering Hargreaves Ravenscroft Bramwell'),
};
// Central Asian names romanised for English-language reports.
const CA_LATIN = {
  female: [
    'Aruzhan Baizhanova',
    'Meruert Ospanova',
    'Zhuldyz Nurpeisova',
    'Aiperi Sadyrbaeva',
    'Bermet Eseinkulova',
    'Nilufar Gafurova',
    'Tahmina Saidzoda',
    'Sevara Ergasheva',
    'Kamola Usmonova',
  ],
  male: [
    'Yerassyl Tulegenov',
    'Baurzhan Kozhakhmetov',
    'Chyngyz Orozbekov',
    'Bekbolot Sharsheev',
    'Firdavs Abdullozoda',
    'Jamshed Kodirov',
    'Sardor Rahmonqulov',
    'Elyor Mamatqulov',
  ],
};
const CA_LATIN_GIVEN_LOWER = words(
  'aruzhan meruert aiperi bermet nilufar tahmina sevara kamola firdavs sardor chyngyz',
);

/* ---------- Russian declension ---------- */

type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
const ending = (c: Case, table: Record<Case, string>) => table[c];

function declineSurname(surname: string, female: boolean, c: Case): string {
  if (/зода$/u.test(surname)) return surname; // Tajik -zoda is not declined
  if (!/(ов|ев|ёв|ин|ын)$/u.test(surname)) {
    if (c !== 'nom') throw new Error(`cannot decline ${surname}`);
    return surname;
  }
  if (female) return surname + ending(c, { nom: 'а', gen: 'ой', dat: 'ой', acc: 'у', ins: 'ой', pre: 'ой' });
  return surname + ending(c, { nom: '', gen: 'а', dat: 'у', acc: 'а', ins: 'ым', pre: 'е' });
}
function declineGiven(given: string, female: boolean, c: Case): string {
  if (c === 'nom') return given;
  if (/ия$/u.test(given))
    return given.slice(0, -1) + ending(c, { nom: 'я', gen: 'и', dat: 'и', acc: 'ю', ins: 'ей', pre: 'и' });
  if (/я$/u.test(given))
    return given.slice(0, -1) + ending(c, { nom: 'я', gen: 'и', dat: 'е', acc: 'ю', ins: 'ей', pre: 'е' });
  if (/а$/u.test(given)) {
    const stem = given.slice(0, -1);
    const soft = /[гкхжшщч]$/u.test(stem);
    return stem + ending(c, { nom: 'а', gen: soft ? 'и' : 'ы', dat: 'е', acc: 'у', ins: 'ой', pre: 'е' });
  }
  if (female || /[иоуеэыю]$/u.test(given)) return given; // not declined in Russian
  if (/ий$/u.test(given))
    return given.slice(0, -1) + ending(c, { nom: 'й', gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'и' });
  if (/й$/u.test(given))
    return given.slice(0, -1) + ending(c, { nom: 'й', gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'е' });
  return given + ending(c, { nom: '', gen: 'а', dat: 'у', acc: 'а', ins: 'ом', pre: 'е' });
}
function declinePatronymic(patronymic: string, c: Case): string {
  if (c === 'nom') return patronymic;
  if (/на$/u.test(patronymic))
    return patronymic.slice(0, -1) + ending(c, { nom: 'а', gen: 'ы', dat: 'е', acc: 'у', ins: 'ой', pre: 'е' });
  return patronymic + ending(c, { nom: '', gen: 'а', dat: 'у', acc: 'а', ins: 'ем', pre: 'е' });
}
const russianPatronymicOf = (father: string, female: boolean) => `${father}${female ? 'овна' : 'ович'}`;

interface Person {
  given: string;
  surname: string;
  patronymic?: string;
  female: boolean;
}
type Style = 'full' | 'si' | 'is' | 'gs' | 'sg' | 's' | 'g' | 'gp' | 'upper' | 'si_spaced';

/** A person as written in a Russian-language text, in one of the forms case files use. */
function ru(person: Person, c: Case = 'nom', style: Style = 'full'): string {
  const s = declineSurname(person.surname, person.female, c);
  const g = declineGiven(person.given, person.female, c);
  const p = person.patronymic ? declinePatronymic(person.patronymic, c) : undefined;
  const initials = `${person.given[0]}.${person.patronymic ? `${person.patronymic[0]}.` : ''}`;
  switch (style) {
    case 'full':
      return p ? `${s} ${g} ${p}` : `${s} ${g}`;
    case 'upper':
      return (p ? `${s} ${g} ${p}` : `${s} ${g}`).toUpperCase();
    case 'si':
      return `${s} ${initials}`;
    case 'si_spaced':
      return `${s} ${initials.replace(/\.(?=.)/u, '. ')}`;
    case 'is':
      return `${initials} ${s}`;
    case 'gs':
      return `${g} ${s}`;
    case 'sg':
      return `${s} ${g}`;
    case 's':
      return s;
    case 'g':
      return g;
    case 'gp':
      return p ? `${g} ${p}` : g;
  }
}
const slavic = (female = chance(0.5)): Person => {
  const [m, f] = pick(RU_PATRONYMICS);
  return { given: pick(female ? RU.female : RU.male), surname: pick(RU.surnames), patronymic: female ? f : m, female };
};
const kazakhRu = (female = chance(0.5)): Person => {
  const given = pick(female ? KZ_RU.female : KZ_RU.male);
  const father = pick(
    words('Кайрат Бауыржан Талгат Даурен Жандос Нурлыбек Серик Аскар').filter((name) => name !== given),
  );
  return { given, surname: pick(KZ_RU.surnames), patronymic: russianPatronymicOf(father, female), female };
};
const tajikRu = (female = chance(0.5), withPatronymic = chance(0.5)): Person => ({
  given: pick(female ? TJ.female : TJ.male),
  surname: pick(TJ.surnames),
  patronymic: withPatronymic
    ? russianPatronymicOf(pick(words('Джамшед Парвиз Умед Зафар Бахром Илхом')), female)
    : undefined,
  female,
});
const tajik = (female = chance(0.5), withPatronymic = chance(0.5)): Person => {
  for (;;) {
    const person = tajikRu(female, withPatronymic);
    if (!person.patronymic || !person.patronymic.startsWith(person.given)) return person;
  }
};
const koryo = (female = chance(0.5)): Person => {
  const [m, f] = pick(KORYO.fathers);
  return {
    given: pick(female ? KORYO.female : KORYO.male),
    surname: pick(KORYO.surnames),
    patronymic: female ? f : m,
    female,
  };
};
const verb = (female: boolean, male: string, fem: string) => (female ? fem : male);

/* ---------- Kazakh, Kyrgyz, Uzbek names ---------- */

type KkCase = 'gen' | 'dat' | 'acc' | 'ins' | 'abl';
/** Kazakh case suffix with vowel harmony and consonant assimilation (enough for these names). */
function kkSuffix(word: string, c: KkCase): string {
  const lower = word.toLowerCase();
  let back = true;
  for (let i = lower.length - 1; i >= 0; i--) {
    if (/[аоұыяё]/u.test(lower[i])) break;
    if (/[әөүіеэ]/u.test(lower[i])) {
      back = false;
      break;
    }
  }
  const last = lower[lower.length - 1];
  const vowel = /[аәоөұүыіеэиуюя]/u.test(last);
  const voiceless = /[пфкқтсшщхцчһбвгд]/u.test(last);
  const nasal = /[мнң]/u.test(last);
  const v = (b: string, f: string) => (back ? b : f);
  switch (c) {
    case 'gen':
      return vowel || nasal ? v('ның', 'нің') : voiceless ? v('тың', 'тің') : v('дың', 'дің');
    case 'dat':
      return voiceless ? v('қа', 'ке') : v('ға', 'ге');
    case 'acc':
      return vowel ? v('ны', 'ні') : voiceless ? v('ты', 'ті') : v('ды', 'ді');
    case 'ins':
      return vowel || /[лруй]/u.test(last) ? 'мен' : nasal || /[жз]/u.test(last) ? 'бен' : 'пен';
    case 'abl':
      return vowel || /[лруйжз]/u.test(last) ? v('дан', 'ден') : nasal ? v('нан', 'нен') : v('тан', 'тен');
  }
}
const kkCase = (name: string, c?: KkCase) => (c ? name + kkSuffix(name.split(' ').at(-1)!, c) : name);
function kazakh(female = chance(0.5), style = int(0, 4), c?: KkCase): string {
  const given = pick(female ? KK.female : KK.male);
  const surname = pick(KK.surnames) + (female ? 'а' : '');
  const patronymic = `${pick(words('Қайрат Бауыржан Талғат Дәурен Жандос Нұрлыбек Серік Асқар').filter((name) => name !== given))}${female ? 'қызы' : 'ұлы'}`;
  const name = [
    `${surname} ${given} ${patronymic}`,
    `${given} ${surname}`,
    `${surname} ${given}`,
    `${surname} ${given[0]}.${patronymic[0]}.`,
    `${given} ${patronymic}`,
  ][style];
  return kkCase(name, c);
}
function kyrgyz(female = chance(0.5), style = int(0, 3)): string {
  const given = pick(female ? KY.female : KY.male);
  const surname = pick(KY.surnames) + (female ? 'а' : '');
  return [
    `${surname} ${given}`,
    `${given} ${surname}`,
    `${given} ${pick(KY.male.filter((name) => name !== given))} ${female ? 'кызы' : 'уулу'}`,
    `${surname} ${given[0]}.`,
  ][style];
}
const APOSTROPHES = ["'", '‘', 'ʻ', '`', '’'];
const withApostrophe = (text: string, apostrophe: string) => text.replace(/'/g, apostrophe);
/** Uzbek dative: -ga, but -ka after k and -qa after q. */
const uzDative = (name: string) => name + (/k$/u.test(name) ? 'ka' : /q$/u.test(name) ? 'qa' : 'ga');
const uzcDative = (name: string) => name + (/к$/u.test(name) ? 'ка' : /қ$/u.test(name) ? 'қа' : 'га');
function uzbekLatin(female = chance(0.5), style = int(0, 3), suffix = '', apostrophe = pick(APOSTROPHES)): string {
  const given = pick(female ? UZL.female : UZL.male);
  const surname = pick(UZL.surnames) + (female ? 'a' : '');
  const name = [
    `${surname} ${given}`,
    `${given} ${surname}`,
    `${given} ${pick(UZL.male.filter((name) => name !== given))} ${female ? 'qizi' : "o'g'li"}`,
    `${surname} ${given[0] === "'" ? given.slice(0, 2) : given[0]}.`,
  ][style];
  return withApostrophe(suffix === 'ga' ? uzDative(name) : name + suffix, apostrophe);
}
function uzbekCyrillic(female = chance(0.5), style = int(0, 2), suffix = ''): string {
  const given = pick(female ? UZC.female : UZC.male);
  const surname = pick(UZC.surnames) + (female ? 'а' : '');
  const name = [
    `${surname} ${given}`,
    `${given} ${surname}`,
    `${given} ${pick(UZC.male.filter((name) => name !== given))} ${female ? 'қизи' : 'ўғли'}`,
  ][style];
  return suffix === 'га' ? uzcDative(name) : name + suffix;
}
function english(style = int(0, 4)): string {
  const female = chance(0.5);
  const given = pick(female ? EN.female : EN.male);
  const surname = pick(EN.surnames);
  return [
    `${given} ${surname}`,
    `${female ? pick(['Ms', 'Ms.', 'Mrs']) : pick(['Mr', 'Mr.'])} ${surname}`,
    `${female ? 'Ms' : 'Mr'} ${given} ${surname}`,
    `${given[0]}. ${surname}`,
    `Dr ${given} ${surname}`,
  ][style];
}
const caLatin = (female = chance(0.5)) => pick(female ? CA_LATIN.female : CA_LATIN.male);

/* ---------- numbers with check digits ---------- */

function iin(valid = true, day: Day = birthDay(), female = chance(0.5)): string {
  for (;;) {
    const century = day.y >= 2000 ? (female ? '6' : '5') : female ? '4' : '3';
    const body = `${pad(day.y % 100)}${pad(day.m)}${pad(day.d)}${century}${digits(4)}`;
    const values = [...body].map(Number);
    const sum = (weights: number[]) => weights.reduce((total, weight, i) => total + weight * values[i], 0) % 11;
    let control = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if (control === 10) control = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    if (control === 10) continue;
    return `${body}${valid ? control : (control + int(1, 9)) % 10}`;
  }
}
/** Uzbek PINFL: sex/century digit, DDMMYY, district code, serial, check digit (weights 7-3-1, mod 10). */
function pinfl(valid = true, day: Day = birthDay(), female = chance(0.5)): string {
  const first = day.y >= 2000 ? (female ? '6' : '5') : female ? '4' : '3';
  const body = `${first}${pad(day.d)}${pad(day.m)}${pad(day.y % 100)}${pick(['261', '262', '272', '302', '304', '322'])}${digits(3)}`;
  const weights = [7, 3, 1];
  const control = [...body].reduce((total, d, i) => total + Number(d) * weights[i % 3], 0) % 10;
  return `${body}${valid ? control : (control + int(1, 9)) % 10}`;
}
/** Kyrgyz personal number (ПИН): sex digit, DDMMYYYY, five digits; no public check digit. */
const kyrgyzPin = (day: Day = birthDay(), female = chance(0.5)) =>
  `${female ? '1' : '2'}${pad(day.d)}${pad(day.m)}${day.y}${digits(5)}`;
function luhn(prefix: string, length = 16, valid = true): string {
  const body = prefix + digits(length - prefix.length - 1);
  for (let check = 0; check < 10; check++) {
    const candidate = body + check;
    let sum = 0;
    [...candidate].reverse().forEach((character, index) => {
      let value = Number(character);
      if (index % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
      sum += value;
    });
    if ((sum % 10 === 0) === valid) return candidate;
  }
  throw new Error('unreachable');
}
const CARD_PREFIXES = {
  kz: ['440043', '4405', '5169', '4002'],
  uz: ['8600', '9860', '4278'],
  kg: ['9417', '4177'],
  tj: ['9762', '4039'],
  ru: ['2200', '2202', '5536'],
  any: ['4', '5', '2200'],
};
function card(region: keyof typeof CARD_PREFIXES, separator = pick([' ', ' ', '-', '']), valid = true): string {
  const number = luhn(pick(CARD_PREFIXES[region]), 16, valid);
  return separator ? number.match(/.{4}/g)!.join(separator) : number;
}
function iban(country: 'KZ' | 'TR' | 'AE' | 'GE', grouped = chance(0.5), lower = false, valid = true): string {
  const bodies = {
    KZ: () => `${pick(['722', '601', '998', '826', '914'])}${pick(['S', 'C', 'K', '0'])}${digits(12)}`,
    TR: () => `${pick(['00010', '00062', '00046', '00111'])}0${digits(16)}`,
    AE: () => `${pick(['033', '026', '035', '040'])}${digits(16)}`,
    GE: () => `${pick(['TB', 'BG'])}${digits(16)}`,
  };
  const body = bodies[country]();
  const numeric = [...`${body}${country}00`]
    .map((character) => (/\d/.test(character) ? character : String(character.charCodeAt(0) - 55)))
    .join('');
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  const check = 98 - remainder; // 2..98
  const wrong = ((check - 2 + int(1, 40)) % 96) + 2; // another two-digit check, never equal to it
  const value = `${country}${pad(valid ? check : wrong)}${body}`;
  const text = grouped ? value.match(/.{1,4}/g)!.join(' ') : value;
  return lower ? text.toLowerCase() : text;
}

/* ---------- phones, e-mails, handles, plates, dates ---------- */

const phone = {
  kz: () =>
    pick([
      () => `+7 (7${pick(['01', '05', '07', '47', '75', '77'])}) ${digits(3)}-${digits(2)}-${digits(2)}`,
      () => `8 7${pick(['01', '02', '05', '08', '47'])} ${digits(3)} ${digits(2)} ${digits(2)}`,
      () => `+7-7${pick(['05', '71', '78'])}-${digits(3)}-${digits(2)}-${digits(2)}`,
      () => `8(7${pick(['01', '07', '75'])})${digits(7)}`,
    ])(),
  ru: () =>
    pick([
      () => `+7 9${digits(2)} ${digits(3)}-${digits(2)}-${digits(2)}`,
      () => `8 (9${digits(2)}) ${digits(3)} ${digits(2)} ${digits(2)}`,
      () => `+79${digits(9)}`,
    ])(),
  uz: () =>
    pick([
      () => `+998 (${pick(['93', '94', '95', '88', '77'])}) ${digits(3)}-${digits(2)}-${digits(2)}`,
      () => `+998 ${pick(['90', '91', '99', '33'])} ${digits(7)}`,
      () => `+998-${pick(['97', '98'])}-${digits(3)}-${digits(2)}-${digits(2)}`,
    ])(),
  kg: () =>
    pick([
      () => `+996 (${pick(['700', '555', '777', '559', '220'])}) ${digits(2)}-${digits(2)}-${digits(2)}`,
      () => `0 (${pick(['555', '707', '999'])}) ${digits(2)} ${digits(2)} ${digits(2)}`,
      () => `+996${pick(['505', '770', '550'])}${digits(6)}`,
    ])(),
  tj: () =>
    pick([
      () => `+992 (${pick(['93', '92', '90', '88', '50'])}) ${digits(3)}-${digits(2)}-${digits(2)}`,
      () => `+992 ${pick(['918', '917', '985', '900'])} ${digits(2)} ${digits(2)} ${digits(2)}`,
      () => `+992-${pick(['93', '55'])}-${digits(3)}-${digits(4)}`,
    ])(),
  tr: () =>
    pick([
      () => `0${pick(['532', '542', '555', '505'])} ${digits(3)} ${digits(2)} ${digits(2)}`,
      () => `+90 (${pick(['533', '546', '553'])}) ${digits(3)} ${digits(2)} ${digits(2)}`,
      () => `+905${digits(9)}`,
    ])(),
  ae: () =>
    pick([
      () => `05${pick(['0', '2', '5', '6'])} ${digits(3)} ${digits(4)}`,
      () => `+971 (5${pick(['0', '5', '6'])}) ${digits(3)}-${digits(4)}`,
      () => `+9715${pick(['0', '2', '8'])}${digits(7)}`,
    ])(),
  kr: () =>
    pick([
      () => `010-${digits(4)}-${digits(4)}`,
      () => `+82 10 ${digits(4)} ${digits(4)}`,
      () => `+82-10-${digits(4)}-${digits(4)}`,
    ])(),
};
const EMAIL_USERS = words(
  'hr.dubai.service work_turkiye.hr seoul_vizamarkaz nyanya.emirates karavan.travel86 rabota.msk.kg asia.models.casting kelin_agency',
);
const EMAIL_DOMAINS = words(
  'mail.ru inbox.ru rambler.ru icloud.com hotmail.com yahoo.com naver.com mail.kg gmail.com list.ru yandex.kz',
);
function email(): string {
  const user = pick([
    () => pick(EMAIL_USERS),
    () =>
      `${pick(words('zhuldyz meruert sardor nilufar aiperi firdavs varvara'))}.${pick(words('work job 1997 2001 kz uz'))}`,
    () => `${pick(words('otabek gleb talant bermet'))}${digits(2)}`,
  ])();
  const address = `${user}@${pick(EMAIL_DOMAINS)}`;
  return chance(0.1) ? address.replace(/^./, (c) => c.toUpperCase()) : address;
}
const HANDLES = words(
  'hostess_jobs_dxb seoul.factory.work rabota_v_turcii_2022 nyanya.uae kz_girls_abroad viza_koreya_uz model_casting_almaty dubai.modelling.ag ishchi_kerak_rossiya kyzdar_jumus_tr tajik_workers_msk bakht.travel rabota.dubai.kg',
);
const tgSafe = (h: string) => h.replace(/\./g, '_');
function handle(bare = false): string {
  const name = pick(HANDLES);
  if (bare) return name;
  return pick([
    () => `@${tgSafe(name)}`,
    () => `t.me/${tgSafe(name)}`,
    () => `https://t.me/${tgSafe(name)}`,
    () => `instagram.com/${name}`,
    () => `https://www.instagram.com/${name}/`,
    () => `ok.ru/profile/5${digits(11)}`,
    () => `vk.com/${tgSafe(name)}`,
    () => `tiktok.com/@${name}`,
    () => `www.facebook.com/profile.php?id=1000${digits(11)}`,
  ])();
}
const LATIN_PLATE_LETTERS = words('ZXA KTR BHO AEV DKM NOR ESP TMA');
const plate = {
  kz: () =>
    pick([
      () => `${digits(3)} ${pick(LATIN_PLATE_LETTERS)} ${pad(int(1, 20))}`,
      () => `${digits(3)}${pick(LATIN_PLATE_LETTERS)}${pad(int(1, 20))}`,
    ])(),
  uz: () =>
    pick([
      () =>
        `${pick(['01', '10', '20', '30', '40', '50', '60', '70', '80', '85', '95'])} ${pick(['D', 'K', 'Z', 'R'])} ${digits(3)} ${pick(['NA', 'XA', 'EB', 'RT'])}`,
      () => `${pick(['01', '25', '75', '90'])} ${digits(3)} ${pick(['TAA', 'LBA', 'KXA'])}`,
    ])(),
  kg: () => `${pad(int(1, 9))} KG ${digits(3)} ${pick(['AMK', 'BSO', 'ATZ', 'ADH'])}`,
  ru: () =>
    pick([
      () =>
        `${pick(['Х', 'О', 'Т', 'Н'])} ${digits(3)} ${pick(['КЕ', 'РА', 'МН', 'СУ'])} ${pick(['116', '799', '178', '02', '66'])}`,
      () => `${pick(['Т', 'Р', 'У'])}${digits(3)}${pick(['МН', 'ХО', 'ВЕ'])}${pick(['178', '750', '196'])}`,
    ])(),
  tj: () => `${digits(4)} ${pick(['AA', 'KT', 'RR', 'BC'])} ${pick(['01', '02', '03'])}`,
  tr: () => `${pick(['34', '07', '16', '06', '35'])} ${pick(['KRT', 'ZN', 'FH', 'ABM', 'LS'])} ${digits(3)}`,
};
const RU_MONTHS = words('января февраля марта апреля мая июня июля августа сентября октября ноября декабря');
const KK_MONTHS_LOC = words(
  'қаңтарда ақпанда наурызда сәуірде мамырда маусымда шілдеде тамызда қыркүйекте қазанда қарашада желтоқсанда',
);
const KY_MONTHS_GEN = words(
  'январында февралында мартында апрелинде майында июнунда июлунда августунда сентябрында октябрында ноябрында декабрында',
);
const UZ_MONTHS_LOC = words(
  'yanvarda fevralda martda aprelda mayda iyunda iyulda avgustda sentabrda oktabrda noyabrda dekabrda',
);
const UZC_MONTHS_LOC = words(
  'январда февралда мартда апрелда майда июнда июлда августда сентябрда октябрда ноябрда декабрда',
);
const EN_MONTHS = words('January February March April May June July August September October November December');
const birthYear = () => int(1968, 2006);
interface Day {
  y: number;
  m: number;
  d: number;
}
const birthDay = (y = birthYear()): Day => ({ y, m: int(1, 12), d: int(1, 28) });
const dotted = (day: Day = birthDay()) => `${pad(day.d)}.${pad(day.m)}.${day.y}`;

/* ---------- addresses ---------- */

const RU_STREETS_KZ = words(
  'Байзакова Жандосова Розыбакиева Кенесары Ермекова Лермонтова Короленко Петрова Бокейханова Ауэзова',
).concat(['Кабанбай батыра', 'Богенбай батыра', 'Бухар жырау', 'Чокана Валиханова', 'Акана серэ']);
function ruAddressKz(): string {
  return pick([
    () => `ул. ${pick(RU_STREETS_KZ)}, дом ${int(1, 250)}, квартира ${int(1, 160)}`,
    () => `ул. ${pick(RU_STREETS_KZ)}, д. ${int(1, 120)}, корп. ${int(1, 4)}, кв. ${int(1, 99)}`,
    () => `${int(1, 34)} мкр., д. ${int(1, 70)}, кв. ${int(1, 90)}`,
    () =>
      `пр-т ${pick(['Абылай хана', 'Нурсултана Назарбаева', 'Шакарима', 'Туран'])}, ${int(1, 200)}, кв. ${int(1, 140)}`,
    () => `пер. ${pick(['Ботанический', 'Тихий', 'Школьный'])}, ${int(1, 40)}`,
    () => `ул. ${pick(RU_STREETS_KZ)}, ${int(1, 99)}/${int(1, 9)}`,
  ])();
}
function ruAddressRussia(): string {
  return pick([
    () => `Рязанский проспект, д. ${int(1, 99)}, корп. ${int(1, 3)}, кв. ${int(1, 250)}`,
    () => `ул. Складочная, д. ${int(1, 30)}, стр. ${int(1, 9)}`,
    () => `Варшавское шоссе, д. ${int(1, 170)}, кв. ${int(1, 300)}`,
    () =>
      `ул. ${pick(['Краснодонская', 'Молдагуловой', 'Перовская', 'Онежская'])}, д. ${int(1, 60)}, кв. ${int(1, 200)}`,
    () => `пос. Сосенское, ул. ${pick(['Ясная', 'Березовая'])}, д. ${int(1, 40)}`,
  ])();
}
function turkishAddress(): string {
  return pick([
    () =>
      `${pick(['Kazım Karabekir', 'Mehterçeşme', 'Güzelyurt', 'Şirinevler', 'Kuştepe'])} Mah., ${int(1200, 1999)}. Sk. No: ${int(1, 60)} D: ${int(1, 20)}`,
    () => `${pick(['Yasemin', 'Ihlamur', 'Karanfil', 'Nergis', 'Leylak'])} Sokak No:${int(1, 90)}/${int(1, 16)}`,
    () =>
      `${pick(['Fevzi Çakmak', 'Hürriyet', 'Zafer'])} Mahallesi, ${pick(['Barış', 'Orkide', 'Sümbül'])} Cd. No: ${int(1, 200)}, Daire ${int(1, 30)}`,
  ])();
}
function emiratiAddress(): string {
  return pick([
    () => `Flat ${int(101, 1809)}, ${pick(['Al Waleed', 'Rose', 'Bin Shabib', 'Al Khail'])} Building`,
    () => `Villa ${int(1, 90)}, Street ${int(1, 40)}${pick(['A', 'B', ''])}`,
    () =>
      `Room ${int(1, 40)}, Building ${int(1, 300)}, ${pick(['Al Rigga Road', 'Muraqqabat Street', 'King Faisal Street'])}`,
  ])();
}
function koreanAddress(): string {
  return `${pick(['Wongok-ro', 'Jungang-daero', 'Gojan-ro', 'Hwajeong-ro'])} ${int(1, 40)}-gil ${int(1, 120)}`;
}

/* ---------- snippets ---------- */

interface Piece {
  type?: EntityType;
  text: string;
}
type Part = string | Piece;
const e = (type: EntityType, text: string): Piece => ({ type, text });
const P = (text: string) => e('PERSON', text);
interface Snippet {
  id: string;
  language: string;
  script: 'cyrillic' | 'latin';
  text: string;
  spans: { start: number; end: number; type: EntityType; text: string }[];
}
const snippets: Snippet[] = [];
function add(language: string, script: 'cyrillic' | 'latin', times: number, build: () => Part[]) {
  for (let n = 0; n < times; n++) {
    let text = '';
    const spans: Snippet['spans'] = [];
    for (const piece of build()) {
      const part = typeof piece === 'string' ? { text: piece } : piece;
      if (part.type)
        spans.push({ start: text.length, end: text.length + part.text.length, type: part.type, text: part.text });
      text += part.text;
    }
    const number = snippets.filter((snippet) => snippet.language === language).length + 1;
    snippets.push({ id: `heldout2-${language}-${pad(number, 3)}`, language, script, text, spans });
  }
}
const ruBirth = (day: Day = birthDay()) =>
  pick([
    () => `${dotted(day)} г.р.`,
    () => `${day.y} г.р.`,
    () => `${day.d} ${RU_MONTHS[day.m - 1]} ${day.y} года рождения`,
    () => `${dotted(day)} года рождения`,
  ])();

/* ===== Russian ===== */

add('ru', 'cyrillic', 4, () => {
  const defendant = chance(0.5) ? slavic(false) : kazakhRu(false);
  const day = birthDay();
  return [
    'Подсудимый ',
    P(ru(defendant, 'nom', pick(['full', 'full', 'upper']))),
    ', ',
    e('BIRTH_DATE', ruBirth(day)),
    ', уроженец г. ',
    pick(['Экибастуза', 'Темиртау', 'Жезказгана', 'Риддера']),
    ', гражданин Республики Казахстан, ИИН ',
    e('NATIONAL_ID', iin(chance(0.8), day, false)),
    ', зарегистрированный по адресу: г. ',
    pick(['Алматы', 'Астана', 'Караганда']),
    ', ',
    e('ADDRESS', ruAddressKz()),
    ', ранее не судимый, совершил преступление, предусмотренное п. 1 ч. 2 ст. 128 УК РК.',
  ];
});
add('ru', 'cyrillic', 4, () => {
  const victim = slavic(true);
  const recruiter = chance(0.5) ? slavic(true) : kazakhRu(true);
  return [
    'Потерпевшая ',
    P(victim.given),
    ' показала, что в ',
    pick(['апреле', 'июле', 'ноябре']),
    ` 20${int(17, 22)} года знакомая по имени `,
    P(recruiter.given),
    ' предложила ей работу официантки в ',
    pick(['Анталье', 'Аланье', 'Бодруме']),
    ' с заработной платой 1 500 долларов США в месяц.',
  ];
});
add('ru', 'cyrillic', 4, () => {
  const owner = chance(0.5) ? slavic() : kazakhRu();
  return [
    'Согласно детализации соединений, звонки на телефон потерпевшей поступали с абонентского номера ',
    e('PHONE', phone.kz()),
    ', зарегистрированного на ',
    P(ru(owner, 'acc', pick(['full', 'si', 'sg']))),
    '.',
  ];
});
add('ru', 'cyrillic', 4, () => {
  const keeper = slavic(chance(0.5));
  return [
    'Потерпевших содержали в квартире на улице ',
    e(
      'ADDRESS',
      `${pick(['Жандосова', 'Розыбакиева', 'Кенесары', 'Лермонтова'])}, д. ${int(1, 140)}, кв. ${int(1, 120)}`,
    ),
    ` в г. ${pick(['Алматы', 'Шымкенте', 'Таразе'])}, где `,
    P(ru(keeper, 'nom', pick(['si', 'is', 'full']))),
    ` ${verb(keeper.female, 'забрал', 'забрала')} у них удостоверения личности.`,
  ];
});
add('ru', 'cyrillic', 3, () => {
  const witness = slavic(false);
  const other = slavic(chance(0.5));
  return [
    'Свидетель ',
    P(ru(witness, 'nom', 'full')),
    ' пояснил, что по просьбе ',
    P(ru(other, 'gen', pick(['si', 'sg', 'gs']))),
    ' передал ключи от квартиры в доме № ',
    String(int(2, 90)),
    ' по ',
    pick(['улице Петрова', 'проспекту Абылай хана', 'улице Ауэзова']),
    ' ',
    P(ru(slavic(chance(0.5)), 'dat', pick(['sg', 'si']))),
    ', о том, что там будут жить девушки, не знал.',
  ];
});
add('ru', 'cyrillic', 4, () => {
  const sender = chance(0.5) ? slavic() : kazakhRu();
  const receiver = chance(0.5) ? slavic() : kazakhRu();
  return [
    'Денежные средства в сумме ',
    `${int(100, 900)} 000 тенге `,
    P(ru(sender, 'nom', pick(['si', 'full']))),
    ` ${verb(sender.female, 'перевёл', 'перевела')} со своей карты `,
    e('CARD', card('kz')),
    ' на карту ',
    e('CARD', card('kz', ' ', chance(0.85))),
    ', оформленную на имя ',
    P(ru(receiver, 'gen', pick(['full', 'sg', 'si_spaced']))),
    '.',
  ];
});
add('ru', 'cyrillic', 3, () => {
  const holder = chance(0.5) ? slavic() : kazakhRu();
  return [
    'По запросу суда АО «',
    pick(['Халык Банк', 'Kaspi Bank', 'Банк ЦентрКредит']),
    '» сообщило, что счёт ',
    e('IBAN', iban('KZ', chance(0.5), false, chance(0.8))),
    ` открыт ${pad(int(1, 28))}.${pad(int(1, 12))}.20${int(15, 21)} на имя `,
    P(ru(holder, 'gen', pick(['full', 'sg']))),
    '.',
  ];
});
add('ru', 'cyrillic', 2, () => {
  const person = chance(0.5) ? slavic(true) : kazakhRu(true);
  return [
    'В сообщении, направленном потерпевшей, указаны реквизиты для оплаты «долга»: ',
    e('IBAN', iban('KZ', chance(0.5), true)),
    ', получатель ',
    P(ru(person, 'nom', pick(['sg', 'gs', 'si']))),
    '.',
  ];
});
add('ru', 'cyrillic', 3, () => {
  const driver = slavic(false);
  return [
    P(ru(driver, 'nom', pick(['sg', 'si', 'gs']))),
    ' на автомобиле «',
    pick(['Toyota Estima', 'Mercedes Sprinter', 'Hyundai Starex']),
    '» с государственным регистрационным знаком ',
    e('PLATE', plate.kz()),
    ' доставил потерпевших к пункту пропуска «',
    pick(['Жибек жолы', 'Корday', 'Капланбек']).replace('Корday', 'Кордай'),
    '».',
  ];
});
add('ru', 'cyrillic', 3, () => {
  const admin = slavic(true);
  return [
    'Объявление «Требуются девушки для работы хостес в Дубае, проживание бесплатно» размещалось в Instagram на странице ',
    e('HANDLE', handle(chance(0.5))),
    ', администратором которой являлась ',
    P(ru(admin, 'nom', pick(['full', 'gs']))),
    '.',
  ];
});
add('ru', 'cyrillic', 2, () => [
  'Переписка с «работодателем» велась в Telegram (',
  e('HANDLE', `@${tgSafe(pick(HANDLES))}`),
  ') и по электронной почте ',
  e('EMAIL', email()),
  ', сообщения удалены до изъятия телефона.',
]);
add('ru', 'cyrillic', 2, () => {
  const person = slavic();
  return [
    person.female ? 'Гражданка' : 'Гражданин',
    ' Российской Федерации ',
    P(ru(person, 'nom', 'full')),
    ', паспорт серии ',
    e('PASSPORT', `${pad(int(10, 99))} ${pad(int(0, 22))} № ${digits(6)}`),
    ', выдан ГУ МВД России по г. Москве, в суд не ',
    verb(person.female, 'явился', 'явилась'),
    '.',
  ];
});
add('ru', 'cyrillic', 2, () => {
  const helper = koryo(true);
  return [
    'Работодателем выступал гражданин Республики Корея ',
    P(pick(KOREAN_RU)),
    ', номер которого (',
    e('PHONE', phone.kr()),
    ') потерпевшим дала ',
    P(ru(helper, 'nom', pick(['full', 'si']))),
    ', оформлявшая визы C-3 через туристическое агентство.',
  ];
});
add('ru', 'cyrillic', 4, () => {
  const defendant = chance(0.5) ? slavic() : kazakhRu();
  const victim = slavic(true);
  return [
    'Допрошенн',
    defendant.female ? 'ая' : 'ый',
    ' в судебном заседании подсудим',
    defendant.female ? 'ая ' : 'ый ',
    P(ru(defendant, 'nom', 'full')),
    ' вину признал',
    defendant.female ? 'а' : '',
    ' частично. Суд критически оценивает показания ',
    P(ru(defendant, 'gen', pick(['si', 's']))),
    ', поскольку они опровергаются показаниями потерпевшей ',
    P(ru(victim, 'gen', 'g')),
    ' и свидетеля ',
    P(ru(slavic(false), 'gen', pick(['si', 'sg']))),
    '.',
  ];
});
add('ru', 'cyrillic', 3, () => {
  const victim = slavic(true);
  return [
    'Личность потерпевшей установлена: ',
    P(ru(victim, 'nom', pick(['full', 'upper']))),
    ', родившаяся ',
    e('BIRTH_DATE', pick([dotted(), `${int(1, 28)} ${pick(RU_MONTHS)} ${birthYear()} года`])),
    ' в с. ',
    pick(['Каскелен', 'Шамалган', 'Узынагаш']),
    ' Алматинской области.',
  ];
});
add('ru', 'cyrillic', 4, () => {
  const tenant = chance(0.5) ? slavic(false) : kazakhRu(false);
  return [
    'В Стамбуле потерпевшие проживали по адресу: ',
    e('ADDRESS', turkishAddress()),
    ', ',
    pick(['Эсеньюрт', 'Бейликдюзю', 'Авджылар']),
    '; квартиру снимал ',
    P(ru(tenant, 'nom', pick(['sg', 'si', 'full']))),
    ', который ежедневно забирал у девушек выручку.',
  ];
});
add('ru', 'cyrillic', 3, () => {
  const boss = chance(0.5) ? slavic(true) : kazakhRu(true);
  return [
    'В ОАЭ женщин поселили в ',
    e('ADDRESS', emiratiAddress()),
    ' в районе ',
    pick(['Аль-Нахда', 'Дейра', 'Аль-Кусайс']),
    ', паспорта у них забрала ',
    P(ru(boss, 'nom', pick(['sg', 'gs', 'si']))),
    ', пояснив, что вернёт их после погашения «долга» за билеты.',
  ];
});
add('ru', 'cyrillic', 3, () => {
  const person = chance(0.5) ? slavic() : kazakhRu();
  return [
    'В расписке указаны данные ',
    P(ru(person, 'gen', pick(['full', 'si']))),
    ': ИИН ',
    e('NATIONAL_ID', iin(chance(0.65))),
    ', номер телефона ',
    e('PHONE', phone.kz()),
    ', сумма долга 2 000 долларов США.',
  ];
});
add('ru', 'cyrillic', 2, () => {
  const name = pick(TURKMEN_RU_FEMALE);
  return [
    'Гражданка Туркменистана ',
    P(name),
    ', паспорт ',
    e('PASSPORT', `${pick(['A', 'B'])}${digits(7)}`),
    ', прибыла в г. Актау через пункт пропуска «Темир баба» и была передана ',
    P(ru(slavic(false), 'dat', pick(['si', 'sg']))),
    '.',
  ];
});
add('ru', 'cyrillic', 3, () => {
  const female = chance(0.4);
  const person: Person = {
    given: pick(female ? UZ_RU.female : UZ_RU.male),
    surname: pick(UZ_RU.surnames),
    patronymic: chance(0.6) ? russianPatronymicOf(pick(words('Равшан Ислам Шухрат Бахтиер')), female) : undefined,
    female,
  };
  const day = birthDay();
  return [
    female ? 'Гражданка' : 'Гражданин',
    ' Республики Узбекистан ',
    P(ru(person, 'nom', pick(['full', 'sg']))),
    ', ',
    e('BIRTH_DATE', `${dotted(day)} г.р.`),
    ', ПИНФЛ ',
    e('NATIONAL_ID', pinfl(chance(0.75), day, female)),
    ', паспорт ',
    e('PASSPORT', `${pick(['FA', 'AD', 'AC'])}${digits(7)}`),
    ', был',
    female ? 'а' : '',
    ' задержан',
    female ? 'а' : '',
    ' в аэропорту Алматы при попытке отправить трёх девушек в Шарджу.',
  ];
});
add('ru', 'latin', 2, () => {
  const sender = pick(RU_LATIN.male);
  const addressee = pick(RU_LATIN.female);
  return [
    '[WhatsApp, 23:41] ',
    P(sender),
    ': ',
    P(addressee),
    ', zavtra v 6 utra vylet iz Almaty, pasport otdash mne v aeroportu. esli sprosyat, skazhi chto edesh k sestre',
  ];
});
add('ru', 'cyrillic', 3, () => {
  const victim = slavic(true);
  return [
    'Со слов ',
    P(ru(victim, 'gen', pick(['gs', 'g']))),
    ', ',
    e('BIRTH_DATE', ruBirth()),
    ', после прибытия в Москву её поселили по адресу: ',
    e('ADDRESS', ruAddressRussia()),
    ', и заставляли работать на швейном производстве по 14 часов в сутки.',
  ];
});
add('ru', 'cyrillic', 2, () => [
  'С номера ',
  e('PHONE', phone.tr()),
  ' потерпевшей направлялись угрозы; владельцем номера является гражданин Турции ',
  P(pick(['Мехмет Йылдыз', 'Бурак Челик', 'Ферхат Арслан'])),
  '.',
]);
add('ru', 'cyrillic', 2, () => {
  const person = slavic(true);
  return [
    'Ф.И.О.: ',
    P(ru(person, 'nom', 'upper')),
    '\nДата рождения: ',
    e('BIRTH_DATE', dotted()),
    '\nТел.: ',
    e('PHONE', phone.ru()),
    '\nЭл. почта: ',
    e('EMAIL', email()),
  ];
});

/* ===== Kazakh ===== */

add('kk', 'cyrillic', 4, () => {
  const day = birthDay();
  const female = chance(0.3);
  return [
    'Сотталушы ',
    P(kazakh(female, 0)),
    ', ',
    e('BIRTH_DATE', pick([`${dotted(day)} ж.т.`, `${day.y} жылғы ${day.d} ${KK_MONTHS_LOC[day.m - 1]} туған`])),
    ', ЖСН ',
    e('NATIONAL_ID', iin(chance(0.75), day, female)),
    ', ',
    e(
      'ADDRESS',
      pick([
        `Байтұрсынұлы көшесі, ${int(1, 120)}-үй, ${int(1, 90)}-пәтер`,
        `Жеңіс даңғылы, ${int(1, 90)}-үй, ${int(1, 150)}-пәтер`,
        `Нұрсат шағын ауданы, ${int(1, 200)}-үй, ${int(1, 99)}-пәтер`,
        `Райымбек батыр көшесі, ${int(1, 300)}/${int(1, 9)}`,
      ]),
    ),
    ' мекенжайында тіркелген.',
  ];
});
add('kk', 'cyrillic', 4, () => [
  'Жәбірленуші ',
  P(pick(KK.female)),
  ' сотта ',
  P(kazakh(chance(0.5), pick([1, 2]), 'gen')),
  ' оған Сеулдегі зауыттан жұмыс ұсынғанын айтты.',
]);
add('kk', 'cyrillic', 3, () => [
  P(kazakh(chance(0.5), pick([1, 2, 4]))),
  ' ',
  e('PHONE', phone.kz()),
  ' ұялы телефон нөмірінен жәбірленушіге бірнеше рет қоңырау шалған.',
]);
add('kk', 'cyrillic', 3, () => [
  'Жалақы ',
  P(kazakh(chance(0.5), pick([1, 2]), 'gen')),
  ' атына ресімделген ',
  e('CARD', card('kz')),
  ' банк картасына аударылып отырған.',
]);
add('kk', 'cyrillic', 3, () => [
  'Ақша ',
  e('IBAN', iban('KZ', chance(0.5), chance(0.3))),
  ' шотына түскен, шот иесі – ',
  P(kazakh(chance(0.5), pick([0, 2]))),
  '.',
]);
add('kk', 'cyrillic', 3, () => [
  'Жарнама Telegram-дағы ',
  e('HANDLE', chance(0.5) ? `@${tgSafe(pick(HANDLES))}` : `t.me/${tgSafe(pick(HANDLES))}`),
  ' арнасында жарияланған, арна әкімшісі – ',
  P(kazakh(chance(0.5), pick([1, 2]))),
  '.',
]);
add('kk', 'cyrillic', 2, () => [
  'Шетелдік делдал ',
  e('EMAIL', email()),
  ' электрондық поштасы арқылы ',
  P(kazakh(chance(0.5), pick([1, 2]), 'ins')),
  ' хат алмасқан.',
]);
add('kk', 'cyrillic', 3, () => [
  'Жәбірленушілерді ',
  P(kazakh(false, pick([1, 2, 3]))),
  ' ',
  e('PLATE', plate.kz()),
  ' мемлекеттік нөмірлі көлікпен Қорғас шекара бекетіне дейін жеткізген.',
]);
add('kk', 'cyrillic', 3, () => [
  'Жұмыс беруші ',
  P(kazakh(true, pick([1, 2, 4]), 'gen')),
  ' ',
  e('PASSPORT', `N${digits(8)}`),
  ' нөмірлі төлқұжатын тартып алып, сейфте сақтаған.',
]);
add('kk', 'latin', 3, () => {
  const from = pick(KK_LATIN_CHAT);
  const to = pick(KK_LATIN_CHAT.filter((name) => name !== from));
  return [
    '[Telegram, 02:17] ',
    P(from),
    ': ',
    P(to),
    ', erteng 7-de vokzalda kutemin, qujattaryndy ala kel. eshkimge aitpa',
  ];
});
add('kk', 'cyrillic', 2, () => [
  'Куә ',
  P(kazakh(true, 4)),
  ' ',
  e('BIRTH_DATE', `${birthYear()} жылғы ${int(1, 28)} ${pick(KK_MONTHS_LOC)} туған`),
  ', ',
  P(kazakh(true, 1, 'dat')),
  ' Дубайға ұшу билетін сатып алуға көмектескенін растады.',
]);
add('kk', 'cyrillic', 2, () => [
  'Туған күні: ',
  e('BIRTH_DATE', dotted()),
  '; тұрғылықты мекенжайы: Ақтөбе қаласы, ',
  e('ADDRESS', `${pick(['Мәметова', 'Есет батыр', 'Алтынсарин'])} көшесі, ${int(1, 150)}-үй`),
  '; байланыс телефоны: ',
  e('PHONE', phone.kz()),
  '.',
]);

/* ===== Kyrgyz ===== */

add('ky', 'cyrillic', 4, () => {
  const day = birthDay();
  const female = chance(0.3);
  return [
    'Соттолуучу ',
    P(kyrgyz(female, pick([0, 2]))),
    ', ',
    e(
      'BIRTH_DATE',
      pick([`${day.y}-жылдын ${day.d}-${KY_MONTHS_GEN[day.m - 1]} төрөлгөн`, `${dotted(day)}-ж. туулган`]),
    ),
    ', ПИН ',
    e('NATIONAL_ID', kyrgyzPin(day, female)),
    ', ',
    e(
      'ADDRESS',
      pick([
        `Исанов көчөсү, ${int(1, 120)}-үй, ${int(1, 60)}-батир`,
        `Жал-${int(15, 30)} кичи району, ${int(1, 40)}-үй, ${int(1, 90)}-батир`,
        `Токтогул көчөсү, ${int(1, 250)}`,
        `Асанбай кичи району, ${int(1, 50)}-үй, ${int(1, 80)}-батир`,
      ]),
    ),
    ' дарегинде катталган.',
  ];
});
add('ky', 'cyrillic', 4, () => [
  'Жабырлануучу ',
  P(pick(KY.female)),
  ' ',
  pick(['Москвадагы тигүү цехинде', 'Казандагы кафеде', 'Новосибирсктеги складда']),
  ' паспортун тартып алышканын жана айлык төлөнбөгөнүн айтты.',
]);
add('ky', 'cyrillic', 3, () => [
  'Ортомчу ',
  P(kyrgyz(chance(0.5), pick([0, 1, 3]))),
  ' жабырлануучуларга ',
  e('PHONE', phone.kg()),
  ' номеринен WhatsApp аркылуу жазган.',
]);
add('ky', 'cyrillic', 3, () => [
  'Акча ',
  P(kyrgyz(chance(0.5), pick([0, 1]))),
  ' атындагы ',
  e('CARD', card('kg')),
  ' банк картасына которулуп турган.',
]);
add('ky', 'cyrillic', 3, () => [
  'Instagram тармагындагы ',
  e('HANDLE', pick([`@${pick(HANDLES)}`, `instagram.com/${pick(HANDLES)}`, pick(HANDLES)])),
  ' баракчасында «Түркияда бала багуучу керек» деген жарнама жарыяланган.',
]);
add('ky', 'cyrillic', 3, () => [
  'Жабырлануучуларды Казакстан чек арасына чейин ',
  e('PLATE', plate.kg()),
  ' мамлекеттик номерлүү Honda Fit унаасы менен ',
  P(kyrgyz(false, pick([0, 1, 2]))),
  ' жеткирген.',
]);
add('ky', 'cyrillic', 3, () => [
  P(kyrgyz(chance(0.5), pick([1, 2]))),
  ' ',
  e('PASSPORT', `${pick(['AC', 'AN', 'ID'])}${digits(7)}`),
  ' номерлүү паспортун жумуш берүүчүгө өткөрүп берүүгө мажбур болгон.',
]);
add('ky', 'cyrillic', 2, () => [
  'Кат алышуу ',
  e('EMAIL', email()),
  ' электрондук дареги аркылуу жүргүзүлгөн, дарек ',
  P(kyrgyz(true, pick([0, 1]))),
  ' атына катталган.',
]);
add('ky', 'cyrillic', 2, () => [
  'Күбө ',
  P(kyrgyz(true, 2)),
  ', ',
  e('BIRTH_DATE', `${birthYear()}-жылы туулган`),
  ', ',
  e('PHONE', phone.kg()),
  ' телефону аркылуу сурак учурунда байланышка чыккан.',
]);

/* ===== Uzbek, Latin ===== */

add('uz', 'latin', 4, () => {
  const day = birthDay();
  const female = chance(0.3);
  const apostrophe = pick(APOSTROPHES);
  return [
    'Sudlanuvchi ',
    P(uzbekLatin(female, pick([0, 2]), '', apostrophe)),
    ', ',
    e(
      'BIRTH_DATE',
      withApostrophe(
        pick([`${dotted(day)} yilda tug'ilgan`, `${day.y}-yil ${day.d}-${UZ_MONTHS_LOC[day.m - 1]} tug'ilgan`]),
        apostrophe,
      ),
    ),
    ', ',
    pick(['JSHSHIR', 'JShShIR', 'shaxsiy identifikatsiya raqami (PINFL)']),
    ' ',
    e('NATIONAL_ID', pinfl(chance(0.8), day, female)),
    ', ',
    pick(['Toshkent shahri, Sergeli tumani, ', "Farg'ona viloyati, Qo'qon shahri, ", 'Samarqand shahri, ']),
    e(
      'ADDRESS',
      withApostrophe(
        pick([
          `${int(1, 12)}-mavze, ${int(1, 70)}-uy, ${int(1, 60)}-xonadon`,
          `${pick(['Bunyodkor', 'Qatortol', 'Lutfiy', "Beshyog'och"])} ko'chasi, ${int(1, 150)}-uy`,
          `${pick(['Navbahor', 'Yangiobod', "Do'stlik"])} MFY, ${pick(['Bog‘bon', 'Ipakchi', 'Temirchi'])} ko'chasi ${int(1, 80)}-uy`,
        ]),
        apostrophe,
      ),
    ),
    ' manzilida yashovchi.',
  ];
});
add('uz', 'latin', 4, () => [
  pick(['Jabrlanuvchi ayol ', 'Guvoh sifatida so‘roq qilingan ', 'Jabrlanuvchi ']),
  P(pick(UZL.female).replace(/'/g, pick(APOSTROPHES))),
  ' Turkiyaning Antaliya shahridagi mehmonxonada maoshsiz ishlaganini va pasporti olib qo‘yilganini aytdi.',
]);
add('uz', 'latin', 3, () => {
  const victim = pick(UZL.female).toLowerCase().replace(/'/g, '‘');
  return [
    '«',
    P(victim),
    ', ertaga soat 6da aeroportda bo‘l, pasportni olib kel» — degan xabar ',
    e('HANDLE', pick([`@${tgSafe(pick(HANDLES))}`, `t.me/${tgSafe(pick(HANDLES))}`])),
    ' akkauntidan yuborilgan.',
  ];
});
add('uz', 'latin', 3, () => [
  'Pul mablag‘lari ',
  P(uzbekLatin(chance(0.5), pick([0, 1]), 'ga')),
  ' tegishli ',
  e('CARD', card('uz')),
  ' raqamli ',
  pick(['Humo', 'Uzcard', 'Visa']),
  ' kartasiga o‘tkazilgan.',
]);
add('uz', 'latin', 3, () => [
  P(uzbekLatin(chance(0.5), pick([0, 1, 3]))),
  ' ',
  e('PHONE', phone.uz()),
  ' raqamidan qo‘ng‘iroq qilib, Rossiyada qurilishda ish borligini aytgan.',
]);
add('uz', 'latin', 3, () => [
  'Istanbulda ayollar ',
  e('ADDRESS', turkishAddress()),
  ' manzilidagi kvartirada saqlangan, kvartirani ',
  P(uzbekLatin(false, pick([0, 1]))),
  ' ijaraga olgan.',
]);
add('uz', 'latin', 3, () => [
  P(uzbekLatin(chance(0.5), pick([0, 1, 2]), 'ning')),
  ' ',
  e('PASSPORT', `${pick(['AD', 'FA', 'AB', 'AC'])}${digits(7)}`),
  ' raqamli xorijga chiqish pasporti ish beruvchida saqlangan.',
]);
add('uz', 'latin', 2, () => [
  'Ishchilar ',
  e('PLATE', plate.uz()),
  ' davlat raqamli «Damas» avtomashinasida ',
  P(uzbekLatin(false, pick([0, 1]))),
  ' tomonidan chegaragacha olib borilgan.',
]);
add('uz', 'latin', 2, () => [
  'Yollovchi ',
  e('EMAIL', email()),
  ' elektron pochtasi orqali ',
  P(uzbekLatin(true, pick([0, 1]), 'ga')),
  ' Janubiy Koreyada zavodda ish taklif qilgan; ishchilar ',
  e('ADDRESS', koreanAddress()),
  ' manzilida yashagan.',
]);
add('uz', 'latin', 2, () => [
  'Maosh Turkiyadagi ',
  e('IBAN', iban('TR', chance(0.5), chance(0.4), chance(0.85))),
  ' hisob raqamiga o‘tkazilgan, hisob egasi — ',
  P(pick(['Emre Kaya', 'Serkan Doğan', 'Hakan Aydın'])),
  '.',
]);
add('uz', 'latin', 2, () => [
  P(pick(UZL.male).toLowerCase()),
  ': opa, ',
  P(`${pick(UZL.female).toLowerCase().replace(/'/g, 'ʻ')}ning`),
  ' raqamini bering, Dubaydagi ish haqida gaplashamiz',
]);

/* ===== Uzbek, Cyrillic ===== */

add('uz', 'cyrillic', 3, () => {
  const day = birthDay();
  const female = chance(0.3);
  return [
    'Судланувчи ',
    P(uzbekCyrillic(female, pick([0, 2]))),
    ', ',
    e(
      'BIRTH_DATE',
      pick([`${dotted(day)} йилда туғилган`, `${day.y} йил ${day.d} ${UZC_MONTHS_LOC[day.m - 1]} туғилган`]),
    ),
    ', ЖШШИР ',
    e('NATIONAL_ID', pinfl(chance(0.8), day, female)),
    ', Тошкент шаҳри, Мирзо Улуғбек тумани, ',
    e('ADDRESS', `${pick(['Буюк Ипак йўли', 'Олмачи', 'Қорасув'])} кўчаси, ${int(1, 90)}-уй, ${int(1, 70)}-хонадон`),
    ' манзилида яшовчи.',
  ];
});
add('uz', 'cyrillic', 3, () => [
  P(uzbekCyrillic(chance(0.5), pick([0, 1]))),
  ' ',
  e('PHONE', phone.uz()),
  ' рақамидан жабрланувчига қўнғироқ қилиб, Қозоғистонда иш борлигини айтган.',
]);
add('uz', 'cyrillic', 3, () => [
  'Пул ',
  P(uzbekCyrillic(chance(0.5), pick([0, 1]), 'га')),
  ' тегишли ',
  e('CARD', card('uz', pick([' ', '']))),
  ' рақамли Ҳумо картасига ўтказилган.',
]);
add('uz', 'cyrillic', 3, () => [
  'Жабрланувчи ',
  P(`${pick(UZC.female)}нинг`),
  ' ',
  e('PASSPORT', `${pick(['AA', 'AD', 'FA'])} ${digits(7)}`),
  ' рақамли паспорти воситачида сақланган.',
]);
add('uz', 'cyrillic', 2, () => [
  'Эълон ',
  e('HANDLE', pick([`@${tgSafe(pick(HANDLES))}`, `t.me/${tgSafe(pick(HANDLES))}`])),
  ' Telegram каналида берилган, канал эгаси — ',
  P(uzbekCyrillic(false, pick([0, 1]))),
  '.',
]);
add('uz', 'cyrillic', 2, () => [
  'Гувоҳ ',
  P(uzbekCyrillic(true, 2)),
  ', туғилган санаси: ',
  e('BIRTH_DATE', dotted()),
  ', ',
  e('EMAIL', email()),
  ' электрон почтаси орқали ёзишмаларни тақдим этди.',
]);

/* ===== Tajik persons in Russian-language text ===== */

add('tg-ru', 'cyrillic', 4, () => {
  const person = tajik(false, true);
  return [
    'Подсудимый ',
    P(ru(person, 'nom', 'full')),
    ', ',
    e('BIRTH_DATE', ruBirth()),
    ', уроженец г. ',
    pick(['Вахдат', 'Турсунзаде', 'Исфара', 'Пенджикент']),
    ' Республики Таджикистан, заграничный паспорт ',
    e('PASSPORT', `${pick(['40', '50'])}${digits(7)}`),
    ', временно проживавший в г. Москве.',
  ];
});
add('tg-ru', 'cyrillic', 3, () => {
  const worker = tajik(false, false);
  return [
    'Работников, среди которых был ',
    P(ru(worker, 'nom', 'g')),
    ', поселили в бытовке на территории стройки по адресу: Московская область, г. Балашиха, ',
    e('ADDRESS', `ул. ${pick(['Советская', 'Заводская', 'Промышленная'])}, д. ${int(1, 80)}`),
    ', паспорта забрал прораб ',
    P(ru(tajik(false), 'nom', pick(['sg', 'si']))),
    '.',
  ];
});
add('tg-ru', 'cyrillic', 3, () => {
  const recruiter = tajik();
  return [
    'С абонентского номера ',
    e('PHONE', phone.tj()),
    ', которым пользовал',
    recruiter.female ? 'ась ' : 'ся ',
    P(ru(recruiter, 'nom', pick(['sg', 'full', 'si']))),
    ', потерпевшим поступали предложения о работе в Подмосковье.',
  ];
});
add('tg-ru', 'cyrillic', 4, () => {
  const payer = tajik(false);
  const payee = tajik();
  return [
    'Денежные средства ',
    P(ru(payer, 'gen', pick(['sg', 'si', 'full']))),
    ' в размере 60 000 рублей поступили на карту «Алиф» ',
    e('CARD', card('tj')),
    ', принадлежащую ',
    P(ru(payee, 'dat', pick(['sg', 'gs']))),
    '.',
  ];
});
add('tg-ru', 'cyrillic', 3, () => {
  const victim = tajik(true, false);
  return [
    'Потерпевшая ',
    P(ru(victim, 'nom', 'g')),
    ', ',
    e('BIRTH_DATE', `${birthYear()} года рождения`),
    ', показала, что в Дубае её поселили в ',
    e('ADDRESS', emiratiAddress()),
    ' и заставляли оказывать интимные услуги.',
  ];
});
add('tg-ru', 'cyrillic', 3, () => [
  'Микроавтобус «Газель» с государственным номером ',
  e('PLATE', plate.ru()),
  ' под управлением ',
  P(ru(tajik(false), 'gen', pick(['sg', 'full', 'si']))),
  ' перевозил рабочих между общежитием и складом.',
]);
add('tg-ru', 'cyrillic', 2, () => [
  'Переписка велась через страницу ',
  e('HANDLE', `ok.ru/profile/5${digits(11)}`),
  ' и почту ',
  e('EMAIL', email()),
  '; страницу создала ',
  P(ru(tajik(true), 'nom', pick(['sg', 'gs']))),
  '.',
]);
add('tg-ru', 'cyrillic', 2, () => {
  const person = tajik(true, false);
  return [
    P(ru(person, 'nom', 'sg')),
    ', родившаяся ',
    e('BIRTH_DATE', dotted()),
    ' в г. Куляб, проживала в Душанбе по адресу: ',
    e('ADDRESS', `ул. ${pick(['Шотемура', 'Н. Махсума', 'Айни'])}, д. ${int(1, 99)}, кв. ${int(1, 80)}`),
    '.',
  ];
});
add('tg-ru', 'cyrillic', 2, () => [
  'Автомобиль с таджикскими номерами ',
  e('PLATE', plate.tj()),
  ' зарегистрирован на ',
  P(ru(tajik(false, true), 'acc', pick(['full', 'sg']))),
  '.',
]);

/* ===== English ===== */

add('en', 'latin', 4, () => [
  'Police identified the victim, ',
  P(pick(CA_LATIN_GIVEN_LOWER).replace(/^./, (c) => c.toUpperCase())),
  ', a ',
  String(int(19, 24)),
  '-year-old from ',
  pick(['Osh', 'Taraz', 'Khujand', 'Namangan']),
  ', at a massage parlour in ',
  pick(['Antalya', 'Dubai', 'Izmir']),
  '.',
]);
add('en', 'latin', 4, () => [
  'According to the indictment, ',
  P(caLatin()),
  ' recruited young women through the Instagram account ',
  e('HANDLE', pick([`@${pick(HANDLES)}`, pick(HANDLES), `instagram.com/${pick(HANDLES)}`])),
  ' and confiscated their passports on arrival.',
]);
add('en', 'latin', 3, () => [
  'The employer, ',
  P(pick(KOREAN_LATIN)),
  ', housed the workers at ',
  e('ADDRESS', koreanAddress()),
  ', Danwon-gu, Ansan, and deducted KRW 400,000 a month for rent.',
]);
add('en', 'latin', 3, () => [
  'The women were held in ',
  e('ADDRESS', emiratiAddress()),
  ' in ',
  pick(['Al Nahda 2', 'Al Qusais', 'Deira']),
  ', Dubai, where ',
  P(caLatin(true)),
  ' collected their earnings.',
]);
add('en', 'latin', 3, () => [
  'In Istanbul the victims lived at ',
  e('ADDRESS', turkishAddress()),
  ', Esenyurt, in a flat rented by ',
  P(pick(['Mehmet Yıldız', 'Burak Çelik', 'Ferhat Arslan', 'Hatice Koç'])),
  '.',
]);
add('en', 'latin', 3, () => [
  "Screenshots read: 'hi ",
  P(pick(EN.male).toLowerCase()),
  ' its ',
  P(pick(CA_LATIN_GIVEN_LOWER)),
  ", they took my passport and say i owe 3000 dollars'.",
]);
add('en', 'latin', 3, () => [
  'The recruiter messaged her on WhatsApp from ',
  e('PHONE', pick([phone.ae, phone.tr, phone.kr, phone.kz])()),
  ' and later from a second number.',
]);
add('en', 'latin', 3, () => [
  'The Court of Appeal upheld the conviction of ',
  P(caLatin(false)),
  ', ',
  e(
    'BIRTH_DATE',
    pick([
      `born on ${int(1, 28)} ${pick(EN_MONTHS)} ${birthYear()}`,
      `D.O.B. ${pad(int(1, 28))}/${pad(int(1, 12))}/${birthYear()}`,
      `date of birth ${birthYear()}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
      `born ${int(1, 28)} ${pick(EN_MONTHS)} ${birthYear()}`,
    ]),
  ),
  ', and reduced the sentence to seven years.',
]);
add('en', 'latin', 4, () => [
  'Salaries were transferred to IBAN ',
  e('IBAN', iban(pick(['AE', 'TR', 'GE', 'KZ'] as const), chance(0.5), chance(0.35), chance(0.85))),
  ', held by ',
  P(english(pick([0, 2, 3]))),
  ', a director of the recruitment agency.',
]);
add('en', 'latin', 3, () => [
  'Wages were paid onto card number ',
  e('CARD', card(pick(['kz', 'uz', 'any'] as const), pick([' ', '-', '']), chance(0.8))),
  ', issued to ',
  P(caLatin()),
  '.',
]);
add('en', 'latin', 3, () => [
  P(english(pick([0, 4]))),
  ', a caseworker at the shelter in Almaty, testified that ',
  P(caLatin(true)),
  ' arrived without her passport.',
]);
add('en', 'latin', 3, () => [
  'Kyrgyz passport no. ',
  e('PASSPORT', `${pick(['AC', 'AN'])}${digits(7)}`),
  ' and Kazakh passport number ',
  e('PASSPORT', `N${digits(8)}`),
  ' were found in the safe of ',
  P(english(pick([1, 2]))),
  '.',
]);
add('en', 'latin', 3, () => {
  const kz = chance(0.5);
  return [
    'The contract lists the worker’s ',
    kz ? 'IIN ' : 'PINFL ',
    e('NATIONAL_ID', kz ? iin(chance(0.7)) : pinfl(chance(0.7))),
    ' and the signature of ',
    P(caLatin()),
    ' as guarantor.',
  ];
});
add('en', 'latin', 2, () => [
  'A karaoke bar run by ',
  P(pick(CHINESE_LATIN)),
  ', a Chinese national, employed four women from ',
  pick(['Kyrgyzstan', 'Kazakhstan']),
  '; the manager, ',
  P(pick(TURKMEN_LATIN)),
  ', kept their documents.',
]);
add('en', 'latin', 3, () => {
  const [country, make] = pick([
    ['Kazakh', plate.kz],
    ['Uzbek', plate.uz],
    ['Turkish', plate.tr],
  ] as const);
  return ['The van (', country, ' plates ', e('PLATE', make()), ') was driven by ', P(caLatin(false)), '.'];
});
add('en', 'latin', 2, () => [
  'Applications were sent to ',
  e('EMAIL', email()),
  ', an address registered to ',
  P(english(pick([0, 1, 2]))),
  ', and to ',
  e('HANDLE', `t.me/${tgSafe(pick(HANDLES))}`),
  '.',
]);
add('en', 'latin', 2, () => [
  'She was contacted by a man who called himself ',
  P(pick(['Rustam', 'Timur', 'Sanjar', 'Daniyar'])),
  ', using the number ',
  e('PHONE', phone.uz()),
  '.',
]);

/* ===== Negatives: statutes, case numbers, offence dates, amounts, places, organisations ===== */

const year = () => `20${int(15, 24)}`;
const offenceDate = (y = year()) => `${pad(int(1, 28))}.${pad(int(1, 12))}.${y}`;
const yearsInOrder = (): [string, string] => {
  const first = int(15, 22);
  return [`20${first}`, `20${int(first + 1, 24)}`];
};
const NEGATIVES: [string, 'cyrillic' | 'latin', () => string][] = [
  [
    'ru',
    'cyrillic',
    () =>
      `Действия подсудимого квалифицированы по ст. 128 ч. 3 УК РК как торговля людьми, совершённая в отношении двух и более лиц.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Досудебное расследование по ЕРДР № ${pad(int(15, 23))}${pick(['1500', '7511', '1971'])}${digits(9)} начато ${offenceDate()} отделом полиции ${pick(['Алмалинского', 'Ауэзовского', 'Бостандыкского'])} района.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `В период с ${(([a, b]) => `${offenceDate(a)} по ${offenceDate(b)}`)(yearsInOrder())} потерпевшие работали без оплаты на кирпичном заводе в ${pick(['Туркестанской области', 'Жамбылской области', 'Алматинской области'])}.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Суд взыскал в пользу потерпевших ${int(1, 9)} ${digits(3)} ${digits(3)} тенге в счёт возмещения морального вреда и ${int(100, 900)} 000 тенге процессуальных издержек.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Генеральная прокуратура Республики Казахстан совместно с ОВД Алмалинского района провела проверку ${int(3, 40)} объявлений о работе за рубежом.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Дело № ${int(1, 7)}${int(100, 999)}-${pad(int(18, 24))}-00-1/${int(10, 900)} рассмотрено специализированным межрайонным судом по уголовным делам г. ${pick(['Алматы', 'Астаны', 'Шымкента'])}.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `По данным МВД, в ${year()} году в Центральной Азии выявлено ${int(100, 900)} жертв торговли людьми, большинство из них — граждане Узбекистана и Таджикистана.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Приговором Бостандыкского районного суда г. Алматы от ${int(1, 28)} ${pick(RU_MONTHS)} ${year()} года назначено наказание в виде ${int(5, 12)} лет лишения свободы с конфискацией имущества.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Потерпевших вывезли из Шымкента через Ташкент в Стамбул, а затем в Анталью, где их удерживали ${int(2, 11)} месяцев.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Общественное объединение «Сана Сезим» и Международная организация по миграции (МОМ) оказали помощь ${int(4, 30)} потерпевшим, в том числе с восстановлением документов.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Апелляционная коллегия Алматинского городского суда отменила оправдательный приговор и направила дело на новое рассмотрение; ст. 125 ч. 3 п. 1 УК РК.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Стоимость авиабилета по маршруту Алматы — Дубай составила ${int(120, 350)} 000 тенге, «долг» за визу — ${int(1, 3)} 500 долларов США.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Рейсом ${pick(['KC 895', 'TK 351', 'FZ 1722'])} ${offenceDate()} потерпевшие вылетели из аэропорта Алматы, на паспортном контроле их не остановили.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Осуждённый отбывает наказание в учреждении ЕЦ-166/${int(1, 20)} г. ${pick(['Павлодара', 'Караганды', 'Костаная'])}; ходатайство об условно-досрочном освобождении отклонено.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `На проспекте Абая и улице Толе би в ${year()} году проведены рейды; в ${int(3, 9)} саунах выявлены иностранные гражданки без документов.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Согласно докладу Государственного департамента США (Trafficking in Persons Report ${year()}), Казахстан отнесён ко второму уровню.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Дело поступило в суд района имени Габита Мусрепова Северо-Казахстанской области ${offenceDate()}, в ${int(9, 17)}:${pad(int(0, 59))} начато судебное заседание.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Преступление предусмотрено ч. 2 ст. 127.1 и ч. 3 ст. 322.1 УК РФ; Бабушкинский районный суд г. Москвы назначил ${int(4, 9)} лет в колонии общего режима.`,
  ],
  [
    'kk',
    'cyrillic',
    () =>
      `ҚР ҚК-нің 128-бабы 3-бөлігімен ${int(6, 12)} жылға бас бостандығынан айыру жазасы тағайындалды, мүлкі тәркіленді.`,
  ],
  [
    'kk',
    'cyrillic',
    () =>
      `${year()} жылғы ${int(1, 28)} ${pick(KK_MONTHS_LOC)} Алматы облысының полиция департаменті ${int(3, 15)} жәбірленушіні анықтады.`,
  ],
  [
    'kk',
    'cyrillic',
    () =>
      `Жәбірленушілерге ${int(1, 9)} ${digits(3)} ${digits(3)} теңге моральдық зиян өндірілді, сот шығындары мемлекет есебінен өтелді.`,
  ],
  [
    'kk',
    'cyrillic',
    () =>
      `Бас прокуратура мен Ішкі істер министрлігі Түркістан облысында шетелге жұмысқа шақыратын ${int(5, 40)} жарнаманы тексерді.`,
  ],
  [
    'kk',
    'cyrillic',
    () => `Іс Шымкент қалалық сотының апелляциялық алқасында ${offenceDate()} қаралып, үкім өзгеріссіз қалдырылды.`,
  ],
  [
    'kk',
    'cyrillic',
    () =>
      `Жәбірленушілер Қорғас арқылы Қытайға, одан әрі Малайзияға жеткізілген, онда олар ${int(2, 10)} ай бойы ұсталған.`,
  ],
  [
    'kk',
    'latin',
    () =>
      `Sot ${year()} jyly ${int(1, 28)} nauryzda ÚK-niń 128-baby boiynsha ${int(5, 10)} jylǵa bas bostandyǵynan aiyru jazasyn taǵaiyndady.`,
  ],
  [
    'ky',
    'cyrillic',
    () =>
      `Кылмыш-жаза кодексинин 171-беренесинин 2-бөлүгү менен ${int(6, 12)} жылга эркинен ажыратуу жазасы дайындалды.`,
  ],
  [
    'ky',
    'cyrillic',
    () =>
      `${year()}-жылдын ${int(1, 28)}-${pick(KY_MONTHS_GEN)} Бишкектеги Ички иштер министрлигинин башкармалыгы ${int(3, 20)} жабырлануучуну аныктады.`,
  ],
  [
    'ky',
    'cyrillic',
    () =>
      `Жабырлануучуларга ${int(100, 900)} ${digits(3)} сом моралдык зыян өндүрүлдү, ${int(2, 8)} миң доллар «карыз» жокко чыгарылды.`,
  ],
  [
    'ky',
    'cyrillic',
    () =>
      `Ош шаарынан Москвага чейин автобус менен ${int(3, 5)} күн жол жүрүшкөн; Россиянын Тышкы иштер министрлиги кайра кайтарууга жардам берди.`,
  ],
  [
    'ky',
    'cyrillic',
    () =>
      `Бишкек шаардык соту иш № ${int(1, 9)}-${int(100, 999)}/${pad(int(19, 24))} боюнча апелляциялык арызды канааттандырбай койду.`,
  ],
  [
    'ky',
    'cyrillic',
    () =>
      `«Тендеш» коомдук бирикмеси жана ЭМУ ${year()}-жылы Чүй облусунда ${int(10, 90)} мигрантка юридикалык жардам көрсөткөн.`,
  ],
  [
    'uz',
    'latin',
    () =>
      `Jinoyat kodeksining 135-moddasi 3-qismi "a" bandi bilan ${int(8, 12)} yilga ozodlikdan mahrum qilish jazosi tayinlandi.`,
  ],
  [
    'uz',
    'latin',
    () =>
      `${year()}-yil ${int(1, 28)}-${pick(UZ_MONTHS_LOC)} Toshkent shahar IIBB xodimlari Sergeli tumanida reyd o‘tkazib, ${int(3, 14)} nafar ayolni ozod qildi.`,
  ],
  [
    'uz',
    'latin',
    () =>
      `Jabrlanuvchilarga ${int(10, 90)} mln so‘m ma'naviy zarar undirildi; sud xarajatlari ${int(1, 9)} ${digits(3)} ${digits(3)} so‘mni tashkil etdi.`,
  ],
  [
    'uz',
    'latin',
    () =>
      `Odam savdosiga qarshi kurashish bo‘yicha Respublika idoralararo komissiyasi ${year()}-yilgi hisobotini e’lon qildi.`,
  ],
  [
    'uz',
    'latin',
    () =>
      `Ishchilar Andijondan Qozog‘iston orqali Rossiyaning Yekaterinburg shahriga olib ketilgan va ${int(3, 11)} oy davomida ish haqisiz ishlatilgan.`,
  ],
  [
    'uz',
    'latin',
    () =>
      `Jinoyat ishi № ${int(1, 9)}-${digits(4)}/${year()} Farg‘ona viloyat sudining jinoyat ishlari bo‘yicha sudlov hay’ati tomonidan ko‘rildi.`,
  ],
  [
    'uz',
    'cyrillic',
    () => `Жиноят кодексининг 135-моддаси 2-қисми билан ${int(5, 10)} йилга озодликдан маҳрум қилинди.`,
  ],
  [
    'uz',
    'cyrillic',
    () =>
      `${year()} йил ${int(1, 28)} ${pick(UZC_MONTHS_LOC)} Наманган вилоят прокуратураси ${int(2, 9)} нафар жабрланувчини аниқлади.`,
  ],
  [
    'uz',
    'cyrillic',
    () =>
      `Жабрланувчиларга ${int(5, 60)} миллион сўм маънавий зарар ундирилди, воситачига ${int(1, 4)} минг АҚШ доллари тўланган.`,
  ],
  [
    'uz',
    'cyrillic',
    () =>
      `Ишчилар Самарқанддан Тошкент орқали Истанбулга олиб борилган; Ўзбекистон Республикаси Ташқи ишлар вазирлиги уларни қайтаришга кўмаклашди.`,
  ],
  [
    'tg-ru',
    'cyrillic',
    () =>
      `По ч. 2 ст. 130.1 УК РТ осуждены ${int(2, 5)} человека; потерпевшие вывезены из Бохтара через Душанбе в Москву.`,
  ],
  [
    'tg-ru',
    'cyrillic',
    () =>
      `Суд района Фирдавси г. Душанбе ${offenceDate()} назначил наказание в виде ${int(5, 13)} лет лишения свободы с отбыванием в колонии строгого режима.`,
  ],
  [
    'tg-ru',
    'cyrillic',
    () =>
      `Каждому рабочему обещали ${int(60, 90)} 000 рублей в месяц, фактически выплачивали не более ${int(5, 15)} 000 рублей, удерживая «долг» за патент.`,
  ],
  [
    'tg-ru',
    'cyrillic',
    () =>
      `Генеральная прокуратура Республики Таджикистан и посольство в Москве организовали возвращение ${int(8, 40)} граждан через аэропорт Худжанда.`,
  ],
  [
    'tg-ru',
    'cyrillic',
    () =>
      `Уголовное дело № ${digits(6)} возбуждено ${offenceDate()} ГСУ СК России по Московской области по п. «а» ч. 2 ст. 127.2 УК РФ.`,
  ],
  [
    'tg-ru',
    'cyrillic',
    () =>
      `Потерпевшие работали на складе в Подольске с ${pick(['марта', 'июня', 'сентября'])} ${year()} года; по данным ФМС, разрешения на работу не оформлялись.`,
  ],
  [
    'en',
    'latin',
    () =>
      `The U.S. Department of State placed ${pick(['Kazakhstan', 'Kyrgyzstan', 'Tajikistan'])} on the Tier 2 Watch List in its ${year()} Trafficking in Persons Report.`,
  ],
  [
    'en',
    'latin',
    () =>
      `The Prosecutor General's Office reported ${int(40, 300)} trafficking cases across Central Asia between ${yearsInOrder().join(' and ')}.`,
  ],
  [
    'en',
    'latin',
    () =>
      `Case No. ${int(1, 9)}-${int(100, 999)}/${year()} was heard under Article 128(3) of the Criminal Code of Kazakhstan; the sentence was ${int(6, 12)} years.`,
  ],
  [
    'en',
    'latin',
    () =>
      `Between ${(([a, b]) => `${pick(EN_MONTHS)} ${a} and ${pick(EN_MONTHS)} ${b}`)(yearsInOrder())}, ${int(5, 40)} men from Khujand and Osh worked unpaid on construction sites near Moscow, each owed RUB ${int(100, 400)},000.`,
  ],
  [
    'en',
    'latin',
    () =>
      `The International Organization for Migration and the OSCE Programme Office in Bishkek funded a shelter for ${int(10, 60)} survivors in Chui Province.`,
  ],
  [
    'en',
    'latin',
    () =>
      `The raid took place on ${year()}-${pad(int(1, 12))}-${pad(int(1, 28))} in Sharjah; UAE authorities referred ${int(3, 12)} women to the Ewa'a shelter.`,
  ],
  [
    'en',
    'latin',
    () =>
      `Under Article 3 of the Palermo Protocol, the consent of a victim is irrelevant where coercion, deception or abuse of a position of vulnerability was used.`,
  ],
  [
    'en',
    'latin',
    () =>
      `Flight ${pick(['KC 127', 'TK 371', 'HY 273'])} from Tashkent to Istanbul carried ${int(3, 9)} of the recruited women on ${int(1, 28)} ${pick(EN_MONTHS)} ${year()}.`,
  ],
  [
    'en',
    'latin',
    () =>
      `The Specialized Inter-District Criminal Court of Almaty ordered the defendants to pay KZT ${int(1, 9)},${digits(3)},000 in damages and USD ${int(2, 9)},500 in lost wages.`,
  ],
  [
    'en',
    'latin',
    () =>
      `Korean labour inspectors in Gyeonggi Province found ${int(10, 80)} undocumented workers from Uzbekistan at a plant near Ansan in ${year()}.`,
  ],
  [
    'en',
    'latin',
    () =>
      `Article 171 of the Criminal Code of the Kyrgyz Republic and Article 135 of the Criminal Code of Uzbekistan both criminalise recruitment for exploitation.`,
  ],
  [
    'en',
    'latin',
    () =>
      `Turkmenistan has not published conviction data since ${year()}; the Ministry of Internal Affairs in Ashgabat did not respond to requests.`,
  ],
  [
    'en',
    'latin',
    () =>
      `The Abai Street branch of the Ministry of Labour in Astana and the Nazarbayev University legal clinic ran ${int(3, 12)} workshops on safe migration.`,
  ],
];
for (const [language, script, make] of NEGATIVES) add(language, script, 1, () => [make()]);
// A second draw of some templates whose numbers vary (a fixed text is not drawn twice).
for (const [language, script, make] of NEGATIVES) {
  const again = make();
  if (chance(0.3) && !snippets.some((snippet) => snippet.text === again)) add(language, script, 1, () => [again]);
}

/* ---------- checks and output ---------- */

for (const snippet of snippets) {
  let previousEnd = -1;
  for (const span of [...snippet.spans].sort((a, b) => a.start - b.start)) {
    if (snippet.text.slice(span.start, span.end) !== span.text) throw new Error(`bad span in ${snippet.id}`);
    if (span.text !== span.text.trim() || span.text.length === 0) throw new Error(`untrimmed span in ${snippet.id}`);
    if (span.start < previousEnd) throw new Error(`overlapping spans in ${snippet.id}`);
    previousEnd = span.end;
  }
  if (/ {2}/.test(snippet.text)) throw new Error(`double space in ${snippet.id}`);
}
const ids = new Set(snippets.map((snippet) => snippet.id));
if (ids.size !== snippets.length) throw new Error('duplicate ids');

const folder = resolve(process.argv[2] ?? join(__dirname, '..', 'test', 'fixtures'));
const output = join(folder, 'anonymizer-heldout.jsonl');
writeFileSync(output, snippets.map((snippet) => JSON.stringify(snippet)).join('\n') + '\n');
const negatives = snippets.filter((snippet) => snippet.spans.length === 0).length;
const spanCount = snippets.reduce((sum, snippet) => sum + snippet.spans.length, 0);
console.log(`${snippets.length} snippets (${negatives} negatives), ${spanCount} spans → ${output}`);
