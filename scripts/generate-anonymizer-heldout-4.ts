/* eslint-disable @typescript-eslint/no-unused-vars -- kept exactly as its author wrote it: a held-out batch is not edited */
/*
 * Fourth held-out evaluation batch for libs/anonymizer (written 2026-12-05), written before the rules it judges; do not regenerate or edit it to fit the rules.
 *
 * Standalone generator: imports only node:fs and node:path. Deterministic (mulberry32, seed 4242026).
 * Labels come from the templates: text is built by concatenating pieces and span offsets are recorded
 * while concatenating (JavaScript UTF-16 offsets, end exclusive).
 *
 * Usage: tsx generate-anonymizer-heldout-4.ts [outDir]   -> writes <outDir>/anonymizer-heldout-4.jsonl
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

type SpanType =
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
type Piece = string | [SpanType, string];
interface Span {
  start: number;
  end: number;
  type: SpanType;
  text: string;
}
interface Rec {
  id: string;
  language: string;
  script: string;
  text: string;
  spans: Span[];
}
type Tpl = () => Piece[];
type G = 'm' | 'f';
type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre' | 'loc' | 'abl';

// ---------------------------------------------------------------- PRNG & helpers
function mulberry32(a: number): () => number {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(4242026);
const pick = <X>(a: readonly X[]): X => a[Math.floor(rnd() * a.length)];
const int = (a: number, b: number): number => a + Math.floor(rnd() * (b - a + 1));
const dig = (n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rnd() * 10));
  return s;
};
const chance = (p: number): boolean => rnd() < p;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const up = (s: string): string => s.toUpperCase();
const low = (s: string): string => s.toLowerCase();
const SHY = '\u00AD';
function shy(s: string): string {
  // insert a soft hyphen inside the longest word
  const words = s.split(' ');
  let bi = 0;
  words.forEach((w, i) => {
    if (w.length > words[bi].length) bi = i;
  });
  const w = words[bi];
  if (w.length < 4) return s;
  const k = Math.max(2, Math.min(w.length - 2, Math.floor(w.length / 2)));
  words[bi] = w.slice(0, k) + SHY + w.slice(k);
  return words.join(' ');
}

const P = (v: string): Piece => ['PERSON', v];
const A = (v: string): Piece => ['ADDRESS', v];
const B = (v: string): Piece => ['BIRTH_DATE', v];
const PH = (v: string): Piece => ['PHONE', v];
const EM = (v: string): Piece => ['EMAIL', v];
const NI = (v: string): Piece => ['NATIONAL_ID', v];
const PS = (v: string): Piece => ['PASSPORT', v];
const CA = (v: string): Piece => ['CARD', v];
const IB = (v: string): Piece => ['IBAN', v];
const PL = (v: string): Piece => ['PLATE', v];
const HA = (v: string): Piece => ['HANDLE', v];

// ---------------------------------------------------------------- name pools
// Russian-spelled pools (used in ru and tg-ru text)
const RU_GROUPS: { F: string[]; M: string[]; S: string[] }[] = [
  {
    // Kazakh
    F: [
      'Айгерим',
      'Молдир',
      'Жансая',
      'Гульназ',
      'Акбота',
      'Асель',
      'Назерке',
      'Балжан',
      'Толкын',
      'Сымбат',
      'Аружан',
      'Шынар',
      'Ляззат',
      'Карлыгаш',
      'Меруерт',
      'Жулдыз',
      'Гаухар',
      'Инкар',
      'Камила',
      'Айжан',
      'Динара',
      'Салима',
    ],
    M: [
      'Ерлан',
      'Нурлан',
      'Бауыржан',
      'Даурен',
      'Аскар',
      'Галым',
      'Серик',
      'Кайрат',
      'Жандос',
      'Мурат',
      'Ержан',
      'Талгат',
      'Бекзат',
      'Олжас',
      'Адилет',
      'Саят',
      'Темирлан',
      'Ербол',
      'Жаксылык',
      'Айдос',
    ],
    S: [
      'Жумабаев',
      'Сейткалиев',
      'Тулеуов',
      'Абдрахманов',
      'Касымов',
      'Оспанов',
      'Муканов',
      'Сарсенбаев',
      'Жакупов',
      'Нурпеисов',
      'Бекмухамбетов',
      'Токтаров',
      'Исабеков',
      'Алимжанов',
      'Кудайбергенов',
      'Есенжолов',
      'Байжанов',
      'Утепов',
      'Шайхин',
    ],
  },
  {
    // Kyrgyz
    F: [
      'Айпери',
      'Бегимай',
      'Нургуль',
      'Айзат',
      'Жылдыз',
      'Чолпон',
      'Каныкей',
      'Бурулай',
      'Гульзат',
      'Мээрим',
      'Айнура',
      'Асылкан',
      'Элнура',
      'Салтанат',
      'Жибек',
      'Нуриза',
      'Алтынай',
      'Толгонай',
      'Сезим',
    ],
    M: [
      'Бакыт',
      'Эрмек',
      'Нурбек',
      'Азамат',
      'Улан',
      'Темирбек',
      'Бектур',
      'Кубанычбек',
      'Алмазбек',
      'Чынгыз',
      'Медер',
      'Жоомарт',
      'Талант',
      'Мирлан',
      'Урмат',
      'Тынчтык',
      'Эламан',
      'Мелис',
    ],
    S: [
      'Осмонов',
      'Токтогулов',
      'Жээнбеков',
      'Абдыкадыров',
      'Сыдыков',
      'Мамытов',
      'Усенов',
      'Садыров',
      'Бокенбаев',
      'Асанкулов',
      'Эсенгулов',
      'Турдубаев',
      'Шаршеев',
      'Калыев',
      'Бообеков',
      'Сатыбалдиев',
      'Акматов',
    ],
  },
  {
    // Uzbek (Russian spelling)
    F: [
      'Дилноза',
      'Гульнора',
      'Шахноза',
      'Мохира',
      'Нилуфар',
      'Зульфия',
      'Феруза',
      'Севара',
      'Мафтуна',
      'Дилдора',
      'Гулбахор',
      'Нодира',
      'Хилола',
      'Малика',
    ],
    M: [
      'Жасур',
      'Сардор',
      'Бекзод',
      'Отабек',
      'Шерзод',
      'Улугбек',
      'Жавлон',
      'Фаррух',
      'Шохрух',
      'Акмал',
      'Баходир',
      'Ильхом',
      'Санжар',
      'Уткир',
    ],
    S: [
      'Каримов',
      'Рахимов',
      'Юсупов',
      'Ташматов',
      'Эргашев',
      'Кадыров',
      'Ходжаев',
      'Султанов',
      'Абдуллаев',
      'Норматов',
      'Мирзаев',
      'Пулатов',
      'Исмоилов',
      'Гуломов',
      'Юлдашев',
      'Кучкаров',
    ],
  },
  {
    // Tajik
    F: [
      'Фарангис',
      'Мехрона',
      'Зарина',
      'Шахло',
      'Нигина',
      'Манижа',
      'Тахмина',
      'Парвина',
      'Рухшона',
      'Гулчехра',
      'Ситора',
      'Дилафруз',
      'Мавзуна',
      'Сабохат',
      'Нозанин',
      'Бунафша',
      'Шабнам',
    ],
    M: [
      'Фаррух',
      'Далер',
      'Сухроб',
      'Рустам',
      'Шерали',
      'Бахтиёр',
      'Зафар',
      'Исмоил',
      'Фирдавс',
      'Комрон',
      'Джамшед',
      'Хуршед',
      'Парвиз',
      'Умед',
      'Навруз',
      'Сиёвуш',
      'Абдурахмон',
      'Некруз',
      'Манучехр',
      'Мирзо',
    ],
    S: [
      'Рахмонов',
      'Назаров',
      'Саидов',
      'Шарипов',
      'Одинаев',
      'Холов',
      'Мирзоев',
      'Сафаров',
      'Абдуллоев',
      'Джураев',
      'Курбонов',
      'Бобоев',
      'Гулов',
      'Давлатов',
      'Файзуллоев',
      'Ашуров',
      'Нуров',
      'Каримзода',
      'Давлатзода',
      'Рахимзода',
      'Шарифзода',
      'Хайдарзода',
      'Амонзода',
    ],
  },
  {
    // Turkmen
    F: ['Огульгерек', 'Майса', 'Джерен', 'Айна', 'Бахар', 'Энеджан', 'Огулджан', 'Гульшат', 'Огулбике'],
    M: ['Мердан', 'Сердар', 'Довлет', 'Батыр', 'Гельды', 'Ровшен', 'Язмурад', 'Бегенч', 'Аннагельды'],
    S: ['Аннаев', 'Оразов', 'Бердыев', 'Курбанов', 'Чарыев', 'Атаев', 'Гельдыев', 'Мамедов', 'Ходжамурадов'],
  },
  {
    // Uyghur
    F: ['Гульнур', 'Турсунай', 'Патигуль', 'Рисалат', 'Назугум', 'Мехригуль', 'Аминам'],
    M: ['Ильхам', 'Абдурешит', 'Мухтар', 'Равиль', 'Ахметжан', 'Нурмемет', 'Дильшат'],
    S: ['Розахунов', 'Мамутов', 'Нурахметов', 'Исмаилов', 'Турдахунов', 'Хамраев', 'Масимов'],
  },
  {
    // Koryo-saram
    F: ['Виктория', 'Елена', 'Светлана', 'Анна', 'Марина', 'Ирина', 'Людмила', 'Оксана'],
    M: ['Сергей', 'Дмитрий', 'Олег', 'Виктор', 'Вячеслав', 'Игорь', 'Эдуард', 'Роман'],
    S: ['Ким', 'Пак', 'Цой', 'Тен', 'Ли', 'Хван', 'Югай', 'Шин', 'Нам', 'Хегай', 'Огай', 'Когай', 'Тхай', 'Мун'],
  },
  {
    // Russian
    F: [
      'Ольга',
      'Наталья',
      'Екатерина',
      'Людмила',
      'Светлана',
      'Валентина',
      'Ирина',
      'Дарья',
      'Алёна',
      'Полина',
      'Яна',
      'Галина',
    ],
    M: [
      'Виктор',
      'Андрей',
      'Игорь',
      'Сергей',
      'Дмитрий',
      'Олег',
      'Евгений',
      'Вадим',
      'Роман',
      'Геннадий',
      'Станислав',
      'Аркадий',
    ],
    S: [
      'Сидоренко',
      'Крылов',
      'Шестаков',
      'Плотников',
      'Лаптев',
      'Волков',
      'Гаврилов',
      'Зуев',
      'Белоусов',
      'Трофимов',
      'Харченко',
      'Ломакин',
      'Дьячков',
      'Кузьмин',
      'Рябинин',
    ],
  },
  {
    // Dungan
    F: ['Айша', 'Фатима', 'Зухра', 'Сапия', 'Хадича'],
    M: ['Хусей', 'Ильяс', 'Сулейман', 'Хасан', 'Исмаил'],
    S: ['Ванахун', 'Сушанло', 'Дуншанов', 'Хейвалиев', 'Ясыров', 'Шимаров', 'Мансузов'],
  },
];
const TJ_GROUP = RU_GROUPS[3];
const UZRU_GROUP = RU_GROUPS[2];
const TR_RU = [
  'Мехмет Йылмаз',
  'Хакан Озтюрк',
  'Серкан Айдын',
  'Бурак Кая',
  'Юсуф Коч',
  'Орхан Арслан',
  'Левент Доган',
  'Эмине Челик',
  'Айше Демир',
  'Фатма Шахин',
  'Дженгиз Кылыч',
];
const AR_RU = [
  'Халид аль-Мансури',
  'Омар аль-Сувейди',
  'Саид аль-Кетби',
  'Рашид аль-Шамси',
  'Фейсал аль-Марзуки',
  'Хамдан аль-Дахери',
];
const KR_RU = ['Ким Мин Джун', 'Пак Джи Хун', 'Чхве Хён У', 'Ли Со Ён', 'Кан Дон Хён', 'Юн Су Бин'];

// Kazakh (Kazakh orthography)
const KK = {
  F: [
    'Айгерім',
    'Мөлдір',
    'Жансая',
    'Гүлназ',
    'Ақбота',
    'Әсел',
    'Назерке',
    'Балжан',
    'Толқын',
    'Сымбат',
    'Аружан',
    'Шынар',
    'Ләззат',
    'Қарлығаш',
    'Меруерт',
    'Жұлдыз',
    'Гауһар',
    'Іңкәр',
    'Ақмарал',
    'Дильназ',
    'Мейірім',
    'Сәуле',
    'Айым',
    'Ұлжан',
  ],
  M: [
    'Ерлан',
    'Нұрлан',
    'Бауыржан',
    'Дәурен',
    'Асқар',
    'Ғалым',
    'Серік',
    'Қайрат',
    'Жандос',
    'Мұрат',
    'Ержан',
    'Талғат',
    'Бекзат',
    'Олжас',
    'Әділет',
    'Саят',
    'Темірлан',
    'Ербол',
    'Абылай',
    'Жақсылық',
    'Ақжол',
    'Нұржан',
  ],
  S: [
    'Жұмабаев',
    'Сейітқалиев',
    'Төлеуов',
    'Әбдірахманов',
    'Қасымов',
    'Оспанов',
    'Мұқанов',
    'Сәрсенбаев',
    'Жақыпов',
    'Нұрпейісов',
    'Бекмұхамбетов',
    'Тоқтаров',
    'Исабеков',
    'Әлімжанов',
    'Құдайбергенов',
    'Есенжолов',
    'Байжанов',
    'Өтепов',
    'Тілеубердиев',
  ],
};
const KK_LAT = {
  F: ['Aigerim', 'Moldir', 'Zhansaya', 'Gulnaz', 'Aqbota', 'Asel', 'Nazerke', 'Balzhan', 'Tolqyn', 'Symbat', 'Aruzhan'],
  M: ['Erlan', 'Nurlan', 'Bauyrzhan', 'Dauren', 'Asqar', 'Serik', 'Qairat', 'Zhandos', 'Olzhas'],
  S: ['Qasymov', 'Ospanov', 'Muqanov', 'Zhaqypov', 'Sarsenbayev', 'Tuleuov', 'Abdirakhmanov', 'Nurpeisov'],
};
// Kyrgyz (Kyrgyz orthography)
const KY = {
  F: [
    'Айпери',
    'Бегимай',
    'Нургүл',
    'Айзат',
    'Жылдыз',
    'Чолпон',
    'Каныкей',
    'Бурулай',
    'Гүлзат',
    'Мээрим',
    'Айнура',
    'Асылкан',
    'Элнура',
    'Салтанат',
    'Жибек',
    'Нуриза',
    'Алтынай',
    'Толгонай',
    'Сезим',
    'Күмүшай',
    'Уулкан',
  ],
  M: [
    'Бакыт',
    'Эрмек',
    'Нурбек',
    'Азамат',
    'Улан',
    'Темирбек',
    'Бектур',
    'Кубанычбек',
    'Алмазбек',
    'Чыңгыз',
    'Медер',
    'Жоомарт',
    'Талант',
    'Мирлан',
    'Урмат',
    'Тынчтык',
    'Эламан',
    'Мелис',
    'Бекназар',
    'Төлөгөн',
  ],
  S: [
    'Осмонов',
    'Токтогулов',
    'Жээнбеков',
    'Абдыкадыров',
    'Сыдыков',
    'Мамытов',
    'Үсөнов',
    'Садыров',
    'Бөкөнбаев',
    'Асанкулов',
    'Эсенгулов',
    'Турдубаев',
    'Шаршеев',
    'Калыев',
    'Бообеков',
    'Сатыбалдиев',
    'Акматов',
    'Төрөкулов',
  ],
};
// Uzbek Latin
const UZ = {
  F: [
    'Dilnoza',
    'Gulnora',
    'Shahnoza',
    'Mohira',
    'Nilufar',
    'Zulfiya',
    'Feruza',
    'Madina',
    'Sevara',
    'Maftuna',
    'Dildora',
    'Munisa',
    'Oygul',
    'Nodira',
    'Gulbahor',
    'Shoira',
    'Zarnigor',
    'Malika',
    'Hilola',
    'Yulduz',
    'Mohinur',
    'Barno',
    'Xurshida',
    'Komila',
    'Ra\u02BCno',
  ],
  M: [
    'Jasur',
    'Sardor',
    'Bekzod',
    'Otabek',
    'Sherzod',
    'Ulug\u2018bek',
    'Javlon',
    'Doniyor',
    'Farrux',
    'Shoxrux',
    'Akmal',
    'Bahodir',
    'Rustam',
    'Umid',
    'Xurshid',
    'G\u2018ayrat',
    'Ravshan',
    'Ilhom',
    'Nodirbek',
    'Azizbek',
    'Sanjar',
    'O\u2018tkir',
    'Abdulla',
    'Islom',
  ],
  S: [
    'Karimov',
    'Rahimov',
    'Yusupov',
    'Toshmatov',
    'Ergashev',
    'Qodirov',
    'Xo\u2018jayev',
    'Sultonov',
    'Abdullayev',
    'Normatov',
    'Mirzayev',
    'Po\u2018latov',
    'Ismoilov',
    'G\u2018ulomov',
    'Yo\u2018ldoshev',
    'Haydarov',
    'Nazarov',
    'Tursunov',
    'Saidov',
    'Qo\u2018chqorov',
    'Eshonqulov',
    'Jo\u2018rayev',
  ],
};
const QQ = {
  // Karakalpak (Latin)
  F: ['Aqmaral', 'Ayimxan', 'Gulshiyra', 'Saltanat', 'Jupar'],
  M: ['Berdaq', 'Ajiniyaz', 'Quwanishbay', 'Polat', 'Jaqsiliq'],
  S: ['Tleubergenov', 'Allambergenov', 'Qayipov', 'Seytmuratov', 'Utepbergenov', 'Kalimbetov'],
};
const UZC = {
  // Uzbek Cyrillic
  F: [
    'Дилноза',
    'Гулнора',
    'Шаҳноза',
    'Моҳира',
    'Нилуфар',
    'Зулфия',
    'Феруза',
    'Севара',
    'Мафтуна',
    'Дилдора',
    'Ҳилола',
  ],
  M: [
    'Жасур',
    'Сардор',
    'Бекзод',
    'Отабек',
    'Шерзод',
    'Улуғбек',
    'Жавлон',
    'Дониёр',
    'Фаррух',
    'Шоҳрух',
    'Ўткир',
    'Баҳодир',
    'Ғайрат',
  ],
  S: [
    'Каримов',
    'Раҳимов',
    'Юсупов',
    'Тошматов',
    'Эргашев',
    'Қодиров',
    'Хўжаев',
    'Султонов',
    'Абдуллаев',
    'Норматов',
    'Мирзаев',
    'Пўлатов',
    'Қўчқоров',
  ],
};
// English romanisations (ASCII)
const EN = {
  F: [
    'Aigerim',
    'Moldir',
    'Zhansaya',
    'Aizat',
    'Begimai',
    'Nurgul',
    'Dilnoza',
    'Gulnora',
    'Farangis',
    'Mehrona',
    'Zarina',
    'Shakhlo',
    'Tahmina',
    'Mahliyo',
    'Cholpon',
    'Kanykei',
    'Ogulgerek',
    'Mihrigul',
    'Tursunay',
    'Zhuldyz',
    'Gulnaz',
    'Assel',
    'Madina',
    'Meerim',
    'Sitora',
    'Nigina',
    'Jeren',
    'Aruzhan',
  ],
  M: [
    'Yerlan',
    'Nurlan',
    'Bauyrzhan',
    'Azamat',
    'Bakyt',
    'Ermek',
    'Jasur',
    'Sardor',
    'Farrukh',
    'Daler',
    'Sukhrob',
    'Bakhtiyor',
    'Jamshed',
    'Khurshed',
    'Merdan',
    'Serdar',
    'Ilkham',
    'Abdureshit',
    'Timur',
    'Nursultan',
    'Ulugbek',
    'Shokhrukh',
    'Kubanychbek',
    'Talant',
    'Komron',
    'Dovlet',
  ],
  S: [
    'Zhumabayev',
    'Kassymov',
    'Ospanov',
    'Tokhtarov',
    'Osmonov',
    'Toktogulov',
    'Zheenbekov',
    'Karimov',
    'Rakhimov',
    'Yusupov',
    'Tashmatov',
    'Rakhmonov',
    'Nazarov',
    'Sharipov',
    'Odinaev',
    'Davlatzoda',
    'Annayev',
    'Orazov',
    'Rozakhunov',
    'Kim',
    'Pak',
    'Tsoi',
    'Ten',
    'Ismailov',
    'Mamatkulov',
    'Kurbanov',
    'Sydykov',
    'Usenov',
    'Abdrakhmanov',
    'Sultonov',
    'Safarov',
    'Mirzoev',
  ],
};
const EN_FOREIGN = [
  'Mehmet Yilmaz',
  'Hakan \u00D6zt\u00FCrk',
  'Serkan Ayd\u0131n',
  'Emine \u00C7elik',
  'Burak Kaya',
  'Ay\u015Fe Demir',
  'Yusuf Ko\u00E7',
  'Orhan Arslan',
  'Kim Min-jun',
  'Park Ji-hoon',
  'Lee Seo-yeon',
  'Choi Hyun-woo',
  'Zhang Wei',
  'Liu Yang',
  'Wang Fang',
  'Khalid Al Mansouri',
  'Omar Al Suwaidi',
  'Saeed Al Ketbi',
  'Fatima Al Hashemi',
  'Rashid Al Shamsi',
  'Vitaly Kornienko',
  'Oksana Melnyk',
];
const TR_LAT = [
  'Mehmet Y\u0131lmaz',
  'Hakan \u00D6zt\u00FCrk',
  'Serkan Ayd\u0131n',
  'Emine \u00C7elik',
  'Burak Kaya',
  'Ay\u015Fe Demir',
  'Yusuf Ko\u00E7',
  'Orhan Arslan',
  'Ertu\u011Frul Kaplan',
  'G\u00FCls\u00FCm Aksoy',
  'Levent Do\u011Fan',
  'Tuncay K\u0131l\u0131\u00E7',
];
const TM_LAT = [
  'Ogulgerek Annay\u00FDewa',
  'Merdan Orazow',
  'Maysa Berdi\u00FDewa',
  'Serdar \u00C7ary\u00FDew',
  'D\u00F6wlet Gurbanow',
  'Enejan Ata\u00FDewa',
  'Rowşen Orazmyradow',
  'Batyr Hojamuradow',
];

// ---------------------------------------------------------------- morphology
const VOW_RU = /[аеёиоуыэюя]$/i;
function declRu(w: string, g: G, c: Case, kind: 'first' | 'last' | 'patr'): string {
  if (c === 'nom') return w;
  const lw = w.toLowerCase();
  if (/(зода|заде)$/.test(lw) || /[оеиуюэы]$/.test(lw) || lw.endsWith('ко')) return w;
  if (w.includes('-') || w.includes(' ')) return w;
  const cc = c === 'loc' ? 'pre' : c === 'abl' ? 'gen' : c;
  if (g === 'f') {
    if (kind !== 'first' && /(ова|ева|ёва|ина|ына)$/.test(lw)) return w.slice(0, -1) + (cc === 'acc' ? 'у' : 'ой');
    if (lw.endsWith('а')) {
      const stem = w.slice(0, -1);
      const sl = stem.toLowerCase();
      const soft = /[гкхжшчщ]$/.test(sl);
      return (
        stem +
        (
          { gen: soft ? 'и' : 'ы', dat: 'е', acc: 'у', ins: /[жшчщц]$/.test(sl) ? 'ей' : 'ой', pre: 'е' } as Record<
            string,
            string
          >
        )[cc]
      );
    }
    if (lw.endsWith('я')) {
      const stem = w.slice(0, -1);
      const ii = /и$/i.test(stem);
      return (
        stem +
        ({ gen: 'и', dat: ii ? 'и' : 'е', acc: 'ю', ins: 'ей', pre: ii ? 'и' : 'е' } as Record<string, string>)[cc]
      );
    }
    return w;
  }
  if (kind !== 'first' && /(ов|ев|ёв|ин|ын)$/.test(lw))
    return w + ({ gen: 'а', dat: 'у', acc: 'а', ins: 'ым', pre: 'е' } as Record<string, string>)[cc];
  if (/[йь]$/.test(lw)) {
    const s = w.slice(0, -1);
    return s + ({ gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'е' } as Record<string, string>)[cc];
  }
  if (lw.endsWith('а')) {
    const s = w.slice(0, -1);
    return s + ({ gen: 'ы', dat: 'е', acc: 'у', ins: 'ой', pre: 'е' } as Record<string, string>)[cc];
  }
  if (lw.endsWith('я')) return w;
  return (
    w +
    ({ gen: 'а', dat: 'у', acc: 'а', ins: /[жшчщц]$/.test(lw) ? 'ем' : 'ом', pre: 'е' } as Record<string, string>)[cc]
  );
}
function patrRu(fa: string, g: G): string {
  let stem: string;
  if (/[йь]$/.test(fa)) stem = fa.slice(0, -1) + 'е';
  else if (/[жшчщц]$/.test(fa)) stem = fa + 'е';
  else stem = fa + 'о';
  return stem + (g === 'm' ? 'вич' : 'вна');
}
function femRu(s: string): string {
  return /(ов|ев|ёв|ин|ын)$/.test(s) ? s + 'а' : s;
}
function femLat(s: string): string {
  return /(ov|ev|in|ow|ew)$/.test(s) ? s + 'a' : s;
}

function kkCase(w: string, c: Case): string {
  if (c === 'nom') return w;
  let back = true;
  for (let i = w.length - 1; i >= 0; i--) {
    const ch = w[i].toLowerCase();
    if ('аоұыя'.includes(ch)) {
      back = true;
      break;
    }
    if ('әеөүіэ'.includes(ch)) {
      back = false;
      break;
    }
  }
  const last = w[w.length - 1].toLowerCase();
  const V = 'аәеиоөұүыіэюяу'.includes(last);
  const nasal = 'мнң'.includes(last);
  const son = 'лрйзж'.includes(last);
  const b = (x: string, y: string) => (back ? x : y);
  switch (c) {
    case 'gen':
      return w + (V || nasal ? b('ның', 'нің') : son ? b('дың', 'дің') : b('тың', 'тің'));
    case 'dat':
      return w + (V || nasal || son ? b('ға', 'ге') : last === 'к' ? 'ке' : last === 'қ' ? 'қа' : b('қа', 'ке'));
    case 'acc':
      return w + (V ? b('ны', 'ні') : nasal || son ? b('ды', 'ді') : b('ты', 'ті'));
    case 'loc':
      return w + (V || nasal || son ? b('да', 'де') : b('та', 'те'));
    case 'abl':
      return w + (V || son ? b('дан', 'ден') : nasal ? b('нан', 'нен') : b('тан', 'тен'));
    case 'ins':
      return w + (V || 'лрй'.includes(last) ? b('мен', 'мен') : nasal || 'зж'.includes(last) ? 'бен' : 'пен');
    default:
      return w;
  }
}
function kyCase(w: string, c: Case): string {
  if (c === 'nom') return w;
  let H = 'ы',
    L = 'а';
  for (let i = w.length - 1; i >= 0; i--) {
    const ch = w[i].toLowerCase();
    if ('аыя'.includes(ch)) {
      H = 'ы';
      L = 'а';
      break;
    }
    if ('оуёю'.includes(ch)) {
      H = 'у';
      L = 'о';
      break;
    }
    if ('еиэ'.includes(ch)) {
      H = 'и';
      L = 'е';
      break;
    }
    if ('өү'.includes(ch)) {
      H = 'ү';
      L = 'ө';
      break;
    }
  }
  const last = w[w.length - 1].toLowerCase();
  const V = 'аеёиоөуүыэюя'.includes(last);
  const vl = 'пткхсшчщфц'.includes(last);
  switch (c) {
    case 'gen':
      return w + (V ? 'н' + H + 'н' : vl ? 'т' + H + 'н' : 'д' + H + 'н');
    case 'dat':
      return w + (vl ? 'к' + L : 'г' + L);
    case 'acc':
      return w + (V ? 'н' + H : vl ? 'т' + H : 'д' + H);
    case 'loc':
      return w + (vl ? 'т' + L : 'д' + L);
    case 'abl':
      return w + (vl ? 'т' + L + 'н' : 'д' + L + 'н');
    default:
      return w;
  }
}
function uzCase(w: string, c: Case): string {
  const last = w[w.length - 1];
  switch (c) {
    case 'gen':
      return w + 'ning';
    case 'dat':
      return w + (last === 'k' ? 'ka' : last === 'q' ? 'qa' : 'ga');
    case 'acc':
      return w + 'ni';
    case 'loc':
      return w + 'da';
    case 'abl':
      return w + 'dan';
    default:
      return w;
  }
}
function uzcCase(w: string, c: Case): string {
  const last = w[w.length - 1];
  switch (c) {
    case 'gen':
      return w + 'нинг';
    case 'dat':
      return w + (last === 'к' ? 'ка' : last === 'қ' ? 'қа' : 'га');
    case 'acc':
      return w + 'ни';
    case 'loc':
      return w + 'да';
    default:
      return w;
  }
}
function inflLast(name: string, f: (w: string, c: Case) => string, c: Case): string {
  const i = name.lastIndexOf(' ');
  return i < 0 ? f(name, c) : name.slice(0, i + 1) + f(name.slice(i + 1), c);
}

// ---------------------------------------------------------------- persons
interface Pn {
  g: G;
  f: string;
  l: string;
  fa: string;
}
const consonantEnd = (x: string) => !/[аеёиоуыэюяaeiouy]$/i.test(x);
function mk(pool: { F: string[]; M: string[]; S: string[] }, g: G | undefined, fem: (s: string) => string): Pn {
  const gg: G = g ?? (chance(0.55) ? 'f' : 'm');
  const s = pick(pool.S);
  const fathers = pool.M.filter(consonantEnd);
  return { g: gg, f: gg === 'f' ? pick(pool.F) : pick(pool.M), l: gg === 'f' ? fem(s) : s, fa: pick(fathers) };
}
const ruPn = (g?: G) => mk(pick(RU_GROUPS), g, femRu);
const tjPn = (g?: G) => mk(chance(0.8) ? TJ_GROUP : pick([UZRU_GROUP, RU_GROUPS[7]]), g, femRu);
const kkPn = (g?: G) => mk(KK, g, femRu);
const kyPn = (g?: G) => mk(KY, g, femRu);
const uzPn = (g?: G) => mk(chance(0.85) ? UZ : QQ, g, femLat);
const uzcPn = (g?: G) => mk(UZC, g, femRu);
const enPn = (g?: G) => mk(EN, g, femLat);
const kkLatPn = (g?: G) => mk(KK_LAT, g, femLat);

function ruName(p: Pn, form: string, c: Case = 'nom'): string {
  const F = declRu(p.f, p.g, c, 'first');
  const L = declRu(p.l, p.g, c, 'last');
  const patr = patrRu(p.fa, p.g);
  const Pt = declRu(patr, p.g, c, 'patr');
  const i1 = p.f[0] + '.',
    i2 = patr[0] + '.';
  switch (form) {
    case 'F':
      return F;
    case 'L':
      return L;
    case 'FL':
      return F + ' ' + L;
    case 'LF':
      return L + ' ' + F;
    case 'LFP':
      return L + ' ' + F + ' ' + Pt;
    case 'FP':
      return F + ' ' + Pt;
    case 'FPL':
      return F + ' ' + Pt + ' ' + L;
    case 'LI':
      return L + ' ' + i1 + (chance(0.5) ? ' ' : '') + i2;
    case 'IL':
      return i1 + (chance(0.5) ? ' ' : '') + i2 + ' ' + L;
    case 'I1L':
      return i1 + ' ' + L;
    default:
      throw new Error(form);
  }
}
function kkName(p: Pn, form: string, c: Case = 'nom'): string {
  const ul = p.fa + (p.g === 'm' ? 'ұлы' : 'қызы');
  let s: string;
  switch (form) {
    case 'F':
      s = p.f;
      break;
    case 'FL':
      s = p.f + ' ' + p.l;
      break;
    case 'LF':
      s = p.l + ' ' + p.f;
      break;
    case 'LFU':
      s = p.l + ' ' + p.f + ' ' + ul;
      break;
    case 'FU':
      s = p.f + ' ' + ul;
      break;
    case 'LFP':
      s =
        p.l +
        ' ' +
        p.f +
        ' ' +
        patrRu(
          p.fa.replace(
            /[әөүұқғңһі]/g,
            (m) =>
              (({ ә: 'а', ө: 'о', ү: 'у', ұ: 'у', қ: 'к', ғ: 'г', ң: 'н', һ: 'х', і: 'и' }) as Record<string, string>)[
                m
              ],
          ),
          p.g,
        );
      break;
    case 'LI':
      s = p.l + ' ' + p.f[0] + '.' + p.fa[0] + '.';
      break;
    case 'IL':
      s = p.f[0] + '.' + (chance(0.5) ? ' ' : '') + p.fa[0] + '. ' + p.l;
      break;
    default:
      throw new Error(form);
  }
  return inflLast(s, kkCase, c);
}
function kyName(p: Pn, form: string, c: Case = 'nom'): string {
  const uu = p.fa + (p.g === 'm' ? ' уулу' : ' кызы');
  let s: string;
  switch (form) {
    case 'F':
      s = p.f;
      break;
    case 'FL':
      s = p.f + ' ' + p.l;
      break;
    case 'LF':
      s = p.l + ' ' + p.f;
      break;
    case 'FU':
      s = p.f + ' ' + uu;
      break;
    case 'LFP':
      s =
        p.l +
        ' ' +
        p.f +
        ' ' +
        patrRu(
          p.fa.replace(/[өүң]/g, (m) => (({ ө: 'о', ү: 'у', ң: 'н' }) as Record<string, string>)[m]),
          p.g,
        );
      break;
    case 'LI':
      s = p.l + ' ' + p.f[0] + '.' + p.fa[0] + '.';
      break;
    case 'IL':
      s = p.f[0] + '. ' + p.l;
      break;
    default:
      throw new Error(form);
  }
  return inflLast(s, kyCase, c);
}
function uzName(p: Pn, form: string, c: Case = 'nom', cyr = false): string {
  const og = p.fa + (cyr ? (p.g === 'm' ? ' ўғли' : ' қизи') : p.g === 'm' ? ' o\u2018g\u2018li' : ' qizi');
  let s: string;
  switch (form) {
    case 'F':
      s = p.f;
      break;
    case 'FL':
      s = p.f + ' ' + p.l;
      break;
    case 'LF':
      s = p.l + ' ' + p.f;
      break;
    case 'FO':
      s = p.f + ' ' + og;
      break;
    case 'LFO':
      s = p.l + ' ' + p.f + ' ' + og;
      break;
    case 'LI':
      s = p.l + ' ' + p.f[0] + '.';
      break;
    case 'IL':
      s = p.f[0] + '. ' + p.l;
      break;
    default:
      throw new Error(form);
  }
  return inflLast(s, cyr ? uzcCase : uzCase, c);
}
function enName(p: Pn, form: string): string {
  const patr = p.fa + (p.g === 'm' ? 'ovich' : 'ovna');
  const uu = p.fa + (p.g === 'm' ? ' uulu' : ' kyzy');
  switch (form) {
    case 'F':
      return p.f;
    case 'FL':
      return p.f + ' ' + p.l;
    case 'LF':
      return p.l + ' ' + p.f;
    case 'CAPSL':
      return up(p.l) + ' ' + p.f;
    case 'CAPSLFP':
      return up(p.l) + ' ' + up(p.f) + ' ' + up(patr);
    case 'FPL':
      return p.f + ' ' + patr + ' ' + p.l;
    case 'LI':
      return p.l + ' ' + p.f[0] + '.';
    case 'IL':
      return p.f[0] + '. ' + p.l;
    case 'lower':
      return low(p.f + ' ' + p.l);
    case 'FU':
      return p.f + ' ' + uu;
    case 'Mr':
      return (p.g === 'm' ? 'Mr ' : pick(['Ms ', 'Mrs '])) + p.l;
    default:
      throw new Error(form);
  }
}

// ---------------------------------------------------------------- identifiers
function phKZ(): string {
  const op = pick(['701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778']);
  const n = dig(7);
  return pick([
    `+7 ${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
    `8 (${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
    `+7${op}${n}`,
    `8${op}${n}`,
    `+7 (${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
    `8-${op}-${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
  ]);
}
function phRU(): string {
  const op = pick(['916', '925', '903', '965', '977', '999', '912', '922', '952', '981', '926', '968']);
  const n = dig(7);
  return pick([
    `+7 (${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
    `8-${op}-${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
    `+7${op}${n}`,
    `8 ${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
    `+7 ${op} ${n.slice(0, 3)}-${n.slice(3)}`,
  ]);
}
function phKG(): string {
  const op = pick(['555', '700', '707', '770', '777', '550', '990', '220', '505', '559']);
  const n = dig(6);
  return pick([
    `+996 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
    `0${op} ${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4)}`,
    `+996${op}${n}`,
    `0 (${op}) ${n.slice(0, 3)} ${n.slice(3)}`,
    `996-${op}-${n}`,
    `0${op}${n}`,
  ]);
}
function phUZ(): string {
  const op = pick(['90', '91', '93', '94', '97', '99', '88', '33', '95', '77']);
  const n = dig(7);
  return pick([
    `+998 ${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
    `+998(${op})${n}`,
    `${op}-${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
    `998${op}${n}`,
    `(${op}) ${n.slice(0, 3)}-${n.slice(3, 5)}-${n.slice(5)}`,
    `+998 ${op} ${n}`,
  ]);
}
function phTJ(): string {
  const op = pick(['92', '93', '90', '98', '55', '88', '91', '50', '87']);
  const n = dig(7);
  return pick([
    `+992 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
    `+992 ${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
    `(+992) ${op}-${n.slice(0, 3)}-${n.slice(3)}`,
    `992${op}${n}`,
    `8 10 992 ${op} ${n}`,
    `${op} ${n.slice(0, 3)} ${n.slice(3)}`,
  ]);
}
function phTM(): string {
  const op = pick(['61', '62', '63', '64', '65', '71']);
  const n = dig(6);
  return pick([`+993 ${op} ${n.slice(0, 2)}-${n.slice(2, 4)}-${n.slice(4)}`, `8 ${op} ${n}`, `+993${op}${n}`]);
}
function phTR(): string {
  const op = pick(['532', '533', '535', '537', '542', '505', '555', '541', '544', '553']);
  const n = dig(7);
  return pick([
    `+90 ${op} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
    `0 (${op}) ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
    `0${op}${n}`,
    `+90-${op}-${n.slice(0, 3)}-${n.slice(3)}`,
    `+90${op}${n}`,
  ]);
}
function phAE(): string {
  const op = pick(['50', '52', '54', '55', '56', '58']);
  const n = dig(7);
  return pick([
    `+971 ${op} ${n.slice(0, 3)} ${n.slice(3)}`,
    `0${op} ${n.slice(0, 3)} ${n.slice(3)}`,
    `00971${op}${n}`,
    `+971-${op}-${n}`,
    `+971${op}${n}`,
  ]);
}
function phKR(): string {
  const a = dig(4),
    b = dig(4);
  return pick([`+82 10-${a}-${b}`, `010-${a}-${b}`, `+82 10 ${a} ${b}`, `010 ${a} ${b}`, `+821${'0'}${a}${b}`]);
}
const phAny = () => pick([phKZ, phRU, phKG, phUZ, phTJ, phTR, phAE, phKR, phTM])();

const MAILDOM = [
  'mail.ru',
  'gmail.com',
  'inbox.ru',
  'bk.ru',
  'yandex.ru',
  'list.ru',
  'yahoo.com',
  'outlook.com',
  'mail.kz',
  'umail.uz',
  'hotmail.com',
  'rambler.ru',
  'icloud.com',
];
function email(): string {
  const a = low(
    pick([
      ...EN.F,
      ...EN.M,
      'rabota',
      'hr',
      'visa',
      'jobs',
      'work',
      'travel',
      'agent',
      'info',
      'dubai',
      'istanbul',
      'seoul',
    ]),
  );
  const b = pick([
    low(pick(EN.S)),
    String(int(78, 2006)),
    'job',
    'work',
    'kz',
    'uz',
    'kg',
    'tj',
    'tour',
    'abroad',
    'agency',
    String(int(1, 99)),
  ]);
  return `${a}${pick(['.', '_', '', '-'])}${b}@${pick(MAILDOM)}`;
}
function handleBase(): string {
  const a = low(
    pick([
      ...EN.F,
      'rabota',
      'job',
      'work',
      'vakansii',
      'dubai',
      'stambul',
      'visa',
      'tour',
      'girls',
      'model',
      'ish',
      'korea',
      'moskva',
      'ishchi',
      'jumush',
      'zhumys',
    ]),
  );
  const b = pick([
    'abroad',
    'msk',
    'kz',
    'uz',
    'kg',
    'tj',
    'dxb',
    'ist',
    'vip',
    'official',
    'agency',
    low(pick(EN.S)),
    'travel',
    'plus',
  ]);
  return `${a}${pick(['_', '.', '', '_'])}${b}${chance(0.45) ? int(1, 99) : ''}`;
}
const handleAt = () => '@' + handleBase().replace(/\./g, '_');
function profileUrl(): string {
  const b = handleBase();
  return pick([
    `https://instagram.com/${b}`,
    `https://www.instagram.com/${b}/`,
    `https://t.me/${b.replace(/\./g, '_')}`,
    `t.me/${b.replace(/\./g, '_')}`,
    `vk.com/id${int(1, 9)}${dig(8)}`,
    `https://vk.com/${b.replace(/\./g, '_')}`,
    `https://www.facebook.com/${b}`,
    `ok.ru/profile/${int(1, 9)}${dig(11)}`,
    `https://www.tiktok.com/@${b}`,
  ]);
}
function iinCheck(d11: string): number {
  let s = 0;
  for (let i = 0; i < 11; i++) s += +d11[i] * (i + 1);
  let c = s % 11;
  if (c === 10) {
    const w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    s = 0;
    for (let i = 0; i < 11; i++) s += +d11[i] * w[i];
    c = s % 11;
  }
  return c;
}
function iin(valid = true): string {
  for (;;) {
    const y = int(1972, 2006);
    const f = chance(0.6);
    const cent = y < 2000 ? (f ? '4' : '3') : f ? '6' : '5';
    const body = pad(y % 100) + pad(int(1, 12)) + pad(int(1, 28)) + cent + dig(4);
    const c = iinCheck(body);
    if (c === 10) continue;
    return body + (valid ? c : (c + int(1, 9)) % 10);
  }
}
const kgPin = () => pick(['1', '2']) + pad(int(1, 28)) + pad(int(1, 12)) + String(int(1972, 2006)) + dig(5);
const uzPinfl = () => pick(['3', '4', '5', '6']) + pad(int(1, 28)) + pad(int(1, 12)) + pad(int(72, 99)) + dig(7);
const tjInn = () => String(int(1, 9)) + dig(8);
const ruSnils = () => `${dig(3)}-${dig(3)}-${dig(3)} ${dig(2)}`;
const ruInn = () => String(int(1, 9)) + dig(11);
const kzPass = () => 'N' + dig(8);
const uzPass = () => pick(['AA', 'AB', 'AC', 'AD', 'FA', 'KA']) + (chance(0.2) ? ' ' : '') + dig(7);
const kgPass = () => pick(['ID', 'AN', 'AC']) + dig(7);
const ruPass = () => {
  const s = dig(4),
    n = dig(6);
  return pick([`${s} ${n}`, `${s.slice(0, 2)} ${s.slice(2)} ${n}`, `${s}${n}`]);
};
const ruIntPass = () => `${int(70, 76)} ${dig(7)}`;
const tjPass = () => pick(['40', '50']) + dig(7);
const tmPass = () => 'A' + dig(7);
function luhn(prefix: string, len = 16): string {
  const body = prefix + dig(len - 1 - prefix.length);
  let s = 0;
  for (let i = 0; i < body.length; i++) {
    let d = +body[body.length - 1 - i];
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    s += d;
  }
  return body + String((10 - (s % 10)) % 10);
}
function card(
  prefixes = [
    '440043',
    '440563',
    '400303',
    '860012',
    '986035',
    '417891',
    '220070',
    '220220',
    '541789',
    '427638',
    '976200',
    '979307',
  ],
): string {
  const c = luhn(pick(prefixes));
  return pick([
    `${c.slice(0, 4)} ${c.slice(4, 8)} ${c.slice(8, 12)} ${c.slice(12)}`,
    `${c.slice(0, 4)} ${c.slice(4, 8)} ${c.slice(8, 12)} ${c.slice(12)}`,
    c,
    `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8, 12)}-${c.slice(12)}`,
    `${c.slice(0, 4)} ${c.slice(4, 6)}** **** ${c.slice(12)}`,
  ]);
}
function ibanRaw(cc: string, bban: string): string {
  const re = (bban + cc + '00')
    .toUpperCase()
    .split('')
    .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
    .join('');
  let m = 0;
  for (const ch of re) m = (m * 10 + +ch) % 97;
  return cc + pad(98 - m) + bban;
}
function fmtIban(s: string): string {
  const g = s.replace(/(.{4})/g, '$1 ').trim();
  return pick([s, g, g, low(s), low(g)]);
}
const ibanKZ = () =>
  fmtIban(
    ibanRaw(
      'KZ',
      pick(['722', '601', '998', '125', '856', '914']) + (chance(0.5) ? 'KZT' + dig(10) : pick(['C', 'S']) + dig(12)),
    ),
  );
const ibanAE = () => fmtIban(ibanRaw('AE', pick(['033', '035', '026', '030', '044']) + dig(16)));
const ibanTR = () => fmtIban(ibanRaw('TR', pick(['00010', '00062', '00046', '00064', '00012']) + '0' + dig(16)));
const ibanAny = () => pick([ibanKZ, ibanAE, ibanTR])();
const RUL = 'ABEKMHOPCTYX';
const L1 = (set: string) => set[int(0, set.length - 1)];
const LATL = 'ABCDEFGHJKLMNPRSTUVWXYZ';
function plRU(): string {
  const s = `${L1(RUL)}${int(1, 9)}${dig(2)}${L1(RUL)}${L1(RUL)}`;
  const r = pick([
    '77',
    '97',
    '99',
    '177',
    '197',
    '199',
    '777',
    '50',
    '150',
    '750',
    '78',
    '178',
    '66',
    '196',
    '54',
    '23',
    '123',
    '16',
    '116',
  ]);
  return pick([`${s} ${r}`, `${s}${r}`, `${s.slice(0, 1)} ${s.slice(1, 4)} ${s.slice(4)} ${r}`, low(`${s} ${r}`)]);
}
function plKZ(): string {
  const d = `${int(1, 9)}${dig(2)}`,
    l = `${L1(LATL)}${L1(LATL)}${L1(LATL)}`,
    r = pick(['01', '02', '05', '13', '17', '07', '06', '09', '15']);
  return pick([`${d} ${l} ${r}`, `${d}${l}${r}`, `${d} ${l}${r}`]);
}
function plKG(): string {
  const r = pick(['01', '02', '03', '04', '05', '06', '07', '08']),
    d = `${int(1, 9)}${dig(2)}`,
    l = `${L1(LATL)}${L1(LATL)}${L1(LATL)}`;
  return pick([`${r} ${d} ${l}`, `${r}KG ${d} ${l}`, `${r}${d}${l}`]);
}
function plUZ(): string {
  const r = pick(['01', '10', '20', '30', '40', '50', '60', '70', '75', '80', '85', '90', '95']);
  return pick([
    `${r} ${L1(LATL)} ${int(1, 9)}${dig(2)} ${L1(LATL)}${L1(LATL)}`,
    `${r}${L1(LATL)}${int(1, 9)}${dig(2)}${L1(LATL)}${L1(LATL)}`,
    `${r} ${int(1, 9)}${dig(2)} ${L1(LATL)}${L1(LATL)}${L1(LATL)}`,
  ]);
}
function plTJ(): string {
  return `${dig(4)} ${L1(LATL)}${L1(LATL)} ${pick(['01', '02', '03', '04', '05'])}`;
}
function plTR(): string {
  const il = pick(['34', '06', '35', '07', '16', '01', '41', '48']);
  return pick([
    `${il} ${L1(LATL)}${L1(LATL)}${L1(LATL)} ${int(10, 999)}`,
    `${il} ${L1(LATL)}${L1(LATL)} ${int(1000, 9999)}`,
    `${il}${L1(LATL)}${L1(LATL)}${int(100, 999)}`,
  ]);
}

// dates
const MON_RU = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const MON_RU_PRE = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];
const MON_KK = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];
const MON_KY = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];
const MON_UZ = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avgust',
  'sentabr',
  'oktabr',
  'noyabr',
  'dekabr',
];
const MON_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
interface D {
  d: number;
  m: number;
  y: number;
}
const bd = (): D => ({ d: int(1, 28), m: int(1, 12), y: int(1968, 2007) });
const dNum = (x: D, sep = '.') => `${pad(x.d)}${sep}${pad(x.m)}${sep}${x.y}`;
const dIso = (x: D) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const dAnyNum = (x: D) => pick([dNum(x), dNum(x), dNum(x, '/'), dIso(x), dNum(x, '-')]);
const yPast = () => String(int(2016, 2025));
const evDate = () => `${pad(int(1, 28))}.${pad(int(1, 12))}.${yPast()}`;
const caseNo12 = () => `${int(19, 25)}${pick(['19', '15', '17', '75', '11', '51'])}${dig(8)}`;

// ---------------------------------------------------------------- addresses
const RU_ST: [string, string][] = [
  ['Складочная', 'Складочной'],
  ['Люблинская', 'Люблинской'],
  ['Профсоюзная', 'Профсоюзной'],
  ['Садовая', 'Садовой'],
  ['Заводская', 'Заводской'],
  ['Ленина', 'Ленина'],
  ['Карла Маркса', 'Карла Маркса'],
  ['Новаторов', 'Новаторов'],
  ['Шоссейная', 'Шоссейной'],
  ['Уральская', 'Уральской'],
  ['Первомайская', 'Первомайской'],
  ['Лесная', 'Лесной'],
  ['Бирюлёвская', 'Бирюлёвской'],
  ['Полевая', 'Полевой'],
];
const RU_CITY = [
  'Москва',
  'Санкт-Петербург',
  'Екатеринбург',
  'Новосибирск',
  'Казань',
  'Подольск',
  'Балашиха',
  'Краснодар',
  'Сургут',
  'Тюмень',
  'Химки',
  'Люберцы',
];
const RU_CITY_PRE = [
  'Москве',
  'Санкт-Петербурге',
  'Екатеринбурге',
  'Новосибирске',
  'Казани',
  'Подольске',
  'Сургуте',
  'Краснодаре',
  'Тюмени',
  'Химках',
];
const KZ_ST_RU = [
  'Абая',
  'Толе би',
  'Жандосова',
  'Сейфуллина',
  'Розыбакиева',
  'Кунаева',
  'Богенбай батыра',
  'Сарыарка',
  'Тауке хана',
  'Бухар жырау',
  'Момышулы',
  'Кабанбай батыра',
  'Желтоксан',
];
const KZ_MKR_RU = [
  'Аксай-4',
  'Самал-2',
  'Жетысу-2',
  'Орбита-3',
  'Шугыла',
  'Нурсат',
  'Кулагер',
  'Калкаман-2',
  'Мамыр-1',
  'Кунаев',
];
const KZ_CITY_RU = [
  'Алматы',
  'Астана',
  'Шымкент',
  'Караганда',
  'Тараз',
  'Актобе',
  'Атырау',
  'Туркестан',
  'Кызылорда',
  'Павлодар',
  'Семей',
  'Уральск',
];
const KG_ST_RU = [
  'Ахунбаева',
  'Токтогула',
  'Киевская',
  'Жибек Жолу',
  'Манаса',
  'Исанова',
  'Льва Толстого',
  'Курманжан Датки',
  'Масалиева',
  'Фрунзе',
];
const KG_MKR_RU = ['Джал-23', 'Асанбай', 'Восток-5', 'Аламедин-1', 'Тунгуч', 'Кок-Жар', 'Улан-2'];
const KG_CITY_RU = ['Бишкек', 'Ош', 'Джалал-Абад', 'Каракол', 'Нарын', 'Талас', 'Токмок'];
const TJ_ST_RU = [
  'Рудаки',
  'Сомони',
  'Айни',
  'Шотемура',
  'Бохтар',
  'Фирдавси',
  'Борбад',
  'Негмата Карабаева',
  'Мирзо Турсунзаде',
  'Исмоили Сомони',
];
const TJ_CITY_RU = ['Душанбе', 'Худжанд', 'Бохтар', 'Куляб', 'Истаравшан', 'Пенджикент', 'Вахдат', 'Турсунзаде'];
const TJ_MAH_RU = ['Навобод', 'Гулистон', 'Сино', 'Зарафшон', 'Испечак-2', 'Чорбог', 'Ватан'];
const n = (a = 1, b = 150) => String(int(a, b));
const fl = () => String(int(1, 240));

function addrRuRussia(): string {
  const st = pick(RU_ST)[0];
  const c = pick(RU_CITY);
  return pick([
    `г. ${c}, ул. ${st}, д. ${n()}, корп. ${int(1, 5)}, кв. ${fl()}`,
    `г. ${c}, ул. ${st}, д. ${n()}, кв. ${fl()}`,
    `${c}, ул. ${st}, ${n()}-${fl()}`,
    `ул. ${st}, д. ${n()}, стр. ${int(1, 9)}`,
    `г. ${c}, ${st} ул., д. ${n()}, кв. ${fl()}`,
  ]);
}
function addrRuKZ(): string {
  const c = pick(KZ_CITY_RU);
  return pick([
    `г. ${c}, ул. ${pick(KZ_ST_RU)}, д. ${n()}, кв. ${fl()}`,
    `г. ${c}, мкр. ${pick(KZ_MKR_RU)}, д. ${n()}, кв. ${fl()}`,
    `${c}, пр. ${pick(['Абая', 'Республики', 'Назарбаева', 'Тауке хана'])}, ${n()}`,
  ]);
}
function addrRuKG(): string {
  const c = pick(KG_CITY_RU);
  return pick([
    `г. ${c}, ул. ${pick(KG_ST_RU)}, д. ${n()}, кв. ${fl()}`,
    `г. Бишкек, мкр. ${pick(KG_MKR_RU)}, д. ${n(1, 60)}, кв. ${fl()}`,
    `${c}, ул. ${pick(KG_ST_RU)} ${n()}`,
  ]);
}
function addrRuTJ(): string {
  const c = pick(TJ_CITY_RU);
  return pick([
    `г. ${c}, ул. ${pick(TJ_ST_RU)}, д. ${n()}, кв. ${fl()}`,
    `г. Душанбе, ${int(8, 102)} мкр., д. ${n(1, 40)}, кв. ${fl()}`,
    `${c}, проспект ${pick(['Рудаки', 'Сомони', 'Исмоили Сомони'])}, ${n()}`,
  ]);
}
function addrTR(): string {
  const mah = pick([
    'Aksaray',
    'Laleli',
    'Kumkap\u0131',
    'Merkezefendi',
    'Osmanbey',
    'Yenibosna',
    'Kazl\u0131\u00E7e\u015Fme',
    'Mollag\u00FCrani',
    'Beyaz\u0131t',
    'Ferhatpa\u015Fa',
    'Kurtulu\u015F',
    'Liman',
    '\u015Eirinevler',
  ]);
  const st = pick([
    'Gazi Mustafa Kemal Pa\u015Fa',
    'Ordu',
    'Tiyatro',
    'Mahmutpa\u015Fa',
    'Vatan',
    'B\u00FCy\u00FCk Re\u015Fit Pa\u015Fa',
    'K\u0131z\u0131lelma',
    'Cumhuriyet',
    'Atat\u00FCrk',
    'Gen\u00E7t\u00FCrk',
    'Nam\u0131k Kemal',
    '1453',
    'G\u00FCl',
  ]);
  const kind = pick(['Sok.', 'Cad.', 'Sk.', 'Caddesi', 'Soka\u011F\u0131']);
  return pick([
    `${mah} Mah. ${st} ${kind} No:${n(1, 90)} D:${int(1, 20)}`,
    `${mah} Mahallesi, ${st} ${kind} No: ${n(1, 90)}/${int(1, 20)}`,
    `${pick(['Fatih', 'Zeytinburnu', 'Bah\u00E7elievler', 'Konyaalt\u0131', 'Esenyurt'])}, ${mah} Mah. ${st} ${kind} No:${n(1, 90)} Daire ${int(1, 20)}`,
    `${low(mah)} mah. ${low(st)} ${low(kind)} no:${n(1, 90)} d:${int(1, 20)}`,
  ]);
}
function addrAE(): string {
  const area = pick([
    'Al Qusais',
    'Al Nahda 2',
    'Al Barsha 1',
    'Deira, Al Muraqqabat',
    'Al Karama',
    'Bur Dubai, Al Raffa',
    'Al Rigga',
    'Al Nuaimiya',
    'Al Majaz 3',
    'Al Khan',
    'Al Taawun',
    'Al Warqa 1',
    'Al Satwa',
    'Al Quoz 4',
  ]);
  const tower = pick([
    'Al Khail',
    'Golden Sands',
    'Al Attar',
    'Al Noor',
    'Al Shaiba',
    'Al Durrah',
    'Al Manara',
    'Al Fajer',
  ]);
  return pick([
    `${area}, Building ${n(1, 60)}, Flat ${int(101, 1905)}`,
    `${tower} Tower, ${area}, Flat ${int(101, 1905)}`,
    `${area}, Street ${int(1, 40)}, Villa ${n(1, 90)}`,
    `Flat ${int(101, 1905)}, ${tower} Building ${int(1, 12)}`,
    `${low(area)}, bldg ${n(1, 60)}, flat ${int(101, 1905)}`,
  ]);
}
function addrKR(): string {
  const c = pick([
    'Ansan-si',
    'Hwaseong-si',
    'Gimhae-si',
    'Pyeongtaek-si',
    'Siheung-si',
    'Incheon',
    'Seoul',
    'Busan',
    'Gimpo-si',
  ]);
  const gu = pick(['Danwon', 'Guro', 'Namdong', 'Sasang', 'Yeongdeungpo', 'Bupyeong', 'Saha', 'Seo']);
  const ro = pick(['Wongok', 'Jungang', 'Digital', 'Gongdan', 'Haean', 'Sinmyeong', 'Gasan', 'Dadae']);
  return pick([
    `${c}, ${gu}-gu, ${ro}-ro ${n(1, 300)}`,
    `${gu}-gu, ${ro}-ro ${int(1, 80)}-gil ${n(1, 60)}`,
    `${c} ${gu}-gu ${ro}-ro ${int(1, 80)}beon-gil ${n(1, 60)}`,
  ]);
}
function addrRuLat(): string {
  const st = pick([
    'Lyublinskaya',
    'Skladochnaya',
    'Profsoyuznaya',
    'Sadovaya',
    'Zavodskaya',
    'Lenina',
    'Pervomayskaya',
    'Biryulyovskaya',
  ]);
  return pick([
    `g. ${pick(['Moskva', 'Podolsk', 'Yekaterinburg', 'Kazan', 'Khimki'])}, ul. ${st}, d. ${n()}, kv. ${fl()}`,
    `ul. ${st}, d. ${n()}, korp. ${int(1, 5)}, kv. ${fl()}`,
    `${st} ul., d. ${n()}, kv. ${fl()}`,
  ]);
}
// Kazakh-language addresses
const KK_CITY = [
  'Алматы',
  'Астана',
  'Шымкент',
  'Қарағанды',
  'Тараз',
  'Ақтөбе',
  'Атырау',
  'Түркістан',
  'Қызылорда',
  'Талдықорған',
  'Семей',
  'Орал',
  'Ақтау',
];
const KK_ST = [
  'Абай',
  'Төле би',
  'Жандосов',
  'Сейфуллин',
  'Қонаев',
  'Қабанбай батыр',
  'Бұқар жырау',
  'Тәуке хан',
  'Мәңгілік Ел',
  'Достық',
  'Сәтбаев',
  'Желтоқсан',
  'Райымбек',
];
const KK_MKR = ['Ақсай-4', 'Самал-2', 'Жетісу-2', 'Орбита-3', 'Шұғыла', 'Нұрсат', 'Құлагер', 'Мамыр-1', 'Көктем-3'];
function addrKK(): string {
  const c = pick(KK_CITY),
    st = pick(KK_ST);
  return pick([
    `${c} қаласы, ${st} көшесі, ${n()}-үй, ${fl()}-пәтер`,
    `${c} қ., ${st} көш., ${n()}-үй, ${fl()}-пәтер`,
    `${c} қаласы, ${pick(KK_MKR)} шағын ауданы, ${n(1, 60)}-үй, ${fl()}-пәтер`,
    `${st} көшесі, ${n()}-үй`,
    `${c}, ${st} даңғылы, ${n()}`,
  ]);
}
// Kyrgyz-language addresses
const KY_CITY = ['Бишкек', 'Ош', 'Жалал-Абад', 'Каракол', 'Нарын', 'Талас', 'Баткен', 'Токмок', 'Өзгөн', 'Кара-Балта'];
const KY_ST = [
  'Ахунбаев',
  'Токтогул',
  'Чүй',
  'Манас',
  'Жибек Жолу',
  'Исанов',
  'Курманжан Датка',
  'Масалиев',
  'Ленин',
  'Фрунзе',
  'Ибраимов',
];
const KY_MKR = ['Жал-23', 'Асанбай', 'Восток-5', 'Аламедин-1', 'Түңгүч', 'Көк-Жар', 'Улан-2'];
function addrKY(): string {
  const c = pick(KY_CITY),
    st = pick(KY_ST);
  return pick([
    `${c} шаары, ${st} көчөсү, ${n()}-үй, ${fl()}-батир`,
    `${c} ш., ${st} к., ${n()}-үй`,
    `Бишкек шаары, ${pick(KY_MKR)} кичи району, ${n(1, 60)}-үй, ${fl()}-батир`,
    `${st} көчөсү, ${n()}`,
  ]);
}
// Uzbek-language addresses
const UZ_CITY = [
  'Toshkent',
  'Samarqand',
  'Andijon',
  'Namangan',
  'Farg\u2018ona',
  'Buxoro',
  'Nukus',
  'Qarshi',
  'Termiz',
  'Jizzax',
  'Urganch',
  'Guliston',
];
const UZ_TUM = [
  'Chilonzor',
  'Yunusobod',
  'Sergeli',
  'Mirzo Ulug\u2018bek',
  'Yashnobod',
  'Olmazor',
  'Uchtepa',
  'Bektemir',
];
const UZ_ST = [
  'Amir Temur',
  'Navoiy',
  'Bobur',
  'Mustaqillik',
  'Bunyodkor',
  'Qatortol',
  'Muqimiy',
  'Farobiy',
  'Beruniy',
  'Lutfiy',
  'Kichik halqa yo\u2018li',
];
const UZ_MAH = [
  'Qo\u2018shtepa',
  'Bog\u2018ishamol',
  'Ko\u2018kcha',
  'Yangiobod',
  'Oqtepa',
  'Do\u2018mbirobod',
  'Chig\u2018atoy',
];
function addrUZ(): string {
  const c = pick(UZ_CITY);
  return pick([
    `${c} shahri, ${pick(UZ_TUM)} tumani, ${pick(UZ_ST)} ko\u2018chasi, ${n()}-uy, ${fl()}-xonadon`,
    `Toshkent shahri, ${pick(UZ_TUM)} tumani, ${int(1, 30)}-kvartal, ${n(1, 60)}-uy, ${fl()}-xonadon`,
    `${c} sh., ${pick(UZ_MAH)} mahallasi, ${pick(UZ_ST)} ko\u2018chasi, ${n()}-uy`,
    `${pick(UZ_ST)} ko\u2018chasi, ${n()}-uy`,
    `${low(c)} sh., ${low(pick(UZ_ST))} ko\u2018chasi ${n()}-uy ${fl()}-xonadon`,
  ]);
}
function addrUZC(): string {
  return pick([
    `Тошкент шаҳри, ${pick(['Юнусобод', 'Чилонзор', 'Сергели', 'Яккасарой'])} тумани, ${int(1, 19)}-мавзе, ${n(1, 60)}-уй, ${fl()}-хонадон`,
    `${pick(['Самарқанд', 'Андижон', 'Наманган', 'Қарши'])} шаҳри, ${pick(['Навоий', 'Бобур', 'Мустақиллик', 'Амир Темур'])} кўчаси, ${n()}-уй`,
  ]);
}
function addrEN(): string {
  const st = pick([
    'Tole Bi',
    'Abay',
    'Manas',
    'Chui',
    'Rudaki',
    'Somoni',
    'Amir Temur',
    'Navoi',
    'Zhandosov',
    'Akhunbaev',
    'Bukhar Zhyrau',
    'Magtymguly',
  ]);
  return pick([
    `${n()} ${st} Street, apt ${fl()}`,
    `${st} Avenue ${n()}, flat ${fl()}`,
    `microdistrict ${pick(['Aksai-4', 'Samal-2', 'Asanbai', 'Dzhal-23', 'Yunusabad-4', 'Zarafshon'])}, building ${n(1, 60)}, apartment ${fl()}`,
    low(`${st} street, house ${n()}, apartment ${fl()}`),
    `${pick(['Almaty', 'Bishkek', 'Osh', 'Dushanbe', 'Tashkent', 'Shymkent', 'Khujand', 'Ashgabat'])}, ${st} St. ${n()}, Apt. ${fl()}`,
  ]);
}

// ---------------------------------------------------------------- fillers
const sumRub = () => `${int(3, 25) * 10} 000 рублей`;
const ageV = () => String(int(16, 38));
const vacancyRu = () =>
  pick([
    'официанткой',
    'горничной',
    'няней',
    'упаковщицей',
    'продавцом',
    'швеёй',
    'посудомойщицей',
    'сиделкой',
    'администратором',
  ]);
const destRuGen = () =>
  pick(['Москвы', 'Екатеринбурга', 'Стамбула', 'Дубая', 'Анталии', 'Сеула', 'Новосибирска', 'Казани']);
const destRuPre = () => pick(['Москве', 'Дубае', 'Стамбуле', 'Анталье', 'Сеуле', 'Екатеринбурге', 'Казани', 'Сургуте']);
const bankRu = () => pick(['АО «Kaspi Bank»', 'АО «Halyk Bank»', 'АО «Jusan Bank»', 'турецком банке', 'банке в Дубае']);

// =================================================================== TEMPLATES
// ------------------------------------------------------------------- ru
const ruPos: Tpl[] = [
  () => {
    const p = ruPn('f');
    return [
      'Потерпевшая ',
      P(ruName(p, 'F')),
      `, ${ageV()} лет, пояснила, что в ${pick(MON_RU_PRE)} ${yPast()} года знакомая предложила ей работу ${vacancyRu()} в ${destRuPre()}.`,
    ];
  },
  () => {
    const p = ruPn('f');
    return [
      'Со слов ',
      P(ruName(p, 'F', 'gen')),
      `, паспорт у неё забрали сразу по прибытии ${pick(['в аэропорт Домодедово', 'на Казанский вокзал', 'в Екатеринбург', 'в Стамбул'])} и вернули только после вмешательства полиции.`,
    ];
  },
  () => {
    const p = ruPn('m');
    return [
      P(ruName(p, 'F', 'dat')),
      ` обещали ${sumRub()} в месяц на стройке в ${pick(RU_CITY_PRE)}, однако за ${int(3, 9)} месяцев он получил лишь «аванс» на еду.`,
    ];
  },
  () => {
    const p = ruPn('f');
    return [
      'Вербовщик переписывался с ',
      P(ruName(p, 'F', 'ins')),
      ` около двух недель, а затем купил ей билет до ${destRuGen()}.`,
    ];
  },
  () => {
    const p = ruPn('m');
    return [
      'Обвиняемый ',
      P(ruName(p, 'LFP')),
      ', ',
      B(String(bd().y)),
      ` г.р., уроженец ${pick(['г. Ош', 'г. Худжанд', 'Туркестанской области', 'г. Самарканд', 'Ферганской области'])}, ранее не судим.`,
    ];
  },
  () => {
    const a = ruPn('f'),
      b = ruPn('f');
    return [
      'Допрошенная в качестве свидетеля ',
      P(ruName(a, 'LFP')),
      ' показала, что видела, как ',
      P(ruName(b, 'F', 'acc')),
      ' выводили из квартиры под присмотром охранника.',
    ];
  },
  () => {
    const p = ruPn('f');
    return [
      'Согласно рапорту, задержанная ',
      P(ruName(p, 'LI')),
      ` занималась подбором девушек для работы в саунах ${pick(['Казани', 'Тюмени', 'Сургута', 'Новосибирска'])}.`,
    ];
  },
  () => {
    const p = ruPn();
    return [
      'ФИО: ',
      P(up(ruName(p, 'LFP'))),
      '; дата рождения: ',
      B(dNum(bd())),
      `; гражданство: ${pick(['Республика Узбекистан', 'Кыргызская Республика', 'Республика Таджикистан', 'Республика Казахстан'])}.`,
    ];
  },
  () => {
    const p = ruPn('f');
    return [
      P(ruName(p, 'F')),
      ' проживала по адресу: ',
      A(addrRuRussia()),
      `, вместе с ещё ${int(5, 14)} работницами швейного цеха.`,
    ];
  },
  () => {
    const p = ruPn('f');
    const st = pick(RU_ST);
    return [
      'По словам ',
      P(ruName(p, 'F', 'gen')),
      ', женщин удерживали в ',
      A(`доме ${n()} по улице ${st[1]}`),
      ` в ${pick(['Подольске', 'Люберцах', 'Химках', 'Балашихе'])}, окна были закрыты решётками.`,
    ];
  },
  () => {
    const p = ruPn('f');
    const st = pick(RU_ST);
    return [
      'Организатор — ',
      P(ruName(p, 'FL')),
      ' — снимала квартиру на ',
      A(`улице ${st[1]}, дом ${n()}, кв. ${fl()}`),
      ', где размещала завербованных девушек.',
    ];
  },
  () => {
    const p = ruPn('f');
    return [
      'Вербовщица ',
      P(ruName(p, 'FL')),
      ' проживала в ',
      A(`микрорайоне ${pick(KZ_MKR_RU)}, дом ${n(1, 60)}, кв. ${fl()}`),
      ' в Алматы и принимала девушек у себя на «собеседование».',
    ];
  },
  () => {
    const p = ruPn();
    return [
      'Звонки потерпевшей поступали с номера ',
      PH(phRU()),
      ', зарегистрированного на ',
      P(ruName(p, 'LI', 'acc')),
      ' ещё в ',
      yPast(),
      ' году.',
    ];
  },
  () => {
    const p = ruPn('f');
    return [
      P(ruName(p, 'F')),
      ' смогла связаться с матерью по номеру ',
      PH(pick([phKZ, phKG, phUZ])()),
      ` только через ${int(2, 7)} месяца.`,
    ];
  },
  () => {
    const p = ruPn('m');
    return [
      'Объявление «горничная в отель, Турция, 1500 $» было размещено с адреса ',
      EM(email()),
      '; владельцем ящика оказался ',
      P(ruName(p, 'FL')),
      '.',
    ];
  },
  () => {
    const p = ruPn('f');
    return [
      'Работодатель изъял у ',
      P(ruName(p, 'F', 'gen')),
      ' паспорт гражданина Республики Казахстан ',
      PS(kzPass()),
      ' «на хранение» и вернул его только через консульство.',
    ];
  },
  () => {
    const p = ruPn('m');
    return [
      'Паспорт гражданина РФ ',
      PS(ruPass()),
      ' на имя ',
      P(ruName(p, 'LFP', 'gen')),
      ' обнаружен в сейфе администратора сауны.',
    ];
  },
  () => {
    const a = ruPn('f'),
      b = ruPn('m');
    return [
      'Заработанные деньги ',
      P(ruName(a, 'F')),
      ' переводила на карту ',
      CA(card()),
      ', которой фактически распоряжался ',
      P(ruName(b, 'FL')),
      '.',
    ];
  },
  () => {
    const p = ruPn();
    return [
      'Долг «за дорогу и жильё» потерпевшие вносили по указанию ',
      P(ruName(p, 'LI', 'gen')),
      ' на счёт ',
      IB(ibanKZ()),
      ` в ${bankRu()}.`,
    ];
  },
  () => {
    const p = ruPn('m');
    return [
      `Микроавтобус ${pick(['Mercedes Sprinter', 'Ford Transit', 'ГАЗель Next'])} с госномером `,
      PL(plRU()),
      ' принадлежит ',
      P(ruName(p, 'FL', 'dat')),
      '; на нём рабочих возили на овощебазу.',
    ];
  },
  () => {
    const p = ruPn();
    return [
      'Вербовщик вёл канал ',
      HA(handleAt()),
      ' в Telegram, где ',
      P(ruName(p, 'FL')),
      ' публиковал вакансии «для девушек без опыта».',
    ];
  },
  () => {
    const p = ruPn('f');
    const h = handleBase();
    return ['Девушек приглашали через инстаграм ', HA(h), ', который вела ', P(ruName(p, 'FL')), '.'];
  },
  () => {
    const p = ruPn('f');
    const d = bd();
    return [
      P(ruName(p, 'FL')),
      ', родившаяся ',
      B(`${d.d} ${MON_RU[d.m - 1]} ${d.y}`),
      ` года, была вывезена в ${pick(['Дубай', 'Стамбул', 'Анталью', 'Сеул'])} по туристической визе.`,
    ];
  },
  () => {
    const p = ruPn('f');
    return [
      'Согласно справке, ИИН потерпевшей ',
      P(ruName(p, 'LF')),
      ' — ',
      NI(iin(chance(0.7))),
      `, с ${yPast()} года она числится безвестно отсутствующей.`,
    ];
  },
  () => {
    const p = ruPn('m');
    return [
      'Работодатель ',
      P(ruName(p, 'LI')),
      ' оформил на потерпевшего СНИЛС ',
      NI(ruSnils()),
      ' и ИНН ',
      NI(ruInn()),
      ', однако трудовой договор так и не заключил.',
    ];
  },
  () => {
    const p = mk(RU_GROUPS[6], 'm', femRu);
    return ['Бригадир ', P(ruName(p, 'LF')), ' отбирал у рабочих телефоны и выдавал их по воскресеньям на один час.'];
  },
  () => {
    const p = ruPn();
    return [
      `Постановление вынес${p.g === 'f' ? 'ла' : ''} судья `,
      P(ruName(p, 'IL')),
      `; подсудимому назначено ${int(5, 12)} лет лишения свободы.`,
    ];
  },
  () => {
    const p = ruPn('f');
    return ['Из объяснения ', P(shy(ruName(p, 'LF', 'gen'))), ': «Нас заперли в вагончике и кормили раз в день».'];
  },
  () => {
    const p = ruPn();
    return [
      'Личность второй потерпевшей установлена: ',
      P(ruName(ruPn('f'), 'LFP')),
      ', дата рождения ',
      B(dIso(bd())),
      '; её сопровождал ',
      P(ruName({ ...p, g: 'm', f: pick(RU_GROUPS[7].M) }, 'FL')),
      '.',
    ];
  },
  () => {
    const p = ruPn('m');
    return [
      `Сотрудники ГИБДД остановили автомобиль ${pick(['Hyundai Solaris', 'Kia Rio', 'Lada Largus'])} `,
      PL(plRU()),
      ', водитель ',
      P(ruName(p, 'LFP')),
      ' предъявил заграничный паспорт ',
      PS(ruIntPass()),
      '.',
    ];
  },
  () => {
    const p = ruPn('f');
    return [
      'У ',
      P(ruName(p, 'F', 'gen')),
      ' был изъят паспорт Кыргызской Республики ',
      PS(kgPass()),
      ', выданный в ',
      yPast(),
      ' году.',
    ];
  },
  () => {
    const p = ruPn('f');
    return [
      'Переписка с «менеджером» велась через WhatsApp с номера ',
      PH(phAE()),
      '; после прилёта ',
      P(ruName(p, 'F', 'acc')),
      ' поселили по адресу: ',
      A(addrAE()),
      '.',
    ];
  },
  () => {
    const p = ruPn('f');
    return [
      'В Стамбуле ',
      P(ruName(p, 'FL')),
      ' работала без оформления в доме по адресу ',
      A(addrTR()),
      ', хозяйка — ',
      P(pick(TR_RU)),
      '.',
    ];
  },
  () => {
    const p = ruPn('m');
    return [
      'Свидетель ',
      P(ruName(p, 'L')),
      ' пояснил, что ',
      P(ruName(ruPn('f'), 'F')),
      ' ни разу не выходила из цеха без сопровождения.',
    ];
  },
  () => {
    const p = ruPn();
    const d = bd();
    return [
      P(ruName(p, 'LFP')),
      ' (',
      B(dNum(d)),
      ` года рождения) признан${p.g === 'f' ? 'а' : ''} потерпевш${p.g === 'f' ? 'ей' : 'им'} по делу о принудительном труде.`,
    ];
  },
  () => {
    const p = ruPn();
    return [
      'Связь с семьёй ',
      P(ruName(p, 'F', 'gen')),
      ' поддерживала через «Одноклассники», страница ',
      HA(profileUrl()),
      '.',
    ];
  },
  () => {
    const p = ruPn('f');
    return [P(up(ruName(p, 'FL'))), ' — так указано в миграционной карте; ранее она проживала: ', A(addrRuKG()), '.'];
  },
  () => {
    const p = ruPn('m');
    return [
      'В Южной Корее ',
      P(ruName(p, 'F')),
      ' работал на птицефабрике, общежитие находилось по адресу: ',
      A(addrKR()),
      '.',
    ];
  },
  () => {
    const p = ruPn('f');
    return ['На допросе ', P(ruName(p, 'FP')), ' сообщила, что «долг» переводила на турецкий счёт ', IB(ibanTR()), '.'];
  },
  () => {
    const p = ruPn('f');
    return [
      'Для оформления «визы» ',
      P(ruName(p, 'FL')),
      ' попросила прислать копии документов на почту ',
      EM(email()),
      ', а оплату — на карту ',
      CA(card()),
      '.',
    ];
  },
  () => {
    const a = ruPn('f'),
      b = ruPn('m');
    return [
      'Lexus LX с казахстанскими номерами ',
      PL(plKZ()),
      ', на котором ',
      P(ruName(a, 'F', 'acc')),
      ' привезли к границе, зарегистрирован на ',
      P(ruName(b, 'LF', 'acc')),
      '.',
    ];
  },
];
const ruNeg: Tpl[] = [
  () => [
    `Уголовное дело возбуждено по пункту «${pick(['а', 'в', 'ж', 'з'])}» части 2 статьи 127.1 УК РФ (торговля людьми).`,
  ],
  () => [
    `Прокуратура ${pick(['Свердловской области', 'г. Москвы', 'Московской области', 'Республики Татарстан'])} утвердила обвинительное заключение и направила дело в ${pick(['Люблинский районный суд', 'Кировский районный суд Екатеринбурга', 'Подольский городской суд'])}.`,
  ],
  () => [
    `В ${yPast()} году МВД России выявило ${int(20, 90)} преступлений, связанных с торговлей людьми, и ${int(5, 19)} фактов использования рабского труда.`,
  ],
  () => [
    `Пострадавших разместили в кризисном центре «${pick(['Надежда', 'Анна', 'Мария', 'Вера'])}», где им оказали психологическую и юридическую помощь.`,
  ],
  () => [
    `Вербовщица обещала работу в ${destRuPre()} с зарплатой ${int(10, 30) * 100} долларов и бесплатным проживанием.`,
  ],
  () => [
    `На рынке «${pick(['Садовод', 'Фуд Сити', 'Южные ворота'])}» рабочих из ${pick(['Узбекистана', 'Таджикистана', 'Кыргызстана'])} заставляли работать по ${int(12, 16)} часов без выходных.`,
  ],
  () => [
    `Следователь следственного отдела по ${pick(['Люблинскому району', 'Кировскому району', 'г. Подольску'])} ГСУ СК России ходатайствовал об избрании меры пресечения в виде заключения под стражу.`,
  ],
  () => ['Материалы ', caseNo12(), ` объединены в одно производство с делом, возбуждённым в ${yPast()} году.`],
  () => [
    `Россия является участницей Палермского протокола, однако авторы доклада TIP Report за ${yPast()} год по-прежнему критикуют практику выявления жертв.`,
  ],
  () => [
    `Девушек селили в гостинице «${pick(['Космос', 'Измайлово', 'Славянка'])}» рядом со станцией метро «${pick(['Текстильщики', 'Выхино', 'Черкизовская', 'Люблино'])}».`,
  ],
  () => [
    `Среди пострадавших ${int(5, 12)} гражданок Узбекистана, ${int(2, 9)} — Кыргызстана и ${int(1, 6)} — Таджикистана.`,
  ],
  () => [
    `Суд назначил ${int(6, 15)} лет лишения свободы в исправительной колонии строгого режима и штраф ${int(1, 5) * 100} 000 рублей.`,
  ],
  () => [
    `Автомобиль «${pick(['Газель', 'Ford Transit', 'Hyundai Starex'])}» использовался для перевозки рабочих с ${pick(['овощебазы', 'кирпичного завода', 'стройплощадки'])} в общежитие.`,
  ],
  () => [
    `Заместитель начальника отдела по борьбе с торговлей людьми ГУ МВД по ${pick(['Свердловской области', 'Новосибирской области', 'г. Санкт-Петербургу'])} сообщил о ликвидации канала вербовки.`,
  ],
  () => [
    `По данным Международной организации по миграции, в ${yPast()} году из Центральной Азии в Россию выехали более ${int(2, 5)} миллионов трудовых мигрантов.`,
  ],
  () => [
    `Сумма «долга», которую требовал отработать работодатель, выросла с ${int(40, 90)} 000 до ${int(150, 400)} 000 рублей за счёт «штрафов».`,
  ],
  () => [
    `${evDate()} сотрудники полиции освободили ${int(4, 30)} человек из подвального цеха в ${pick(['Подмосковье', 'Ленинградской области', 'Новой Москве'])}.`,
  ],
];

// ------------------------------------------------------------------- tg-ru
const tjCityGen = () =>
  pick([
    'Хатлонской области',
    'Согдийской области',
    'района Рудаки',
    'г. Куляба',
    'Раштского района',
    'г. Истаравшана',
    'ГБАО',
    'Вахдата',
  ]);
const tgPos: Tpl[] = [
  () => {
    const p = tjPn('f');
    return [
      P(ruName(p, 'F')),
      `, жительница ${tjCityGen()}, выехала в Россию в ${yPast()} году по приглашению дальнего родственника.`,
    ];
  },
  () => {
    const p = tjPn('f');
    return [
      'Со слов ',
      P(ruName(p, 'F', 'gen')),
      `, после приезда в ${pick(RU_CITY_PRE)} «работодатель» потребовал вернуть ${sumRub()} за билет и регистрацию.`,
    ];
  },
  () => {
    const a = tjPn('m'),
      b = tjPn('m');
    return [
      P(ruName(a, 'F', 'dat')),
      ' выдали патент, но паспорт остался у бригадира ',
      P(ruName(b, 'FL', 'gen')),
      '.',
    ];
  },
  () => {
    const p = tjPn('m');
    return [
      'Гражданин Республики Таджикистан ',
      P(ruName(p, 'LFP')),
      ', ',
      B(dNum(bd())),
      ' г.р., проживающий по адресу: ',
      A(addrRuTJ()),
      ', признан потерпевшим.',
    ];
  },
  () => {
    const p = mk({ ...TJ_GROUP, S: TJ_GROUP.S.filter((s) => s.endsWith('зода')) }, 'm', femRu);
    return [
      'Вербовщик ',
      P(ruName(p, 'LF')),
      ` действовал через ${pick(['частное агентство занятости', 'туристическую фирму', 'посредническую контору'])} в ${pick(['Худжанде', 'Душанбе', 'Бохтаре'])}.`,
    ];
  },
  () => {
    const p = tjPn('f');
    return [
      'Семья ',
      P(ruName(p, 'F', 'gen')),
      ' проживает в ',
      A(`махалле ${pick(TJ_MAH_RU)}, дом ${n(1, 90)}`),
      ` в ${pick(['Бохтаре', 'Кулябе', 'Пенджикенте', 'Вахдате'])}.`,
    ];
  },
  () => {
    const p = tjPn('f');
    return [
      'Мать потерпевшей, ',
      P(ruName(p, 'LFP')),
      ', сообщила, что дочь в последний раз звонила ей с номера ',
      PH(phRU()),
      '.',
    ];
  },
  () => {
    const p = tjPn();
    return [
      'Для связи с «агентом» использовался номер ',
      PH(phTJ()),
      ', зарегистрированный на ',
      P(ruName(p, 'LI', 'acc')),
      ' в салоне связи в Душанбе.',
    ];
  },
  () => {
    const p = tjPn('m');
    return [
      'ИНН ',
      NI(tjInn()),
      ' принадлежит ',
      P(ruName(p, 'LF', 'dat')),
      ', который числится учредителем фирмы-посредника.',
    ];
  },
  () => {
    const p = tjPn();
    return [
      'Паспорт гражданина Республики Таджикистан № ',
      PS(tjPass()),
      ' на имя ',
      P(ruName(p, 'LF', 'gen')),
      ' хранился у диспетчера общежития.',
    ];
  },
  () => {
    const p = tjPn('m');
    return [
      'Деньги на «погашение долга» переводились на карту ',
      CA(card(['976200', '979307', '220070', '427638'])),
      ', оформленную на ',
      P(ruName(p, 'FL', 'acc')),
      '.',
    ];
  },
  () => {
    const p = tjPn('m');
    return [
      'Рабочих везли на автобусе с номером ',
      PL(plTJ()),
      ' до пункта пропуска; за рулём был ',
      P(ruName(p, 'FL')),
      '.',
    ];
  },
  () => {
    const p = tjPn('f');
    return [
      'Объявления о работе в Турции размещались на странице ',
      HA(profileUrl()),
      ', которую вела ',
      P(ruName(p, 'FL')),
      '.',
    ];
  },
  () => {
    const p = tjPn('m');
    return [
      'Анкеты кандидатов ',
      P(ruName(p, 'L')),
      ' просил присылать на адрес ',
      EM(email()),
      ' с фотографией в полный рост.',
    ];
  },
  () => {
    const p = tjPn('f');
    return [
      P(ruName(p, 'F', 'acc')),
      ' держали в квартире по адресу: ',
      A(addrAE()),
      ', Дубай, телефон у неё отобрали.',
    ];
  },
  () => {
    const p = tjPn('f');
    return ['В Стамбуле ', P(ruName(p, 'F')), ' работала прислугой в доме по адресу ', A(addrTR()), ' без выходных.'];
  },
  () => {
    const p = tjPn('m');
    return [
      P(ruName(p, 'FL')),
      ' вместе с ещё ',
      String(int(8, 30)),
      ' земляками жил в общежитии на ',
      A(`ул. ${pick(RU_ST)[0]}, д. ${n()}, стр. ${int(1, 6)}`),
      ' в Москве.',
    ];
  },
  () => {
    const p = tjPn();
    return [
      `Приговор вынес${p.g === 'f' ? 'ла' : ''} судья `,
      P(ruName(p, 'IL')),
      ` суда ${pick(['района Фирдавси г. Душанбе', 'г. Худжанда', 'Вахдатского района', 'г. Куляба'])}.`,
    ];
  },
  () => {
    const p = tjPn('m');
    return ['ВЕРБОВЩИК: ', P(up(ruName(p, 'LF'))), ', ', B(String(bd().y)), ' г.р., уроженец Кулябского района.'];
  },
  () => {
    const p = tjPn('f');
    const d = bd();
    return [
      P(ruName(p, 'FL')),
      ' родилась ',
      B(`${d.d} ${MON_RU[d.m - 1]} ${d.y}`),
      ' года в Пенджикенте; в Россию выехала в 17 лет.',
    ];
  },
  () => {
    const p = tjPn('f');
    return [
      'Из показаний ',
      P(shy(ruName(p, 'FL', 'gen'))),
      ': «Хозяин сказал, что мы будем работать, пока не вернём долг».',
    ];
  },
  () => {
    const a = tjPn('m'),
      b = tjPn('m');
    return [
      P(ruName(a, 'LFP')),
      ' и ',
      P(ruName(b, 'LFP')),
      ` организовали отправку ${int(5, 19)} девушек в ОАЭ через Стамбул.`,
    ];
  },
  () => {
    const p = mk(UZRU_GROUP, 'm', femRu);
    return [
      'Потерпевший ',
      P(ruName(p, 'FL')),
      ' из Турсунзаде рассказал, что на кирпичном заводе их запирали на ночь.',
    ];
  },
  () => {
    const p = tjPn('m');
    return [
      'В Южной Корее ',
      P(ruName(p, 'F')),
      ' работал на рыбоперерабатывающем заводе по адресу: ',
      A(addrKR()),
      '.',
    ];
  },
  () => {
    const p = tjPn();
    return [
      'Зарплата якобы перечислялась на турецкий счёт ',
      IB(ibanTR()),
      ', открытый на имя ',
      P(pick(TR_RU)),
      ', знакомого ',
      P(ruName(p, 'F', 'gen')),
      '.',
    ];
  },
  () => {
    const p = tjPn('f');
    return [
      'Личные данные: ',
      P(ruName(p, 'LFP')),
      ', дата рождения — ',
      B(dAnyNum(bd())),
      ', место рождения — Бохтар.',
    ];
  },
  () => {
    const p = tjPn('m');
    return [
      'Свидетель ',
      P(ruName(p, 'L')),
      ' показал, что номер ',
      PH(phTJ()),
      ' давал односельчанам «для связи по работе в Москве».',
    ];
  },
  () => {
    const p = tjPn('f');
    return [
      'Сестра потерпевшей ',
      P(ruName(p, 'F')),
      ' сообщила, что ',
      P(ruName(tjPn('f'), 'F')),
      ' выходила на связь из Telegram-аккаунта ',
      HA(handleAt()),
      '.',
    ];
  },
  () => {
    const p = tjPn('m');
    return [
      P(ruName(p, 'F', 'dat')),
      ` пришлось продать дом, чтобы вернуть посреднику ${int(2, 9)} 000 долларов; кредит оформлен на счёт `,
      IB(ibanAny()),
      '.',
    ];
  },
  () => {
    const p = tjPn();
    return [
      'В миграционной карте указан адрес пребывания: ',
      A(addrRuRussia()),
      '; принимающая сторона — ',
      P(ruName(p, 'LFP')),
      '.',
    ];
  },
  () => {
    const p = tjPn('f');
    return [
      'Родственники ',
      P(ruName(p, 'F', 'gen')),
      ' обратились в посольство, указав её домашний адрес: ',
      A(addrRuTJ()),
      '.',
    ];
  },
  () => {
    const p = tjPn('m');
    return [
      'Иностранный паспорт ',
      P(ruName(p, 'F', 'gen')),
      ' с номером ',
      PS(tjPass()),
      ` был изъят при обыске в ${pick(['Котельниках', 'Люберцах', 'Химках'])}.`,
    ];
  },
];
const tgNeg: Tpl[] = [
  () => [
    `Агентство по миграции при Министерстве труда, миграции и занятости населения Республики Таджикистан в ${yPast()} году зарегистрировало ${int(200, 900)} тысяч выездов.`,
  ],
  () => [`Уголовное дело возбуждено по части ${int(1, 3)} статьи 130.1 УК Республики Таджикистан (торговля людьми).`],
  () => [
    `По данным ОО «${pick(['Фемида', 'Модар', 'Хонаи Умед'])}», в ${yPast()} году за помощью обратились ${int(20, 120)} пострадавших от трудовой эксплуатации.`,
  ],
  () => [
    `Трудовые мигранты из ${pick(['Хатлонской области', 'Согдийской области', 'Раштской долины'])} чаще всего выезжают в Россию через аэропорт Душанбе.`,
  ],
  () => [
    `Сумма «долга» за перелёт и оформление составила ${int(5, 30)} 000 сомони, которые семья выплачивала ${int(2, 4)} года.`,
  ],
  () => [
    `Рейсом Душанбе — ${pick(['Москва', 'Екатеринбург', 'Новосибирск', 'Стамбул'])} ${evDate()} вылетели ${int(10, 40)} граждан, завербованных одной фирмой.`,
  ],
  () => [
    `Прокуратура ${pick(['Согдийской области', 'Хатлонской области', 'г. Душанбе'])} направила дело в суд с обвинительным заключением.`,
  ],
  () => [
    `В ${yPast()} году Правительство Таджикистана утвердило Национальный план действий по противодействию торговле людьми.`,
  ],
  () => [`Пострадавшие торговали на рынке «${pick(['Корвон', 'Шохмансур', 'Мехргон'])}», а ночевали в подсобке.`],
  () => [`Девушек перед вылетом селили в гостинице «${pick(['Памир', 'Вахш', 'Таджикистан'])}» на несколько дней.`],
  () => ['Материалы ', caseNo12(), ` переданы в следственный отдел ГКНБ в ${yPast()} году.`],
  () => [`Сотрудник ГКНБ, пожелавший остаться неизвестным, сообщил о задержании ${int(2, 6)} посредников.`],
  () => [
    `Таджикские мигранты составляли большинство работников цеха; среди них были и ${int(2, 9)} граждан Узбекистана.`,
  ],
  () => [
    `Рабочих перевозили на автомобиле «${pick(['Opel Zafira', 'Mercedes Vito', 'Hyundai H-1'])}» по трассе Душанбе — Худжанд.`,
  ],
  () => [
    `Общежитие находилось недалеко от станции метро «${pick(['Котельники', 'Выхино', 'Лермонтовский проспект'])}».`,
  ],
  () => [
    `Председатель махаллинского комитета заявил, что из кишлака уехали почти все мужчины в возрасте от ${int(18, 20)} до ${int(40, 50)} лет.`,
  ],
  () => [
    `В ${yPast()} году в Таджикистан было возвращено ${int(10, 80)} пострадавших при содействии МОМ и посольства в ${pick(['Москве', 'Абу-Даби', 'Анкаре'])}.`,
  ],
];

// ------------------------------------------------------------------- kk
const kkPos: Tpl[] = [
  () => {
    const p = kkPn('f');
    return ['Жәбірленуші ', P(kkName(p, 'F')), ` ${ageV()} жаста, оған Түркиядағы қонақүйде жұмыс ұсынылған.`];
  },
  () => {
    const p = kkPn('f');
    return [P(kkName(p, 'F', 'gen')), ' айтуынша, Стамбұлға жеткен бойда жұмыс беруші паспортын тартып алған.'];
  },
  () => {
    const p = kkPn('m');
    return [
      P(kkName(p, 'F', 'dat')),
      ` Ресейдегі құрылыста айына ${int(150, 400)} мың теңге уәде етілген, бірақ ол ${int(3, 8)} ай бойы жалақы алмаған.`,
    ];
  },
  () => {
    const p = kkPn('f');
    return [
      'Полиция ',
      P(kkName(p, 'F', 'acc')),
      ` ${pick(['Атырау', 'Ақтау', 'Орал', 'Түркістан'])} қаласындағы жертөледен тапты.`,
    ];
  },
  () => {
    const p = kkPn('m');
    return ['Айыпталушы ', P(kkName(p, 'LFU')), ' ', B(String(bd().y)), ' жылы туған, бұрын сотталмаған.'];
  },
  () => {
    const p = kkPn('f');
    return ['Куә ', P(kkName(p, 'LFU')), ' қыздардың түнде сыртқа шығарылмағанын растады.'];
  },
  () => {
    const p = kkPn('f');
    return [P(kkName(p, 'F')), ' ', A(addrKK()), ' мекенжайында тіркелген.'];
  },
  () => {
    const p = kkPn('f');
    return [P(kkName(p, 'FL', 'gen')), ' сөзінше, қыздарды ', A(`${pick(KK_ST)} көшесіндегі ${n()}-үйде`), ' ұстаған.'];
  },
  () => {
    const p = kkPn();
    return [
      'Делдал ',
      P(kkName(p, 'FL')),
      ' ',
      A(`${pick(KK_MKR)} шағын ауданы, ${n(1, 60)}-үй, ${fl()}-пәтер`),
      ' мекенжайында тұрады.',
    ];
  },
  () => {
    const p = kkPn('f');
    return [P(kkName(p, 'F')), ' анасына ', PH(phKZ()), ' нөмірінен хабарласқан.'];
  },
  () => {
    const p = kkPn('f');
    return ['Жұмыс ұсынған әйел ', P(kkName(p, 'F', 'ins')), ' ', PH(phTR()), ' нөмірі арқылы WhatsApp-та жазысқан.'];
  },
  () => {
    const p = kkPn();
    return [P(kkName(p, 'LF')), ', ЖСН: ', NI(iin(chance(0.7))), ', жәбірленуші ретінде танылды.'];
  },
  () => {
    const p = kkPn('f');
    return [P(kkName(p, 'F', 'gen')), ' паспорты ', PS(kzPass()), ' жұмыс берушінің сейфінен табылды.'];
  },
  () => {
    const p = kkPn('f');
    return [
      'Табысын ',
      P(kkName(p, 'F')),
      ' ',
      CA(card(['440043', '440563', '400303'])),
      ' картасына аударып отырған, картаны делдал басқарған.',
    ];
  },
  () => {
    const p = kkPn('m');
    return ['«Қарызды» ', P(kkName(p, 'FL', 'gen')), ' нұсқауымен ', IB(ibanKZ()), ' шотына аударған.'];
  },
  () => {
    const p = kkPn('m');
    return [
      'Жұмысшыларды ',
      PL(plKZ()),
      ' мемлекеттік нөмірлі «Газель» көлігімен ',
      P(kkName(p, 'FL')),
      ' тасымалдаған.',
    ];
  },
  () => {
    const p = kkPn('f');
    return [
      'Вакансия Instagram-дағы ',
      HA(handleBase()),
      ' парақшасында жарияланған, оны ',
      P(kkName(p, 'FL')),
      ' жүргізген.',
    ];
  },
  () => {
    const p = kkPn();
    return [P(kkName(p, 'FL')), ' түйіндемені ', EM(email()), ' поштасына жіберуді сұраған.'];
  },
  () => {
    const p = kkPn('f');
    return [P(kkName(p, 'FL')), ', туған күні: ', B(dNum(bd())), ', Түркістан облысының тұрғыны.'];
  },
  () => {
    const p = kkPn('f');
    const d = bd();
    return [P(kkName(p, 'LF')), ' — ', B(`${d.d} ${MON_KK[d.m - 1]} ${d.y}`), ' ж.т., Қызылорда облысынан.'];
  },
  () => {
    const p = kkPn();
    return ['Тізімде ', P(up(kkName(p, 'LFU'))), ' деп көрсетілген, ол ', B(String(bd().y)), ' жылы туған.'];
  },
  () => {
    const p = kkPn('f');
    return [P(kkName(p, 'F')), ' Мәскеуде ', A(addrRuRussia()), ' мекенжайындағы пәтерде тұрған.'];
  },
  () => {
    const p = kkPn('f');
    return [P(kkName(p, 'F')), ' Дубайда ', A(addrAE()), ' мекенжайында ұсталған.'];
  },
  () => {
    const p = kkPn('f');
    return ['Анталияда ', P(kkName(p, 'F')), ' ', A(addrTR()), ' мекенжайындағы қонақүйде жұмыс істеген.'];
  },
  () => {
    const p = kkPn('m');
    return [P(kkName(p, 'F')), ' Оңтүстік Кореяда ', A(addrKR()), ' мекенжайындағы зауытта жұмыс істеген.'];
  },
  () => {
    const p = kkPn('f');
    return ['Жәбірленуші ', P(shy(kkName(p, 'FL'))), ' сотта жалдаушының құжаттарын тартып алғанын айтты.'];
  },
  () => {
    const p = kkPn();
    return ['Сот үкімін судья ', P(kkName(p, 'IL')), ' шығарды.'];
  },
  () => {
    const p = kkPn('m');
    return ['Іс бойынша күдікті ', P(kkName(p, 'LFP')), ' ', B(dNum(bd())), ' туған, Шымкент қаласының тұрғыны.'];
  },
  () => {
    const p = mk(RU_GROUPS[5], 'm', femRu);
    return ['Куә ', P(ruName(p, 'FL')), ' жұмысшылардың паспорттары бригадирде сақталғанын айтты.'];
  },
  () => {
    const p = kkPn('f');
    return [P(kkName(p, 'F', 'abl')), ' ', PS(kgPass()), ' нөмірлі Қырғызстан паспорты да табылды.'];
  },
  () => {
    const p = kkLatPn('f');
    const nm = chance(0.5) ? low(p.f + ' ' + p.l) : p.f + ' ' + p.l;
    return ['Jabirlenushi ', P(nm), ` ${ageV()} jasta, ony Almatydan Stambulga dayashy retinde alyp ketken.`];
  },
  () => {
    const p = kkLatPn('f');
    return [
      P(p.f),
      ' anasyna ',
      PH(phKZ()),
      ' nomirinen habarlasqan, telefon ',
      P(kkLatPn('m').f),
      ' degen jigittiki bolgan.',
    ];
  },
  () => {
    const p = kkLatPn('m');
    return [
      'Deldal',
      ' ',
      P(p.f + ' ' + p.l),
      ' ',
      A(
        `${pick(['Almaty', 'Shymkent', 'Taraz'])} qalasy, ${pick(['Abai', 'Tole bi', 'Zhandosov'])} koshesi, ${n()}-uy`,
      ),
      ' mekenzhaiynda turady.',
    ];
  },
  () => {
    const p = kkPn('f');
    return [
      'Жәбірленушілердің бірі — ',
      P(kkName(p, 'F')),
      ', оның бауыры ',
      P(kkName(kkPn('m'), 'F')),
      ' ',
      PH(phRU()),
      ' нөміріне бірнеше рет қоңырау шалған.',
    ];
  },
  () => {
    const p = kkPn('f');
    return [
      P(kkName(p, 'F', 'dat')),
      ' Telegram-дағы ',
      HA(handleAt()),
      ' аккаунтынан «Дубайда жоғары жалақы» деген хабарлама келген.',
    ];
  },
];
const kkNeg: Tpl[] = [
  () => [`Іс ҚР Қылмыстық кодексінің 128-бабының ${int(2, 4)}-бөлігі бойынша сотқа жолданды.`],
  () => [
    `${pick(['Алматы облысының', 'Түркістан облысының', 'Маңғыстау облысының', 'Астана қаласының'])} прокуратурасы айыптау актісін бекітті.`,
  ],
  () => [
    `Ішкі істер министрлігінің мәліметінше, ${yPast()} жылы адам саудасына қатысты ${int(50, 200)} қылмыс тіркелген.`,
  ],
  () => [
    `Жәбірленушілер «${pick(['Мейірім', 'Сана Сезім', 'Жаңа Қадам', 'Үміт'])}» дағдарыс орталығына орналастырылды.`,
  ],
  () => [`Жұмыс берушілер Түркиядағы қонақүйлерге айына ${int(6, 15)} жүз доллар жалақы уәде еткен.`],
  () => [`Қазақстан Палермо хаттамасын ${pick(['2008', '2007'])} жылы ратификациялаған.`],
  () => [caseNo12(), ' нөмірлі қылмыстық іс бойынша тергеу аяқталды.'],
  () => [`Тергеуші ${yPast()} жылдың ${pick(MON_KK)} айында ${int(3, 12)} жәбірленушіден жауап алды.`],
  () => [
    `Қазақстандық жұмысшылар Ресейдің ${pick(['Орынбор', 'Омбы', 'Новосібір'])} облысындағы шаруа қожалығында жұмыс істеген.`,
  ],
  () => [
    `Алматыдағы «${pick(['Барахолка', 'Алтын Орда', 'Көк базар'])}» базарында мигрант әйелдер ақысыз жұмыс істеген.`,
  ],
  () => [`Қыздар Астанадағы «${pick(['Думан', 'Есіл', 'Жібек жолы'])}» қонақүйінде бірнеше күн тұрған.`],
  () => [`Сот ${int(5, 15)} жылға бас бостандығынан айыру және ${int(2, 9)} миллион теңге айыппұл тағайындады.`],
  () => [`Ақтау — Баку бағытындағы паром арқылы ${int(4, 20)} адам шетелге шығарылған.`],
  () => [
    `АҚШ Мемлекеттік департаментінің TIP Report баяндамасында Қазақстанның көрсеткіштері ${yPast()} жылы талданды.`,
  ],
  () => [`Жұмысшылар ${pick(['Toyota Camry', 'Lada Granta', 'Hyundai Accent'])} көлігімен шекараға дейін жеткізілген.`],
  () => [
    `${pick(['Шымкент', 'Тараз', 'Атырау'])} қаласының мамандандырылған ауданаралық қылмыстық соты істі ${evDate()} қарады.`,
  ],
  () => [`Is QR Qylmystyq kodeksinin 128-baby boiynsha ${yPast()} zhyly qozgaldy.`],
];

// ------------------------------------------------------------------- ky
const kyPos: Tpl[] = [
  () => {
    const p = kyPn('f');
    return ['Жабырлануучу ', P(kyName(p, 'F')), ` ${ageV()} жашта, аны Москвадагы тигүү цехине жумушка алып кетишкен.`];
  },
  () => {
    const p = kyPn('f');
    return [P(kyName(p, 'F', 'gen')), ' айтымында, паспортун келген күнү эле тартып алышкан.'];
  },
  () => {
    const p = kyPn('m');
    return [
      P(kyName(p, 'F', 'dat')),
      ` айына ${int(40, 90)} миң рубль убада кылышкан, бирок ал ${int(3, 9)} ай бою акча алган эмес.`,
    ];
  },
  () => {
    const p = kyPn('m');
    return ['Айыпталуучу ', P(kyName(p, 'FU')), ' ', B(String(bd().y)), '-жылы туулган, мурда соттолгон эмес.'];
  },
  () => {
    const p = kyPn('f');
    return ['Күбө ', P(kyName(p, 'FU')), ' кыздар түнкүсүн кулпуланган бөлмөдө кармалганын тастыктады.'];
  },
  () => {
    const p = kyPn('f');
    return [P(kyName(p, 'F')), ' ', A(addrKY()), ' дарегинде катталган.'];
  },
  () => {
    const p = kyPn('f');
    return [
      P(kyName(p, 'FL', 'gen')),
      ' айтымында, кыздарды ',
      A(`${pick(KY_ST)} көчөсүндөгү ${n()}-үйдө`),
      ' кармап турушкан.',
    ];
  },
  () => {
    const p = kyPn();
    return [
      'Ортомчу ',
      P(kyName(p, 'FL')),
      ' ',
      A(`${pick(KY_MKR)} кичи району, ${n(1, 60)}-үй, ${fl()}-батир`),
      ' дарегинде жашайт.',
    ];
  },
  () => {
    const p = kyPn('f');
    return [P(kyName(p, 'F')), ' апасына ', PH(phKG()), ' номеринен чалган.'];
  },
  () => {
    const p = kyPn();
    return [P(kyName(p, 'LF')), ', жеке номери (ПИН): ', NI(kgPin()), ', жабырлануучу катары таанылды.'];
  },
  () => {
    const p = kyPn('f');
    return [P(kyName(p, 'F', 'gen')), ' паспорту ', PS(kgPass()), ' жумуш берүүчүнүн сейфинен табылды.'];
  },
  () => {
    const p = kyPn('m');
    return ['Акчаны ', P(kyName(p, 'FL')), ' ', CA(card(['417891', '941700', '220070'])), ' картасына которуп турган.'];
  },
  () => {
    const p = kyPn('f');
    return ['«Карызды» ', P(kyName(p, 'F')), ' Дубайдагы ', IB(ibanAE()), ' эсебине которууга мажбур болгон.'];
  },
  () => {
    const p = kyPn('m');
    return [
      'Жумушчуларды ',
      PL(plKG()),
      ' мамлекеттик номери бар «Хонда Степвагон» унаасы менен ',
      P(kyName(p, 'FL')),
      ' ташыган.',
    ];
  },
  () => {
    const p = kyPn('f');
    return [
      'Telegram’дагы ',
      HA(handleAt()),
      ' каналы аркылуу ',
      P(kyName(p, 'FL')),
      ' «Түркияда жумуш» деген жарнамаларды жайылткан.',
    ];
  },
  () => {
    const p = kyPn();
    return [P(kyName(p, 'FL')), ' резюмени ', EM(email()), ' дарегине жөнөтүүнү талап кылган.'];
  },
  () => {
    const p = kyPn('f');
    return [P(kyName(p, 'LF')), ', туулган күнү: ', B(dNum(bd())), ', Ош облусунун тургуну.'];
  },
  () => {
    const p = kyPn('f');
    const d = bd();
    return [P(kyName(p, 'FL')), ' ', B(dNum(d)), ' ж. туулган, Нарын облусунан.'];
  },
  () => {
    const p = kyPn();
    return ['Тизмеде ', P(up(kyName(p, 'LF'))), ' деп жазылган, ', B(String(bd().y)), '-жылы туулган.'];
  },
  () => {
    const p = kyPn('f');
    return ['Кыз ', P(shy(kyName(p, 'FL'))), ' сотто жумуш берүүчү документтерин тартып алганын айтты.'];
  },
  () => {
    const p = kyPn('f');
    return [P(kyName(p, 'F')), ' Москва шаарында ', A(addrRuRussia()), ' дареги боюнча жашаган.'];
  },
  () => {
    const p = kyPn('f');
    return ['Стамбулда ', P(kyName(p, 'F')), ' ', A(addrTR()), ' дарегиндеги үйдө күң катары иштеген.'];
  },
  () => {
    const p = kyPn('m');
    return [P(kyName(p, 'F')), ' Түштүк Кореяда ', A(addrKR()), ' дарегиндеги заводдо иштеген.'];
  },
  () => {
    const p = kyPn('f');
    return [P(kyName(p, 'F', 'acc')), ' Дубайдагы ', A(addrAE()), ' батирде кармашкан.'];
  },
  () => {
    const p = kyPn();
    return ['Өкүмдү судья ', P(kyName(p, 'IL')), ' чыгарды.'];
  },
  () => {
    const p = kyPn('f');
    return ['Күнөөлүү деп табылган ', P(kyName(p, 'LFP')), ' ', B(dNum(bd())), ' туулган, Бишкек шаарынын тургуну.'];
  },
  () => {
    const p = mk(RU_GROUPS[8], 'm', femRu);
    return ['Токмоктук ', P(ruName(p, 'FL')), ' жумушчуларды Казакстандагы фермага жөнөткөн.'];
  },
  () => {
    const p = kyPn('f');
    return [P(kyName(p, 'F')), ' Москвадан ', PH(phRU()), ' номери аркылуу жардам сураган.'];
  },
  () => {
    const p = kyPn('m');
    return [
      P(kyName(p, 'F', 'gen')),
      ' Instagram баракчасы ',
      HA(profileUrl()),
      ' аркылуу вербовщик аны менен байланышкан.',
    ];
  },
  () => {
    const p = kyPn('f');
    return [
      'Жабырлануучунун ',
      P(kyName(p, 'FU')),
      ' паспорту ',
      PS(kgPass()),
      ' жана ПИН ',
      NI(kgPin()),
      ' көрсөтүлгөн.',
    ];
  },
  () => {
    const p = kyPn('m');
    return [P(kyName(p, 'FL')), ' ', A(addrKY()), ' дарегинде катталган, бирок ', yPast(), '-жылдан бери Россияда.'];
  },
  () => {
    const p = kyPn('f');
    return [P(kyName(p, 'F', 'abl')), ' ', PH(phTR()), ' номерине чалып, Анталиядан кайтууга жардам сурашкан.'];
  },
  () => {
    const p = kyPn('f');
    return [
      P(kyName(p, 'F')),
      ' ',
      EM(email()),
      ' дарегинен «келишимди» алган, ал эми «визанын» акысын ',
      CA(card(['417891', '941700', '440043'])),
      ' картасына которууну талап кылышкан.',
    ];
  },
];
const kyNeg: Tpl[] = [
  () => [`Иш Кылмыш-жаза кодексинин 171-беренесинин ${int(1, 3)}-бөлүгү боюнча сотко жөнөтүлдү.`],
  () => [
    `Ички иштер министрлигинин маалыматы боюнча, ${yPast()}-жылы адам сатуу боюнча ${int(20, 90)} кылмыш катталган.`,
  ],
  () => [`Жабырлануучулар «${pick(['Сезим', 'Ак-Жүрөк', 'Үмүт'])}» кризистик борборуна жайгаштырылды.`],
  () => [
    `${pick(['Ош облусунун', 'Чүй облусунун', 'Жалал-Абад облусунун'])} прокуратурасы айыптоо корутундусун бекитти.`,
  ],
  () => [`Дордой базарында иштеген ${int(5, 30)} аял ${int(12, 16)} сааттан иштөөгө мажбур болгон.`],
  () => [`Кыздар Бишкектеги «${pick(['Ак-Кеме', 'Достук', 'Ала-Тоо'])}» мейманканасында бир нече күн турушкан.`],
  () => [`Жумушчулар Манас эл аралык аэропорту аркылуу ${pick(['Москвага', 'Стамбулга', 'Дубайга'])} учуп кетишкен.`],
  () => [`Ортомчу ар бир кызга ${int(1, 5)} миң доллар «карыз» жазып койгон.`],
  () => [caseNo12(), ' номериндеги кылмыш иши боюнча тергөө аяктады.'],
  () => [`АКШ Мамлекеттик департаментинин TIP Report баяндамасында Кыргызстан тууралуу ${yPast()}-жылы жазылган.`],
  () => [
    `Жумушчулар ${pick(['Toyota Alphard', 'Mercedes Sprinter', 'Honda Fit'])} унаасы менен Казакстандын чек арасына чейин жеткирилген.`,
  ],
  () => [
    `Кыргызстандык мигранттар Москванын «${pick(['Выхино', 'Котельники', 'Текстильщики'])}» метро бекетинин жанындагы жатаканада жашашкан.`,
  ],
  () => [`Тергөөчү ${yPast()}-жылдын ${pick(MON_KY)} айында ${int(3, 12)} жабырлануучудан сурак алды.`],
  () => [`Сот ${int(5, 15)} жылга эркинен ажыратуу жазасын дайындады.`],
  () => [`Эл аралык миграция уюму менен бирге ${int(10, 60)} жаран мекенине кайтарылды.`],
  () => [`${evDate()} Баткен облусунан ${int(5, 20)} жаран Россияга жумушка жөнөтүлгөн.`],
];

// ------------------------------------------------------------------- uz
const uzPos: Tpl[] = [
  () => {
    const p = uzPn('f');
    return [
      'Jabrlanuvchi ',
      P(uzName(p, 'F')),
      ` ${ageV()} yoshda, unga Dubaydagi mehmonxonada ish va\u02BCda qilingan.`,
    ];
  },
  () => {
    const p = uzPn('f');
    return [
      P(uzName(p, 'F', 'gen')),
      ' so\u2018zlariga ko\u2018ra, Istanbulga yetib borgach pasportini olib qo\u2018yishgan.',
    ];
  },
  () => {
    const p = uzPn('m');
    return [
      P(uzName(p, 'F', 'dat')),
      ` oyiga ${int(5, 15)}00 dollar maosh va\u02BCda qilingan, ammo u ${int(3, 9)} oy davomida hech narsa olmagan.`,
    ];
  },
  () => {
    const p = uzPn('m');
    return ['Ayblanuvchi ', P(uzName(p, 'LFO')), ' ', B(String(bd().y)), '-yilda tug\u2018ilgan, ilgari sudlanmagan.'];
  },
  () => {
    const p = uzPn('f');
    return ['Guvoh ', P(uzName(p, 'LFO')), ' ayollar kechasi qulflab qo\u2018yilganini tasdiqladi.'];
  },
  () => {
    const p = uzPn('f');
    return [P(uzName(p, 'F')), ' ', A(addrUZ()), ' manzilida ro\u2018yxatda turadi.'];
  },
  () => {
    const p = uzPn('f');
    return [
      P(uzName(p, 'FL', 'gen')),
      ' aytishicha, ayollarni ',
      A(`${pick(UZ_ST)} ko\u2018chasidagi ${n()}-uyda`),
      ' saqlashgan.',
    ];
  },
  () => {
    const p = uzPn();
    return [
      'Vositachi ',
      P(uzName(p, 'FL')),
      ' ',
      A(`${pick(UZ_MAH)} mahallasi, ${pick(UZ_ST)} ko\u2018chasi, ${n()}-uy`),
      ' manzilida yashaydi.',
    ];
  },
  () => {
    const p = uzPn('f');
    return [P(uzName(p, 'F')), ' onasiga ', PH(phUZ()), ' raqamidan qo\u2018ng\u2018iroq qilgan.'];
  },
  () => {
    const p = uzPn('m');
    return ['Yollovchi ', P(uzName(p, 'FL')), ' bilan ', PH(phRU()), ' raqami orqali Telegramda yozishgan.'];
  },
  () => {
    const p = uzPn();
    return [P(uzName(p, 'LF')), ', JShShIR: ', NI(uzPinfl()), ', jabrlanuvchi deb topildi.'];
  },
  () => {
    const p = uzPn('f');
    return [P(uzName(p, 'F', 'gen')), ' pasporti ', PS(uzPass()), ' ish beruvchining seyfidan topildi.'];
  },
  () => {
    const p = uzPn('m');
    return [
      'Pul ',
      CA(card(['860012', '986035', '860049'])),
      ' raqamli kartaga o\u2018tkazilgan, karta egasi ',
      P(uzName(p, 'FL')),
      '.',
    ];
  },
  () => {
    const p = uzPn('f');
    return [
      '«Qarz» ',
      P(uzName(p, 'FL', 'gen')),
      ' nomidan ',
      IB(pick([ibanAE, ibanTR])()),
      ' hisob raqamiga to\u2018langan.',
    ];
  },
  () => {
    const p = uzPn('m');
    return ['Ishchilarni ', PL(plUZ()), ' davlat raqamli Damas avtomobilida ', P(uzName(p, 'FL')), ' olib ketgan.'];
  },
  () => {
    const p = uzPn('f');
    return [
      'Instagramdagi ',
      HA(handleBase()),
      ' sahifasi orqali ',
      P(uzName(p, 'FL')),
      ' «Turkiyada ish» e\u02BClonlarini tarqatgan.',
    ];
  },
  () => {
    const p = uzPn();
    return [P(uzName(p, 'FL')), ' anketani ', EM(email()), ' manziliga yuborishni so\u2018ragan.'];
  },
  () => {
    const p = uzPn('f');
    return [P(uzName(p, 'LF')), ', tug\u2018ilgan sanasi: ', B(dNum(bd())), ', Qashqadaryo viloyatida yashaydi.'];
  },
  () => {
    const p = uzPn('f');
    const d = bd();
    return [P(uzName(p, 'FL')), ' ', B(`${d.d} ${MON_UZ[d.m - 1]} ${d.y}`), ' yilda tug\u2018ilgan, Xorazmdan.'];
  },
  () => {
    const p = uzPn();
    return ['Ro\u2018yxatda ', P(up(uzName(p, 'LF'))), ' deb yozilgan, ', B(dAnyNum(bd())), ' yilda tug\u2018ilgan.'];
  },
  () => {
    const p = uzPn('f');
    return ['jabrlanuvchi ', P(low(uzName(p, 'FL'))), ' sudda ish beruvchi hujjatlarini tortib olganini aytdi.'];
  },
  () => {
    const p = uzPn('f');
    return ['Jabrlanuvchi ', P(shy(uzName(p, 'FL'))), ' Moskvadagi sexda kuniga 14 soat ishlaganini aytdi.'];
  },
  () => {
    const p = uzPn('f');
    return [P(uzName(p, 'F')), ' Moskvada ', A(addrRuLat()), ' manzilidagi yotoqxonada yashagan.'];
  },
  () => {
    const p = uzPn('m');
    return [P(uzName(p, 'F')), ' Janubiy Koreyada ', A(addrKR()), ' manzilidagi zavodda ishlagan.'];
  },
  () => {
    const p = uzPn('f');
    return [P(uzName(p, 'F', 'acc')), ' Istanbulda ', A(addrTR()), ' manzilidagi uyda ushlab turishgan.'];
  },
  () => {
    const p = uzPn('f');
    return [P(uzName(p, 'F')), ' Dubayda ', A(addrAE()), ' manzilidagi kvartirada yashagan.'];
  },
  () => {
    const p = uzPn();
    return ['Hukmni sudya ', P(uzName(p, 'IL')), ' e\u02BClon qildi.'];
  },
  () => {
    const p = mk(QQ, 'f', femLat);
    return ['Nukus shahrilik ', P(uzName(p, 'FL')), ' Qozog\u2018istondagi fermaga olib ketilgan.'];
  },
  () => {
    const p = uzcPn('f');
    return ['Жабрланувчи ', P(uzName(p, 'F', 'nom', true)), ` ${ageV()} ёшда, унга Туркияда ишлаш ваъда қилинган.`];
  },
  () => {
    const p = uzcPn('f');
    return [P(uzName(p, 'FL', 'nom', true)), ' ', A(addrUZC()), ' манзилида рўйхатда туради.'];
  },
  () => {
    const p = uzcPn();
    return [P(uzName(p, 'LF', 'nom', true)), ', туғилган санаси: ', B(dNum(bd())), ', телефон: ', PH(phUZ()), '.'];
  },
  () => {
    const p = uzcPn('m');
    return [
      'Айбланувчи ',
      P(uzName(p, 'LFO', 'nom', true)),
      ' паспорти ',
      PS(uzPass()),
      ' билан Россияга чиқиб кетган.',
    ];
  },
  () => {
    const p = uzcPn('f');
    return [
      P(uzName(p, 'F', 'gen', true)),
      ' айтишича, уни ',
      A(`${pick(['Навоий', 'Бобур', 'Фурқат'])} кўчасидаги ${n()}-уйда`),
      ' сақлашган.',
    ];
  },
  () => {
    const p = uzPn('f');
    return [
      P(uzName(p, 'F', 'abl')),
      ' Telegramdagi ',
      HA(handleAt()),
      ' akkaunti orqali yordam so\u2018rab xabar kelgan.',
    ];
  },
  () => {
    const p = uzPn('m');
    return [P(uzName(p, 'FO')), ' ', A(addrUZ()), ' manzilida yashaydi, JShShIR ', NI(uzPinfl()), '.'];
  },
];
const uzNeg: Tpl[] = [
  () => [
    `Jinoyat ish O\u2018zbekiston Respublikasi Jinoyat kodeksining 135-moddasi ${int(2, 3)}-qismi bilan qo\u2018zg\u2018atildi.`,
  ],
  () => [
    `Ichki ishlar vazirligi ma\u02BClumotiga ko\u2018ra, ${yPast()}-yilda odam savdosi bo\u2018yicha ${int(100, 400)} ta jinoyat aniqlangan.`,
  ],
  () => [
    `Odam savdosiga qarshi kurashish bo\u2018yicha Respublika idoralararo komissiyasi ${yPast()}-yil hisobotini e\u02BClon qildi.`,
  ],
  () => [`Jabrlanuvchilar «${pick(['Istiqbolli avlod', 'Mehr', 'Umid'])}» reabilitatsiya markaziga joylashtirildi.`],
  () => [
    `${pick(['Toshkent viloyati', 'Samarqand viloyati', 'Farg\u2018ona viloyati'])} prokuraturasi ishni sudga yubordi.`,
  ],
  () => [
    `Xalqaro migratsiya tashkiloti ko\u2018magida ${int(20, 90)} nafar fuqaro ${pick(['Rossiyadan', 'Turkiyadan', 'BAAdan'])} qaytarildi.`,
  ],
  () => [`Vositachi har bir ishchidan ${int(3, 15)} million so\u2018m «yo\u2018l puli» olgan.`],
  () => [`Ayollar Chorsu bozorida ${int(12, 16)} soatdan ishlashga majbur qilingan.`],
  () => [
    `Qizlar Toshkentdagi «${pick(['Uzbekistan', 'Chorsu', 'Lotte City'])}» mehmonxonasida bir necha kun turishgan.`,
  ],
  () => [caseNo12(), ' raqamli jinoyat ishi bo\u2018yicha tergov yakunlandi.'],
  () => [`AQSh Davlat departamentining TIP Report hisobotida O\u2018zbekiston haqida ${yPast()}-yilda yozilgan.`],
  () => [`Ishchilar ${pick(['Chevrolet Nexia', 'Damas', 'Cobalt'])} avtomobilida chegaragacha olib borilgan.`],
  () => [`Tergovchi ${yPast()}-yil ${pick(MON_UZ)} oyida ${int(3, 12)} nafar jabrlanuvchini so\u2018roq qildi.`],
  () => [`Sud ${int(5, 15)} yilga ozodlikdan mahrum qilish jazosini tayinladi.`],
  () => [
    `O\u2018zbekistonlik migrantlar Moskvadagi «${pick(['Vixino', 'Kotelniki', 'Tekstilshiki'])}» metro bekati yaqinidagi yotoqxonada yashagan.`,
  ],
  () => [`${evDate()} kuni Andijon viloyatidan ${int(5, 20)} nafar fuqaro Rossiyaga ishga jo\u2018natilgan.`],
  () => [`Жиноят иши Жиноят кодексининг 135-моддаси билан қўзғатилди, ${yPast()}-йилда судга юборилди.`],
];

// ------------------------------------------------------------------- en
const ctyEN = () =>
  pick([
    'Almaty',
    'Bishkek',
    'Osh',
    'Dushanbe',
    'Khujand',
    'Tashkent',
    'Samarkand',
    'Shymkent',
    'Andijan',
    'Turkmenabat',
    'Nukus',
    'Karakol',
  ]);
const enPos: Tpl[] = [
  () => {
    const p = enPn('f');
    return [
      'The victim, ',
      P(enName(p, 'F')),
      `, ${ageV()}, was recruited in ${ctyEN()} by a woman who promised her a cleaning job in Dubai.`,
    ];
  },
  () => {
    const p = enPn('f');
    return [
      'According to ',
      P(enName(p, 'F')),
      ', her passport was taken at the airport and she was told she owed USD ',
      String(int(2, 9)),
      ',000 for the ticket.',
    ];
  },
  () => {
    return [
      'The sponsor, ',
      P(
        'Mr ' +
          pick(['Hamdan Al Ketbi', 'Khalid Al Mansouri', 'Saeed Al Marzouqi', 'Majid Al Dhaheri', 'Faisal Bin Touq']),
      ),
      ', kept all passports in a locked drawer in his villa.',
    ];
  },
  () => {
    const p = enPn('m');
    return [
      'Defendant ',
      P(enName(p, 'CAPSL')),
      ', born in ',
      B(String(bd().y)),
      `, was charged under Article ${pick(['128', '171', '135', '130.1'])} of the Criminal Code.`,
    ];
  },
  () => {
    const p = enPn();
    return ['Witness ', P(enName(p, 'LI')), ' stated that workers were locked in the dormitory at night.'];
  },
  () => {
    const p = enPn('f');
    return [P(enName(p, 'FL')), ', DOB: ', B(dNum(bd(), '/')), ', was identified as a victim of sexual exploitation.'];
  },
  () => {
    const p = enPn('f');
    const d = bd();
    return [
      P(enName(p, 'FL')),
      ' was born on ',
      B(`${d.d} ${MON_EN[d.m - 1]} ${d.y}`),
      ' and left for Istanbul at the age of 17.',
    ];
  },
  () => {
    const p = enPn('f');
    const d = bd();
    return [
      'Name: ',
      P(enName(p, 'CAPSLFP')),
      '; date of birth: ',
      B(pick([dIso(d), `${pad(d.m)}/${pad(d.d)}/${d.y}`, `${MON_EN[d.m - 1]} ${d.d}, ${d.y}`])),
      '; nationality: ',
      pick(['Kyrgyz', 'Uzbek', 'Tajik', 'Kazakh', 'Turkmen']),
      '.',
    ];
  },
  () => {
    const p = enPn('m');
    return [
      P(enName(p, 'FL')),
      ' (b. ',
      B(String(bd().y)),
      ') worked on a construction site in Moscow for eight months without pay.',
    ];
  },
  () => {
    const p = enPn('f');
    return [P(enName(p, 'F')), ' lived at ', A(addrEN()), ' before she was recruited.'];
  },
  () => {
    const p = enPn('f');
    return [
      'The women, including ',
      P(enName(p, 'F')),
      ', were held at ',
      A(addrAE()),
      ' and allowed out only with a driver.',
    ];
  },
  () => {
    const p = enPn('f');
    return [P(enName(p, 'FL')), ' worked as a live-in domestic worker at ', A(addrTR()), ' in Istanbul.'];
  },
  () => {
    const p = enPn('m');
    return [
      'In the Moscow region ',
      P(enName(p, 'F')),
      ' shared a basement room at ',
      A(addrRuLat()),
      ' with eleven other men.',
    ];
  },
  () => {
    const p = enPn('m');
    return [P(enName(p, 'F')), ' was placed at a seafood plant and housed at ', A(addrKR()), ' by the broker.'];
  },
  () => {
    const p = enPn();
    return [
      'The recruiter used the number ',
      PH(pick([phAE, phTR, phKR])()),
      ' and introduced herself to ',
      P(enName(p, 'F')),
      ' as a manager.',
    ];
  },
  () => {
    const p = enPn('f');
    return [
      P(enName(p, 'F')),
      ' called her brother from ',
      PH(pick([phKG, phUZ, phTJ, phKZ, phTM])()),
      ' after escaping from the salon.',
    ];
  },
  () => {
    const p = enPn('m');
    return ['CVs were collected at ', EM(email()), ', an address registered to ', P(enName(p, 'FL')), '.'];
  },
  () => {
    const p = enPn('f');
    return [
      'Her Kazakh passport No. ',
      PS(kzPass()),
      ' was found in the safe of ',
      P(enName({ ...enPn('m') }, 'FL')),
      '.',
    ];
  },
  () => {
    const p = enPn();
    return [P(enName(p, 'FL')), ' held Uzbek passport ', PS(uzPass()), ', which the employer confiscated on arrival.'];
  },
  () => {
    const p = enPn('f');
    return ['The Kyrgyz passport ', PS(kgPass()), ' issued to ', P(enName(p, 'FU')), ' was returned by the police.'];
  },
  () => {
    const p = enPn();
    return [
      'The victim’s IIN ',
      NI(iin(chance(0.6))),
      ' was used to open a loan in her name; the broker ',
      P(enName(p, 'FL')),
      ' received the money.',
    ];
  },
  () => {
    const p = enPn('m');
    return [P(enName(p, 'FL')), ', PINFL ', NI(uzPinfl()), ', was registered as the owner of the recruitment company.'];
  },
  () => {
    const p = enPn('f');
    return ['Wages were paid to card ', CA(card()), ' controlled by ', P(enName(p, 'FL')), ', not to the workers.'];
  },
  () => {
    const p = enPn('f');
    return [
      'The "debt" was transferred to account ',
      IB(ibanAny()),
      ' in the name of ',
      P(pick(EN_FOREIGN)),
      ', a friend of ',
      P(enName(p, 'F')),
      '.',
    ];
  },
  () => {
    const p = enPn('m');
    return [
      'Workers were driven in a white Ford Transit with plates ',
      PL(pick([plTR, plKZ, plKG, plUZ, plRU, plTJ])()),
      ' by ',
      P(enName(p, 'FL')),
      '.',
    ];
  },
  () => {
    const p = enPn('f');
    return ['The vacancy was posted by ', HA(handleAt()), ' on Telegram, a channel run by ', P(enName(p, 'FL')), '.'];
  },
  () => {
    const p = enPn('f');
    const h = low(p.f) + '.' + low(p.l);
    return ['Girls were contacted through instagram ', HA(h), ', the account of ', P(enName(p, 'FL')), '.'];
  },
  () => {
    const p = enPn('f');
    return [
      'Her profile ',
      HA(profileUrl()),
      ' was used by traffickers to message friends of ',
      P(enName(p, 'F')),
      '.',
    ];
  },
  () => {
    const p = enPn('f');
    return ['victim ', P(enName(p, 'lower')), ' said the employer kept her documents.'];
  },
  () => {
    const p = enPn('f');
    return ['Survivor ', P(shy(enName(p, 'FL'))), ' testified by video link from the shelter.'];
  },
  () => {
    return [
      'The Korean employer ',
      P(pick(['Park Ji-hoon', 'Kim Min-jun', 'Choi Hyun-woo', 'Kang Dong-hyun', 'Yoon Soo-bin'])),
      ' withheld wages for seven months.',
    ];
  },
  () => {
    return [
      'A broker known as ',
      P(pick(['Zhang Wei', 'Liu Yang', 'Wang Fang', 'Chen Jing'])),
      ' arranged the flights via Urumqi.',
    ];
  },
  () => {
    const p = enPn('m');
    return [
      'The judge, ',
      P(pick(['Ms ', 'Mrs ', 'Mr ']) + p.l),
      ', sentenced ',
      P(enName(enPn('m'), 'FPL')),
      ` to ${int(6, 14)} years.`,
    ];
  },
  () => {
    const p = enPn('m');
    return [P(enName(p, 'FU')), ' was registered at ', A(addrEN()), ' but had lived in Russia since ', yPast(), '.'];
  },
  () => {
    return ['The Turkmen victims, among them ', P(pick(TM_LAT)), ', were moved to a textile workshop in Bursa.'];
  },
  () => {
    const p = enPn('f');
    return [
      'Shelter staff noted that ',
      P(enName(p, 'F')),
      ' was born in ',
      B(String(bd().y)),
      ' and had no identity documents.',
    ];
  },
  () => {
    const p = enPn('f');
    return [
      'The agency "Silk Road Staffing" wrote to ',
      P(enName(p, 'FL')),
      ' from ',
      EM(email()),
      ' and asked for a deposit to card ',
      CA(card()),
      '.',
    ];
  },
  () => {
    const p = enPn('m');
    return [
      'Police in Antalya stopped a minibus with plates ',
      PL(plTR()),
      '; the driver, ',
      P(enName(p, 'FL')),
      ', had no licence.',
    ];
  },
];
const enNeg: Tpl[] = [
  () => [
    `The case was opened under Article ${pick(['128 of the Criminal Code of Kazakhstan', '171 of the Criminal Code of the Kyrgyz Republic', '135 of the Criminal Code of Uzbekistan', '130.1 of the Criminal Code of Tajikistan'])}.`,
  ],
  () => [
    `All five Central Asian states have acceded to the Palermo Protocol, yet the ${yPast()} TIP Report notes weak victim identification.`,
  ],
  () => [
    `IOM assisted ${int(20, 200)} returnees from ${pick(['Turkey', 'the UAE', 'Russia', 'South Korea'])} in ${yPast()}.`,
  ],
  () => [
    `The Ministry of Internal Affairs reported ${int(30, 150)} trafficking cases in ${yPast()}, most involving labour exploitation.`,
  ],
  () => [
    `The victims were placed in the "${pick(['Hope', 'Sezim', 'Modar', 'Rodnik'])}" shelter and received legal aid.`,
  ],
  () => [
    `A prosecutor in ${pick(['Osh', 'Shymkent', 'Khujand', 'Andijan'])} said the recruiters targeted young women from rural districts.`,
  ],
  () => ['Case ', caseNo12(), ` was merged with an earlier investigation in ${yPast()}.`],
  () => [
    `The women were promised USD ${int(8, 30)}00 a month but received nothing after deductions for rent and "fines".`,
  ],
  () => [
    `Workers from ${pick(['Kyrgyzstan', 'Tajikistan', 'Uzbekistan'])} slept in containers at Dordoi Bazaar during the peak season.`,
  ],
  () => [
    `They were first taken to a flat in ${pick(['Deira', 'Al Barsha', 'Sharjah', 'Laleli', 'Aksaray'])} and then moved every few weeks.`,
  ],
  () => [
    `The group stayed at the ${pick(['Hilton Garden Inn', 'Grand Laleli Hotel', 'Rixos'])} for two nights before the flight.`,
  ],
  () => [
    `Kyrgyz and Uzbek nationals made up most of the identified victims; Tajik men were the largest group in construction.`,
  ],
  () => [`Recruits met their escort near ${pick(['Kurskaya', 'Vykhino', 'Kotelniki'])} metro station in Moscow.`],
  () => [
    `The court sentenced the organiser to ${int(6, 15)} years and ordered compensation of KZT ${int(2, 9)} million.`,
  ],
  () => [
    `A ${pick(['Toyota Camry', 'Hyundai Starex', 'Chevrolet Cobalt'])} was used to take the women across the border at ${pick(['Dostyk', 'Chernyaevka', 'Korday'])}.`,
  ],
  () => [
    `On ${evDate()} police raided a sewing workshop in ${pick(['Bursa', 'Zeytinburnu', 'Podolsk'])} and found ${int(10, 40)} undocumented workers.`,
  ],
  () => [`The investigator, a senior lieutenant of the anti-trafficking unit, declined to comment.`],
];

// =================================================================== build
function build(pieces: Piece[]): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') {
      text += p;
      continue;
    }
    const start = text.length;
    text += p[1];
    spans.push({ start, end: text.length, type: p[0], text: p[1] });
  }
  return { text, spans };
}
function scriptOf(text: string): string {
  const cyr = /[\u0400-\u04FF]/.test(text);
  const lat = /[A-Za-z\u00C0-\u024F]/.test(text);
  return cyr && lat ? 'mixed' : cyr ? 'cyrillic' : 'latin';
}

const LANGS: { lang: string; pos: Tpl[]; neg: Tpl[] }[] = [
  { lang: 'ru', pos: ruPos, neg: ruNeg },
  { lang: 'tg-ru', pos: tgPos, neg: tgNeg },
  { lang: 'kk', pos: kkPos, neg: kkNeg },
  { lang: 'ky', pos: kyPos, neg: kyNeg },
  { lang: 'uz', pos: uzPos, neg: uzNeg },
  { lang: 'en', pos: enPos, neg: enNeg },
];
const POS_REPS = 2;
const NEG_REPS = 1;

const seen = new Set<string>();
const out: Rec[] = [];
for (const { lang, pos, neg } of LANGS) {
  const items: { text: string; spans: Span[] }[] = [];
  const run = (t: Tpl) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const r = build(t());
      if (seen.has(r.text)) continue;
      seen.add(r.text);
      items.push(r);
      return;
    }
    throw new Error('could not produce a unique text for a template in ' + lang);
  };
  for (let k = 0; k < POS_REPS; k++) pos.forEach(run);
  for (let k = 0; k < NEG_REPS; k++) neg.forEach(run);
  // deterministic shuffle
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  items.forEach((it, i) =>
    out.push({
      id: `heldout4-${lang}-${pad(i + 1, 3)}`,
      language: lang,
      script: scriptOf(it.text),
      text: it.text,
      spans: it.spans,
    }),
  );
}

// =================================================================== verify
for (const r of out) {
  const sorted = [...r.spans].sort((a, b) => a.start - b.start);
  let lastEnd = -1;
  for (const s of sorted) {
    if (r.text.slice(s.start, s.end) !== s.text) throw new Error(`offset mismatch in ${r.id}`);
    if (s.text.length === 0 || /^\s|\s$/.test(s.text) || s.text.startsWith(SHY) || s.text.endsWith(SHY))
      throw new Error(`whitespace at span edge in ${r.id}`);
    if (s.start < lastEnd) throw new Error(`overlap in ${r.id}`);
    lastEnd = s.end;
  }
  r.spans = sorted;
}
if (new Set(out.map((r) => r.text)).size !== out.length) throw new Error('duplicate texts');
if (new Set(out.map((r) => r.id)).size !== out.length) throw new Error('duplicate ids');

const outDir = process.argv[2] ?? '.';
fs.mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, 'anonymizer-heldout-4.jsonl');
fs.writeFileSync(file, out.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');

// =================================================================== stats
const byLang: Record<string, number> = {};
const byType: Record<string, number> = {};
const byScript: Record<string, number> = {};
let negatives = 0;
for (const r of out) {
  byLang[r.language] = (byLang[r.language] ?? 0) + 1;
  byScript[r.script] = (byScript[r.script] ?? 0) + 1;
  if (r.spans.length === 0) negatives++;
  for (const s of r.spans) byType[s.type] = (byType[s.type] ?? 0) + 1;
}
console.log(`wrote ${out.length} snippets to ${file}`);
console.log('negatives:', negatives);
console.log('by language:', JSON.stringify(byLang));
console.log('by script:', JSON.stringify(byScript));
console.log('by type:', JSON.stringify(byType));
const req: Record<string, number> = {
  PERSON: 150,
  ADDRESS: 80,
  BIRTH_DATE: 40,
  PHONE: 15,
  EMAIL: 15,
  NATIONAL_ID: 15,
  PASSPORT: 15,
  CARD: 15,
  IBAN: 15,
  PLATE: 15,
  HANDLE: 15,
};
const gaps: string[] = [];
if (out.length < 400) gaps.push(`total ${out.length} < 400`);
if (negatives < 90) gaps.push(`negatives ${negatives} < 90`);
for (const l of Object.keys(byLang)) if (byLang[l] < 50) gaps.push(`${l} ${byLang[l]} < 50`);
for (const [t, m] of Object.entries(req)) if ((byType[t] ?? 0) < m) gaps.push(`${t} ${byType[t] ?? 0} < ${m}`);
console.log(gaps.length ? 'GAPS: ' + gaps.join('; ') : 'all size requirements met');
