/**
 * `npx tsx scripts/generate-anonymizer-corpus-2.ts`: writes test/fixtures/anonymizer-corpus-2.jsonl,
 * a development set of libs/anonymizer. It was its held-out set until rules were written from its
 * misses (issue 22); test/fixtures/anonymizer-heldout.jsonl, written afresh, took its place. Name
 * lists chosen by hand, sentence templates in each language and seeded random numbers; labels
 * come from the generator, so every span is exact.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

// mulberry32: small, seeded and the same on every machine.
let state = 20240611;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let value = Math.imul(state ^ (state >>> 15), 1 | state);
  value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
  return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const integer = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const digits = (count: number) => Array.from({ length: count }, () => integer(0, 9)).join('');
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/* ---------- names (hand-chosen, see the header) ---------- */

interface Person {
  given: string;
  surname: string;
  patronymic?: string;
  female: boolean;
}
const words = (text: string) => text.trim().split(/\s+/);

const RU = {
  male: words('Велислав Ждан Эрик Марсель Артур Давид Мартин Ильдар Рамиль Эльдар Пантелей Рафаэль'),
  female: words(
    'Белослава Милолика Отрада Веселина Богумила Снежана Радмила Есения Эвелина Стефания Аглая Милена Арина Агния',
  ),
  surnames: words(
    'Верещагин Корольков Селезнёв Тихомиров Швецов Кочергин Лаптев Пряхин Черепанов Рябинин Бурцев Мальцев Лыков Сабуров',
  ),
  fathers: words('Велислав Эрик Марсель Артур Мартин Ильдар Рамиль Эльдар Пантелей'),
};
const KK = {
  male: words('Абылай Бейбіт Ғалым Дидар Ерназар Жанболат Қуаныш Мақсат Нұрбол Өркен Рауан Сырым Темірлан Әділет'),
  female: words('Ақбота Балнұр Гүлназ Дариға Еркежан Жібек Зәуре Інкәр Қарақат Мөлдір Нұрай Перизат Сымбат Тоғжан'),
  surnames: words(
    'Жақыпбеков Сапарғалиев Тілеубердиев Өтебаев Құдайбергенов Есенжолов Бекмағамбетов Ыдырысов Шәкәрімов',
  ),
};
const KY = {
  male: words('Нуржигит Тилек Эркин Адилет Калыс Темирбек Сыймык Жоомарт Бакай Манас Медер Урмат'),
  female: words('Айбийке Бактыгүл Нурайым Мээрим Бегимай Гүлайым Жазгүл Керимбүбү Сезим Бурул'),
  surnames: words('Токтогулов Мамбетов Сыдыков Осмоналиев Жумабаев Бообеков Түгөлбаев Качкынбаев Сагынбаев'),
};
const UZ_LATIN = {
  male: words('Jahongir Asqarali Mirjalol Abror Shoxruh Temurbek Sanjarbek Xondamir Zafarbek Nurillo Ortiqboy'),
  female: words('Oydin Munavvar Mohinur Xosiyat Oysuluv Xurshida Qunduz Ziyoda Tillaxon Gulshoda Zebiniso Mahliyo'),
  surnames: words(
    "Xo'jayev Raximberdiyev Tursunboyev Qurbonnazarov Eshmatov Abduraxmonov Sobirjonov Normurodov Yo'ldoshev",
  ),
};
const UZ_CYRILLIC = {
  male: words('Жаҳонгир Асқарали Миржалол Аброр Шоҳруҳ Темурбек Санжарбек Хондамир Зафарбек Нурилло'),
  female: words('Ойдин Мунаввар Моҳинур Хосият Ойсулув Хуршида Қундуз Зиёда Тиллахон'),
  surnames: words('Хўжаев Рахимбердиев Турсунбоев Эшматов Абдураҳмонов Собиржонов Нормуродов Йўлдошев'),
};
const TG = {
  male: words('Сорбон Бехруз Навруз Хуршед Бахтовар Сухроб Исфандиёр Далер Шахриёр Комрон'),
  female: words('Ситора Дилором Махина Мижгона Парвина Сумая Фарангис Манижа Шабнам Гулрухсор'),
  surnames: words('Шарифзода Раҳимзода Назарзода Бобоев Сафаров Холов Давлатов Қурбонзода Мирзоалиев Файзуллоев'),
};
const EN = {
  male: words('Lachlan Torin Oisin Callum Fergus Alasdair Rhodri Tobias Ewan Cormac'),
  female: words('Imogen Blodwen Eilidh Saoirse Niamh Tamsin Ffion Caoimhe Isolde Morwenna'),
  surnames: words(
    'Pemberton Ashcombe Fairweather Thistlewood Crowther Blackmore Pennington Whitcombe Haverford Dunmore',
  ),
};

/** Russian inflection of generated names: enough for the cases the templates use. */
type Case = 'nominative' | 'genitive' | 'dative' | 'instrumental';
function inflectSurname(surname: string, female: boolean, grammaticalCase: Case): string {
  const base = female ? (/(ов|ев|ёв|ин|ын)$/u.test(surname) ? `${surname}а` : surname) : surname;
  if (grammaticalCase === 'nominative') return base;
  if (/зода$/u.test(surname)) return base; // Tajik -zoda is not declined
  if (female) {
    if (!/а$/u.test(base)) return base;
    return grammaticalCase === 'instrumental' || grammaticalCase === 'genitive' || grammaticalCase === 'dative'
      ? `${base.slice(0, -1)}ой`
      : base;
  }
  if (/(ов|ев|ёв|ин|ын)$/u.test(surname))
    return `${surname}${{ genitive: 'а', dative: 'у', instrumental: 'ым' }[grammaticalCase]}`;
  return surname;
}
function inflectGiven(given: string, female: boolean, grammaticalCase: Case): string {
  if (grammaticalCase === 'nominative') return given;
  if (/[ая]$/u.test(given)) {
    const stem = given.slice(0, -1);
    const soft = /я$/u.test(given) || /[гкхжшщч]$/u.test(stem);
    const ending = { genitive: soft ? 'и' : 'ы', dative: 'е', instrumental: soft ? 'ей' : 'ой' }[grammaticalCase];
    return stem + ending;
  }
  if (female) return given;
  if (/й$/u.test(given))
    return given.slice(0, -1) + { genitive: 'я', dative: 'ю', instrumental: 'ем' }[grammaticalCase];
  return given + { genitive: 'а', dative: 'у', instrumental: 'ом' }[grammaticalCase];
}
function russianPatronymic(father: string, female: boolean): string {
  const stem = father.replace(/й$/u, 'е');
  return /е$/u.test(stem) ? `${stem}${female ? 'вна' : 'вич'}` : `${stem}${female ? 'овна' : 'ович'}`;
}

function personOf(lists: { male: string[]; female: string[]; surnames: string[] }, female = random() < 0.5): Person {
  return { given: pick(female ? lists.female : lists.male), surname: pick(lists.surnames), female };
}

/** A name as written in a Russian-language sentence, in one of the forms case files use. */
function russianName(person: Person, grammaticalCase: Case = 'nominative', style = integer(0, 7)): string {
  const surname = inflectSurname(person.surname, person.female, grammaticalCase);
  const given = inflectGiven(person.given, person.female, grammaticalCase);
  const initials = `${person.given[0]}.${person.patronymic ? `${person.patronymic[0]}.` : ''}`;
  const patronymic = person.patronymic ? inflectGiven(person.patronymic, person.female, grammaticalCase) : undefined;
  switch (style) {
    case 0:
      return `${surname} ${given}${patronymic ? ` ${patronymic}` : ''}`;
    case 1:
      return `${surname} ${initials}`;
    case 2:
      return `${initials} ${surname}`;
    case 3:
      return `${surname} ${given}${patronymic ? ` ${patronymic}` : ''}`.toUpperCase();
    case 4:
      return `${given} ${surname}`;
    case 5:
      return surname;
    default:
      return `${surname} ${given}`;
  }
}

const russianPerson = (female?: boolean) => {
  const person = personOf(RU, female ?? random() < 0.5);
  person.patronymic = russianPatronymic(pick(RU.fathers), person.female);
  return person;
};
const kazakhPerson = () => {
  const person = personOf(KK);
  if (random() < 0.4) person.patronymic = `${pick(KK.male)}${person.female ? 'қызы' : 'ұлы'}`;
  return person;
};
const kyrgyzPerson = () => personOf(KY);
const tajikPerson = (female?: boolean) => personOf(TG, female ?? random() < 0.5);

/* ---------- numbers ---------- */

function iin(valid: boolean): string {
  for (;;) {
    const year = integer(60, 99);
    const body = `${pad(year)}${pad(integer(1, 12))}${pad(integer(1, 28))}${pick(['3', '4'])}${digits(4)}`;
    const values = [...body].map(Number);
    const check = (weights: number[]) => weights.reduce((sum, weight, index) => sum + weight * values[index], 0) % 11;
    let control = check([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if (control === 10) control = check([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    if (control === 10) continue;
    return `${body}${valid ? control : (control + integer(1, 9)) % 10}`;
  }
}
function luhnComplete(prefix: string, length: number, valid = true): string {
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
function card(separator: string, valid = true): string {
  const number = luhnComplete(pick(['4', '5', '2200', '9860', '4169']), 16, valid);
  return number.match(/.{4}/g)!.join(separator);
}
function iban(country: 'KZ' | 'TR' | 'AE' | 'GE' | 'DE', grouped: boolean, lower = false): string {
  const bodies = {
    KZ: () => `${digits(3)}${pick(['A', 'K', 'C'])}${digits(12)}`,
    TR: () => `${digits(5)}0${digits(16)}`,
    AE: () => digits(19),
    GE: () => `${pick(['TB', 'BG'])}${digits(16)}`,
    DE: () => digits(18),
  };
  const body = bodies[country]();
  const numeric = [...`${body}${country}00`]
    .map((character) => (/\d/.test(character) ? character : String(character.charCodeAt(0) - 55)))
    .join('');
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  const value = `${country}${pad(98 - remainder)}${body}`;
  const text = grouped ? value.match(/.{1,4}/g)!.join(' ') : value;
  return lower ? text.toLowerCase() : text;
}
const phone = {
  kz: () =>
    pick([
      () => `+7 7${integer(0, 7)}${integer(0, 9)} ${digits(3)} ${digits(2)} ${digits(2)}`,
      () => `8-70${integer(0, 8)}-${digits(3)}-${digits(2)}-${digits(2)}`,
      () => `8 (77${integer(0, 8)}) ${digits(3)}-${digits(2)}-${digits(2)}`,
      () => `+77${integer(0, 7)}${digits(8)}`,
      () => `87${integer(0, 7)}${digits(8)}`,
    ])(),
  ru: () =>
    pick([
      () => `+7 (9${digits(2)}) ${digits(3)}-${digits(2)}-${digits(2)}`,
      () => `8-9${digits(2)}-${digits(3)}-${digits(4)}`,
    ])(),
  uz: () =>
    pick([
      () => `+998 ${pick(['90', '91', '93', '94', '97', '99'])} ${digits(3)}-${digits(2)}-${digits(2)}`,
      () => `+998${pick(['90', '97', '33'])}${digits(7)}`,
    ])(),
  kg: () =>
    pick([
      () => `+996 ${pick(['555', '700', '772', '509'])} ${digits(3)} ${digits(3)}`,
      () => `0${pick(['555', '700'])} ${digits(6)}`,
    ])(),
  tj: () => `+992 ${pick(['93', '92', '98', '90'])} ${digits(3)} ${digits(4)}`,
  tr: () =>
    pick([
      () => `+90 5${digits(2)} ${digits(3)} ${digits(2)} ${digits(2)}`,
      () => `0 (5${digits(2)}) ${digits(3)} ${digits(2)} ${digits(2)}`,
    ])(),
  ae: () =>
    pick([() => `+971 5${integer(0, 8)} ${digits(3)} ${digits(4)}`, () => `+971-5${integer(0, 8)}-${digits(7)}`])(),
  kr: () => `+82 10-${digits(4)}-${digits(4)}`,
};
const EMAIL_USERS = words(
  'sunrise.work vostok_travel kamal.ops nightingale77 steppe.rider golden_visa ayu.b23 remit.fast',
);
const EMAIL_DOMAINS = words('inbox.kz yandex.ru gmail.com mail.uz umail.uz bk.ru outlook.com list.ru');
const email = (user = pick(EMAIL_USERS)) => `${user}${random() < 0.5 ? integer(1, 99) : ''}@${pick(EMAIL_DOMAINS)}`;
const HANDLES = words('vakansii_dubai_24 rabota_turkey_kz seoul_jobs_uz nanny_abroad bride.agency.kg visa_help_tj');
const handle = () =>
  pick([
    () => `@${pick(HANDLES)}`,
    () => `t.me/${pick(HANDLES).replace(/\./g, '_')}`,
    () => `https://instagram.com/${pick(HANDLES)}`,
    () => `vk.com/id${digits(9)}`,
    () => `https://www.facebook.com/${pick(HANDLES).replace(/_/g, '.')}`,
    () => `tiktok.com/@${pick(HANDLES).replace(/\./g, '_')}`,
  ])();
const plate = {
  kz: () => `${digits(3)} ${pick(['ABC', 'KLM', 'AAD', 'BTR', 'HPE'])} ${pad(integer(1, 18))}`,
  kzCompact: () => `${digits(3)}${pick(['AXD', 'BCE', 'KTT'])}${pad(integer(1, 18))}`,
  uz: () => `${pad(integer(1, 95))} ${pick(['A', 'B', 'Y', 'S'])} ${digits(3)} ${pick(['AA', 'BC', 'MT', 'QA'])}`,
  ru: () =>
    `${pick(['А', 'В', 'Е', 'К', 'М'])}${digits(3)}${pick(['АВ', 'ОР', 'ТХ', 'КМ'])} ${pick(['77', '199', '50', '777'])}`,
  kg: () => `${pad(integer(1, 9))} KG ${digits(3)} ${pick(['ABC', 'AAE', 'BDK'])}`,
};
const RU_MONTHS_GENITIVE = words('января февраля марта апреля мая июня июля августа сентября октября ноября декабря');
const EN_MONTHS = words('January February March April May June July August September October November December');
const birthYear = () => integer(1962, 2006);
const dottedDate = (year = birthYear()) => `${pad(integer(1, 28))}.${pad(integer(1, 12))}.${year}`;
const isoDate = (year = birthYear()) => `${year}-${pad(integer(1, 12))}-${pad(integer(1, 28))}`;

/* ---------- snippets ---------- */

interface Piece {
  type?: EntityType;
  text: string;
}
type Builder = () => (string | Piece)[];
const entity = (type: EntityType, text: string): Piece => ({ type, text });
const P = (text: string) => entity('PERSON', text);

interface Snippet {
  id: string;
  language: string;
  script: 'cyrillic' | 'latin';
  text: string;
  spans: { start: number; end: number; type: EntityType; text: string }[];
}
const snippets: Snippet[] = [];
function add(language: string, script: 'cyrillic' | 'latin', builder: Builder, times = 1) {
  for (let index = 0; index < times; index++) {
    let text = '';
    const spans: Snippet['spans'] = [];
    for (const piece of builder()) {
      const part = typeof piece === 'string' ? { text: piece } : piece;
      if (part.type)
        spans.push({ start: text.length, end: text.length + part.text.length, type: part.type, text: part.text });
      text += part.text;
    }
    const number = snippets.filter((snippet) => snippet.language === language).length + 1;
    snippets.push({ id: `heldout-${language}-${pad(number, 3)}`, language, script, text, spans });
  }
}

/* Russian */
const ruCities = words('Павлодаре Кокшетау Семее Уральске Актобе Таразе Екатеринбурге Новосибирске Казани Самаре');
add(
  'ru',
  'cyrillic',
  () => {
    const person = russianPerson(true);
    return [
      'Потерпевшая ',
      P(russianName(person)),
      ' сообщила, что с ней связывались по номеру ',
      entity('PHONE', phone.kz()),
      '.',
    ];
  },
  4,
);
add(
  'ru',
  'cyrillic',
  () => {
    const person = russianPerson();
    return [
      'Показания свидетеля ',
      P(russianName(person, 'genitive', pick([0, 1, 6]))),
      ' о переводах на карту ',
      entity('CARD', card(pick([' ', '\u00a0', '-', '']))),
      ' оглашены в суде.',
    ];
  },
  3,
);
add(
  'ru',
  'cyrillic',
  () => [
    'Обвиняемый ',
    P(russianName(russianPerson(false), 'nominative', pick([0, 3, 1]))),
    ', ИИН ',
    entity('NATIONAL_ID', pick([iin(true), iin(false)])),
    ', ранее не судим.',
  ],
  4,
);
add(
  'ru',
  'cyrillic',
  () => [
    'Паспорт гражданина РК ',
    entity('PASSPORT', `N ${digits(8)}`),
    ' изъят у ',
    P(russianName(russianPerson(), 'genitive', pick([0, 6, 1]))),
    ' при досмотре.',
  ],
  2,
);
add(
  'ru',
  'cyrillic',
  () => [
    'Проживает по адресу: ',
    entity(
      'ADDRESS',
      pick([
        `ул. ${pick(['Абая', 'Сатпаева', 'Толе би', 'Жибек жолы', 'Гагарина'])}, ${integer(1, 240)}`,
        `пр. ${pick(['Достык', 'Назарбаева', 'Республики', 'Мира'])} ${integer(1, 180)}`,
        `г. ${pick(['Павлодар', 'Караганда', 'Костанай'])}, ул. ${pick(['Ленина', 'Торайгырова', 'Естая'])}, ${integer(1, 99)}-${integer(1, 120)}`,
        `мкр. ${pick(['Аксай-4', 'Самал-2', 'Орбита-3'])}, дом ${integer(1, 60)}, кв. ${integer(1, 150)}`,
        `улица ${pick(['Кирова', 'Пушкина', 'Шевченко'])}, д. ${integer(1, 90)}`,
      ]),
    ),
    ', ',
    pick(['не работает.', 'временно не трудоустроена.', 'имеет на иждивении двоих детей.']),
  ],
  6,
);
add(
  'ru',
  'cyrillic',
  () => {
    const person = russianPerson(true);
    const birth = pick([
      `${birthYear()} года рождения`,
      `${birthYear()} г.р.`,
      `${dottedDate()} г.р.`,
      `${integer(1, 28)} ${pick(RU_MONTHS_GENITIVE)} ${birthYear()} года рождения`,
    ]);
    return [
      P(russianName(person, 'nominative', pick([0, 4, 6]))),
      ', ',
      entity('BIRTH_DATE', birth),
      ', уроженка г. ',
      pick(['Павлодара', 'Тараза', 'Кызылорды']),
      ', была завербована через объявление.',
    ];
  },
  4,
);
add(
  'ru',
  'cyrillic',
  () => [
    'Дата рождения потерпевшей: ',
    entity('BIRTH_DATE', dottedDate()),
    '; в ',
    pick(ruCities),
    ' проживала у родственников.',
  ],
  2,
);
add(
  'ru',
  'cyrillic',
  () => [
    'Объявление о работе в ',
    pick(['Дубае', 'Анталье', 'Сеуле']),
    ' размещал пользователь ',
    entity('HANDLE', handle()),
    ', отвечавший с почты ',
    entity('EMAIL', email()),
    '.',
  ],
  4,
);
add(
  'ru',
  'cyrillic',
  () => [
    'Денежные средства перечислялись на счёт ',
    entity('IBAN', iban(pick(['KZ', 'TR', 'AE'] as const), random() < 0.5, random() < 0.25)),
    ' в ',
    pick(['АО «Банк»', 'местном банке', 'банке третьей страны']),
    '.',
  ],
  3,
);
add(
  'ru',
  'cyrillic',
  () => [
    'Автомашина ',
    pick(['Toyota Camry', 'Hyundai Accent', 'Lada Granta']),
    ' с государственным номером ',
    entity('PLATE', pick([plate.kz(), plate.ru(), plate.kzCompact()])),
    ' использовалась для перевозки потерпевших.',
  ],
  3,
);
add(
  'ru',
  'cyrillic',
  () => [
    'Карта ',
    entity('CARD', card(' ', false)),
    ' оформлена на имя ',
    P(russianName(russianPerson(), 'genitive', pick([0, 6]))),
    '.',
  ],
  2,
);
add(
  'ru',
  'cyrillic',
  () => [
    'Телефон ',
    entity('PHONE', phone.ru()),
    ' принадлежит ',
    P(russianName(russianPerson(), 'dative', pick([0, 6, 1]))),
    ', что подтверждено ответом оператора связи.',
  ],
  3,
);
add(
  'ru',
  'cyrillic',
  () => [
    'ИИН ',
    entity('NATIONAL_ID', pick([`${digits(6)} ${digits(6)}`, `${digits(3)}-${digits(3)}-${digits(3)}-${digits(3)}`])),
    ' указан в договоре найма, подписанном ',
    P(russianName(russianPerson(), 'instrumental', pick([0, 6]))),
    '.',
  ],
  3,
);
add(
  'ru',
  'cyrillic',
  () => [
    'Допрошенная в качестве свидетеля ',
    P(russianName(russianPerson(true), 'nominative', 3)),
    ' пояснила, что знала о долге потерпевшей.',
  ],
  2,
);

/* Kazakh */
const kazakhName = (person: Person, suffix = '') =>
  pick([
    () => `${person.given} ${person.surname}${person.female ? 'а' : ''}${suffix}`,
    () => `${person.surname}${person.female ? 'а' : ''} ${person.given}${suffix}`,
    () =>
      person.patronymic
        ? `${person.given} ${person.patronymic}${suffix}`
        : `${person.given} ${person.surname}${person.female ? 'а' : ''}${suffix}`,
  ])();
add(
  'kk',
  'cyrillic',
  () => [
    'Жәбірленуші ',
    P(kazakhName(kazakhPerson())),
    ' ',
    entity('PHONE', phone.kz()),
    ' нөмірі арқылы хабарласқан.',
  ],
  4,
);
add(
  'kk',
  'cyrillic',
  () => [
    'Айыпталушы ',
    P(kazakhName(kazakhPerson())),
    ', ЖСН ',
    entity('NATIONAL_ID', iin(random() < 0.7)),
    ', бұрын сотталмаған.',
  ],
  4,
);
add(
  'kk',
  'cyrillic',
  () => [
    P(kazakhName(kazakhPerson())),
    ' ',
    entity(
      'ADDRESS',
      pick([
        `${pick(['Абай', 'Сәтбаев', 'Қабанбай батыр', 'Төле би'])} көшесі, ${integer(1, 200)}-үй`,
        `${pick(['Павлодар', 'Ақтөбе'])} қаласы, ${pick(['Абай', 'Бейбітшілік'])} көшесі, ${integer(1, 90)}-үй, ${integer(1, 80)}-пәтер`,
        `${pick(['Абай', 'Достық'])} даңғылы, ${integer(1, 150)}`,
      ]),
    ),
    ' мекенжайында тұрады.',
  ],
  5,
);
add(
  'kk',
  'cyrillic',
  () => [
    P(kazakhName(kazakhPerson())),
    ' ',
    entity(
      'BIRTH_DATE',
      pick([
        `${birthYear()} жылы туған`,
        `${birthYear()} жылы ${integer(1, 28)} ${pick(words('қаңтарда ақпанда наурызда сәуірде мамырда маусымда'))} туған`,
      ]),
    ),
    ', Қазақстан Республикасының азаматы.',
  ],
  4,
);
add(
  'kk',
  'cyrillic',
  () => [
    'Төлқұжат ',
    entity('PASSPORT', `N${digits(8)}`),
    ' ',
    P(kazakhName(kazakhPerson(), 'ның')),
    ' атына берілген.',
  ],
  3,
);
add(
  'kk',
  'cyrillic',
  () => [
    'Ақша ',
    entity('CARD', card(' ')),
    ' картасына аударылды, ',
    entity('EMAIL', email()),
    ' поштасы арқылы хат жазысқан.',
  ],
  3,
);
add(
  'kk',
  'cyrillic',
  () => [
    'Жарнаманы ',
    entity('HANDLE', handle()),
    ' парақшасы таратқан, көлік нөмірі ',
    entity('PLATE', plate.kz()),
    '.',
  ],
  3,
);
add(
  'kk',
  'cyrillic',
  () => ['Шот ', entity('IBAN', iban('KZ', random() < 0.5)), ' ', P(kazakhName(kazakhPerson(), 'ға')), ' тиесілі.'],
  2,
);

/* Kyrgyz */
const kyrgyzName = (person: Person) =>
  pick([
    () => `${person.surname}${person.female ? 'а' : ''} ${person.given}`,
    () => `${person.given} ${person.surname}${person.female ? 'а' : ''}`,
    () => `${person.given} ${pick(KY.male)} ${person.female ? 'кызы' : 'уулу'}`,
  ])();
add(
  'ky',
  'cyrillic',
  () => [
    'Жабырлануучу ',
    P(kyrgyzName(kyrgyzPerson())),
    ' ',
    entity('PHONE', phone.kg()),
    ' номери аркылуу байланышкан.',
  ],
  4,
);
add(
  'ky',
  'cyrillic',
  () => [
    'Айыпталуучу ',
    P(kyrgyzName(kyrgyzPerson())),
    ', паспорт ',
    entity('PASSPORT', `${pick(['AN', 'ID', 'AC'])}${digits(7)}`),
    ', ',
    entity(
      'ADDRESS',
      `${pick(['Бишкек ш.', 'Ош ш.'])}, ${pick(['Чүй', 'Манас', 'Ахунбаев'])} көч., ${integer(1, 200)}`,
    ),
    ' дарегинде жашайт.',
  ],
  4,
);
add(
  'ky',
  'cyrillic',
  () => [
    P(kyrgyzName(kyrgyzPerson())),
    ', ',
    entity('BIRTH_DATE', `${birthYear()}-жылы туулган`),
    ', ',
    entity('EMAIL', email()),
    ' дареги аркылуу кат жазышкан.',
  ],
  3,
);
add(
  'ky',
  'cyrillic',
  () => [
    'Акча ',
    entity('CARD', card(pick([' ', '-']))),
    ' картасына которулган, ',
    entity('HANDLE', handle()),
    ' аккаунту аркылуу жарнама берилген.',
  ],
  3,
);
add(
  'ky',
  'cyrillic',
  () => ['Унаа ', entity('PLATE', plate.kg()), ' ', P(kyrgyzName(kyrgyzPerson())), ' атына катталган.'],
  2,
);

/* Uzbek, Latin script */
const uzbekLatinName = (suffix = '') => {
  const person = personOf(UZ_LATIN);
  const surname = person.female ? `${person.surname}a` : person.surname;
  return pick([
    () => `${surname} ${person.given}${suffix}`,
    () => `${person.given} ${surname}${suffix}`,
    () => `${person.given} ${pick(UZ_LATIN.male)} ${person.female ? 'qizi' : "o'g'li"}${suffix}`,
    () => `${surname} ${person.given[0]}.${suffix}`,
  ])();
};
add(
  'uz',
  'latin',
  () => ['Jabrlanuvchi ', P(uzbekLatinName()), ' ', entity('PHONE', phone.uz()), ' raqami orqali bog‘langan.'],
  4,
);
add(
  'uz',
  'latin',
  () => [
    'Ayblanuvchi ',
    P(uzbekLatinName()),
    ', JShShIR ',
    entity('NATIONAL_ID', `${integer(3, 6)}${digits(13)}`),
    ', pasport ',
    entity('PASSPORT', `${pick(['AA', 'AB', 'AD', 'FA'])}${digits(7)}`),
    '.',
  ],
  4,
);
add(
  'uz',
  'latin',
  () => [
    P(uzbekLatinName()),
    ' ',
    entity(
      'ADDRESS',
      pick([
        `${pick(['Toshkent', 'Samarqand', 'Andijon'])} sh., ${pick(['Amir Temur', "Bog'ishamol", 'Navoiy'])} ko‘chasi, ${integer(1, 120)}-uy`,
        `${pick(['Chilonzor', 'Yunusobod'])} tumani, ${integer(1, 25)}-kvartal, ${integer(1, 60)}-uy, ${integer(1, 90)}-xonadon`,
      ]),
    ),
    ' manzilida yashaydi.',
  ],
  4,
);
add(
  'uz',
  'latin',
  () => [
    P(uzbekLatinName()),
    ' ',
    entity(
      'BIRTH_DATE',
      pick([
        `${birthYear()} yilda tug'ilgan`,
        `${birthYear()}-yil ${integer(1, 28)}-${pick(words('yanvarda fevralda martda aprelda mayda iyunda'))} tug‘ilgan`,
      ]),
    ),
    ', O‘zbekiston fuqarosi.',
  ],
  4,
);
add(
  'uz',
  'latin',
  () => [
    'Pul ',
    entity('CARD', card(pick([' ', '']))),
    ' kartasiga o‘tkazilgan; xabarlar ',
    entity('EMAIL', email()),
    ' manziliga yuborilgan.',
  ],
  3,
);
add(
  'uz',
  'latin',
  () => [
    'Reklama ',
    entity('HANDLE', handle()),
    ' kanalida berilgan, avtomobil davlat raqami ',
    entity('PLATE', plate.uz()),
    '.',
  ],
  3,
);

/* Uzbek, Cyrillic script */
const uzbekCyrillicName = () => {
  const person = personOf(UZ_CYRILLIC);
  const surname = person.female ? `${person.surname}а` : person.surname;
  return pick([
    () => `${surname} ${person.given}`,
    () => `${person.given} ${surname}`,
    () => `${person.given} ${pick(UZ_CYRILLIC.male)} ${person.female ? 'қизи' : 'ўғли'}`,
  ])();
};
add(
  'uz',
  'cyrillic',
  () => ['Жабрланувчи ', P(uzbekCyrillicName()), ' ', entity('PHONE', phone.uz()), ' рақами орқали боғланган.'],
  3,
);
add(
  'uz',
  'cyrillic',
  () => [
    'Айбланувчи ',
    P(uzbekCyrillicName()),
    ', ЖШШИР ',
    entity('NATIONAL_ID', `${integer(3, 6)}${digits(13)}`),
    ', ',
    entity(
      'ADDRESS',
      `${pick(['Тошкент ш.', 'Наманган ш.'])}, ${pick(['Навоий', 'Бобур'])} кўчаси, ${integer(1, 99)}-уй`,
    ),
    '.',
  ],
  3,
);
add(
  'uz',
  'cyrillic',
  () => [
    P(uzbekCyrillicName()),
    ' ',
    entity('BIRTH_DATE', `${birthYear()} йилда туғилган`),
    ', паспорт ',
    entity('PASSPORT', `${pick(['AA', 'AB'])} ${digits(7)}`),
    '.',
  ],
  3,
);

/* Tajik names in Russian-language text */
add(
  'tg-ru',
  'cyrillic',
  () => [
    'Гражданин Республики Таджикистан ',
    P(russianName(tajikPerson(false), 'nominative', pick([0, 4, 6, 1]))),
    ' связывался с потерпевшими по телефону ',
    entity('PHONE', phone.tj()),
    '.',
  ],
  4,
);
add(
  'tg-ru',
  'cyrillic',
  () => [
    'Потерпевшая ',
    P(russianName(tajikPerson(true), 'nominative', pick([0, 4, 6]))),
    ', ',
    entity('BIRTH_DATE', `${birthYear()} года рождения`),
    ', вывезена в ',
    pick(['Москву', 'Екатеринбург', 'Стамбул']),
    ' через ',
    pick(['Худжанд', 'Душанбе']),
    '.',
  ],
  4,
);
add(
  'tg-ru',
  'cyrillic',
  () => [
    'В Москве потерпевших удерживали по адресу: ',
    entity(
      'ADDRESS',
      `ул. ${pick(['Профсоюзная', 'Верхняя Масловка', 'Бутырская'])}, д. ${integer(1, 120)}, кв. ${integer(1, 300)}`,
    ),
    '; деньги принимал ',
    P(russianName(tajikPerson(false), 'nominative', pick([0, 6]))),
    ' на карту ',
    entity('CARD', card(' ')),
    '.',
  ],
  4,
);
add(
  'tg-ru',
  'cyrillic',
  () => [
    'Паспорт гражданина Таджикистана ',
    entity('PASSPORT', `${pick(['A', 'B'])}${digits(8)}`),
    ' на имя ',
    P(russianName(tajikPerson(), 'genitive', pick([0, 6]))),
    ' обнаружен у работодателя.',
  ],
  3,
);
add(
  'tg-ru',
  'cyrillic',
  () => [
    'Переписка велась через ',
    entity('HANDLE', handle()),
    ' и почту ',
    entity('EMAIL', email()),
    ' с ',
    P(russianName(tajikPerson(), 'instrumental', pick([0, 6]))),
    '.',
  ],
  3,
);

/* English */
const englishName = () => {
  const female = random() < 0.5;
  const given = pick(female ? EN.female : EN.male);
  const surname = pick(EN.surnames);
  return pick([
    () => `${given} ${surname}`,
    () => `${female ? pick(['Ms', 'Mrs']) : 'Mr'} ${surname}`,
    () => `${female ? 'Ms' : 'Mr'} ${given} ${surname}`,
    () => `${given[0]}. ${surname}`,
  ])();
};
const centralAsianLatinName = () =>
  pick([
    () => `${pick(UZ_LATIN.female)} ${pick(UZ_LATIN.surnames)}a`,
    () => `${pick(UZ_LATIN.male)} ${pick(UZ_LATIN.surnames)}`,
    () =>
      `${pick(words('Akbota Balnur Dariga Yerkezhan Moldir Symbat'))} ${pick(words('Zhakypbekova Sapargalieva Otebayeva Yessenzholova'))}`,
    () =>
      `${pick(words('Abylai Beibit Galym Yernazar Zhanbolat Kuanysh Maksat'))} ${pick(words('Tileuberdiev Kudaibergenov Bekmagambetov Ydyrysov'))}`,
    () =>
      `${pick(words('Sorbon Behruz Navruz Khurshed Sukhrob'))} ${pick(words('Sharifzoda Rahimzoda Nazarzoda Boboev Safarov'))}`,
  ])();
add(
  'en',
  'latin',
  () => [
    'The victim, ',
    P(centralAsianLatinName()),
    ', was contacted on ',
    entity('PHONE', pick([phone.ae(), phone.tr(), phone.kr()])),
    ' by a recruiter.',
  ],
  5,
);
add(
  'en',
  'latin',
  () => [
    'According to ',
    P(englishName()),
    ' of the shelter, the recruiter wrote from ',
    entity('EMAIL', email()),
    '.',
  ],
  4,
);
add(
  'en',
  'latin',
  () => [
    'The apartment at ',
    entity(
      'ADDRESS',
      pick([
        `${integer(1, 300)} ${pick(['Abay', 'Dostyk', 'Tole Bi'])} avenue`,
        `Street ${integer(1, 40)}, Al Barsha`,
        `Villa ${integer(1, 90)}, Street ${integer(1, 30)}, Al Qusais`,
        `P.O. Box ${integer(1000, 99999)}, Dubai`,
        `${integer(1, 200)} ${pick(['Kingsway', 'Marsh Lane', 'Harbour Road'])}`,
        `${pick(['Atatürk', 'Cumhuriyet', 'İstiklal'])} Cad. No: ${integer(1, 150)}`,
        `${pick(['Kocatepe', 'Fatih', 'Yenimahalle'])} Mahallesi, ${pick(['Lale', 'Gül', 'Çınar'])} Sokak No: ${integer(1, 80)}`,
        `${pick(['Papatya', 'Menekşe'])} Sk. No: ${integer(1, 60)}/${integer(1, 12)}`,
      ]),
    ),
    ' was used to house the victims.',
  ],
  8,
);
add(
  'en',
  'latin',
  () => [
    'The defendant, ',
    P(centralAsianLatinName()),
    ', ',
    entity(
      'BIRTH_DATE',
      pick([
        `born in ${birthYear()}`,
        `DOB ${isoDate()}`,
        `born on ${integer(1, 28)} ${pick(EN_MONTHS)} ${birthYear()}`,
        `date of birth ${dottedDate()}`,
      ]),
    ),
    ', held ',
    pick(['a Kyrgyz', 'an Uzbek', 'a Kazakh']),
    ' passport.',
  ],
  6,
);
add(
  'en',
  'latin',
  () => [
    'Passport ',
    entity('PASSPORT', pick([`N ${digits(8)}`, `AB${digits(7)}`, digits(9)])),
    ' belonging to ',
    P(englishName()),
    ' was retained by the employer.',
  ],
  3,
);
add(
  'en',
  'latin',
  () => [
    'Wages were paid to card ',
    entity('CARD', card(pick(['\u00a0', ' ', '-']))),
    ' and to account ',
    entity('IBAN', iban(pick(['AE', 'TR', 'GE', 'DE'] as const), random() < 0.5, random() < 0.3)),
    '.',
  ],
  4,
);
add(
  'en',
  'latin',
  () => [
    'Victims were recruited through ',
    entity('HANDLE', handle()),
    '; the van (plate ',
    entity('PLATE', pick([plate.kz(), plate.uz()])),
    ') drove them to the border.',
  ],
  3,
);
add(
  'en',
  'latin',
  () => [
    'IIN ',
    entity('NATIONAL_ID', iin(false)),
    ' and card ',
    entity('CARD', card('', false)),
    ' appear in the recruitment contract signed by ',
    P(centralAsianLatinName()),
    '.',
  ],
  3,
);
add(
  'en',
  'latin',
  () => [
    'A source link https://news.example.org/search?name=',
    entity('PERSON', pick(['Sorbon%20Sharifzoda', 'Balnur%20Otebayeva', 'Jahongir%20Eshmatov'])),
    '&phone=',
    entity('PHONE', `%2B971${integer(50, 58)}${digits(7)}`),
    ' was cited in the file.',
  ],
  2,
);

/* Negatives: legal references, dates of offences, amounts, case numbers, places, organisations */
const NEGATIVES: [string, 'cyrillic' | 'latin', () => string][] = [
  [
    'ru',
    'cyrillic',
    () =>
      `Суд квалифицировал действия по п. ${integer(1, 5)} ч. ${integer(2, 3)} ст. ${pick([128, 125, 135, 308])} УК РК, назначив ${integer(5, 12)} лет лишения свободы.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Уголовное дело № ${digits(12)} возбуждено ${pad(integer(1, 28))}.${pad(integer(1, 12))}.20${integer(15, 23)} следственным управлением ДП г. ${pick(['Павлодара', 'Актобе', 'Шымкента'])}.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Ущерб составил ${integer(100, 999)} ${digits(3)} тенге, ещё ${integer(1000, 9000)} долларов США было передано в ${pick(['Анталье', 'Шардже', 'Инчхоне'])}.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `С ${pick(['марта', 'мая', 'октября'])} 20${integer(16, 22)} года по ${pick(['январь', 'июль'])} 20${integer(17, 23)} года потерпевшие работали на стройке в ${pick(['Подмосковье', 'Екатеринбурге', 'Стамбуле'])}.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Дело № ${integer(1, 9)}-${integer(100, 999)}/20${integer(18, 23)} рассмотрено Специализированным межрайонным судом по уголовным делам ${pick(['г. Астаны', 'Павлодарской области', 'г. Шымкента'])}.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `ОО «${pick(['Ак Жол', 'Надежда', 'Путь домой'])}» и Международная организация по миграции предоставили приют ${integer(2, 14)} потерпевшим.`,
  ],
  [
    'ru',
    'cyrillic',
    () =>
      `Приговор от ${integer(1, 28)} ${pick(RU_MONTHS_GENITIVE)} 20${integer(15, 23)} года оставлен без изменения апелляционной коллегией.`,
  ],
  [
    'kk',
    'cyrillic',
    () =>
      `ҚР ҚК ${pick([128, 135, 116])}-бабының ${integer(2, 4)}-бөлігі бойынша ${integer(3, 10)} жылға бас бостандығынан айыру тағайындалды.`,
  ],
  [
    'kk',
    'cyrillic',
    () =>
      `20${integer(17, 23)} жылғы ${integer(1, 28)} ${pick(words('наурызда мамырда қазанда'))} ${pick(['Шымкент', 'Түркістан', 'Атырау'])} қаласында тергеу басталды.`,
  ],
  [
    'ky',
    'cyrillic',
    () =>
      `Кылмыш-жаза кодексинин ${pick([171, 124])}-беренеси боюнча ${integer(5, 12)} жылга эркинен ажыратылды, ${integer(50, 400)} ${digits(3)} сом өндүрүлдү.`,
  ],
  [
    'uz',
    'latin',
    () =>
      `Jinoyat kodeksining ${pick([135, 137])}-moddasi ${integer(2, 3)}-qismi bilan ${integer(5, 10)} yilga ozodlikdan mahrum qilindi, ${integer(1, 9)} ${digits(3)} ${digits(3)} so'm undirildi.`,
  ],
  [
    'uz',
    'cyrillic',
    () =>
      `Жиноят кодексининг ${pick([135, 137])}-моддаси бўйича иш 20${integer(17, 23)} йил ${integer(1, 28)} ${pick(words('мартда майда октябрда'))} судга юборилди.`,
  ],
  [
    'tg-ru',
    'cyrillic',
    () =>
      `По ч. ${integer(2, 3)} ст. 130.1 УК РТ осуждены ${integer(2, 4)} человека; потерпевшие вывезены из ${pick(['Бохтара', 'Куляба', 'Худжанда'])} в ${pick(['Москву', 'Дубай'])}.`,
  ],
  [
    'en',
    'latin',
    () =>
      `Case No. ${integer(1, 9)}-${integer(100, 999)}/20${integer(18, 23)} was decided on ${integer(1, 28)} ${pick(EN_MONTHS)} 20${integer(15, 23)} under Article ${pick([128, 135, 171])} of the Criminal Code.`,
  ],
  [
    'en',
    'latin',
    () =>
      `Between ${pick(EN_MONTHS)} 20${integer(15, 20)} and ${pick(EN_MONTHS)} 20${integer(21, 23)}, ${integer(3, 30)} workers from ${pick(['Osh', 'Khujand', 'Turkistan'])} were exploited on farms near ${pick(['Antalya', 'Bursa', 'Incheon'])}, owed USD ${integer(1, 9)},${digits(3)} each.`,
  ],
  [
    'en',
    'latin',
    () =>
      `The ${pick(['International Organization for Migration', 'Ministry of Internal Affairs', 'General Prosecutor’s Office'])} and ${pick(['La Strada', 'Sana Sezim', 'Tong Jahoni'])} coordinated the repatriation of ${integer(2, 20)} victims via ${pick(['Istanbul', 'Sharjah', 'Almaty'])}.`,
  ],
];
for (const [language, script, make] of NEGATIVES) add(language, script, () => [make()], 3);

for (const snippet of snippets) {
  for (const span of snippet.spans) {
    if (snippet.text.slice(span.start, span.end) !== span.text) throw new Error(`bad span in ${snippet.id}`);
  }
}
const output = join(__dirname, '..', 'test', 'fixtures', 'anonymizer-corpus-2.jsonl');
writeFileSync(output, snippets.map((snippet) => JSON.stringify(snippet)).join('\n') + '\n');
console.log(
  `${snippets.length} snippets, ${snippets.reduce((sum, snippet) => sum + snippet.spans.length, 0)} spans → ${output}`,
);
