/* eslint-disable */
// @ts-nocheck: a generator written without reading the code; it is run, not imported.
/**
 * Held-out evaluation set 21 for the personal-data anonymizer.
 *
 * What it is
 *   A labelled set of snippets (court verdicts in Russian legal style, first-person
 *   victim statements, NGO case notes, journalists' reports, messenger chats,
 *   interview transcripts, lists and tables of people, passport MRZ copies, ads of
 *   recruiters, press releases) about cross-border trafficking cases in Central Asia
 *   (KZ, KG, UZ, TJ, TM) and destination countries (RU, TR, AE, KR, CN ...).
 *   Languages: ru, kk (Cyrillic + some informal Latin), ky, uz (Latin + some
 *   Cyrillic), tg, tr, en. The set emphasises PEOPLE'S NAMES: inflected Russian
 *   forms in every grammatical case, Kazakh/Kyrgyz/Uzbek/Tajik patronymics
 *   (-ұлы/-қызы, уулу/кызы, o'g'li/qizi, -зода), Turkic case endings written onto
 *   names (Айгерімге, Бақытты, Dilnozaga, Фаррухро), Turkish apostrophe suffixes
 *   (Ayşe'ye -> only "Ayşe" is labelled), diminutives, lower-case chat names,
 *   nicknames of recruiters, initials before/after surnames, Koryo-saram, Arabic,
 *   Turkish, Afghan, Chinese and Korean names, double-barrelled surnames and names
 *   that are also common words or places.  Roughly a fifth of the snippets are
 *   negatives (no spans) built from text that trips naive anonymizers.
 *
 * Format (one JSON object per line)
 *   {"id":"h21-0001","language":"ru|kk|ky|uz|tg|tr|en","script":"cyrl|latn",
 *    "text":"...","spans":[{"start":N,"end":N,"type":"PERSON"},...]}
 *   Offsets are UTF-16 code-unit indices (JS string indices), end exclusive.
 *   Types: PERSON, PHONE, EMAIL, NATIONAL_ID, PASSPORT, CARD, IBAN, ADDRESS,
 *   BIRTH_DATE, PLATE, HANDLE.
 *
 * Conventions of the gold spans
 *   - PERSON is the name only: no titles or role words (потерпевшая, victim, ака,
 *     апа, опа, эже, Hanım, bey, Mr, Av.); an inflected form covers the whole
 *     inflected token (Ахмедовой, Айгерімге, Dilnozaga, Фаррухро); a Turkish
 *     suffix after an apostrophe is left out.  Nicknames of recruiters are PERSON,
 *     inside quotes only the nickname.  Initials with a surname are one span.  In
 *     an MRZ the surname and the given name are separate PERSON spans and the
 *     document number is PASSPORT (the rest of the MRZ is not labelled).
 *   - ADDRESS is street level (street/microdistrict/mahalla + house, optional
 *     flat/building) without city or region; a Russian preposition before an
 *     inflected street word is left out ("на [улице Абая, д. 5]").
 *   - BIRTH_DATE is only the date (or the year) of birth, without words such as
 *     "года", "г.р.", "жылы", "yil", "doğumlu"; other dates are never labelled.
 *   - Identifiers after a cue are labelled whatever their check digit; masked
 *     cards are CARD.
 *   - Never labelled: company identifiers (BIN, company INN), case numbers,
 *     hotlines, flight numbers, statute articles, sums, court and organisation
 *     names (also those named after people), streets or monuments named after
 *     people without a house number, ages, hearing and travel dates.
 *
 * How it is built
 *   Templates are written in a tiny placeholder language ({A.fio.g} = person A,
 *   surname+given+patronymic in the genitive; {A.n.i+dat} = given name in the
 *   text's own language with the dative ending; {PH.kz} = a Kazakh phone ...).
 *   The text is composed piece by piece and every span is recorded at the moment
 *   its piece is appended (spans are never found by searching the final string).
 *   At the end every span is checked: its text equals the inserted piece, spans
 *   are sorted, do not overlap and negatives have no spans.
 *   Deterministic: mulberry32 PRNG with the fixed seed 2121.
 *
 * Run
 *   cd /work/main && npx tsx scripts/generate-anonymizer-heldout-21.ts
 *   -> writes test/fixtures/anonymizer-heldout-21.jsonl and prints statistics.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// ---------------------------------------------------------------- PRNG
function mulberry32(a: number) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(2121);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => Array.from({ length: n }, () => ri(0, 9)).join('');
function shuffle(a) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
const REF_YEAR = 2023;

// ---------------------------------------------------------------- name data
// given: 'ru|native|latin|dimRu|dimLat|uzCyr'   ('*' after ru = also a common word)
const GIVEN = {
  kz: {
    m: [
      'Нурлан|Нұрлан|Nurlan',
      'Бакыт*|Бақыт|Bakyt',
      'Ерлан|Ерлан|Yerlan',
      'Асхат|Асхат|Askhat',
      'Даурен|Дәурен|Dauren',
      'Максат*|Мақсат|Maksat|Макс|Max',
      'Ислам*|Ислам|Islam',
      'Серик|Серік|Serik',
      'Жандос|Жандос|Zhandos',
      'Азамат|Азамат|Azamat|Азик|Azik',
      'Канат|Қанат|Kanat',
      'Нурсултан|Нұрсұлтан|Nursultan|Нурик|Nurik',
      'Арман*|Арман|Arman',
      'Бауыржан|Бауыржан|Baurzhan|Бауке|Bauke',
      'Тимур|Тимур|Timur|Тима|Tima',
      'Нур*|Нұр|Nur',
      'Ержан|Ержан|Yerzhan',
      'Данияр|Данияр|Daniyar',
    ],
    f: [
      'Айгерим|Айгерім|Aigerim|Айка|Aika',
      'Жулдыз*|Жұлдыз|Zhuldyz',
      'Сауле*|Сәуле|Saule',
      'Гульнара|Гүлнара|Gulnara|Гуля|Gulya',
      'Айгуль*|Айгүл|Aigul',
      'Мадина*|Мадина|Madina',
      'Алма*|Алма|Alma',
      'Динара|Динара|Dinara|Дина|Dina',
      'Асель|Әсел|Assel|Асик|Asik',
      'Салтанат|Салтанат|Saltanat|Салта|Salta',
      'Бахыт*|Бақыт|Bakhyt',
      'Назерке|Назерке|Nazerke',
      'Аружан|Аружан|Aruzhan|Аруша|Arusha',
      'Гульмира|Гүлмира|Gulmira|Гуля|Gulya',
      'Нургуль|Нұргүл|Nurgul',
      'Акбота|Ақбота|Akbota',
      'Роза*|Роза|Roza',
      'Гуль*|Гүл|Gul',
      'Камила|Камила|Kamila',
      'Жанар|Жанар|Zhanar',
    ],
  },
  kg: {
    m: [
      'Бакыт*|Бакыт|Bakyt',
      'Нурбек|Нурбек|Nurbek',
      'Азамат|Азамат|Azamat|Азик|Azik',
      'Эрлан|Эрлан|Erlan',
      'Улан|Улан|Ulan',
      'Мирлан|Мирлан|Mirlan',
      'Чынгыз|Чыңгыз|Chyngyz|Чика|Chika',
      'Адилет|Адилет|Adilet',
      'Талант*|Талант|Talant',
      'Алмаз*|Алмаз|Almaz',
      'Темирлан|Темирлан|Temirlan',
      'Эрмек|Эрмек|Ermek',
      'Максат*|Максат|Maksat',
      'Курманбек|Курманбек|Kurmanbek',
      'Жоомарт|Жоомарт|Zhoomart',
    ],
    f: [
      'Айгуль*|Айгүл|Aigul',
      'Толкун*|Толкун|Tolkun',
      'Жылдыз*|Жылдыз|Jyldyz',
      'Бермет|Бермет|Bermet',
      'Нургуль|Нургүл|Nurgul',
      'Гульзат|Гүлзат|Gulzat',
      'Айпери|Айпери|Aiperi|Пери|Peri',
      'Чолпон*|Чолпон|Cholpon',
      'Бурул|Бурул|Burul',
      'Асель|Асел|Asel',
      'Мээрим*|Мээрим|Meerim',
      'Каныкей|Каныкей|Kanykei',
      'Назира|Назира|Nazira',
      'Айжан|Айжан|Aizhan',
      'Бактыгуль|Бактыгүл|Baktygul',
      'Гулиза|Гулиза|Guliza|Гуля|Gulya',
    ],
  },
  uz: {
    m: [
      'Бахтиёр|Baxtiyor|Bakhtiyor|Бахти|Bakhti|Бахтиёр',
      'Фаррух|Farrux|Farrukh|||Фаррух',
      'Алишер|Alisher|Alisher|||Алишер',
      'Шерзод|Sherzod|Sherzod|||Шерзод',
      'Жасур|Jasur|Jasur|||Жасур',
      "Улугбек|Ulug'bek|Ulugbek|||Улуғбек",
      'Рустам|Rustam|Rustam|||Рустам',
      'Ислом*|Islom|Islom|||Ислом',
      'Отабек|Otabek|Otabek|||Отабек',
      'Сардор|Sardor|Sardor|||Сардор',
      'Бобур|Bobur|Bobur|||Бобур',
      'Умид*|Umid|Umid|||Умид',
      'Азиз|Aziz|Aziz|||Азиз',
      'Дилшод|Dilshod|Dilshod|||Дилшод',
      'Бекзод|Bekzod|Bekzod|Бека|Beka|Бекзод',
      'Жахонгир|Jahongir|Jakhongir|||Жаҳонгир',
    ],
    f: [
      'Дильноза|Dilnoza|Dilnoza|Диля|Dilya|Дилноза',
      'Нигора|Nigora|Nigora|||Нигора',
      'Гулнора|Gulnora|Gulnora|Гуля|Gulya|Гулнора',
      'Малика|Malika|Malika|||Малика',
      'Зульфия|Zulfiya|Zulfiya|Зуля|Zulya|Зулфия',
      'Шахноза|Shahnoza|Shakhnoza|Шаха|Shakha|Шаҳноза',
      'Мохира|Mohira|Mokhira|||Моҳира',
      'Бахор*|Bahor|Bakhor|||Баҳор',
      'Феруза|Feruza|Feruza|||Феруза',
      'Севара|Sevara|Sevara|Сева|Seva|Севара',
      'Нилуфар|Nilufar|Nilufar|Нилу|Nilu|Нилуфар',
      'Умида|Umida|Umida|||Умида',
      'Гулчехра|Gulchehra|Gulchekhra|||Гулчеҳра',
      'Дилором|Dilorom|Dilorom|||Дилором',
      'Мадина*|Madina|Madina|||Мадина',
      'Лола*|Lola|Lola|||Лола',
    ],
  },
  tj: {
    m: [
      'Фаррух|Фаррух|Farrukh',
      'Фирдавс|Фирдавс|Firdavs',
      'Далер|Далер|Daler',
      'Шухрат|Шуҳрат|Shukhrat',
      'Парвиз|Парвиз|Parviz',
      'Джамшед|Ҷамшед|Jamshed|Джама|Jama',
      'Бехруз|Беҳрӯз|Behruz',
      'Манучехр|Манучеҳр|Manuchehr|Ману|Manu',
      'Рустам|Рустам|Rustam',
      'Сухроб|Суҳроб|Sukhrob',
      'Умед*|Умед|Umed',
      'Исмоил|Исмоил|Ismoil',
      'Комрон|Комрон|Komron',
      'Сиёвуш|Сиёвуш|Siyovush',
    ],
    f: [
      'Нигина|Нигина|Nigina',
      'Зарина|Зарина|Zarina|Зара|Zara',
      'Шабнам|Шабнам|Shabnam',
      'Фируза|Фирӯза|Firuza',
      'Тахмина|Таҳмина|Takhmina',
      'Манижа|Манижа|Manizha',
      'Парвина|Парвина|Parvina',
      'Мехринисо|Меҳринисо|Mehriniso|Мехри|Mehri',
      'Гулбахор|Гулбаҳор|Gulbakhor',
      'Мадина*|Мадина|Madina',
      'Сабохат|Сабоҳат|Sabokhat',
      'Дилафруз|Дилафрӯз|Dilafruz|Диля|Dilya',
      'Нодира|Нодира|Nodira',
    ],
  },
  tm: {
    m: [
      'Мердан|Merdan|Merdan',
      'Довлет|Döwlet|Dovlet',
      'Батыр|Batyr|Batyr',
      'Мекан|Mekan|Mekan',
      'Агаджан|Agajan|Agadzhan',
      'Рахман|Rahman|Rakhman',
      'Арслан|Arslan|Arslan',
      'Мурат|Myrat|Murat',
    ],
    f: [
      'Айгуль*|Aýgül|Aygul',
      'Джерен|Jeren|Jeren',
      'Майса|Maýsa|Maysa',
      'Огулбике|Ogulbike|Ogulbike',
      'Айнур|Aýnur|Aynur',
      'Гульджан|Güljan|Guljan',
      'Бахар|Bahar|Bahar',
      'Огулджахан|Oguljahan|Oguljahan',
    ],
  },
  ru: {
    m: [
      'Сергей|Сергей|Sergey|Серёжа|Seryozha',
      'Алексей|Алексей|Alexey|Лёша|Lyosha',
      'Дмитрий|Дмитрий|Dmitry|Дима|Dima',
      'Андрей|Андрей|Andrey',
      'Игорь|Игорь|Igor',
      'Олег|Олег|Oleg',
      'Николай|Николай|Nikolay|Коля|Kolya',
      'Виктор|Виктор|Viktor|Витя|Vitya',
      'Александр|Александр|Alexander|Саша|Sasha',
      'Вячеслав|Вячеслав|Vyacheslav|Слава|Slava',
    ],
    f: [
      'Ирина|Ирина|Irina|Ира|Ira',
      'Мария|Мария|Maria|Маша|Masha',
      'Екатерина|Екатерина|Yekaterina|Катя|Katya',
      'Ольга|Ольга|Olga|Оля|Olya',
      'Наталья|Наталья|Natalya|Наташа|Natasha',
      'Елена|Елена|Yelena|Лена|Lena',
      'Светлана|Светлана|Svetlana|Света|Sveta',
      'Анна|Анна|Anna|Аня|Anya',
      'Татьяна|Татьяна|Tatyana|Таня|Tanya',
      'Юлия|Юлия|Yulia|Юля|Yulya',
      'Вера*|Вера|Vera',
      'Надежда*|Надежда|Nadezhda|Надя|Nadya',
      'Любовь*|Любовь|Lyubov|Люба|Lyuba',
    ],
  },
  ko: {
    m: [
      'Виктор|Виктор|Viktor|Витя|Vitya',
      'Олег|Олег|Oleg',
      'Сергей|Сергей|Sergey',
      'Вячеслав|Вячеслав|Vyacheslav|Слава|Slava',
      'Валерий|Валерий|Valery|Валера|Valera',
      'Эдуард|Эдуард|Eduard|Эдик|Edik',
      'Роман|Роман|Roman|Рома|Roma',
    ],
    f: [
      'Светлана|Светлана|Svetlana|Света|Sveta',
      'Елена|Елена|Yelena|Лена|Lena',
      'Марина|Марина|Marina',
      'Ирина|Ирина|Irina|Ира|Ira',
      'Анжелика|Анжелика|Anzhelika|Лика|Lika',
      'Виктория|Виктория|Viktoria|Вика|Vika',
      'Людмила|Людмила|Lyudmila|Люда|Lyuda',
    ],
  },
  tr: {
    m: [
      'Мехмет|Mehmet|Mehmet',
      'Хакан|Hakan|Hakan',
      'Мурат|Murat|Murat',
      'Эмре|Emre|Emre',
      'Бурак|Burak|Burak',
      'Осман|Osman|Osman',
      'Юсуф|Yusuf|Yusuf',
      'Кемаль|Kemal|Kemal',
      'Айдын*|Aydın|Aydin',
      'Дениз*|Deniz|Deniz',
    ],
    f: [
      'Айше|Ayşe|Ayse',
      'Фатма|Fatma|Fatma',
      'Зейнеп|Zeynep|Zeynep',
      'Элиф|Elif|Elif',
      'Эмине|Emine|Emine',
      'Хатидже|Hatice|Hatice',
      'Мерве|Merve|Merve',
      'Гюль*|Gül|Gul',
      'Ебру|Ebru|Ebru',
    ],
  },
  ar: {
    m: [
      'Ахмед|Ahmed|Ahmed',
      'Халид|Khalid|Khalid',
      'Саид|Saeed|Saeed',
      'Омар|Omar|Omar',
      'Рашид|Rashid|Rashid',
      'Юсеф|Yousef|Yousef',
      'Абдулла|Abdullah|Abdullah',
    ],
    f: [
      'Фатима|Fatima|Fatima',
      'Мариам|Mariam|Mariam',
      'Айша|Aisha|Aisha',
      'Нура|Noura|Noura',
      'Хесса|Hessa|Hessa',
      'Лейла|Layla|Layla',
    ],
  },
  af: {
    m: [
      'Хамид|Hamid|Hamid',
      'Фарид|Farid|Farid',
      'Вахид|Wahid|Wahid',
      'Ахмад|Ahmad|Ahmad',
      'Навид|Navid|Navid',
      'Гулам|Ghulam|Ghulam',
    ],
    f: [
      'Гулалай|Gulalai|Gulalai',
      'Зармина|Zarmina|Zarmina',
      'Фереште|Fereshteh|Fereshteh',
      'Шабана|Shabana|Shabana',
      'Марьям|Maryam|Maryam',
    ],
  },
  cn: {
    m: ['Лэй|Lei|Lei', 'Вэй|Wei|Wei', 'Цзюнь|Jun|Jun', 'Хао|Hao|Hao', 'Цян|Qiang|Qiang'],
    f: ['На|Na|Na', 'Цзин|Jing|Jing', 'Фан|Fang|Fang', 'Сяохун|Xiaohong|Xiaohong', 'Мэй|Mei|Mei'],
  },
  kr: {
    m: [
      'Мин Джун|Min-jun|Min-jun',
      'Чжи Хун|Ji-hoon|Ji-hoon',
      'Сон Хо|Seong-ho|Seong-ho',
      'Дон Хён|Dong-hyun|Dong-hyun',
      'Ён Су|Young-soo|Young-soo',
    ],
    f: [
      'Со Ён|Seo-yeon|Seo-yeon',
      'Ми Ён|Mi-young|Mi-young',
      'Джи Ын|Ji-eun|Ji-eun',
      'Ын Джу|Eun-ju|Eun-ju',
      'Хе Джин|Hye-jin|Hye-jin',
    ],
  },
  en: {
    m: [
      'Дэвид|David|David',
      'Джеймс|James|James',
      'Томас|Thomas|Thomas',
      'Майкл|Michael|Michael',
      'Питер|Peter|Peter',
      'Марк*|Mark|Mark',
    ],
    f: [
      'Сара|Sarah|Sarah',
      'Эмма|Emma|Emma',
      'Ребекка|Rebecca|Rebecca',
      'Клэр|Claire|Claire',
      'Хелен|Helen|Helen',
      'Хоуп*|Hope|Hope',
      'Грейс*|Grace|Grace',
    ],
  },
};
// surnames: 'ruMasc|nativeMasc|latinMasc|uzCyr'
const SURN = {
  kz: [
    'Ахметов|Ахметов|Akhmetov',
    'Нурланов|Нұрланов|Nurlanov',
    'Сейткалиев|Сейітқалиев|Seitkaliyev',
    'Жумабаев|Жұмабаев|Zhumabayev',
    'Касымов|Қасымов|Kassymov',
    'Абенов|Әбенов|Abenov',
    'Омаров|Омаров|Omarov',
    'Тулегенов|Төлегенов|Tulegenov',
    'Искаков|Ысқақов|Iskakov',
    'Бекмагамбетов|Бекмағамбетов|Bekmagambetov',
    'Сарсенбаев|Сәрсенбаев|Sarsenbayev',
    'Досжанов|Досжанов|Doszhanov',
    'Мукашев|Мұқашев|Mukashev',
    'Ермеков|Ермеков|Yermekov',
    'Калиев|Қалиев|Kaliyev',
    'Тажибай|Тәжібай|Tazhibai',
    'Кенжебек|Кенжебек|Kenzhebek',
  ],
  kg: [
    'Асанов|Асанов|Asanov',
    'Токтосунов|Токтосунов|Toktosunov',
    'Абдыкадыров|Абдыкадыров|Abdykadyrov',
    'Осмоналиев|Осмоналиев|Osmonaliev',
    'Мамытов|Мамытов|Mamytov',
    'Сыдыков|Сыдыков|Sydykov',
    'Исмаилов|Исмаилов|Ismailov',
    'Турдубаев|Турдубаев|Turdubaev',
    'Алымкулов|Алымкулов|Alymkulov',
    'Кадыркулов|Кадыркулов|Kadyrkulov',
    'Эсенбаев|Эсенбаев|Esenbaev',
    'Жумабеков|Жумабеков|Zhumabekov',
    'Бейшеналиев|Бейшеналиев|Beishenaliev',
  ],
  uz: [
    'Ахмедов|Ahmedov|Akhmedov|Аҳмедов',
    'Юсупов|Yusupov|Yusupov|Юсупов',
    'Рахимов|Rahimov|Rakhimov|Раҳимов',
    'Турсунов|Tursunov|Tursunov|Турсунов',
    'Холматов|Xolmatov|Kholmatov|Холматов',
    'Эргашев|Ergashev|Ergashev|Эргашев',
    'Абдуллаев|Abdullayev|Abdullaev|Абдуллаев',
    'Мирзаев|Mirzayev|Mirzaev|Мирзаев',
    "Нематов|Ne'matov|Nematov|Неъматов",
    'Содиков|Sodiqov|Sodikov|Содиқов',
    'Усмонов|Usmonov|Usmonov|Усмонов',
    'Кодиров|Qodirov|Kodirov|Қодиров',
    'Хасанов|Hasanov|Khasanov|Ҳасанов',
    'Саидов|Saidov|Saidov|Саидов',
    'Тошматов|Toshmatov|Toshmatov|Тошматов',
  ],
  tj: [
    'Рахимов|Раҳимов|Rakhimov',
    'Назаров|Назаров|Nazarov',
    'Шарипов|Шарипов|Sharipov',
    'Саидов|Саидов|Saidov',
    'Сафаров|Сафаров|Safarov',
    'Ашуров|Ашуров|Ashurov',
    'Мирзоев|Мирзоев|Mirzoev',
    'Холов|Холов|Kholov',
    'Рахимзода|Раҳимзода|Rahimzoda',
    'Давлатзода|Давлатзода|Davlatzoda',
    'Азимзода|Азимзода|Azimzoda',
    'Юсуфи|Юсуфӣ|Yusufi',
    'Хакимов|Ҳакимов|Khakimov',
    'Одинаев|Одинаев|Odinaev',
    'Сангинов|Сангинов|Sanginov',
    'Бобоев|Бобоев|Boboev',
  ],
  tm: [
    'Аннаев|Annaýew|Annaev',
    'Курбанов|Gurbanow|Gurbanov',
    'Оразов|Orazow|Orazov',
    'Мурадов|Myradow|Muradov',
    'Бердыев|Berdiýew|Berdyev',
    'Чарыев|Çaryýew|Charyev',
    'Ходжаев|Hojaýew|Khodzhaev',
    'Атаев|Ataýew|Ataev',
  ],
  ru: [
    'Иванов|Иванов|Ivanov',
    'Кузнецов|Кузнецов|Kuznetsov',
    'Смирнов|Смирнов|Smirnov',
    'Попов|Попов|Popov',
    'Соколов|Соколов|Sokolov',
    'Васильев|Васильев|Vasiliev',
    'Петров|Петров|Petrov',
    'Морозов|Морозов|Morozov',
    'Никитин|Никитин|Nikitin',
    'Волков|Волков|Volkov',
    'Вишневский|Вишневский|Vishnevsky',
    'Ковальчук|Ковальчук|Kovalchuk',
    'Шевчук|Шевчук|Shevchuk',
    'Мельник|Мельник|Melnik',
    'Гончаренко|Гончаренко|Goncharenko',
  ],
  ko: [
    'Ким|Ким|Kim',
    'Пак|Пак|Pak',
    'Ли|Ли|Li',
    'Цой|Цой|Tsoi',
    'Тен|Тен|Ten',
    'Хван|Хван|Khvan',
    'Югай|Югай|Yugai',
    'Шин|Шин|Shin',
    'Когай|Когай|Kogai',
    'Ни|Ни|Ni',
    'Огай|Огай|Ogai',
  ],
  tr: [
    'Йылмаз|Yılmaz|Yilmaz',
    'Демир|Demir|Demir',
    'Челик|Çelik|Celik',
    'Шахин|Şahin|Sahin',
    'Айдын|Aydın|Aydin',
    'Озтюрк|Öztürk|Ozturk',
    'Арслан|Arslan|Arslan',
    'Доган|Doğan|Dogan',
    'Коч|Koç|Koc',
    'Курт|Kurt|Kurt',
  ],
  ar: [
    'аль-Мансури|Al Mansouri|Al Mansouri',
    'аль-Хашими|Al Hashimi|Al Hashimi',
    'аль-Нуайми|Al Nuaimi|Al Nuaimi',
    'аль-Фаласи|Al Falasi|Al Falasi',
    'Хаддад|Haddad|Haddad',
    'аль-Кетби|Al Ketbi|Al Ketbi',
    'Хури|Khoury|Khoury',
  ],
  af: [
    'Карими|Karimi|Karimi',
    'Нури|Noori|Noori',
    'Ахмадзай|Ahmadzai|Ahmadzai',
    'Рахими|Rahimi|Rahimi',
    'Сафи|Safi|Safi',
    'Попал|Popal|Popal',
    'Хайдари|Haidari|Haidari',
  ],
  cn: [
    'Ван|Wang|Wang',
    'Чжан|Zhang|Zhang',
    'Ли|Li|Li',
    'Лю|Liu|Liu',
    'Чэнь|Chen|Chen',
    'Ян|Yang|Yang',
    'Чжао|Zhao|Zhao',
  ],
  kr: [
    'Ким|Kim|Kim',
    'Пак|Park|Park',
    'Ли|Lee|Lee',
    'Чхве|Choi|Choi',
    'Чон|Jung|Jung',
    'Кан|Kang|Kang',
    'Юн|Yoon|Yoon',
  ],
  en: [
    'Митчелл|Mitchell|Mitchell',
    'Томпсон|Thompson|Thompson',
    'Кларк|Clarke|Clarke',
    "О'Брайен|O'Brien|O'Brien",
    'Хьюз|Hughes|Hughes',
    'Андерсон|Anderson|Anderson',
    'Бейкер|Baker|Baker',
    'Уайт|White|White',
    'Фишер|Fisher|Fisher',
    'Бартон-Хьюз|Barton-Hughes|Barton-Hughes',
  ],
};
const PATRONYMIC_GROUPS = new Set(['kz', 'kg', 'uz', 'tj', 'tm', 'ru', 'ko']);
const FOREIGN_GROUPS = new Set(['tr', 'ar', 'af', 'en']);
const SURNAME_FIRST = new Set(['cn', 'kr']);
const DOUBLE_TAIL = [
  ['Ким', 'Kim'],
  ['Пак', 'Pak'],
  ['Ли', 'Li'],
  ['Цой', 'Tsoi'],
  ['Тен', 'Ten'],
];

function parseGiven(s) {
  const [ru0, nat, lat, dimRu, dimLat, uzc] = s.split('|');
  const word = ru0.endsWith('*');
  const ru = ru0.replace('*', '');
  return { ru, nat: nat || ru, lat: lat || nat, dimRu: dimRu || '', dimLat: dimLat || '', uzc: uzc || ru, word };
}
function parseSurname(s) {
  const [ru, nat, lat, uzc] = s.split('|');
  return { ru, nat: nat || ru, lat: lat || nat, uzc: uzc || ru };
}

// ---------------------------------------------------------------- Russian declension
const HISS = 'жшчщц';
const CONS = 'бвгджзклмнпрстфхцчшщ';
function declFemA(w, c) {
  if (c === 'n') return w;
  const last = w.slice(-1),
    stem = w.slice(0, -1),
    pre = stem.slice(-1);
  if (last === 'а') {
    const gi = 'гкхжшчщ'.includes(pre) ? 'и' : 'ы';
    const ins = HISS.includes(pre) ? 'ей' : 'ой';
    return { g: stem + gi, d: stem + 'е', a: stem + 'у', i: stem + ins, p: stem + 'е' }[c];
  }
  if (pre === 'и') return { g: stem + 'и', d: stem + 'и', a: stem + 'ю', i: stem + 'ей', p: stem + 'и' }[c];
  return { g: stem + 'и', d: stem + 'е', a: stem + 'ю', i: stem + 'ей', p: stem + 'е' }[c];
}
function declMascNoun(w, c) {
  if (c === 'n') return w;
  const last = w.slice(-1);
  if (last === 'й' || last === 'ь') {
    const st = w.slice(0, -1);
    const pr = w.endsWith('ий') ? st + 'и' : st + 'е';
    return { g: st + 'я', d: st + 'ю', a: st + 'я', i: st + 'ем', p: pr }[c];
  }
  if (CONS.includes(last)) {
    const ins = HISS.includes(last) ? 'ем' : 'ом';
    return { g: w + 'а', d: w + 'у', a: w + 'а', i: w + ins, p: w + 'е' }[c];
  }
  return w;
}
function declGiven(w, g, c) {
  if (c === 'n' || w.includes(' ')) return w;
  const last = w.slice(-1);
  if (last === 'а' || last === 'я') return declFemA(w, c);
  if (g === 'f') {
    if (last === 'ь') {
      const st = w.slice(0, -1);
      return { g: st + 'и', d: st + 'и', a: w, i: w + 'ю', p: st + 'и' }[c];
    }
    return w;
  }
  return declMascNoun(w, c);
}
function declSurnamePart(w, g, c, foreign) {
  if (c === 'n') return w;
  if (g === 'm') {
    if (!foreign && /(ов|ев|ёв|ин|ын)$/.test(w))
      return { g: w + 'а', d: w + 'у', a: w + 'а', i: w + 'ым', p: w + 'е' }[c];
    if (/(ский|цкий)$/.test(w)) {
      const st = w.slice(0, -2);
      return { g: st + 'ого', d: st + 'ому', a: st + 'ого', i: st + 'им', p: st + 'ом' }[c];
    }
    return declMascNoun(w, c);
  }
  if (/(ова|ева|ёва|ина|ына)$/.test(w)) {
    const st = w.slice(0, -1);
    return { g: st + 'ой', d: st + 'ой', a: st + 'у', i: st + 'ой', p: st + 'ой' }[c];
  }
  if (/(ская|цкая)$/.test(w)) {
    const st = w.slice(0, -2);
    return { g: st + 'ой', d: st + 'ой', a: st + 'ую', i: st + 'ой', p: st + 'ой' }[c];
  }
  return w;
}
function declSurname(w, g, c, foreign) {
  if (c === 'n') return w;
  if (w.startsWith('аль-')) return w;
  return w
    .split('-')
    .map((x) => declSurnamePart(x, g, c, foreign))
    .join('-');
}
function declPatr(w, g, c) {
  if (c === 'n' || !w) return w;
  if (g === 'm') return { g: w + 'а', d: w + 'у', a: w + 'а', i: w + 'ем', p: w + 'е' }[c];
  const st = w.slice(0, -1);
  return { g: st + 'ы', d: st + 'е', a: st + 'у', i: st + 'ой', p: st + 'е' }[c];
}
function declDim(w, g, c) {
  if (c === 'n') return w;
  const last = w.slice(-1);
  if (last === 'а' || last === 'я') return declFemA(w, c);
  if (g === 'm') return declMascNoun(w, c);
  return w;
}
function ruPatronymic(f, g) {
  let st = f,
    suf;
  if (/[йь]$/.test(f)) {
    st = f.slice(0, -1);
    suf = 'ев';
  } else if (/[аеиоуыэюяёӣӯ]$/.test(f)) suf = 'ев';
  else if (/[жшчщц]$/.test(f)) suf = 'ев';
  else suf = 'ов';
  return st + suf + (g === 'm' ? 'ич' : 'на');
}
function latPatronymic(f, g) {
  const vowel = /[aeiouy]$/i.test(f);
  return f + (vowel ? (g === 'm' ? 'yevich' : 'yevna') : g === 'm' ? 'ovich' : 'ovna');
}

// ---------------------------------------------------------------- Turkic suffixes
function lastVowel(w, set) {
  for (let i = w.length - 1; i >= 0; i--) if (set.includes(w[i])) return w[i];
  return null;
}
function kkSuffix(word, c) {
  const w = word.toLowerCase();
  if (/(ұлы|қызы|улы|кызы)$/.test(w)) {
    return { dat: 'на', acc: 'н', gen: 'ның', abl: 'нан', loc: 'нда' }[c];
  }
  const v = lastVowel(w, 'аәеиоөуұүыіэюя') || 'е';
  let front = 'әөүіеэ'.includes(v);
  if (v === 'и' || v === 'у') {
    const v2 = lastVowel(w.replace(/[иу]/g, ''), 'аәеоөұүыіэюя');
    front = v2 ? 'әөүіеэ'.includes(v2) : true;
  }
  const last = w.slice(-1);
  const isV = 'аәеиоөұүыіэюя'.includes(last);
  const nasal = 'мнң'.includes(last);
  const liquid = 'лрйузж'.includes(last);
  const F = (b, f) => (front ? f : b);
  switch (c) {
    case 'dat':
      return isV || nasal || liquid ? F('ға', 'ге') : F('қа', 'ке');
    case 'acc':
      return isV ? F('ны', 'ні') : nasal || liquid ? F('ды', 'ді') : F('ты', 'ті');
    case 'gen':
      return isV || nasal ? F('ның', 'нің') : liquid ? F('дың', 'дің') : F('тың', 'тің');
    case 'abl':
      return isV || liquid ? F('дан', 'ден') : nasal ? F('нан', 'нен') : F('тан', 'тен');
    case 'loc':
      return isV || nasal || liquid ? F('да', 'де') : F('та', 'те');
  }
  throw new Error('kk suffix ' + c);
}
function kySuffix(word, c) {
  const w = word.toLowerCase();
  if (w === 'уулу') return { dat: 'на', acc: 'н', gen: 'нун', abl: 'нан', loc: 'нда' }[c];
  if (w === 'кызы') return { dat: 'на', acc: 'н', gen: 'нын', abl: 'нан', loc: 'нда' }[c];
  const v = lastVowel(w, 'аыоуеиөүэюя') || 'е';
  const low = 'аыуяю'.includes(v)
    ? v === 'у' || v === 'ю'
      ? 'а'
      : 'а'
    : v === 'о'
      ? 'о'
      : 'еиэ'.includes(v)
        ? 'е'
        : 'ө';
  const high = 'аыя'.includes(v) ? 'ы' : 'оую'.includes(v) ? 'у' : 'еиэ'.includes(v) ? 'и' : 'ү';
  const last = w.slice(-1);
  const isV = 'аыоуеиөүэюя'.includes(last);
  const voiceless = 'кпстшчхфцщ'.includes(last);
  switch (c) {
    case 'dat':
      return (voiceless ? 'к' : 'г') + low;
    case 'acc':
      return (isV ? 'н' : voiceless ? 'т' : 'д') + high;
    case 'gen':
      return (isV ? 'н' : voiceless ? 'т' : 'д') + high + 'н';
    case 'abl':
      return (voiceless ? 'т' : 'д') + low + 'н';
    case 'loc':
      return (voiceless ? 'т' : 'д') + low;
  }
  throw new Error('ky suffix ' + c);
}
function uzSuffix(word, c, cyr) {
  const last = word.slice(-1).toLowerCase();
  if (cyr) {
    return { dat: last === 'к' ? 'ка' : last === 'қ' ? 'қа' : 'га', acc: 'ни', gen: 'нинг', abl: 'дан', loc: 'да' }[c];
  }
  return { dat: last === 'k' ? 'ka' : last === 'q' ? 'qa' : 'ga', acc: 'ni', gen: 'ning', abl: 'dan', loc: 'da' }[c];
}
function tgSuffix(word, c) {
  if (c === 'acc') return 'ро';
  throw new Error('tg suffix ' + c);
}
function trSuffix(word, c) {
  const w = word.toLocaleLowerCase('tr');
  const v = lastVowel(w, 'aıoueiöüy') || 'e';
  const vv = v === 'y' ? 'ı' : v;
  const back = 'aıou'.includes(vv);
  const high = { a: 'ı', ı: 'ı', o: 'u', u: 'u', e: 'i', i: 'i', ö: 'ü', ü: 'ü' }[vv];
  const last = w.slice(-1);
  const endsV = 'aıoueiöü'.includes(last);
  const vl = 'çfhkpsşt'.includes(last);
  let s;
  switch (c) {
    case 'dat':
      s = (endsV ? 'y' : '') + (back ? 'a' : 'e');
      break;
    case 'acc':
      s = (endsV ? 'y' : '') + high;
      break;
    case 'gen':
      s = (endsV ? 'n' : '') + high + 'n';
      break;
    case 'loc':
      s = (vl ? 't' : 'd') + (back ? 'a' : 'e');
      break;
    case 'abl':
      s = (vl ? 't' : 'd') + (back ? 'a' : 'e') + 'n';
      break;
    case 'ile':
      s = (endsV ? 'y' : '') + 'l' + (back ? 'a' : 'e');
      break;
    default:
      throw new Error('tr suffix ' + c);
  }
  return "'" + s;
}

// ---------------------------------------------------------------- persons
const CA_W = ['kz', 'kz', 'kz', 'kg', 'kg', 'kg', 'uz', 'uz', 'uz', 'tj', 'tj', 'tm'];
const DST_W = ['tr', 'tr', 'ar', 'ar', 'kr', 'ru', 'cn', 'ko'];
const ALL_W = [...CA_W, ...DST_W, 'ru', 'af', 'en'];
function resolveGroup(g) {
  if (!g || g === 'ca') return pick(CA_W);
  if (g === 'dst') return pick(DST_W);
  if (g === 'any') return pick(ALL_W);
  return g;
}
function femSurname(e, grp) {
  if (!PATRONYMIC_GROUPS.has(grp)) return { ...e };
  if (/(ов|ев|ёв|ин|ын)$/.test(e.ru)) {
    const latin = (s) => /[a-zA-Z'ýçäöüňžş]$/.test(s);
    return {
      ru: e.ru + 'а',
      nat: e.nat + (latin(e.nat) ? 'a' : 'а'),
      lat: e.lat + 'a',
      uzc: e.uzc + 'а',
    };
  }
  if (/(ский|цкий)$/.test(e.ru)) {
    return {
      ru: e.ru.slice(0, -2) + 'ая',
      nat: e.nat.slice(0, -2) + 'ая',
      lat: e.lat.replace(/y$/, 'aya'),
      uzc: e.uzc,
    };
  }
  return { ...e };
}
function makePerson(grp0, gcode) {
  let grp = resolveGroup(grp0);
  const g = gcode ? gcode[0] : chance(0.55) ? 'f' : 'm';
  let pool = GIVEN[grp][g].map(parseGiven);
  if (gcode === 'fw' || gcode === 'mw') {
    pool = pool.filter((e) => e.word);
    if (!pool.length) {
      grp = 'kz';
      pool = GIVEN.kz[g].map(parseGiven).filter((e) => e.word);
    }
  }
  const gi = pick(pool);
  let su = parseSurname(pick(SURN[grp]));
  if (g === 'f') su = femSurname(su, grp);
  const dbl = gcode === 'f2' || (g === 'f' && ['kz', 'ru', 'ko', 'uz'].includes(grp) && chance(0.05));
  if (dbl && !SURNAME_FIRST.has(grp)) {
    let t = pick(DOUBLE_TAIL);
    while (su.ru === t[0]) t = pick(DOUBLE_TAIL);
    su = {
      ru: su.ru + '-' + t[0],
      nat: su.nat + '-' + (/[a-z]$/i.test(su.nat) ? t[1] : t[0]),
      lat: su.lat + '-' + t[1],
      uzc: su.uzc + '-' + t[0],
    };
  }
  const father = parseGiven(pick(GIVEN[grp].m));
  const mother = parseGiven(pick(GIVEN[grp].f));
  const p = {
    grp,
    g,
    given: gi,
    sur: su,
    father,
    mother,
    sg: SURNAME_FIRST.has(grp),
    foreign: FOREIGN_GROUPS.has(grp),
    dob: { y: ri(1978, 2005), m: ri(1, 12), d: ri(1, 28) },
    iniSp: chance(0.3) ? ' ' : '',
    fioNat: chance(0.5),
    ruO: '',
    ruOInd: false,
  };
  if (PATRONYMIC_GROUPS.has(grp)) {
    if (grp === 'kz' && chance(0.25)) {
      p.ruO = father.ru + (g === 'm' ? 'улы' : 'кызы');
      p.ruOInd = true;
    } else p.ruO = ruPatronymic(father.ru, g);
  }
  return p;
}
// Russian-layer forms
function ruStr(p, form, c) {
  const I0 = p.given.ru,
    F0 = p.sur.ru;
  const ind = p.sg;
  const I = () => (ind ? I0 : declGiven(I0, p.g, c));
  const F = () => (ind ? F0 : declSurname(F0, p.g, c, p.foreign));
  const O = () => (p.ruO ? (p.ruOInd ? p.ruO : declPatr(p.ruO, p.g, c)) : '');
  const inits = () => I0[0] + '.' + (p.ruO ? p.iniSp + p.ruO[0] + '.' : '');
  if (p.sg && ['fio', 'fi', 'if', 'ini', 'ini1', 'ini2', 'io'].includes(form)) return F0 + ' ' + I0;
  switch (form) {
    case 'fio':
      return [F(), I(), O()].filter(Boolean).join(' ');
    case 'fi':
      return F() + ' ' + I();
    case 'if':
      return I() + ' ' + F();
    case 'io':
      return p.ruO ? I() + ' ' + O() : I();
    case 'o':
      return O();
    case 'f':
      return F();
    case 'i':
      return I();
    case 'ini':
      return F() + ' ' + inits();
    case 'ini1':
      return F() + ' ' + I0[0] + '.';
    case 'ini2':
      return inits() + ' ' + F();
    case 'ifi':
      return I() + ' ' + F0[0] + '.';
    case 'dim':
      return p.given.dimRu ? declDim(p.given.dimRu, p.g, c) : I();
    case 'lodim':
      return (p.given.dimRu ? declDim(p.given.dimRu, p.g, c) : I()).toLowerCase();
    case 'loi':
      return I().toLowerCase();
  }
  throw new Error('ru form ' + form);
}
// native-layer parts (depends on the language/script of the text)
function natParts(p, ctx) {
  const L = ctx.lang,
    S = ctx.script;
  const useUzc = L === 'uz' && S === 'cyrl' && p.grp === 'uz';
  const useNat =
    (L === 'kk' && S === 'cyrl' && p.grp === 'kz') ||
    (L === 'ky' && p.grp === 'kg') ||
    (L === 'uz' && S === 'latn' && (p.grp === 'uz' || p.grp === 'tm')) ||
    (L === 'tg' && p.grp === 'tj') ||
    ((L === 'tr' || L === 'en') && p.grp === 'tr');
  let I, F, D, fa, mo;
  if (useUzc) {
    I = p.given.uzc;
    F = p.sur.uzc;
    D = p.given.dimRu;
    fa = p.father.uzc;
    mo = p.mother.uzc;
  } else if (useNat) {
    I = p.given.nat;
    F = p.sur.nat;
    D = S === 'latn' ? p.given.dimLat : p.given.dimRu;
    fa = p.father.nat;
    mo = p.mother.nat;
  } else if (S === 'cyrl') {
    I = p.given.ru;
    F = p.sur.ru;
    D = p.given.dimRu;
    fa = p.father.ru;
    mo = p.mother.ru;
  } else {
    const tr = p.grp === 'tr';
    I = tr ? p.given.nat : p.given.lat;
    F = tr ? p.sur.nat : p.sur.lat;
    D = p.given.dimLat;
    fa = tr ? p.father.nat : p.father.lat;
    mo = tr ? p.mother.nat : p.mother.lat;
  }
  const m = p.g === 'm';
  let P = '';
  if (p.grp === 'kz')
    P = useNat ? fa + (m ? 'ұлы' : 'қызы') : S === 'cyrl' ? fa + (m ? 'улы' : 'кызы') : fa + (m ? 'uly' : 'kyzy');
  else if (p.grp === 'kg') P = S === 'cyrl' ? fa + (m ? ' уулу' : ' кызы') : fa + (m ? ' uulu' : ' kyzy');
  else if (p.grp === 'uz')
    P = useUzc
      ? fa + (m ? ' ўғли' : ' қизи')
      : useNat
        ? fa + (m ? " o'g'li" : ' qizi')
        : S === 'latn'
          ? fa + (m ? ' ugli' : ' kizi')
          : '';
  let P2 = '';
  if (PATRONYMIC_GROUPS.has(p.grp) && L !== 'en') P2 = S === 'cyrl' ? ruPatronymic(fa, p.g) : latPatronymic(fa, p.g);
  return { I, F, D: D || '', P, P2, fa, mo };
}
function natStr(p, form, ctx, latinOnly) {
  const x = latinOnly ? natParts(p, { lang: 'en', script: 'latn' }) : natParts(p, ctx);
  const lower = (s) => (ctx.lang === 'tr' ? s.toLocaleLowerCase('tr') : s.toLowerCase());
  const full = p.sg ? x.F + ' ' + x.I : x.I + ' ' + x.F;
  switch (form) {
    case 'i':
      return x.I;
    case 'f':
      return x.F;
    case 'if':
      return full;
    case 'fi':
      return x.F + ' ' + x.I;
    case 'pat':
      return x.P ? x.I + ' ' + x.P : x.P2 ? x.I + ' ' + x.P2 : full;
    case 'fio': {
      if (p.sg) return full;
      const pt = p.fioNat ? x.P || x.P2 : x.P2 || x.P;
      return pt ? x.F + ' ' + x.I + ' ' + pt : x.F + ' ' + x.I;
    }
    case 'dim':
      return x.D || x.I;
    case 'lo':
      return lower(x.D || x.I);
    case 'loi':
      return lower(x.I);
    case 'ifi':
      return p.sg ? full : x.I + ' ' + x.F[0] + '.';
    case 'ini':
      return p.sg ? full : x.F + ' ' + x.I[0] + '.';
    case 'ini2':
      return p.sg ? full : x.I[0] + '. ' + x.F;
    case 'fini':
      return p.sg ? full : x.F + ' ' + x.I[0] + '.';
    case 'U':
      return (x.F + ' ' + x.I).toLocaleUpperCase(ctx.lang === 'tr' ? 'tr' : 'en');
    case 'UF':
      return x.F.toLocaleUpperCase(ctx.lang === 'tr' ? 'tr' : 'en') + ' ' + x.I;
    case 'o':
      return x.P || x.P2;
    case 'father':
      return x.fa;
    case 'mother':
      return x.mo;
  }
  throw new Error('native form ' + form);
}

// ---------------------------------------------------------------- nicknames
const NICKS = [
  { ru: ['Рыжий', 'Рыжего', 'Рыжему', 'Рыжего', 'Рыжим', 'Рыжем'], lat: 'Ryzhiy' },
  { ru: ['Лиса', 'Лисы', 'Лисе', 'Лису', 'Лисой', 'Лисе'], lat: 'Lisa' },
  { ru: ['Бек', 'Бека', 'Беку', 'Бека', 'Беком', 'Беке'], lat: 'Bek' },
  { ru: ['Шах', 'Шаха', 'Шаху', 'Шаха', 'Шахом', 'Шахе'], lat: 'Shah' },
  { ru: ['Кобра', 'Кобры', 'Кобре', 'Кобру', 'Коброй', 'Кобре'], lat: 'Kobra' },
  { ru: ['Турок', 'Турка', 'Турку', 'Турка', 'Турком', 'Турке'], lat: 'Turok' },
  { ru: ['Малой', 'Малого', 'Малому', 'Малого', 'Малым', 'Малом'], lat: 'Maloy' },
  { ru: ['Султан', 'Султана', 'Султану', 'Султана', 'Султаном', 'Султане'], lat: 'Sultan' },
  { ru: ['Хромой', 'Хромого', 'Хромому', 'Хромого', 'Хромым', 'Хромом'], lat: 'Khromoy' },
  { ru: ['Чёрный', 'Чёрного', 'Чёрному', 'Чёрного', 'Чёрным', 'Чёрном'], lat: 'Chorny' },
  { ru: ['Дракон', 'Дракона', 'Дракону', 'Дракона', 'Драконом', 'Драконе'], lat: 'Drakon' },
  { ru: ['Мамочка', 'Мамочки', 'Мамочке', 'Мамочку', 'Мамочкой', 'Мамочке'], lat: 'Mamochka' },
];
const CASE_IDX = { n: 0, g: 1, d: 2, a: 3, i: 4, p: 5 };

// ---------------------------------------------------------------- dates
const M_RU_GEN = [
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
const M_RU_PREP = [
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
const M_EN = [
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
const M_TR = [
  'Ocak',
  'Şubat',
  'Mart',
  'Nisan',
  'Mayıs',
  'Haziran',
  'Temmuz',
  'Ağustos',
  'Eylül',
  'Ekim',
  'Kasım',
  'Aralık',
];
const M_KK = [
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
const M_KY = [
  'январы',
  'февралы',
  'марты',
  'апрели',
  'майы',
  'июну',
  'июлу',
  'августу',
  'сентябры',
  'октябры',
  'ноябры',
  'декабры',
];
const M_UZ = [
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
const M_UZC = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'май',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
const M_TG = [
  'январи',
  'феврали',
  'марти',
  'апрели',
  'майи',
  'июни',
  'июли',
  'августи',
  'сентябри',
  'октябри',
  'ноябри',
  'декабри',
];
function fmtDate(dt, f) {
  const { y, m, d } = dt;
  const dd = pad(d, 2),
    mm = pad(m, 2);
  switch (f) {
    case 'dmy':
      return `${dd}.${mm}.${y}`;
    case 'dmy2':
      return `${dd}.${mm}.${pad(y % 100, 2)}`;
    case 'sl':
      return `${dd}/${mm}/${y}`;
    case 'dsh':
      return `${dd}-${mm}-${y}`;
    case 'iso':
      return `${y}-${mm}-${dd}`;
    case 'y':
      return String(y);
    case 'ru':
      return `${d} ${M_RU_GEN[m - 1]} ${y}`;
    case 'en':
      return `${d} ${M_EN[m - 1]} ${y}`;
    case 'us':
      return `${M_EN[m - 1]} ${d}, ${y}`;
    case 'tr':
      return `${d} ${M_TR[m - 1]} ${y}`;
    case 'kk':
      return `${y} жылғы ${d} ${M_KK[m - 1]}`;
    case 'ky':
      return `${y}-жылдын ${d}-${M_KY[m - 1]}`;
    case 'uz':
      return `${y}-yil ${d}-${M_UZ[m - 1]}`;
    case 'uzc':
      return `${y} йил ${d} ${M_UZC[m - 1]}`;
    case 'tg':
      return `${d} ${M_TG[m - 1]} ${y}`;
  }
  throw new Error('date fmt ' + f);
}
function randEventDate() {
  return { y: ri(2016, 2023), m: ri(1, 12), d: ri(1, 28) };
}
function eventDate(kind, ctx) {
  const dt = randEventDate();
  switch (kind) {
    case 'ru':
      return pick([fmtDate(dt, 'ru') + ' г.', fmtDate(dt, 'ru') + ' года', fmtDate(dt, 'dmy') + ' г.']);
    case 'ru0':
      return pick([fmtDate(dt, 'ru') + ' года', fmtDate(dt, 'dmy')]);
    case 'en':
      return pick([fmtDate(dt, 'en'), fmtDate(dt, 'us')]);
    case 'kk':
      return fmtDate(dt, 'kk');
    case 'ky':
      return fmtDate(dt, 'ky');
    case 'uz':
      return ctx.script === 'cyrl' ? fmtDate(dt, 'uzc') : fmtDate(dt, 'uz');
    case 'tg':
      return fmtDate(dt, 'tg');
    case 'tr':
      return pick([fmtDate(dt, 'tr'), fmtDate(dt, 'dmy')]);
    default:
      return fmtDate(dt, kind);
  }
}

// ---------------------------------------------------------------- identifiers
const LAT_PL = 'ABCDEFHKLMNPRSTUVXYZ';
const CYR_PL = 'АВЕКМНОРСТУХ';
const letters = (n, set = LAT_PL) => Array.from({ length: n }, () => pick(set.split(''))).join('');
function phone(cc) {
  const d = digits;
  switch (cc) {
    case 'kz': {
      const op = pick(['701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778', '700']);
      return pick([
        `+7 ${op} ${d(3)} ${d(2)} ${d(2)}`,
        `8 (${op}) ${d(3)}-${d(2)}-${d(2)}`,
        `+7${op}${d(7)}`,
        `8${op}${d(7)}`,
        `+7 (${op}) ${d(3)}-${d(2)}-${d(2)}`,
        `8 ${op} ${d(3)} ${d(4)}`,
      ]);
    }
    case 'kg': {
      const op = pick(['555', '550', '700', '701', '770', '772', '777', '990', '999', '500', '220', '227']);
      return pick([
        `+996 ${op} ${d(3)} ${d(3)}`,
        `0${op} ${d(2)} ${d(2)} ${d(2)}`,
        `+996 (${op}) ${d(2)}-${d(2)}-${d(2)}`,
        `+996${op}${d(6)}`,
        `0 (${op}) ${d(3)} ${d(3)}`,
      ]);
    }
    case 'uz': {
      const op = pick(['90', '91', '93', '94', '97', '99', '88', '33', '95', '98', '77']);
      return pick([
        `+998 ${op} ${d(3)} ${d(2)} ${d(2)}`,
        `+998 (${op}) ${d(3)}-${d(2)}-${d(2)}`,
        `+998${op}${d(7)}`,
        `${op} ${d(3)}-${d(2)}-${d(2)}`,
        `(${op}) ${d(3)} ${d(2)} ${d(2)}`,
      ]);
    }
    case 'tj': {
      const op = pick(['92', '93', '98', '90', '88', '91', '50', '55', '77', '11']);
      return pick([
        `+992 ${op} ${d(3)} ${d(4)}`,
        `+992 (${op}) ${d(3)}-${d(2)}-${d(2)}`,
        `+992${op}${d(7)}`,
        `${op} ${d(3)} ${d(2)} ${d(2)}`,
        `8-10-992-${op}-${d(7)}`,
      ]);
    }
    case 'tm': {
      const op = pick(['61', '62', '63', '64', '65', '71']);
      return pick([`+993 ${op} ${d(2)} ${d(2)} ${d(2)}`, `8 ${op} ${d(6)}`, `+993${op}${d(6)}`]);
    }
    case 'ru': {
      const op = pick(['916', '926', '903', '915', '925', '977', '985', '999', '968', '962', '912', '950']);
      return pick([
        `+7 (${op}) ${d(3)}-${d(2)}-${d(2)}`,
        `8-${op}-${d(3)}-${d(2)}-${d(2)}`,
        `+7${op}${d(7)}`,
        `8 ${op} ${d(3)} ${d(2)} ${d(2)}`,
        `+7 ${op} ${d(3)}-${d(2)}-${d(2)}`,
      ]);
    }
    case 'tr': {
      const op = pick(['532', '533', '535', '536', '542', '543', '505', '506', '552', '555', '544']);
      return pick([
        `+90 ${op} ${d(3)} ${d(2)} ${d(2)}`,
        `0${op} ${d(3)} ${d(2)} ${d(2)}`,
        `0 (${op}) ${d(3)} ${d(2)} ${d(2)}`,
        `+90${op}${d(7)}`,
        `0${op} ${d(3)} ${d(4)}`,
      ]);
    }
    case 'ae': {
      const op = pick(['50', '52', '54', '55', '56', '58']);
      return pick([
        `+971 ${op} ${d(3)} ${d(4)}`,
        `0${op} ${d(3)} ${d(4)}`,
        `+971-${op}-${d(7)}`,
        `00971 ${op} ${d(7)}`,
        `+971${op}${d(7)}`,
      ]);
    }
    case 'kr':
      return pick([`+82 10-${d(4)}-${d(4)}`, `010-${d(4)}-${d(4)}`, `+82 10 ${d(4)} ${d(4)}`, `010${d(8)}`]);
  }
  throw new Error('phone ' + cc);
}
function luhnComplete(prefix, len) {
  let s = prefix + digits(len - 1 - prefix.length);
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let x = +s[s.length - 1 - i];
    if (i % 2 === 0) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return s + ((10 - (sum % 10)) % 10);
}
const CARD_PREFIX = {
  kz: ['440043', '400303', '539545', '517792', '440563', '458235', '404932'],
  uz: ['8600', '860049', '9860', '986018', '986035', '4231'],
  kg: ['9417', '941700', '471497', '544044'],
  tj: ['9762', '418632', '462275'],
  ru: ['2200', '2202', '427638', '546955', '220070'],
  tr: ['540061', '454360', '979203', '528208'],
  ae: ['400556', '531235', '484783'],
};
function cardNumber(cc) {
  return luhnComplete(pick(CARD_PREFIX[cc]), 16);
}
function card(cc) {
  const n = cardNumber(cc);
  const g = n.match(/.{4}/g);
  return pick([g.join(' '), g.join(' '), n, g.join('-')]);
}
function maskedCard(cc) {
  const n = cardNumber(cc);
  const g = n.match(/.{4}/g);
  return pick([
    `${g[0]} ${g[1].slice(0, 2)}** **** ${g[3]}`,
    `${g[0]} **** **** ${g[3]}`,
    `**** **** **** ${g[3]}`,
    `${n.slice(0, 6)}******${n.slice(12)}`,
    `${g[0]} ${g[1].slice(0, 2)}XX XXXX ${g[3]}`,
    `${g[0]}********${g[3]}`,
  ]);
}
function mod97(s) {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) r = (r * 10 + +c) % 97;
  }
  return r;
}
function ibanRaw(cc) {
  let bban;
  if (cc === 'kz') {
    const bank = pick(['722', '601', '998', '965', '856', '914', '826', '125']);
    bban = bank + pick(['KZT' + digits(10), 'C' + digits(12), 'S' + digits(12), '0' + digits(12)]);
  } else if (cc === 'tr') {
    bban = pick(['00010', '00012', '00015', '00046', '00062', '00064', '00067', '00111']) + '0' + digits(16);
  } else if (cc === 'ae') {
    bban = pick(['033', '026', '030', '035', '046']) + digits(16);
  } else throw new Error('iban ' + cc);
  const C = cc.toUpperCase();
  const r = mod97(bban + C + '00');
  return C + pad(98 - r, 2) + bban;
}
function iban(cc) {
  const s = ibanRaw(cc);
  return chance(0.5) ? s : s.match(/.{1,4}/g).join(' ');
}
function kzIIN(p) {
  const { y, m, d } = p.dob;
  const cent = y >= 2000 ? (p.g === 'm' ? 5 : 6) : p.g === 'm' ? 3 : 4;
  for (;;) {
    const base = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + cent + digits(4);
    const a = base.split('').map(Number);
    let s = a.reduce((acc, x, i) => acc + x * (i + 1), 0) % 11;
    if (s === 10) {
      const w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
      s = a.reduce((acc, x, i) => acc + x * w[i], 0) % 11;
      if (s === 10) continue;
    }
    return base + s;
  }
}
function kgPIN(p) {
  const { y, m, d } = p.dob;
  return (p.g === 'f' ? '1' : '2') + pad(d, 2) + pad(m, 2) + y + digits(5);
}
function uzPINFL(p) {
  const { y, m, d } = p.dob;
  const first = y >= 2000 ? (p.g === 'm' ? 5 : 6) : p.g === 'm' ? 3 : 4;
  const base =
    first +
    pad(d, 2) +
    pad(m, 2) +
    pad(y % 100, 2) +
    pick(['026', '027', '030', '040', '051', '071', '161', '262']) +
    digits(3);
  const w = [7, 3, 1];
  const s = base.split('').reduce((acc, x, i) => acc + +x * w[i % 3], 0) % 10;
  return base + s;
}
function trTC(foreign) {
  const a = foreign
    ? [9, 9, ...Array.from({ length: 7 }, () => ri(0, 9))]
    : [ri(1, 9), ...Array.from({ length: 8 }, () => ri(0, 9))];
  const odd = a[0] + a[2] + a[4] + a[6] + a[8];
  const even = a[1] + a[3] + a[5] + a[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (a.reduce((x, y) => x + y, 0) + d10) % 10;
  return a.join('') + d10 + d11;
}
function aeEID(p) {
  const base = '784' + p.dob.y + digits(7);
  const full = luhnComplete(base, 15);
  return `${full.slice(0, 3)}-${full.slice(3, 7)}-${full.slice(7, 14)}-${full.slice(14)}`;
}
function krARC(p) {
  const { y, m, d } = p.dob;
  const gd = y >= 2000 ? (p.g === 'm' ? 7 : 8) : p.g === 'm' ? 5 : 6;
  const base = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + gd + digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const s = base.split('').reduce((acc, x, i) => acc + +x * w[i], 0);
  const c = (11 - (s % 11)) % 10;
  return base.slice(0, 6) + '-' + base.slice(6) + c;
}
function ruSNILS() {
  for (;;) {
    const a = digits(9);
    if (+a <= 1001998) continue;
    let s = a.split('').reduce((acc, x, i) => acc + +x * (9 - i), 0);
    let cs;
    if (s < 100) cs = s;
    else if (s === 100 || s === 101) cs = 0;
    else {
      s %= 101;
      cs = s === 100 ? 0 : s;
    }
    return `${a.slice(0, 3)}-${a.slice(3, 6)}-${a.slice(6)} ${pad(cs, 2)}`;
  }
}
function ruINN12() {
  const a = (pick(['77', '50', '78', '66', '16', '23', '54']) + digits(8)).split('').map(Number);
  const w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const n11 = (a.reduce((s, x, i) => s + x * w1[i], 0) % 11) % 10;
  const b = [...a, n11];
  const w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
  const n12 = (b.reduce((s, x, i) => s + x * w2[i], 0) % 11) % 10;
  return b.join('') + n12;
}
function passport(cc) {
  switch (cc) {
    case 'kz':
      return 'N' + digits(8);
    case 'kg':
      return pick(['AC', 'AN', 'PE']) + (chance(0.2) ? ' ' : '') + digits(7);
    case 'uz':
      return pick(['AA', 'AB', 'AC', 'AD', 'FA']) + (chance(0.35) ? ' ' : '') + digits(7);
    case 'tj':
      return pick(['40', '41', '50']) + digits(7);
    case 'tm':
      return 'A' + digits(7);
    case 'ru':
      return `${digits(2)} ${digits(2)} ${digits(6)}`;
    case 'rufor':
      return pick(['75', '76', '77']) + ' ' + digits(7);
    case 'tr':
      return 'U' + digits(8);
    case 'kr':
      return 'M' + digits(8);
  }
  throw new Error('passport ' + cc);
}
const HANGUL = '가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주하허호'.split('');
function plate(cc) {
  switch (cc) {
    case 'kz': {
      const reg = pick(['01', '02', '03', '05', '07', '10', '13', '15', '17', '19']);
      const s = `${digits(3)} ${letters(3)} ${reg}`;
      return chance(0.3) ? s.replace(/ /g, '') : s;
    }
    case 'kg': {
      const reg = pick(['01', '02', '03', '05', '06', '07', '08']);
      return pick([
        `${reg} ${digits(3)} ${letters(3)}`,
        `${reg}KG ${digits(3)} ${letters(3)}`,
        `${reg}${digits(3)}${letters(3)}`,
      ]);
    }
    case 'uz': {
      const reg = pick(['01', '10', '20', '25', '30', '40', '50', '60', '70', '75', '80', '85', '90', '95']);
      return pick([
        `${reg} ${letters(1)} ${digits(3)} ${letters(2)}`,
        `${reg}${letters(1)}${digits(3)}${letters(2)}`,
        `${reg} ${digits(3)} ${letters(3)}`,
      ]);
    }
    case 'tj':
      return `${digits(4)} ${letters(2)} ${pick(['01', '02', '03', '04', '05'])}`;
    case 'ru': {
      const reg = pick(['77', '97', '177', '50', '750', '78', '799', '197', '66', '23']);
      return pick([
        `${letters(1, CYR_PL)}${digits(3)}${letters(2, CYR_PL)} ${reg}`,
        `${letters(1, CYR_PL)} ${digits(3)} ${letters(2, CYR_PL)} ${reg}`,
        `${letters(1, CYR_PL)}${digits(3)}${letters(2, CYR_PL)}${reg}`,
      ]);
    }
    case 'tr': {
      const nl = pick([1, 2, 2, 3]);
      const nd = nl === 1 ? 4 : nl === 2 ? pick([3, 4]) : pick([2, 3]);
      return `${pick(['34', '06', '35', '16', '07', '01', '42'])} ${letters(nl)} ${digits(nd)}`;
    }
    case 'kr':
      return `${digits(pick([2, 3]))}${pick(HANGUL)} ${digits(4)}`;
    case 'ae':
      return `${letters(1)} ${digits(5)}`;
  }
  throw new Error('plate ' + cc);
}
const ASCII_MAP = {
  ı: 'i',
  ş: 's',
  ç: 'c',
  ğ: 'g',
  ö: 'o',
  ü: 'u',
  ý: 'y',
  ä: 'a',
  ž: 'z',
  ň: 'n',
  İ: 'i',
  "'": '',
  ' ': '',
  '-': '',
};
function asciiLower(s) {
  return s
    .toLowerCase()
    .split('')
    .map((c) => (c in ASCII_MAP ? ASCII_MAP[c] : c))
    .join('')
    .replace(/[^a-z0-9]/g, '');
}
function email(p) {
  const i = asciiLower(p.given.lat),
    f = asciiLower(p.sur.lat);
  const dim = p.given.dimLat ? asciiLower(p.given.dimLat) : i;
  const yy = pad(p.dob.y % 100, 2);
  const dom = pick(
    {
      kz: ['mail.ru', 'gmail.com', 'mail.kz', 'inbox.ru', 'bk.ru', 'list.ru'],
      kg: ['mail.ru', 'gmail.com', 'inbox.ru', 'bk.ru'],
      uz: ['gmail.com', 'mail.ru', 'umail.uz', 'inbox.ru'],
      tj: ['mail.ru', 'gmail.com', 'inbox.ru'],
      tr: ['gmail.com', 'hotmail.com', 'yandex.com', 'outlook.com'],
    }[p.grp] || ['gmail.com', 'mail.ru', 'outlook.com', 'yahoo.com', 'icloud.com'],
  );
  const local = pick([
    `${i}.${f}`,
    `${i}_${yy}`,
    `${f}.${i}${yy}`,
    `${dim}${p.dob.y}`,
    `${i}${f[0]}${ri(1, 99)}`,
    `${dim}_${f}`,
    `${f}${yy}`,
  ]);
  return `${local}@${dom}`;
}
function handle(p, at = true) {
  const i = asciiLower(p.given.lat),
    f = asciiLower(p.sur.lat);
  const dim = p.given.dimLat ? asciiLower(p.given.dimLat) : i;
  const yy = pad(p.dob.y % 100, 2);
  const h = pick([
    `${i}_${yy}`,
    `${i}.${f}`,
    `${dim}_${pick(['beauty', 'official', 'life', 'travel', 'dxb', 'ist', 'work', 'job'])}`,
    `${i}${f}${yy}`,
    `${f}.${i}_${ri(1, 99)}`,
    `${dim}.${yy}`,
    `_${i}_${f}_`,
  ]);
  return (at ? '@' : '') + h;
}

// ---------------------------------------------------------------- addresses
const ADR = {
  kz: {
    st: [
      ['Абая', 'Абай', 'Abai', 1],
      ['Толе би', 'Төле би', 'Tole Bi', 1],
      ['Сатпаева', 'Сәтбаев', 'Satpayev', 1],
      ['Жандосова', 'Жандосов', 'Zhandosov', 1],
      ['Гагарина', 'Гагарин', 'Gagarin', 1],
      ['Розыбакиева', 'Розыбакиев', 'Rozybakiyev', 1],
      ['Райымбека', 'Райымбек', 'Raiymbek', 1],
      ['Байтурсынова', 'Байтұрсынұлы', 'Baitursynov', 1],
      ['Сейфуллина', 'Сейфуллин', 'Seifullin', 1],
      ['Кабанбай батыра', 'Қабанбай батыр', 'Kabanbai Batyr', 1],
      ['Желтоксан', 'Желтоқсан', 'Zheltoksan', 1],
      ['Тауке хана', 'Тәуке хан', 'Tauke Khan', 1],
      ['Момышулы', 'Момышұлы', 'Momyshuly', 1],
      ['Есенберлина', 'Есенберлин', 'Yesenberlin', 1],
    ],
    mkr: [
      ['Аксай-4', 'Ақсай-4', 'Aksai-4'],
      ['Самал-2', 'Самал-2', 'Samal-2'],
      ['Орбита-3', 'Орбита-3', 'Orbita-3'],
      ['Жетысу-1', 'Жетісу-1', 'Zhetysu-1'],
      ['Таугуль', 'Таугүл', 'Taugul'],
      ['Нурсат', 'Нұрсат', 'Nursat'],
      ['Шугыла', 'Шұғыла', 'Shugyla'],
      ['Кулагер', 'Құлагер', 'Kulager'],
      ['Аксай-1А', 'Ақсай-1А', 'Aksai-1A'],
      ['Калкаман-2', 'Қалқаман-2', 'Kalkaman-2'],
      ['Мамыр-4', 'Мамыр-4', 'Mamyr-4'],
    ],
  },
  kg: {
    st: [
      ['Токтогула', 'Токтогул', 'Toktogul', 1],
      ['Киевская', 'Киев', 'Kievskaya', 0],
      ['Ахунбаева', 'Ахунбаев', 'Akhunbaev', 1],
      ['Исанова', 'Исанов', 'Isanov', 1],
      ['Московская', 'Москва', 'Moskovskaya', 0],
      ['Манаса', 'Манас', 'Manas', 1],
      ['Жибек Жолу', 'Жибек Жолу', 'Zhibek Zholu', 1],
      ['Боконбаева', 'Боконбаев', 'Bokonbaev', 1],
      ['Фрунзе', 'Фрунзе', 'Frunze', 1],
      ['Абдрахманова', 'Абдрахманов', 'Abdrakhmanov', 1],
      ['Курманжан Датки', 'Курманжан Датка', 'Kurmanzhan Datka', 1],
      ['Ленина', 'Ленин', 'Lenin', 1],
    ],
    mkr: [
      ['Джал-29', 'Жал-29', 'Dzhal-29'],
      ['Асанбай', 'Асанбай', 'Asanbai'],
      ['Восток-5', 'Восток-5', 'Vostok-5'],
      ['Кок-Жар', 'Көк-Жар', 'Kok-Zhar'],
      ['Аламедин-1', 'Аламүдүн-1', 'Alamedin-1'],
      ['Тунгуч', 'Туңгуч', 'Tunguch'],
      ['Магистраль', 'Магистраль', 'Magistral'],
      ['Улан-2', 'Улан-2', 'Ulan-2'],
    ],
  },
  uz: {
    st: [
      ['Навои', 'Navoiy', 'Navoi', 'Навоий', 1],
      ['Амира Темура', 'Amir Temur', 'Amir Temur', 'Амир Темур', 1],
      ['Бабура', 'Bobur', 'Babur', 'Бобур', 1],
      ['Мукими', 'Muqimiy', 'Mukimi', 'Муқимий', 1],
      ['Катартал', 'Qatortol', 'Katartal', 'Қатортол', 1],
      ['Фурката', 'Furqat', 'Furkat', 'Фурқат', 1],
      ['Богбон', "Bog'bon", 'Bogbon', 'Боғбон', 1],
      ['Лабзак', 'Labzak', 'Labzak', 'Лабзак', 1],
      ['Чупонота', "Cho'ponota", 'Chuponota', 'Чўпонота', 1],
      ['Гулистон', 'Guliston', 'Guliston', 'Гулистон', 1],
      ['Мустакиллик', 'Mustaqillik', 'Mustakillik', 'Мустақиллик', 1],
      ['Истикбол', 'Istiqbol', 'Istikbol', 'Истиқбол', 1],
    ],
    mah: [
      ['Навбахор', 'Navbahor', 'Navbahor', 'Навбаҳор'],
      ['Истиклол', 'Istiqlol', 'Istiklol', 'Истиқлол'],
      ['Бодомзор', 'Bodomzor', 'Bodomzor', 'Бодомзор'],
      ['Янгиобод', 'Yangiobod', 'Yangiobod', 'Янгиобод'],
      ['Олмазор', 'Olmazor', 'Olmazor', 'Олмазор'],
      ['Дустлик', "Do'stlik", 'Dustlik', 'Дўстлик'],
      ['Кушбеги', "Qo'shbegi", 'Kushbegi', 'Қўшбеги'],
      ['Ободон', 'Obodon', 'Obodon', 'Ободон'],
    ],
    mas: [
      ['Чиланзар', 'Chilonzor', 'Chilanzar', 'Чилонзор'],
      ['Юнусабад', 'Yunusobod', 'Yunusabad', 'Юнусобод'],
      ['Сергели', 'Sergeli', 'Sergeli', 'Сергели'],
      ['Куйлюк', "Qo'yliq", 'Kuylyuk', 'Қўйлиқ'],
    ],
  },
  tj: {
    st: [
      ['Рудаки', 'Рӯдакӣ', 'Rudaki', 1],
      ['Айни', 'Айнӣ', 'Aini', 1],
      ['Сомони', 'Сомонӣ', 'Somoni', 1],
      ['Шотемура', 'Шоҳтемур', 'Shotemur', 1],
      ['Бохтар', 'Бохтар', 'Bokhtar', 1],
      ['Карамова', 'Карамов', 'Karamov', 1],
      ['Фирдавси', 'Фирдавсӣ', 'Firdavsi', 1],
      ['Сино', 'Сино', 'Sino', 1],
      ['Борбад', 'Борбад', 'Borbad', 1],
      ['Джами', 'Ҷомӣ', 'Jami', 1],
      ['Хаёма', 'Хайём', 'Khayyam', 1],
      ['Лахути', 'Лоҳутӣ', 'Lakhuti', 1],
    ],
  },
  tm: {
    st: [
      ['Махтумкули', 'Magtymguly', 'Magtymguly', 1],
      ['Гёроглы', 'Görogly', 'Gorogly', 1],
      ['Андалиба', 'Andalyp', 'Andalib', 1],
      ['Азади', 'Azady', 'Azadi', 1],
      ['Кемине', 'Kemine', 'Kemine', 1],
      ['Шевченко', 'Şewçenko', 'Shevchenko', 1],
    ],
  },
  ru: {
    st: [
      ['Ленина', '', 'Lenina', 1],
      ['Гагарина', '', 'Gagarina', 1],
      ['Пушкина', '', 'Pushkina', 1],
      ['Профсоюзная', '', 'Profsoyuznaya', 0],
      ['Садовая', '', 'Sadovaya', 0],
      ['Лесная', '', 'Lesnaya', 0],
      ['Кирова', '', 'Kirova', 1],
      ['Советская', '', 'Sovetskaya', 0],
      ['Верхние Поля', '', 'Verkhniye Polya', 0],
      ['Заводская', '', 'Zavodskaya', 0],
      ['Первомайская', '', 'Pervomayskaya', 0],
      ['Чкалова', '', 'Chkalova', 1],
    ],
  },
};
const TR_MAH = [
  'Laleli',
  'Aksaray',
  'Kumkapı',
  'Cumhuriyet',
  'Atatürk',
  'Yenidoğan',
  'Merkez',
  'Osmanbey',
  'Kocatepe',
  'Güzeloba',
  'Şirinyalı',
  'Hürriyet',
  'Mimar Sinan',
];
const TR_SOK = [
  'Gül',
  'Lale',
  'Menekşe',
  'Papatya',
  'Zambak',
  'Çınar',
  'Ihlamur',
  'Mimar Kemal',
  'Gedikpaşa',
  'Kazım Karabekir',
  'Fevzi Çakmak',
];
const TR_CAD = [
  'Ordu',
  'Gençtürk',
  'Millet',
  'İnönü',
  'Atatürk',
  'Cumhuriyet',
  'Adnan Menderes',
  'Gazi Mustafa Kemal',
  'Fevzipaşa',
];
const AE_ST = [
  ['Al Rigga Road', 'Аль-Ригга-роуд'],
  ['Al Muraqqabat Street', 'улица Аль-Мураккабат'],
  ['Baghdad Street', 'Багдад-стрит'],
  ['Salah Al Din Street', 'улица Салах ад-Дин'],
  ['2nd December Street', 'улица 2 Декабря'],
  ['Sheikh Zayed Road', 'шоссе Шейха Зайда'],
  ['Al Nahda Street', 'улица Аль-Нахда'],
  ['Hor Al Anz Street', 'улица Хор-Аль-Анз'],
  ['Damascus Street', 'Дамаск-стрит'],
];
const AE_BLD = [
  ['Al Noor', '«Аль-Нур»'],
  ['Al Khaleej', '«Аль-Халидж»'],
  ['Al Fahidi', '«Аль-Фахиди»'],
  ['Sama', '«Сама»'],
  ['Green Tower', '«Грин Тауэр»'],
  ['Al Zarooni', '«Аль-Заруни»'],
  ['Rose', '«Роуз»'],
];
const KR_RD = [
  ['Wongok-ro 17-gil', 'Вонгок-ро 17-гиль'],
  ['Seonbu-ro', 'Сонбу-ро'],
  ['Jungang-daero', 'Чунан-дэро'],
  ['Gwangdeok 1-ro', 'Кванток 1-ро'],
  ['Sinwon-ro', 'Синвон-ро'],
  ['Hwajeong-ro 3-gil', 'Хваджон-ро 3-гиль'],
  ['Dongsan-ro', 'Тонсан-ро'],
  ['Geumho-ro', 'Кымхо-ро'],
];

function houseNo() {
  const n = ri(1, 220);
  return pick([String(n), String(n), String(n), `${n}А`, `${n}/${ri(1, 4)}`]);
}
function houseNoLat() {
  const n = ri(1, 220);
  return pick([String(n), String(n), `${n}A`, `${n}/${ri(1, 4)}`]);
}
const flatNo = () => String(ri(1, 160));
function adrRuGeneric(st, mkr, c) {
  const s = pick(st);
  const n = houseNo(),
    k = flatNo();
  const gs = st.filter((x) => x[x.length - 1] === 1);
  if (c === 'p' || c === 'd') {
    const g = pick(gs)[0];
    const opts =
      c === 'p'
        ? [`улице ${g}, д. ${n}, кв. ${k}`, `улице ${g}, дом ${n}`, `проспекте ${g}, ${n}`, `улице ${g}, ${n}-${k}`]
        : [`улице ${g}, д. ${n}, кв. ${k}`, `улице ${g}, дом ${n}`, `проспекту ${g}, д. ${n}`];
    if (mkr && c === 'p') {
      const m = pick(mkr)[0];
      opts.push(`микрорайоне ${m}, д. ${n}, кв. ${k}`, `микрорайоне ${m}, дом ${n}`);
    }
    return pick(opts);
  }
  const opts = [
    `ул. ${s[0]}, д. ${n}, кв. ${k}`,
    `ул. ${s[0]}, ${n}, кв. ${k}`,
    `ул. ${s[0]}, д. ${n}`,
    `ул. ${s[0]}, ${n}-${k}`,
    `ул. ${s[0]}, дом ${n}, квартира ${k}`,
  ];
  const g = pick(gs)[0];
  opts.push(`пр. ${g}, ${n}`, `пр-т ${g}, д. ${n}, кв. ${k}`);
  if (mkr) {
    const m = pick(mkr)[0];
    opts.push(
      `мкр. ${m}, д. ${n}, кв. ${k}`,
      `мкр ${m}, ${n}-${k}`,
      `мкр. ${m}, дом ${n}`,
      `мкр. ${m}, ${n}, кв. ${k}`,
    );
  }
  return pick(opts);
}
function address(cc, ctx, c = 'n') {
  const L = ctx.lang,
    S = ctx.script;
  const n = houseNo(),
    nl = houseNoLat(),
    k = flatNo();
  if (cc === 'tr') {
    const mah = pick(TR_MAH);
    return pick([
      `${mah} Mah. ${pick(TR_SOK)} Sok. No:${ri(1, 90)} D:${ri(1, 20)}`,
      `${mah} Mahallesi ${pick(TR_SOK)} Sokak No: ${ri(1, 90)} Daire: ${ri(1, 20)}`,
      `${mah} Mah. ${pick(TR_CAD)} Cad. No:${ri(1, 200)}/${ri(1, 12)}`,
      `${pick(TR_CAD)} Caddesi No: ${ri(1, 200)} Kat: ${ri(1, 8)}`,
      `${mah} Mah. ${ri(1000, 1999)}. Sok. No:${ri(1, 60)}`,
      `${mah} Mah. ${pick(TR_SOK)} Sk. No:${ri(1, 90)}/${ri(1, 12)}`,
    ]);
  }
  if (cc === 'ae') {
    const st = pick(AE_ST),
      b = pick(AE_BLD);
    if (L === 'ru')
      return pick([
        `${st[1]}, здание ${b[1]}, кв. ${ri(101, 1208)}`,
        `здание ${b[1]}, кв. ${ri(101, 1208)}, ${st[1]}`,
        `вилла ${ri(1, 90)}, ${st[1]}`,
      ]);
    return pick([
      `Flat ${ri(101, 1208)}, ${b[0]} Building, ${st[0]}`,
      `${st[0]}, ${b[0]} Building, Flat ${ri(101, 1208)}`,
      `Building ${ri(1, 60)}, Flat ${ri(101, 909)}, ${st[0]}`,
      `Villa ${ri(1, 90)}, Street ${ri(1, 40)}`,
      `Room ${ri(1, 30)}, ${b[0]} Building, ${st[0]}`,
    ]);
  }
  if (cc === 'kr') {
    const r = pick(KR_RD);
    if (L === 'ru')
      return pick([`${r[1]}, д. ${ri(1, 150)}, комн. ${ri(101, 905)}`, `${r[1]} ${ri(1, 150)}, кв. ${ri(101, 905)}`]);
    return pick([
      `${r[0]} ${ri(1, 150)}, Room ${ri(101, 905)}`,
      `${r[0]} ${ri(1, 150)}-${ri(1, 30)}`,
      `${r[0]} ${ri(1, 150)}, ${ri(101, 112)}-dong ${ri(101, 1505)}-ho`,
    ]);
  }
  const D = ADR[cc];
  // native forms
  if (L === 'kk' && cc === 'kz') {
    const s = pick(D.st),
      m = pick(D.mkr);
    if (S === 'latn')
      return pick([
        `${s[2]} koshesi ${nl}, kv ${k}`,
        `${m[2]} mkr, ${nl}-${k}`,
        `${s[2]} ${nl}-${k}`,
        `${m[2]}, ${nl} uy, ${k} pater`,
      ]);
    return pick([
      `${s[1]} көшесі, ${n}-үй, ${k}-пәтер`,
      `${s[1]} көшесі, ${n}`,
      `${s[1]} даңғылы, ${n}-үй`,
      `${m[1]} ш/а, ${n}-үй, ${k}-пәтер`,
      `${m[1]} шағын ауданы, ${n}-үй`,
      `${s[1]} көшесі ${n}/${k}`,
    ]);
  }
  if (L === 'ky' && cc === 'kg') {
    const s = pick(D.st),
      m = pick(D.mkr);
    return pick([
      `${s[1]} көчөсү, ${n}-үй, ${k}-батир`,
      `${s[1]} көчөсү, ${n}`,
      `${m[1]} кичи району, ${n}-үй, ${k}-батир`,
      `${s[1]} көчөсү ${n}/${k}`,
      `${m[1]} м-р, ${n}-үй`,
    ]);
  }
  if (L === 'uz' && cc === 'uz') {
    const s = pick(D.st),
      m = pick(D.mah),
      ms = pick(D.mas);
    const q = ri(1, 19);
    if (S === 'cyrl')
      return pick([
        `${s[3]} кўчаси, ${n}-уй`,
        `${m[3]} МФЙ, ${s[3]} кўчаси, ${n}-уй`,
        `${m[3]} маҳалласи, ${s[3]} кўчаси, ${n}-уй, ${k}-хонадон`,
        `${ms[3]}-${q} мавзеси, ${n}-уй, ${k}-хонадон`,
      ]);
    return pick([
      `${s[1]} ko'chasi, ${nl}-uy`,
      `${s[1]} ko'chasi, ${nl}-uy, ${k}-xonadon`,
      `${m[1]} MFY, ${s[1]} ko'chasi, ${nl}-uy`,
      `${ms[1]}-${q} mavzesi, ${nl}-uy, ${k}-xonadon`,
      `${m[1]} mahallasi, ${s[1]} ko'chasi ${nl}`,
      `${s[1]} ko'chasi ${nl}/${k}`,
    ]);
  }
  if (L === 'tg' && cc === 'tj') {
    const s = pick(D.st);
    return pick([
      `кӯчаи ${s[1]}, ${n}`,
      `кӯч. ${s[1]} ${n}, хонаи ${k}`,
      `хиёбони ${s[1]} ${n}, хонаи ${k}`,
      `кӯчаи ${s[1]}, хонаи ${n}`,
      `кӯчаи ${s[1]} ${n}/${k}`,
    ]);
  }
  if (S === 'cyrl') {
    if (cc === 'uz') {
      const s = pick(D.st),
        m = pick(D.mah),
        ms = pick(D.mas);
      if (c !== 'n') return adrRuGeneric(D.st, null, c);
      return pick([
        adrRuGeneric(D.st, null, 'n'),
        `махалля «${m[0]}», ул. ${s[0]}, д. ${n}`,
        `массив ${ms[0]}, ${ri(1, 19)}-й квартал, д. ${n}, кв. ${k}`,
        `${ms[0]}-${ri(1, 19)}, д. ${n}, кв. ${k}`,
      ]);
    }
    if (cc === 'tm')
      return c === 'n'
        ? pick([adrRuGeneric(D.st, null, 'n'), `мкр. ${ri(1, 30)}, д. ${n}, кв. ${k}`])
        : adrRuGeneric(D.st, null, c);
    return adrRuGeneric(D.st, D.mkr, c);
  }
  // Latin (English style) for the other combinations
  const s = pick(D.st);
  const sEn = s[2];
  if (cc === 'uz') {
    const m = pick(D.mah),
      ms = pick(D.mas);
    if (L === 'uz') return pick([`${s[1]} ko'chasi, ${nl}-uy`, `${m[1]} MFY, ${s[1]} ko'chasi, ${nl}-uy`]);
    return pick([
      `${nl} ${sEn} Street`,
      `${sEn} Street ${nl}, apt ${k}`,
      `${m[2]} mahalla, ${sEn} Street ${nl}`,
      `${ms[2]}-${ri(1, 19)}, building ${nl}, apt ${k}`,
    ]);
  }
  const mk = D.mkr ? pick(D.mkr)[2] : null;
  const opts = [`${nl} ${sEn} Street, apt ${k}`, `${sEn} Street ${nl}, apt. ${k}`, `${nl}/${k} ${sEn} Street`];
  if (mk) opts.push(`${mk} microdistrict, building ${nl}, apt ${k}`, `${mk}, bldg ${nl}, apt ${k}`);
  if (cc === 'ru') return pick([`${sEn} St. ${nl}, apt ${k}`, `ul. ${sEn} ${nl}-${k}`]);
  return pick(opts);
}

// ---------------------------------------------------------------- plain fill-ins
const CITIES = {
  kz: [
    { ru: 'Алматы', en: 'Almaty', tr: 'Almatı', uz: 'Olmaota', uzc: 'Олмаота' },
    { ru: 'Шымкент', en: 'Shymkent', tr: 'Çimkent', uz: 'Chimkent', uzc: 'Чимкент' },
    { ru: 'Астана', en: 'Astana' },
    { ru: 'Караганда', kk: 'Қарағанды', en: 'Karaganda' },
    { ru: 'Тараз', en: 'Taraz' },
    { ru: 'Актобе', kk: 'Ақтөбе', en: 'Aktobe' },
    { ru: 'Кызылорда', kk: 'Қызылорда', en: 'Kyzylorda' },
    { ru: 'Туркестан', kk: 'Түркістан', en: 'Turkistan', tr: 'Türkistan' },
    { ru: 'Атырау', en: 'Atyrau' },
    { ru: 'Талдыкорган', kk: 'Талдықорған', en: 'Taldykorgan' },
  ],
  kg: [
    { ru: 'Бишкек', en: 'Bishkek' },
    { ru: 'Ош', en: 'Osh' },
    { ru: 'Джалал-Абад', ky: 'Жалал-Абад', en: 'Jalal-Abad', tr: 'Celalabad' },
    { ru: 'Каракол', en: 'Karakol' },
    { ru: 'Баткен', en: 'Batken' },
    { ru: 'Токмок', en: 'Tokmok' },
    { ru: 'Нарын', en: 'Naryn' },
    { ru: 'Кара-Балта', en: 'Kara-Balta' },
  ],
  uz: [
    { ru: 'Ташкент', uz: 'Toshkent', uzc: 'Тошкент', en: 'Tashkent', tr: 'Taşkent', tg: 'Тошкент' },
    { ru: 'Самарканд', uz: 'Samarqand', uzc: 'Самарқанд', en: 'Samarkand', tr: 'Semerkant', tg: 'Самарқанд' },
    { ru: 'Фергана', uz: "Farg'ona", uzc: 'Фарғона', en: 'Fergana' },
    { ru: 'Андижан', uz: 'Andijon', uzc: 'Андижон', en: 'Andijan' },
    { ru: 'Наманган', uz: 'Namangan', en: 'Namangan' },
    { ru: 'Бухара', uz: 'Buxoro', uzc: 'Бухоро', en: 'Bukhara', tr: 'Buhara', tg: 'Бухоро' },
    { ru: 'Карши', uz: 'Qarshi', uzc: 'Қарши', en: 'Karshi' },
    { ru: 'Нукус', uz: 'Nukus', en: 'Nukus' },
    { ru: 'Коканд', uz: "Qo'qon", uzc: 'Қўқон', en: 'Kokand' },
    { ru: 'Термез', uz: 'Termiz', uzc: 'Термиз', en: 'Termez' },
  ],
  tj: [
    { ru: 'Душанбе', en: 'Dushanbe' },
    { ru: 'Худжанд', tg: 'Хуҷанд', en: 'Khujand' },
    { ru: 'Куляб', tg: 'Кӯлоб', en: 'Kulob' },
    { ru: 'Бохтар', en: 'Bokhtar' },
    { ru: 'Истаравшан', en: 'Istaravshan' },
    { ru: 'Пенджикент', tg: 'Панҷакент', en: 'Panjakent' },
    { ru: 'Вахдат', tg: 'Ваҳдат', en: 'Vahdat' },
    { ru: 'Турсунзаде', tg: 'Турсунзода', en: 'Tursunzade' },
  ],
  tm: [
    { ru: 'Ашхабад', en: 'Ashgabat', tr: 'Aşkabat', uz: 'Ashxobod' },
    { ru: 'Мары', en: 'Mary' },
    { ru: 'Туркменабат', en: 'Turkmenabat', tr: 'Türkmenabat' },
    { ru: 'Дашогуз', en: 'Dashoguz' },
    { ru: 'Балканабат', en: 'Balkanabat' },
  ],
  ru: [
    { ru: 'Москва', en: 'Moscow', tr: 'Moskova', uz: 'Moskva', kk: 'Мәскеу', tg: 'Маскав' },
    { ru: 'Санкт-Петербург', en: 'St Petersburg', uz: 'Sankt-Peterburg' },
    { ru: 'Екатеринбург', en: 'Yekaterinburg', uz: 'Yekaterinburg' },
    { ru: 'Новосибирск', en: 'Novosibirsk' },
    { ru: 'Казань', en: 'Kazan' },
    { ru: 'Краснодар', en: 'Krasnodar' },
    { ru: 'Самара', en: 'Samara' },
  ],
  tr: [
    { ru: 'Стамбул', en: 'Istanbul', tr: 'İstanbul', kk: 'Стамбұл', tg: 'Истамбул', uzc: 'Истанбул' },
    { ru: 'Анталья', en: 'Antalya', kk: 'Анталия' },
    { ru: 'Анкара', en: 'Ankara' },
    { ru: 'Измир', en: 'Izmir', tr: 'İzmir' },
    { ru: 'Аланья', en: 'Alanya' },
    { ru: 'Бурса', en: 'Bursa' },
    { ru: 'Трабзон', en: 'Trabzon' },
  ],
  ae: [
    { ru: 'Дубай', en: 'Dubai', uz: 'Dubay' },
    { ru: 'Шарджа', en: 'Sharjah', tr: 'Şarika', uz: 'Sharja' },
    { ru: 'Абу-Даби', en: 'Abu Dhabi', tr: 'Abu Dabi', uz: 'Abu-Dabi' },
    { ru: 'Аджман', en: 'Ajman', tr: 'Acman', uz: 'Ajmon' },
  ],
  kr: [
    { ru: 'Сеул', en: 'Seoul', tr: 'Seul', uz: 'Seul' },
    { ru: 'Ансан', en: 'Ansan' },
    { ru: 'Инчхон', en: 'Incheon' },
    { ru: 'Пусан', en: 'Busan' },
    { ru: 'Хвасон', en: 'Hwaseong' },
    { ru: 'Кимхэ', en: 'Gimhae' },
  ],
};
function langKey(ctx) {
  if (ctx.lang === 'uz') return ctx.script === 'cyrl' ? 'uzc' : 'uz';
  if (ctx.lang === 'kk' && ctx.script === 'latn') return 'en';
  return ctx.lang;
}
function cityName(cc, key) {
  const c = pick(CITIES[cc]);
  const cyr = ['ru', 'kk', 'ky', 'tg', 'uzc'].includes(key);
  return c[key] || (key === 'tr' || key === 'uz' ? c.en : cyr ? c.ru : c.en);
}
const COURTS = {
  ru: [
    'Медеуский районный суд г. Алматы',
    'Специализированный межрайонный суд по уголовным делам г. Шымкента',
    'Первомайский районный суд г. Бишкека',
    'Октябрьский районный суд г. Оша',
    'Мирзо-Улугбекский районный суд по уголовным делам г. Ташкента',
    'Суд района Фирдавси г. Душанбе',
    'Бостандыкский районный суд г. Алматы',
    'Есильский районный суд г. Астаны',
    'Свердловский районный суд г. Бишкека',
    'Тверской районный суд г. Москвы',
  ],
  kk: [
    'Алматы қаласының Медеу аудандық соты',
    'Шымкент қаласының мамандандырылған ауданаралық қылмыстық соты',
    'Астана қаласының Есіл аудандық соты',
    'Түркістан облысының Сарыағаш аудандық соты',
  ],
  ky: [
    'Бишкек шаарынын Биринчи май райондук соту',
    'Ош шаардык соту',
    'Жалал-Абад облустук соту',
    'Бишкек шаарынын Свердлов райондук соту',
  ],
  uz: [
    "Toshkent shahar Mirzo Ulug'bek tumani jinoyat ishlari bo'yicha sudi",
    "Samarqand viloyati jinoyat ishlari bo'yicha sudi",
    "Farg'ona shahar jinoyat ishlari bo'yicha sudi",
    "Andijon viloyati jinoyat ishlari bo'yicha sudi",
  ],
  uzc: [
    'Тошкент шаҳар Юнусобод тумани жиноят ишлари бўйича суди',
    'Наманган вилояти жиноят ишлари бўйича суди',
    'Фарғона вилояти жиноят ишлари бўйича суди',
  ],
  tg: [
    'Суди ноҳияи Фирдавсии шаҳри Душанбе',
    'Суди шаҳри Хуҷанд',
    'Суди вилояти Хатлон',
    'Суди ноҳияи Исмоили Сомонии шаҳри Душанбе',
  ],
  tr: [
    'İstanbul 25. Ağır Ceza Mahkemesi',
    'Antalya 3. Ağır Ceza Mahkemesi',
    'Bakırköy 12. Ağır Ceza Mahkemesi',
    'İzmir 9. Ağır Ceza Mahkemesi',
  ],
  en: [
    'the Medeu District Court of Almaty',
    'the Pervomaisky District Court of Bishkek',
    'the Tashkent City Criminal Court',
    'the Firdavsi District Court of Dushanbe',
    'the Sverdlovsk District Court of Bishkek',
  ],
};
function sum(cur, ctx) {
  const L = ctx.lang;
  const thin = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, L === 'en' ? ',' : ' ');
  const tr = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  switch (cur) {
    case 'usd': {
      const n = pick([500, 800, 1000, 1200, 1500, 2000, 2500, 3000, 3500, 5000]);
      if (L === 'en') return '$' + thin(n);
      if (L === 'ru') return pick([`${thin(n)} долларов США`, `${thin(n)} $`, `$${thin(n)}`]);
      if (L === 'tr') return `${tr(n)} dolar`;
      return `${thin(n)} $`;
    }
    case 'kzt': {
      const n = pick([150000, 250000, 350000, 500000, 1200000, 2000000, 3500000]);
      if (L === 'en') return `KZT ${thin(n)}`;
      if (L === 'kk') return ctx.script === 'latn' ? `${thin(n)} tenge` : `${thin(n)} теңге`;
      return `${thin(n)} тенге`;
    }
    case 'rub':
      return `${thin(pick([50000, 80000, 120000, 150000, 300000]))} рублей`;
    case 'try':
      return `${tr(pick([15000, 20000, 25000, 30000, 40000]))} TL`;
    case 'aed':
      return L === 'en'
        ? `AED ${thin(pick([2000, 3000, 4500, 8000]))}`
        : `${thin(pick([2000, 3000, 4500, 8000]))} дирхамов`;
    case 'uzs':
      return L === 'uz'
        ? `${thin(pick([5000000, 12000000, 20000000]))} so'm`
        : `${thin(pick([5000000, 12000000, 20000000]))} сум`;
    case 'kgs':
      return `${thin(pick([50000, 100000, 150000, 300000]))} сом`;
    case 'tjs':
      return `${thin(pick([5000, 10000, 25000]))} сомони`;
  }
  throw new Error('sum ' + cur);
}
const FLIGHTS = [
  'KC 911',
  'TK 351',
  'FZ 1722',
  'HY 271',
  'DV 807',
  'SU 1935',
  'PC 681',
  'KE 942',
  'OZ 577',
  'ZM 201',
  'G9 414',
  'TK 367',
  'QH 503',
  'FZ 1950',
  'KC 923',
  'HY 611',
];
const NGO = {
  ru: [
    'ОФ «Сана Сезім»',
    'ОО «Тайгак»',
    'ОФ «Безопасный дом»',
    'ННО «Истикболли авлод»',
    'ОЮЛ «Союз кризисных центров Казахстана»',
    'ОФ «Родник»',
    'ОО «Мээрим Булагы»',
  ],
  en: [
    'Sana Sezim',
    'Istiqbolli Avlod',
    'Tais Plus',
    'Winrock International',
    'IOM',
    'La Strada',
    'the Union of Crisis Centers',
    'Rodnik Foundation',
  ],
};
const MAHALLA = [
  ['Навбахор', 'Navbahor', 'Навбаҳор'],
  ['Истиклол', 'Istiqlol', 'Истиқлол'],
  ['Бодомзор', 'Bodomzor', 'Бодомзор'],
  ['Янгиобод', 'Yangiobod', 'Янгиобод'],
  ['Олмазор', 'Olmazor', 'Олмазор'],
  ['Гулистон', 'Guliston', 'Гулистон'],
];
const VILLAGES = {
  kg: ['Кара-Суу', 'Ноокат', 'Араван', 'Кызыл-Кия', 'Өзгөн', 'Базар-Коргон', 'Сузак'],
  uz: ['Olot', 'Paxtaobod', "Bog'ot", 'Xonqa', 'Shahrixon'],
  tj: ['Восеъ', 'Панҷ', 'Шаҳритус', 'Ҷиликӯл'],
  kz: ['Сарыағаш', 'Жетісай', 'Мақтаарал', 'Шардара'],
};
const AGENCIES = [
  'Global Star Service',
  'Корея-Транзит',
  'Асыл Жол',
  'Work&Travel Asia',
  'ТОО «Дала Трэвел»',
  'Silk Way Recruitment',
  'Emirates Staff Solutions',
  'Anadolu İnsan Kaynakları',
];
const BANKS_KZ = ['Kaspi Bank', 'Halyk Bank', 'Jusan Bank', 'ForteBank', 'Банк ЦентрКредит', 'Bereke Bank'];
const HOTLINES = ['111', '1409', '102', '1899', '1102', '8 800 080 7700', '150', '157', '183'];
function plain(key, ctx) {
  let sfx = null;
  const plus = key.indexOf('+');
  if (plus >= 0) {
    sfx = key.slice(plus + 1);
    key = key.slice(0, plus);
  }
  const [h, a, b] = key.split('.');
  let out;
  switch (h) {
    case 'city':
      out = cityName(a, b || langKey(ctx));
      break;
    case 'court':
      out = pick(COURTS[a || langKey(ctx)]);
      break;
    case 'year':
      out = String(ri(2015, 2023));
      break;
    case 'month':
      out = pick(M_RU_PREP);
      break;
    case 'date':
      out = eventDate(a || ctx.lang, ctx);
      break;
    case 'time':
      out = `${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}`;
      break;
    case 'sum':
      out = sum(a, ctx);
      break;
    case 'n': {
      const [lo, hi] = a.split('-').map(Number);
      out = String(ri(lo, hi));
      break;
    }
    case 'age':
      out = String(pick([19, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 35, 36, 38, 40]));
      break;
    case 'ageru':
      out = String(pick([19, 20, 25, 26, 27, 28, 29, 35, 36, 37, 38]));
      break;
    case 'flight':
      out = pick(FLIGHTS);
      break;
    case 'case':
      out = pick([
        `№ 1-${ri(100, 999)}/${ri(2017, 2023)}`,
        `№ ${ri(1000, 9999)}-${ri(17, 23)}-00-1/${ri(10, 999)}`,
        `№ ${ri(21, 23)}${digits(13)}`,
        `№ УД-${ri(100, 9999)}/${ri(2018, 2023)}`,
      ]);
      break;
    case 'caseid':
      out = `${pick(['KZ', 'KG', 'UZ', 'TJ'])}-${ri(2019, 2023)}-${pad(ri(1, 999), 4)}`;
      break;
    case 'trcase':
      out = `${ri(2018, 2023)}/${ri(100, 9999)} Esas`;
      break;
    case 'ngo':
      out = pick(NGO[a || 'ru']);
      break;
    case 'bank':
      out = pick(BANKS_KZ);
      break;
    case 'agency':
      out = pick(AGENCIES);
      break;
    case 'village':
      out = pick(VILLAGES[a]);
      break;
    case 'hotline':
      out = pick(HOTLINES);
      break;
    case 'bin':
      out = pad(ri(10, 23), 2) + pad(ri(1, 12), 2) + pick(['4', '5', '6']) + digits(7);
      break;
    case 'inn':
      out = pick(['77', '50', '78']) + digits(8);
      break;
    case 'mahalla': {
      const m = pick(MAHALLA);
      out = ctx.lang === 'uz' ? (ctx.script === 'cyrl' ? m[2] : m[1]) : m[0];
      break;
    }
    default:
      throw new Error('plain ' + key);
  }
  if (sfx) out = out + trSuffix(out, sfx);
  return out;
}

// ---------------------------------------------------------------- composition
class Doc {
  constructor(ctx) {
    this.text = '';
    this.spans = [];
    this.inserted = [];
    this.ctx = ctx;
  }
  add(t, type) {
    if (!t) return;
    if (this.ctx.okina) t = t.replace(/([oOgG])'/g, '$1ʻ').replace(/'/g, 'ʼ');
    if (type) {
      const start = this.text.length;
      this.spans.push({ start, end: start + t.length, type });
      this.inserted.push(t);
    }
    this.text += t;
  }
}
function splitTop(s, sep) {
  const out = [];
  let depth = 0,
    cur = '';
  for (const ch of s) {
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (ch === sep && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
function person(ctx, L) {
  if (ctx.persons[L]) return ctx.persons[L];
  const spec = ctx.spec[L] || ctx.defGrp;
  const [grp, g] = spec.split('.');
  let p;
  for (let t = 0; t < 60; t++) {
    p = makePerson(grp, g);
    const clash = Object.values(ctx.persons).some(
      (q) =>
        q.given.ru === p.given.ru ||
        q.sur.ru.slice(0, 4) === p.sur.ru.slice(0, 4) ||
        (q.given.dimRu && q.given.dimRu === p.given.dimRu),
    );
    if (!clash) break;
  }
  ctx.persons[L] = p;
  return p;
}
function render(doc, s, ctx) {
  let i = 0,
    buf = '';
  while (i < s.length) {
    const ch = s[i];
    if (ch === '{') {
      if (buf) {
        doc.add(buf);
        buf = '';
      }
      let depth = 1,
        j = i + 1;
      while (j < s.length && depth > 0) {
        if (s[j] === '{') depth++;
        else if (s[j] === '}') depth--;
        j++;
      }
      if (depth !== 0) throw new Error('unbalanced: ' + s);
      evalPh(doc, s.slice(i + 1, j - 1), ctx);
      i = j;
    } else {
      buf += ch;
      i++;
    }
  }
  if (buf) doc.add(buf);
}
function evalPh(doc, inner, ctx) {
  if (inner.startsWith('|')) {
    render(doc, pick(splitTop(inner.slice(1), '|')), ctx);
    return;
  }
  const gm = /^([A-Z])\?/.exec(inner);
  if (gm) {
    const p = person(ctx, gm[1]);
    const alts = splitTop(inner.slice(2), '|');
    render(doc, p.g === 'f' ? alts[0] : (alts[1] ?? ''), ctx);
    return;
  }
  if (inner.startsWith('$')) {
    doc.add(plain(inner.slice(1), ctx));
    return;
  }
  for (const pc of resolve(inner, ctx)) doc.add(pc.text, pc.type);
}
function natSuffix(base, suf, ctx) {
  const last = base.split(' ').pop();
  switch (ctx.lang) {
    case 'kk':
      return kkSuffix(last, suf);
    case 'ky':
      return kySuffix(last, suf);
    case 'uz':
      return uzSuffix(last, suf, ctx.script === 'cyrl');
    case 'tg':
      return tgSuffix(last, suf);
  }
  throw new Error('suffix in ' + ctx.lang);
}
function personPh(p, spec, ctx) {
  const parts = spec.split('.');
  if (parts[0] === 'dob') return [{ text: fmtDate(p.dob, parts[1] || 'dmy'), type: 'BIRTH_DATE' }];
  if (parts[0] === 'age') return [{ text: String(REF_YEAR - p.dob.y) }];
  if (parts[0] === 'n' || parts[0] === 'l') {
    let form = parts[1],
      suf = null;
    const pl = form.indexOf('+');
    if (pl >= 0) {
      suf = form.slice(pl + 1);
      form = form.slice(0, pl);
    }
    const base = natStr(p, form, ctx, parts[0] === 'l');
    if (!suf) return [{ text: base, type: 'PERSON' }];
    if (ctx.lang === 'tr') return [{ text: base, type: 'PERSON' }, { text: trSuffix(base, suf) }];
    return [{ text: base + natSuffix(base, suf, ctx), type: 'PERSON' }];
  }
  return [{ text: ruStr(p, parts[0], parts[1] || 'n'), type: 'PERSON' }];
}
function resolve(k, ctx) {
  const m = /^([A-Z])\.(.*)$/.exec(k);
  if (m) return personPh(person(ctx, m[1]), m[2], ctx);
  const [head, a, b] = k.split('.');
  switch (head) {
    case 'PH':
      return [{ text: phone(a), type: 'PHONE' }];
    case 'EM':
      return [{ text: email(a ? person(ctx, a) : makePerson('any')), type: 'EMAIL' }];
    case 'HN':
      return [{ text: handle(a ? person(ctx, a) : makePerson('ca'), true), type: 'HANDLE' }];
    case 'HN0':
      return [{ text: handle(a ? person(ctx, a) : makePerson('ca'), false), type: 'HANDLE' }];
    case 'ID': {
      const p = b ? person(ctx, b) : makePerson(a === 'trf' || a === 'tr' ? 'tr' : 'ca');
      const t = {
        kz: () => kzIIN(p),
        kg: () => kgPIN(p),
        uz: () => uzPINFL(p),
        tr: () => trTC(false),
        trf: () => trTC(true),
        ae: () => aeEID(p),
        kr: () => krARC(p),
        snils: () => ruSNILS(),
        inn: () => ruINN12(),
      }[a]();
      return [{ text: t, type: 'NATIONAL_ID' }];
    }
    case 'PP':
      return [{ text: passport(a), type: 'PASSPORT' }];
    case 'CARD':
      return [{ text: a === 'm' ? maskedCard(b) : card(a), type: 'CARD' }];
    case 'IBAN':
      return [{ text: iban(a), type: 'IBAN' }];
    case 'ADR':
      return [{ text: address(a, ctx, b || 'n'), type: 'ADDRESS' }];
    case 'PL':
      return [{ text: plate(a), type: 'PLATE' }];
    case 'NICK': {
      if (!ctx.nick) ctx.nick = pick(NICKS);
      if (a === 'l') return [{ text: ctx.nick.lat, type: 'PERSON' }];
      return [{ text: ctx.nick.ru[CASE_IDX[a || 'n']], type: 'PERSON' }];
    }
  }
  throw new Error('placeholder ' + k);
}

// MRZ (TD3) with check digits
function mrzCheck(s) {
  const w = [7, 3, 1];
  let t = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const v = c === '<' ? 0 : /[0-9]/.test(c) ? +c : c.charCodeAt(0) - 55;
    t += v * w[i % 3];
  }
  return String(t % 10);
}
function mrzName(s) {
  return s
    .toUpperCase()
    .replace(
      /[ÝÜÖÄÇŞĞİŇŽ']/g,
      (c) => ({ Ý: 'Y', Ü: 'U', Ö: 'O', Ä: 'A', Ç: 'C', Ş: 'S', Ğ: 'G', İ: 'I', Ň: 'N', Ž: 'Z', "'": '' })[c],
    )
    .replace(/[^A-Z]/g, '<');
}
function writeMRZ(doc, p) {
  const cc = { kz: 'KAZ', kg: 'KGZ', uz: 'UZB', tj: 'TJK', tm: 'TKM', ru: 'RUS', ko: 'UZB' }[p.grp] || 'KAZ';
  const sur = mrzName(p.sur.lat),
    giv = mrzName(p.given.lat);
  doc.add('P<' + cc);
  doc.add(sur, 'PERSON');
  doc.add('<<');
  doc.add(giv, 'PERSON');
  doc.add('<'.repeat(Math.max(0, 44 - 5 - sur.length - 2 - giv.length)) + '\n');
  const num = {
    KAZ: () => 'N' + digits(8),
    KGZ: () => 'AC' + digits(7),
    UZB: () => 'FA' + digits(7),
    TJK: () => '4' + digits(8),
    TKM: () => 'A' + digits(7),
    RUS: () => '75' + digits(7),
  }[cc]();
  const numF = num.padEnd(9, '<');
  const dob = pad(p.dob.y % 100, 2) + pad(p.dob.m, 2) + pad(p.dob.d, 2);
  const exp = pad(ri(24, 33), 2) + pad(ri(1, 12), 2) + pad(ri(1, 28), 2);
  const pers = '<'.repeat(14);
  const comp = numF + mrzCheck(numF) + dob + mrzCheck(dob) + exp + mrzCheck(exp) + pers + mrzCheck(pers);
  doc.add(num, 'PASSPORT');
  doc.add(
    numF.slice(num.length) +
      mrzCheck(numF) +
      cc +
      dob +
      mrzCheck(dob) +
      (p.g === 'f' ? 'F' : 'M') +
      exp +
      mrzCheck(exp) +
      pers +
      mrzCheck(pers) +
      mrzCheck(comp),
  );
}

// ---------------------------------------------------------------- templates
const TPL = [];
const DEF_GRP = { ru: 'ca', kk: 'kz', ky: 'kg', uz: 'uz', tg: 'tj', tr: 'ca', en: 'ca' };
function parseSpec(s) {
  const o = {};
  for (const part of (s || '').split(/\s+/).filter(Boolean)) {
    const [k, v] = part.split('=');
    o[k] = v;
  }
  return o;
}
function T(id, lang, script, people, text) {
  TPL.push({ id, lang, script, spec: parseSpec(people), text, neg: false });
}
function N(id, lang, script, text) {
  TPL.push({ id, lang, script, spec: {}, text, neg: true });
}
function F(id, lang, script, people, fn) {
  TPL.push({ id, lang, script, spec: parseSpec(people), fn, neg: false });
}
const RU = (id, p, t) => T(id, 'ru', 'cyrl', p, t);
const EN = (id, p, t) => T(id, 'en', 'latn', p, t);
const KK = (id, p, t) => T(id, 'kk', 'cyrl', p, t);
const KKL = (id, p, t) => T(id, 'kk', 'latn', p, t);
const KY = (id, p, t) => T(id, 'ky', 'cyrl', p, t);
const UZ = (id, p, t) => T(id, 'uz', 'latn', p, t);
const UZC = (id, p, t) => T(id, 'uz', 'cyrl', p, t);
const TG = (id, p, t) => T(id, 'tg', 'cyrl', p, t);
const TR = (id, p, t) => T(id, 'tr', 'latn', p, t);

// ================================================================ RUSSIAN
RU(
  'ru-verdict-intro',
  'A=uz.f J=kz S=kz.f P=kz D=ru',
  `{$court.ru} в составе председательствующего судьи {J.ini.g}, при секретаре судебного заседания {S.ini.p}, с участием государственного обвинителя {P.fi.g}, подсудимой {A.fio.g}, её защитника — адвоката {D.ini.g}, рассмотрев в открытом судебном заседании уголовное дело в отношении {A.fio.g}, {A.dob.dmy} года рождения, уроженки г. {$city.uz}, гражданки Республики Узбекистан, зарегистрированной по адресу: г. {$city.uz}, {ADR.uz}, ранее не судимой, обвиняемой в совершении преступления, предусмотренного п. 1 ч. 2 ст. 128 УК РК,`,
);
RU(
  'ru-verdict-facts',
  'B=kz.f C=dst',
  `УСТАНОВИЛ: {A.fio.n}, имея умысел на вербовку людей в целях эксплуатации, в {$month} {$year} года через мессенджер WhatsApp с номера {PH.kz} {A?предложила|предложил} {B.fi.d}, {B.dob.y} года рождения, работу горничной в гостинице г. {$city.ae} с ежемесячной оплатой {$sum.usd}. Введённая в заблуждение {B.i.n} согласилась, после чего {A.f.n} {A?приобрела|приобрёл} для неё авиабилет на рейс {$flight} и {A?передала|передал} её {C.fi.d}, {C?встретившей|встретившему} потерпевшую в аэропорту.`,
);
RU(
  'ru-victim-testimony',
  'A=ca.f B=ca.f C=ca D=tr.m',
  `Допрошенная в судебном заседании потерпевшая {B.fi.n} показала, что в {$year} году её знакомая {A.dim.n} рассказала о хорошо оплачиваемой работе в Турции. Через неё она познакомилась с {C.i.i}, {C?которая представилась|который представился} сотрудником туристической фирмы. По прилёте в г. {$city.tr} {C.i.n} и мужчина по имени {D.i.n} отобрали у неё паспорт и телефон, а долг за дорогу в размере {$sum.usd} заставили отрабатывать.`,
);
RU(
  'ru-evidence',
  'A=kz.m B=ca.f C=ca.f D=ca.f',
  `Вина подсудимого {A.fio.g} подтверждается показаниями потерпевших {B.fi.g}, {C.fi.g} и {D.fi.g}, свидетелей {E.ini.g} и {F.ini.g}, протоколом осмотра телефона марки «Samsung», изъятого у {A.f.g}, а также выпиской по карте № {CARD.kz}, на которую поступали денежные средства от родственников потерпевших.`,
);
RU(
  'ru-sentence',
  'A=kz.f B=uz C=kg',
  `ПРИГОВОРИЛ: {A.fio.a} признать виновной в совершении преступления, предусмотренного п. 1 ч. 2 ст. 128 УК РК, и назначить ей наказание в виде лишения свободы сроком на {$n.5-12} лет с конфискацией имущества. Меру пресечения {A.ini.d} оставить прежней — содержание под стражей. Вещественные доказательства — паспорта на имя {B.fio.g} № {PP.uz} и на имя {C.fio.g} № {PP.kg} — вернуть по принадлежности.`,
);
RU(
  'ru-appeal',
  'A=kg.m B=ca.f C=tr.m D=ru.m',
  `Не согласившись с приговором, адвокат {D.fi.n} в интересах осуждённого {A.fi.g} подал апелляционную жалобу, в которой указал, что показания потерпевшей {B.f.g} противоречивы, а свидетель {E.fi.n} в суде от своих показаний {E?отказалась|отказался}. Коллегия находит доводы жалобы несостоятельными: факт передачи {B.i.g} гражданину Турции {C.if.d} за {$sum.usd} подтверждён перепиской в Telegram, где {A.f.n} использовал аккаунт {HN.A}.`,
);
RU(
  'ru-indictment-uz',
  'A=uz B=uz.f C=uz.f D=uz.f E=ru',
  `Следствием установлено, что {A.fio.n}, {A.dob.dmy} г.р., {A?проживающая|проживающий} по адресу: г. {$city.uz}, {ADR.uz}, в период с {$date.ru} по {$date.ru} {A?завербовала|завербовал} жительниц махалли «{$mahalla}» {B.fi.a}, {C.fi.a} и {D.fi.a} для работы в Российской Федерации, где их паспорта были изъяты работодателем {E.fi.i} (тел. {PH.ru}).`,
);
RU(
  'ru-protocol',
  'A=tj.f B=tj.f C=tj.m',
  `ПРОТОКОЛ допроса потерпевшей
Фамилия, имя, отчество: {A.fio.n}
Дата рождения: {A.dob.dmy}
Место рождения: г. {$city.tj}
Гражданство: Республика Таджикистан
Паспорт: {PP.tj}, выдан {$date.dmy}
Место жительства: г. {$city.tj}, {ADR.tj}
Телефон: {PH.tj}
По существу заданных вопросов поясняю: весной меня познакомила с {C.i.i} моя соседка {B.i.n}, она сказала, что он отправляет девушек на работу в Москву.`,
);
RU(
  'ru-chat-lower',
  'A=ca.f B=ca.f C=dst.m',
  `[{$time}] {A.lodim}: {B.lodim} привет, ты где?
[{$time}] {B.lodim}: в стамбуле уже, нас встретил {C.loi}, паспорта забрал сказал для регистрации
[{$time}] {A.lodim}: скинь его номер
[{$time}] {B.lodim}: {PH.tr}
[{$time}] {A.lodim}: ок. маме твоей позвоню`,
);
RU(
  'ru-journalist-dubai',
  'A=kg.f B=ar.f',
  `«Мне обещали работу в салоне красоты», — рассказывает {A.i.n} (имя изменено). Ей {$age}, она родом из {|Ошской|Джалал-Абадской|Баткенской} области. В Дубае девушку встретила женщина, которая представилась {B.i.i}: она отобрала паспорт и поселила её в квартире по адресу {ADR.ae}. По словам {A.i.g}, за полгода ей не заплатили ни дирхама.`,
);
RU(
  'ru-ngo-casenote',
  'A=kg.f B=kg.f C=ca.m D=ca',
  `Кейс {$caseid}. Клиентка: {A.fi.n}, {A.dob.y} г.р., гр. КР. Обратилась на горячую линию {$hotline} {$date.ru0}. Со слов клиентки, вербовщица — {B.fi.n} (тел. {PH.kg}, Instagram: {HN.B}) — предложила работу в Москве. В Москве паспорт {A.i.g} № {PP.kg} удерживал {C.fi.n}, адрес проживания: г. Москва, {ADR.ru}. Ведёт кейс: соцработник {D.ini2.n}.`,
);
F('ru-list-released', 'ru', 'cyrl', 'A=uz.f B=uz.f C=kg.f D=tj.f E=uz.f F=kz.f', (d, ctx, R) => {
  R('Список лиц, освобождённых в ходе операции {$date.ru}:\n');
  const n = ri(3, 6);
  const nat = {
    uz: 'Республики Узбекистан',
    kg: 'Кыргызской Республики',
    tj: 'Республики Таджикистан',
    kz: 'Республики Казахстан',
  };
  const pp = { uz: 'uz', kg: 'kg', tj: 'tj', kz: 'kz' };
  for (let i = 0; i < n; i++) {
    const L = 'ABCDEF'[i];
    const g = person(ctx, L).grp;
    R(
      `${i + 1}. {${L}.fio.n}, {${L}.dob.dmy} г.р., {${L}?гражданка|гражданин} ${nat[g]}, паспорт {PP.${pp[g]}}${i === n - 1 ? '.' : ';'}\n`,
    );
  }
});
F('ru-table-victims', 'ru', 'cyrl', 'A=ca.f B=ca.f C=ca.f D=ca.f E=ca.f', (d, ctx, R) => {
  R(
    'Таблица 3. Сведения о потерпевших по уголовному делу {$case}\n| № | Ф.И.О. | Дата рождения | Документ | Телефон родственников |\n|---|---|---|---|---|\n',
  );
  const n = ri(3, 5);
  for (let i = 0; i < n; i++) {
    const L = 'ABCDE'[i];
    const g = person(ctx, L).grp;
    const pc = { kz: 'kz', kg: 'kg', uz: 'uz', tj: 'tj', tm: 'tm' }[g];
    R(`| ${i + 1} | {${L}.fio.n} | {${L}.dob.dmy} | {PP.${pc}} | {PH.${pc}} |\n`);
  }
});
RU(
  'ru-qa-korea',
  'A=uz.f B=uz.f C=ko.m',
  `Вопрос: Назовите ваши фамилию, имя и отчество.
Ответ: {A.fio.n}.
Вопрос: Кто предложил вам поехать в Корею?
Ответ: Моя двоюродная сестра {B.i.n} познакомила меня с {C.if.i}, он набирал людей на завод в г. {$city.kr}.
Вопрос: Вы знаете его номер?
Ответ: Да, {PH.uz}, ещё он писал с корейского номера {PH.kr}.`,
);
RU(
  'ru-koryo-testimony',
  'A=ko.f B=kr.m C=kr.m',
  `Я, {A.fio.n}, кореянка по национальности, в {$year} году через агентство «{$agency}» выехала в Республику Корея по визе C-3. В аэропорту Инчхон меня встретил {B.if.n}, который забрал паспорт № {PP.uz}. Работала на заводе в г. {$city.kr}, проживала по адресу: {ADR.kr}. Руководитель цеха {C.if.n} говорил, что долг за визу составляет {$sum.usd}.`,
);
RU(
  'ru-compensation',
  'A=kz B=kz.f',
  `Взыскать с {A.fio.g} в пользу {B.fio.g} компенсацию морального вреда в размере {$sum.kzt}. Денежные средства перечислить на счёт потерпевшей IBAN {IBAN.kz} в АО «{$bank}». Копию приговора направить {B.ini.d} по адресу: г. {$city.kz}, {ADR.kz}.`,
);
RU(
  'ru-confrontation',
  'A=ca.f B=ca.f',
  `В ходе очной ставки между {A.fi.i} и {B.fi.i} последняя подтвердила, что именно {A.f.n} передала ей билеты и сказала, что в Стамбуле её встретит мужчина по прозвищу «{NICK.n}». Показания {B.f.g} согласуются с детализацией звонков абонентского номера {PH.kz}, зарегистрированного на {A.fi.a}.`,
);
RU(
  'ru-missing-daughter',
  'A=kz.f B=kz.f C=ca.f',
  `Гражданка Республики Казахстан {A.fio.n}, ИИН {ID.kz.A}, проживающая: г. {$city.kz}, {ADR.kz}, обратилась с заявлением о розыске дочери — {B.fi.g}, {B.dob.dmy} г.р., ИИН {ID.kz.B}, которая в {$month} выехала в г. {$city.ae} по приглашению знакомой {C.i.g} и перестала выходить на связь.`,
);
RU(
  'ru-witness-cases',
  'A=ca.f B=ca.f C=ca.f',
  `Свидетель {E.fio.n}, {E.dob.dmy} г.р., {E?проживающая|проживающий} по адресу: г. {$city.kz}, {ADR.kz}, в суде {E?пояснила|пояснил}, что знает {A.f.a} более пяти лет. Летом {$year} года {A.i.n} попросила {E.f.a} найти «девушек для работы в кафе». {E?Она познакомила|Он познакомил} {A.f.a} со своей племянницей {B.i.i}, а позднее — с {C.fi.i}. О том, что {B.i.n} и {C.i.n} находятся в Дубае без документов, {E?она узнала|он узнал} от матери {B.i.g}.`,
);
RU(
  'ru-raid-report',
  'A=ca.m B=uz C=uz D=uz E=tj.m',
  `{$date.ru} в ходе ОРМ «Невольник» по адресу: г. {$city.ru}, {ADR.ru} были обнаружены граждане Республики Узбекистан {B.fi.n}, {C.fi.n}, {D.fi.n}, а также гражданин Республики Таджикистан {E.fi.n}. Паспорта указанных лиц находились у {A.fi.g}, {A.dob.y} г.р., который пояснил, что хранит их «для сохранности». Изъят автомобиль «Газель» г/н {PL.ru}.`,
);
RU(
  'ru-osh-court',
  'A=kg B=kg C=kg.f D=kg.f E=ru',
  `Октябрьским районным судом г. Ош рассмотрено дело по обвинению {A.fi.g} ({A.dob.y} г.р.) и {B.fi.g} ({B.dob.y} г.р.) в торговле людьми. Согласно материалам дела, {A.i.n} и {B.i.n} вывезли {C.fi.a} и {D.fi.a}, уроженок с. {$village.kg}, в г. {$city.ru}, где передали их {E.ini.d} за {$sum.rub}.`,
);
RU(
  'ru-official-briefing',
  'A=kg.m B=kg.f',
  `Заместитель генерального прокурора Кыргызстана {A.if.n} на брифинге заявил, что с начала года возбуждено {$n.20-80} уголовных дел по ст. 171 УК КР. По его словам, одна из крупнейших групп действовала под руководством жителя Бишкека по прозвищу «{NICK.n}» и его сожительницы {B.if.g}.`,
);
RU(
  'ru-tajik-migrant',
  'A=tj.m B=tj.m C=ca.m D=tj.m',
  `Меня зовут {A.if.n}, мне 34 года, я из {|Кулябского|Бохтарского|Раштского} района. В {$year} году мой земляк {B.if.n} предложил работу на стройке в Подмосковье. В Москве нас поселили в вагончике по адресу {ADR.ru}, бригадир {C.i.n} (фамилию не знаю) забрал паспорта. Денег не платили четыре месяца. Я позвонил брату {D.i.d} на номер {PH.tj}, и он обратился в посольство.`,
);
RU(
  'ru-kz-victim-statement',
  'A=kz.f B=kz.f C=ca.f',
  `Я, {A.fio.n}, {A.dob.ru} года рождения, проживаю по адресу: г. {$city.kz}, {ADR.kz}, тел. {PH.kz}. В {$month} {$year} года моя подруга {B.fi.n} предложила мне работу администратором в г. {$city.tr}. Билеты купила женщина по имени {C.i.n}, а в Анталье нас встречал человек, которого все называли «{NICK.n}».`,
);
RU(
  'ru-chat-dim',
  'A=ca.f B=ca.f C=ca D=tr.m',
  `{A.dim.n}: {B.lodim}, привет! ну что, решилась?
{B.dim.n}: не знаю, мама против
{A.dim.n}: зайка, там реально платят 2000$ в месяц, {C.i.n} уже третий месяц работает
{B.dim.n}: а кто там встречает?
{A.dim.n}: {D.i.n}-ака, он хороший, вот номер {PH.tr}`,
);
RU(
  'ru-defendants-list',
  'A=ca B=ca C=ca D=ca.m E=ca.f',
  `По делу привлечены: организатор — {A.fio.n} ({A.dob.y} г.р.); вербовщики — {B.fio.n}, {C.fio.n}; перевозчик — {D.fio.n}, управлявший автомобилем Toyota Camry г/н {PL.kz}; «смотрящая» в Анталье — {E.fi.n} по прозвищу «{NICK.n}».`,
);
RU(
  'ru-double-barrel',
  'A=ca B=ru.f2',
  `Защиту {A.ini.g} осуществляла адвокат {B.fi.n}. Суд учёл, что {A.ini2.n} ранее не {A?судима|судим}, имеет на иждивении двоих детей и положительно характеризуется по месту жительства. Доводы защитника {B.f.g} о неверной квалификации отклонены.`,
);
RU(
  'ru-tajik-passport-host',
  'A=tj.f B=ru',
  `Гражданка Республики Таджикистан {A.fio.n}, {A.dob.dmy} г.р., паспорт {PP.tj}, прибыла в РФ {$date.dmy} рейсом {$flight} через аэропорт «Домодедово». Принимающая сторона — {B.fio.n}, СНИЛС {ID.snils}, ИНН {ID.inn}, адрес: г. {$city.ru}, {ADR.ru}.`,
);
RU(
  'ru-ngo-report',
  'A=ca.f B=ca.f C=ca D=ca E=ca',
  `За отчётный период кризисный центр принял {$n.10-40} пострадавших. Среди них — {A.i.n} ({$ageru} лет), которую родственники мужа продали в г. {$city.kz}, и {B.i.n}, вернувшаяся из Дубая при содействии консула {C.ini2.g}. Отдельно отметим работу волонтёров {D.if.g} и {E.if.g}.`,
);
RU(
  'ru-kaspi-transfer',
  'A=kz.f B=kz',
  `Kaspi: Перевод {$sum.kzt} клиенту {B.ifi.n} на карту {CARD.m.kz} выполнен. Комментарий: «за билеты для {A.dim.g}». Отправитель: {A.fi.n}, тел. {PH.kz}.`,
);
RU(
  'ru-quote-sauna',
  'B=ca.f C=ca.m D=ca.f',
  `На вопрос следователя, кто привёз её в сауну, {B.i.n} ответила: «Привёз {C.i.n}, а деньги забирала {D.dim.n}, она у них главная. Ещё был {NICK.n}, он охранял дверь».`,
);
RU(
  'ru-turkish-employer',
  'A=ca.f B=ca.f C=tr.m',
  `Работодатель — гражданин Турции {C.if.n}, владелец отеля в Кемере, — выплатил {A.f.d} лишь {$sum.usd} из обещанных. При этом {C.f.n} систематически угрожал {A.i.d} и её подруге {B.i.d} депортацией, а паспорта держал в сейфе отеля.`,
);
RU(
  'ru-photo-identification',
  'A=ca.m B=ca.f G=ca.f X=ca.m',
  `Потерпевшая {B.fi.n} среди предъявленных ей фотографий уверенно опознала {A.fi.a}, {A.dob.dmy} г.р., как мужчину, представлявшегося ей именем «{X.i.n}», и {G.fi.a} — как женщину, которая встречала её в аэропорту г. {$city.ae}.`,
);
RU(
  'ru-address-prep',
  'A=ca B=ca C=ca',
  `{A.fi.n} {A?проживала|проживал} на {ADR.kz.p} вместе с {B.fi.i}. Позже они переехали к {C.i.d} на {ADR.kz.p}, где и содержались девушки.`,
);
RU(
  'ru-address-dat',
  'A=kz B=kz.m',
  `Место регистрации {A.fi.g} — г. {$city.kz}, {ADR.kz}; фактически {A?она проживает|он проживает} по {ADR.kz.d}. Автомобиль Lexus RX г/н {PL.kz}, которым {A?пользовалась|пользовался} {A.f.n}, зарегистрирован на {B.fi.a}.`,
);
RU(
  'ru-uz-press',
  'A=uz.f B=uz',
  `Сотрудниками ГУВД г. Ташкента задержана {A.fio.n}, {A.dob.y} года рождения, которая под видом трудоустройства в ОАЭ переправила за рубеж {$n.5-9} девушек. Как сообщают в пресс-службе, через подставное лицо {B.fi.a} подозреваемая получала от «покупателей» по {$sum.usd} за каждую.`,
);
F('ru-mrz', 'ru', 'cyrl', 'A=ca B=ca.m', (d, ctx, R) => {
  R('Копия страницы паспорта {A.fio.g}, приобщённая к материалам дела:\n');
  writeMRZ(d, person(ctx, 'A'));
  R('\nПаспорт изъят у {B.fi.g} в ходе обыска {$date.ru0}.');
});
RU(
  'ru-voice-message',
  'A=ca.f B=ca.f C=ca.m',
  `Расшифровка голосового сообщения от абонента {PH.ae} (подписан в телефоне как «{A.lodim} Дубай»): «{B.dim.n}, слушай, не плачь. {C.i.n} сказал, что паспорт вернёт, когда отработаешь. Я тебе скину на Каспи, номер карты напиши».`,
);
RU(
  'ru-afghan',
  'A=af.m B=af.f C=af.m',
  `В шелтер {$ngo.ru} поступили граждане Афганистана {A.if.n} и {B.if.n}, задержанные на таджикско-узбекской границе. Со слов {A.i.g}, переправщиком был {C.if.n}, который взял с каждого по {$sum.usd} и бросил их в горах.`,
);
RU(
  'ru-chinese-employer',
  'A=cn.m B=kg C=kg D=cn.f',
  `Владелец теплицы в Алматинской области гражданин КНР {A.if.n} удерживал {$n.6-12} граждан Кыргызстана, в том числе {B.fi.a} и {C.fi.a}. Переводчиком выступала {D.if.n}, тел. {PH.kz}.`,
);
RU(
  'ru-student-abai',
  'A=kz.f B=kz.f C=tr.m',
  `{A.fi.n}, студентка КазНПУ имени Абая, {A.dob.y} г.р., пропала после собеседования в агентстве на проспекте Абая. Последний звонок с её номера {PH.kz} был зафиксирован в районе аэропорта. Её мать {B.io.n} говорит, что дочь переписывалась с неким {C.i.i} из Стамбула.`,
);
RU(
  'ru-kg-uulu',
  'A=kg.m B=kg.f C=ru',
  `Обвиняемый {A.n.pat}, {A.dob.dmy} г.р., уроженец с. {$village.kg}, ПИН {ID.kg.A}, паспорт {PP.kg}, в {$year} году вывез в г. {$city.ru} свою односельчанку. Потерпевшая {B.n.pat}, {B.dob.dmy} г.р., показала, что там {A.i.n} продал её {C.fi.d}.`,
);
RU(
  'ru-turkmen',
  'A=tm.f B=tm.f C=tm.m',
  `Гражданки Туркменистана {A.fi.n} и {B.fi.n} прибыли в Стамбул по туристическим визам. Посредник {C.fi.n}, тел. {PH.tm}, обещал им работу в прачечной в районе Лалели, однако по прибытии забрал у {A.i.g} и {B.i.g} паспорта.`,
);
RU(
  'ru-uae-consulate',
  'A=ca.f B=ar.m C=ca.f',
  `По информации Генконсульства в Дубае, {A.fi.n} находилась в квартире по адресу {ADR.ae}, принадлежащей {B.if.d}. Телефон, с которого она связалась с сестрой {C.i.i}: {PH.ae}.`,
);
RU(
  'ru-instagram-recruiter',
  'A=ca B=ca.f',
  `Вербовка велась через Instagram-аккаунт {HN.A} и Telegram-канал «Работа в Корее 24/7», администратором которого является {A.fi.n}, {A.dob.dmy} г.р. Одной из первых откликнулась {B.fi.n}, отправившая копию паспорта на адрес {EM.A}.`,
);
RU(
  'ru-word-names',
  'A=ca.f B=ca.fw C=ca.fw D=ca.mw E=ca.f',
  `Со слов {A.i.g}, вместе с ней в подвале содержались ещё две девушки — {B.i.n} и {C.i.n}, а также парень по имени {D.i.n}. Еду им приносила {E.i.n}, которую охранники называли «хозяйкой».`,
);
RU(
  'ru-dative-uz',
  'A=uz.m B=uz.m C=uz',
  `Деньги за «трудоустройство» {A.i.n} передал {B.i.d} наличными, остальное перевёл на карту {CARD.uz}, оформленную на {C.fi.a}. Позднее {B.f.n} признал, что получил от {A.f.g} {$sum.usd}.`,
);
RU(
  'ru-russian-victim',
  'A=ru.f B=ru.m C=tr',
  `Гражданка России {A.fio.n}, {A.dob.ru} г.р., уроженка г. {$city.ru}, пояснила, что в Турцию её отправил знакомый {B.if.n}. В Анталье её встретил {C.if.n}, который поселил её по адресу {ADR.tr} и отобрал заграничный паспорт № {PP.rufor}.`,
);
RU(
  'ru-telegram-chat',
  'A=ca.f B=ca.m',
  `Переписка в Telegram между пользователями {HN.A} ({A.i.n}) и {HN.B} ({B.i.n}):
— {B.i.n}, когда отправка?
— В пятницу. Двоих привезёт {C.i.n}, третью сама заберу.
— Паспорта у тебя?
— У меня. Деньги на карту {CARD.m.kz}, как договаривались.`,
);
RU(
  'ru-job-ad',
  'A=ca.f',
  `Требуются девушки 18–30 лет для работы официантками в г. {$city.ae}! Зарплата от {$sum.usd}, проживание и питание бесплатно, билеты за счёт работодателя. Звонить {PH.kz}, спросить {A.i.a}. WhatsApp: {PH.ae}.`,
);
RU(
  'ru-wanted',
  'A=ca.f B=ca.f',
  `Внимание, розыск! {A.fio.n}, {A.dob.dmy} г.р., рост 165 см, волосы тёмные. Последний раз её видели на {ADR.kz.p}. Всех, кто знает о её местонахождении, просим позвонить по номеру 102 или {PH.kz} ({B.i.n}, сестра).`,
);
RU(
  'ru-cross-exam',
  'A=ca.m B=ca.f C=ca.f D=ca.m',
  `Вопрос прокурора: Подсудимый {A.f.n}, вы знакомы с потерпевшей {B.fi.i}?
Ответ: Да, {B.i.n} — дочь моей соседки.
Вопрос прокурора: Вы передавали {B.f.d} деньги на билет?
Ответ: Передавал. Меня попросила {C.i.n} из Шымкента, она говорила, что работа чистая.
Вопрос защитника: Где находился паспорт {B.i.g} после прилёта?
Ответ: Не знаю, его забрал {D.i.n}.`,
);
RU(
  'ru-forensic',
  'A=ca.f B=ca.m',
  `Заключение эксперта № {$n.100-999}. Подэкспертная {A.fio.n}, {A.dob.y} г.р., доставлена {$date.ru0}. Со слов подэкспертной, телесные повреждения ей причинил {B.fi.n} по месту работы — в кафе по адресу {ADR.tr}.`,
);
RU(
  'ru-labour-contract',
  'A=kz.m B=uz.f',
  `ТРУДОВОЙ ДОГОВОР № {$n.10-99}. ТОО «Дала Трэвел» (БИН {$bin}), в лице директора {A.fio.g}, действующего на основании Устава, с одной стороны, и {B.fio.n}, паспорт {PP.uz}, проживающая по адресу: {ADR.uz}, с другой стороны, заключили настоящий договор.`,
);
RU(
  'ru-power-of-attorney',
  'A=kg B=kg',
  `ДОВЕРЕННОСТЬ. Я, {A.fio.n}, {A.dob.ru} года рождения, паспорт {PP.kg}, ПИН {ID.kg.A}, проживающ{A?ая|ий} по адресу: г. {$city.kg}, {ADR.kg}, настоящей доверенностью уполномочиваю {B.fio.a} представлять мои интересы в Генеральном консульстве Кыргызской Республики.`,
);
RU(
  'ru-mother-appeal',
  'A=ca.f B=ca.f C=ca.f',
  `Здравствуйте! Пишу вам из {|Шымкента|Оша|Намангана|Куляба}. Моя дочь {B.i.n}, {B.dob.y} г.р., уехала в Турцию с подругой {C.i.i} и уже два месяца не выходит на связь. Последний раз она звонила с номера {PH.tr}. Её инстаграм — {HN.B}. Помогите, пожалуйста! {A.fi.n}, мама.`,
);
RU(
  'ru-channel-post',
  'A=ca',
  `📢 ВАКАНСИИ В ДУБАЕ! Хостес, официантки, массаж. Оплата {$sum.usd} + чаевые. Виза и билет — за наш счёт. Пишите менеджеру {HN.A} или {A.i.d} в WhatsApp {PH.ae}.`,
);
RU(
  'ru-consular',
  'A=ca.f B=ca',
  `Консульским отделом Посольства выдано свидетельство на возвращение гражданке {A.fio.d}, {A.dob.dmy} г.р. Ранее выданный паспорт № {PP.kz} утрачен. Сопровождающ{B?ая|ий} — {B.fi.n}, сотрудник МОМ.`,
);
RU(
  'ru-border',
  'A=uz.m B=uz.f C=uz.f',
  `При прохождении паспортного контроля на КПП «Жибек Жолы» гражданин Республики Узбекистан {A.fio.n} предъявил паспорт {PP.uz}. В автомобиле Chevrolet Cobalt г/н {PL.uz} также находились {B.fi.n} и {C.fi.n}, не имевшие при себе документов.`,
);
RU(
  'ru-instagram-dm',
  'A=ca.f B=ca.f',
  `Здравствуйте, {A.i.n}! Мы посмотрели ваш профиль {HN.A}, вы нам подходите. Работа в Стамбуле, отель 5*, ваш менеджер — {B.i.n}. Пришлите фото паспорта на {EM.B} или в WhatsApp {PH.tr}.`,
);
RU(
  'ru-aliases',
  'A=ca.f B=ca.f C=ca.f X=ru.f Y=ru.f',
  `В «заведении» девушкам давали другие имена: {A.i.a} называли {X.i.i}, а {B.i.a} — {Y.i.i}. Клиентам их представляла администратор {C.fi.n}.`,
);
RU(
  'ru-bank-statement',
  'A=kz B=kz C=kz',
  `Выписка по счёту {IBAN.kz}. Владелец: {A.fio.n}.
{$date.dmy} — поступление {$sum.kzt} от {B.ifi.g};
{$date.dmy} — перевод на карту {CARD.m.kz} ({C.ifi.n});
{$date.dmy} — снятие наличных, банкомат {$bank}.`,
);
RU(
  'ru-surnames-only',
  'A=ca.f B=ca.f C=ca.f',
  `Доводы {A.f.g} о том, что {B.f.n} и {C.f.n} сами изъявили желание работать в сауне, опровергаются показаниями самих потерпевших. Кроме того, {A.f.n} лично забирала у {B.f.g} заработанные деньги.`,
);
RU(
  'ru-koryo-men',
  'A=ko.m B=ko.m C=ko.f',
  `Свидетель {A.fi.n} показал, что в {$year} году работал вместе с {B.fi.i} на рыбоперерабатывающем заводе в г. {$city.kr}. Документы у всех забирала {C.if.n}, называвшая себя «координатором». Телефон {B.f.g} — {PH.kr}.`,
);
RU(
  'ru-arab-sponsor',
  'A=ar.m B=ca.f C=ar.f',
  `Спонсором визы выступал {A.if.n}, Emirates ID {ID.ae.A}. По словам {B.i.g}, в доме {A.f.g} она работала без выходных, а его супруга {C.i.n} забрала у неё телефон.`,
);
RU(
  'ru-ngo-director-quote',
  'A=ca.f',
  `«Число обращений выросло вдвое, в основном это девушки 18–25 лет», — говорит руководитель {$ngo.ru} {A.if.n}. По её словам, чаще всего вербовщики ищут жертв через Instagram и TikTok.`,
);
RU(
  'ru-diary-roommates',
  'A=ca.f B=uz.f C=kg.f D=tj.f E=ca.f',
  `Со мной в комнате жили {B.i.n} из Андижана, {C.i.n} из Оша и {D.i.n} — самая младшая, ей было семнадцать. Старшей над нами была {E.dim.n}, а ключи от квартиры были только у {F.i.g}.`,
);
RU(
  'ru-summons',
  'A=ca.f',
  `ПОВЕСТКА. {A.fio.d}, проживающей по адресу: г. {$city.kz}, {ADR.kz}. Вам надлежит явиться {$date.ru} к 10:00 в следственное управление по адресу: г. Алматы, пр. Абылай хана (каб. 214) для допроса в качестве потерпевшей.`,
);
RU(
  'ru-contacts',
  'A=ca',
  `Контакт для связи с пострадавш{A?ей|им}: {A.fi.n}, e-mail {EM.A}, Telegram {HN.A}, резервный номер {PH.ru}.`,
);
RU('ru-attendance', 'A=ca B=ca C=ca', `Присутствовали: {A.ini2.n}, {B.ini2.n}, {C.ini.n} (переводчик), {D.ini.n}.`);
RU(
  'ru-turkish-detained',
  'A=tr.m B=tr.f C=ca.f',
  `Задержанные {A.if.n} и {B.if.n} содержали в квартире {$n.3-7} девушек из Центральной Азии. Одна из них, {C.i.n}, рассказала, что {A.f.n} бил её, а {B.i.n} забирала деньги.`,
);

// ================================================================ ENGLISH
EN(
  'en-casenote',
  'A=kg.f B=kg.f',
  `Case note — {$date.en}. Client: {A.l.if} (F), DOB {A.dob.dmy}, Kyrgyz national, passport {PP.kg}. Referred by {$ngo.en}. The client reports that a woman named {B.l.i} recruited her in Osh with an offer of cafe work in Moscow. On arrival, the partner of {B.l.i}, known as "{NICK.l}", took her passport and phone.`,
);
EN(
  'en-journalist-dubai',
  'A=uz.f B=ca.m C=uz.m',
  `"They told me I would be working in a hotel," says {A.l.i}, a {$age}-year-old from {$city.uz}. Instead, a man who called himself {B.l.i} met her at Dubai airport and drove her to an apartment at {ADR.ae}. It took {A.l.i} four months to reach her brother {C.l.i}, who contacted the Uzbek consulate.`,
);
EN(
  'en-verdict-summary',
  'A=kz.f B=kz.f C=kz.f',
  `In {$year}, {$court.en} found {A.l.UF}, born {A.dob.en}, guilty of recruiting two women for sexual exploitation in Turkey and sentenced her to nine years in prison. The victims, {B.l.if} and {C.l.if}, testified that {A.l.f} had paid for their tickets and kept their passports.`,
);
EN(
  'en-qa',
  'A=uz.f B=uz.f C=uz.m',
  `Q: What is your full name?
A: {A.l.fi}.
Q: Date of birth?
A: {A.dob.dmy}.
Q: Who organised the trip?
A: My neighbour {B.l.i} and her husband {C.l.if}. They said the work was in a greenhouse near Ansan.
Q: Do you remember their phone numbers?
A: Only hers: {PH.uz}.`,
);
EN(
  'en-intake-form',
  'A=tj B=tj.f',
  `INTAKE FORM
Name: {A.l.if}
Date of birth: {A.dob.iso}
Nationality: Tajikistan
Passport No.: {PP.tj}
Phone: {PH.tj}
Email: {EM.A}
Address in country of origin: {ADR.tj}, {$city.tj}
Emergency contact: {B.l.if} (mother), {PH.tj}`,
);
EN(
  'en-whatsapp-lower',
  'A=ca.f B=ca.f C=ca.m',
  `[{$time}] {A.l.lo}: {B.l.lo} where are u
[{$time}] {B.l.lo}: at the agency office, {C.l.loi} says we fly on friday
[{$time}] {A.l.lo}: send me his insta
[{$time}] {B.l.lo}: {HN.C}
[{$time}] {A.l.lo}: ok babe be careful`,
);
EN(
  'en-korea-e9',
  'A=ko.m B=kr.m C=kr.f',
  `{A.l.if}, a Koryo-saram from Tashkent, arrived in Korea on an E-9 visa. His employer, {B.l.if}, kept his passport ({PP.uz}) in the office safe, and the manager {C.l.if} deducted "accommodation fees" from his wages. He lived at {ADR.kr}, Danwon-gu, Ansan.`,
);
F('en-list-raid', 'en', 'latn', 'A=uz.f B=kg.f C=tj.f D=uz.f E=kz.f', (d, ctx, R) => {
  R('Victims identified during the raid in {$city.ae} on {$date.en}:\n');
  const n = ri(3, 5);
  const pp = { uz: 'uz', kg: 'kg', tj: 'tj', kz: 'kz' };
  for (let i = 0; i < n; i++) {
    const L = 'ABCDE'[i];
    R(`${i + 1}. {${L}.l.U}, born {${L}.dob.${pick(['dmy', 'en', 'iso'])}}, passport {PP.${pp[person(ctx, L).grp]}}\n`);
  }
});
EN(
  'en-emirati-sponsor',
  'A=ca.f B=ar.m C=ar.f',
  `The sponsor listed on the residence visa of {A.l.if} was {B.l.if}, Emirates ID {ID.ae.B}. She told investigators that {C.l.i}, his wife, locked her in the villa at {ADR.ae} and called her only "the girl".`,
);
EN(
  'en-email-thread',
  'A=ca B=tr C=ca.f D=ca.f E=ca.f',
  `From: {A.l.if} <{EM.A}>
To: {B.l.if} <{EM.B}>
Subject: Re: vacancies in Antalya

Dear {B.l.i},
Three more girls are ready: {C.l.if}, {D.l.if} and {E.l.i}. Their passport copies are attached. Please transfer the deposit to {IBAN.tr}.
Regards, {A.l.i}`,
);
EN(
  'en-academic-winrock',
  'A=en B=ca.f',
  `According to {A.l.if} of Winrock International, who interviewed returnees in Batken in {$year}, most recruiters were relatives or neighbours. One respondent, {B.l.i} (a pseudonym), said her aunt had "sold" her to a sauna owner in Almaty.`,
);
EN(
  'en-turkish-police',
  'A=tr.m B=ca.f',
  `Suspect: {A.l.U} (Turkish national, T.C. ID {ID.tr}), residing at {ADR.tr}, Fatih/Istanbul. Vehicle: {PL.tr}. The victim, {B.l.if}, identified him as the man who collected her passport at the airport.`,
);
EN(
  'en-shelter-log',
  'A=ca.f B=en.f C=ca',
  `Shelter log, {$date.en}: {A.l.i} (17) admitted at 23:40, accompanied by social worker {B.l.if}. Her uncle {C.l.if} called twice from {PH.kz} asking for her; calls not transferred.`,
);
EN(
  'en-success-story',
  'A=tj.f B=tj C=en.f',
  `Meet {A.l.i}. At nineteen she left her village near {$city.tj} after a neighbour, {B.l.if}, promised her a job in a Moscow bakery. Today she runs a sewing workshop, supported by a grant managed by {C.l.if}.`,
);
EN(
  'en-hotline-call',
  'A=ca B=ca.f',
  `Hotline call summary. Caller: {A.l.if}, sibling of the victim. Victim: {B.l.if}, DOB {B.dob.us}, last seen in Sharjah. Victim's phone: {PH.ae}. Caller's phone: {PH.kg}. Action: referred to IOM and the consulate.`,
);
EN(
  'en-iom-form',
  'A=uz',
  `ASSISTED VOLUNTARY RETURN — BENEFICIARY DATA
Surname: {A.l.f}
Given names: {A.l.i}
Sex: {A?F|M}
Date of birth: {A.dob.sl}
Travel document: {PP.uz}
Personal number (PINFL): {ID.uz.A}
Destination address: {ADR.uz}, {$city.uz}`,
);
EN(
  'en-channel-monitoring',
  'A=ca B=ca',
  `Monitoring note: the Telegram account {HN.A} posted 14 "job offers" for Dubai between March and May. The same phone number, {PH.kz}, appears in ads signed by {A.l.i} and by {B.l.if}.`,
);
EN(
  'en-wanted',
  'A=ca.m',
  `WANTED: {A.l.if}, also known as "{NICK.l}", born {A.dob.en}. Suspected of organising the transport of women from {$city.kg} to Dubai. Last known address: {ADR.kz}, Almaty. Vehicle plate {PL.kz}.`,
);
EN(
  'en-remittance',
  'A=ca B=ca',
  `Remittance record: beneficiary {A.l.U}, IBAN {IBAN.ae}, amount {$sum.aed}. Remitter: {B.l.U}, card {CARD.m.kz}. Purpose of payment: "family support".`,
);
EN(
  'en-korean-farm',
  'A=kr.m B=kg.m',
  `Mr {A.l.if}, the owner of the farm in Hwaseong, denied withholding wages. {B.l.if}, a 29-year-old worker from Kyrgyzstan, said he had been paid only twice in eight months and that his alien registration card ({ID.kr.B}) was taken from him.`,
);
EN(
  'en-embassy-letter',
  'A=uz.f',
  `The Embassy of the Republic of Uzbekistan presents its compliments and requests assistance in respect of Ms {A.l.if}, born {A.dob.dmy}, passport {PP.uz}, currently at the shelter in {$city.tr}.`,
);
EN(
  'en-afghan',
  'A=af.m B=af.m C=af.f',
  `{A.l.if}, who fled Herat in {$year}, told us that the smuggler {B.l.if} charged {$sum.usd} per person to reach Dushanbe. His sister {C.l.i} stayed behind.`,
);
EN(
  'en-patronymic-record',
  'A=kz.f B=kg.m C=uz.f',
  `Court record lists the victims as {A.l.pat}, {B.l.pat} and {C.l.pat}. All three were recruited through the same agency in {$city.kz}.`,
);
EN(
  'en-chinese-supervisor',
  'A=cn.m B=ca.f',
  `Workers at the garment factory said the supervisor, {A.l.if}, confiscated their phones. {B.l.i}, who asked that her surname not be published, showed us messages from {HN.A}.`,
);
EN(
  'en-initials',
  'A=ca B=ca C=ca',
  `Interviews were conducted by {A.l.ini2} and {B.l.ini2}; transcripts were checked by {C.l.fini}.`,
);
EN(
  'en-chat-dim',
  'A=uz.f B=ca.m',
  `{A.l.dim}: babe i'm scared, {B.l.i} took my passport
friend: where are you now? send location
{A.l.dim}: {ADR.tr}, Laleli
friend: ok i'm calling {C.l.i} now`,
);
EN(
  'en-ambassador',
  'A=en B=ca.f',
  `U.S. Ambassador {A.l.if} met survivors at the shelter run by {$ngo.en} in Almaty. One of them, {B.l.if}, described being held in a sauna for eleven months.`,
);
EN(
  'en-minibus',
  'A=ca.m B=ca.f',
  `The minibus (plate {PL.kz}) that took the women across the border was registered to {A.l.if}, born {A.dob.y}. His partner, {B.l.if}, handled the bookings from {PH.kz}.`,
);
EN(
  'en-alias-quotes',
  'A=ru.f B=ca.f C=ca',
  `She introduced herself as "{A.l.i}", but her real name is {B.l.if}. Her recruiter, {C.l.if}, had told her to use a Russian name with clients.`,
);
EN(
  'en-ngo-quote-official',
  'A=kz.m B=ca.f',
  `Deputy Interior Minister {A.l.if} said the ministry had opened 46 cases in the first half of the year. Advocates, including {B.l.if} of {$ngo.en}, say the real number is far higher.`,
);

// ================================================================ KAZAKH
KK(
  'kk-court-intro',
  'A=uz.f J=kz S=kz P=kz D=kz',
  `{$court.kk} төрағалық етуші судья {J.n.if}, сот отырысының хатшысы {S.n.if}, мемлекеттік айыптаушы {P.n.if}, қорғаушы адвокат {D.n.if} қатысуымен, {A.dob.y} жылы туған, Өзбекстан Республикасының азаматы {A.n.fio+acc} ҚР ҚК-нің 128-бабы 2-бөлігінің 1-тармағы бойынша айыптау туралы қылмыстық істі ашық сот отырысында қарап, АНЫҚТАДЫ:`,
);
KK(
  'kk-victim-statement',
  'A=kz.f B=kz.f C=kz D=kz.f',
  `Мен, {A.n.fio}, {A.dob.y} жылы туғанмын, {$city.kz} қаласы, {ADR.kz} мекенжайында тұрамын, байланыс телефоным {PH.kz}. {$year} жылдың көктемінде құрбым {B.n.i} мені {C.n.if+dat} таныстырды. {C.n.i} Дубайдағы қонақ үйде жұмыс бар екенін, айына {$sum.usd} төлейтінін айтты. Билетті {C.n.i+gen} әпкесі {D.n.i} сатып алды.`,
);
KK(
  'kk-chat',
  'A=kz.f B=kz.f C=tr.m',
  `[{$time}] {A.n.lo}: {B.n.lo} қалайсың? хабар жоқ қой
[{$time}] {B.n.lo}: жаным, бәрі жақсы, тек паспортты {C.n.i} алып қойды
[{$time}] {A.n.lo}: не?? {C.n.i+dat} айт, қайтарсын
[{$time}] {B.n.lo}: айттым, қарызыңды өте деді. нөмірі {PH.tr}
[{$time}] {A.n.lo}: мамаңа айтайын ба?`,
);
KK(
  'kk-news-police',
  'A=kz B=kz.f',
  `{|Түркістан|Алматы|Жамбыл|Қызылорда} облысы полиция департаменті адам саудасы дерегі бойынша қылмыстық іс қозғады. Полицияның мәліметінше, {A.dob.y} жылы туған {A.n.if} ауыл тұрғыны {B.n.if+acc} Түркияға жұмысқа орналастырамын деп алдаған. {B.n.i} Анталияда үш ай бойы жалақысыз жұмыс істеген. Күдіктінің {PL.kz} мемлекеттік нөмірлі көлігі тәркіленді.`,
);
KK(
  'kk-qa',
  'A=kz.f B=kz.f',
  `Сұрақ: Аты-жөніңізді айтыңызшы.
Жауап: {A.n.pat}.
Сұрақ: Туған күніңіз?
Жауап: {A.dob.dmy}.
Сұрақ: Сізді шетелге кім шақырды?
Жауап: {B.n.i} апай. Ол Стамбұлда тұрады, телефоны {PH.tr}.
Сұрақ: {B.n.i+gen} тегін білесіз бе?
Жауап: {B.n.f} болуы керек, нақты білмеймін.`,
);
KK(
  'kk-ngo-note',
  'A=kz.f B=kz.m C=kz',
  `Клиент: {A.n.if}, {A.dob.y} ж.т., ЖСН {ID.kz.A}. Байланыс: {PH.kz}, {EM.A}. Жағдайы: күйеуінің туысы {B.n.if} оны Ресейге алып кетіп, құжаттарын тартып алған. Клиентті дағдарыс орталығына әлеуметтік қызметкер {C.n.ini} қабылдады.`,
);
F('kk-list', 'kk', 'cyrl', 'A=kz.f B=kz.f C=kz.f D=kz.f E=kz.f', (d, ctx, R) => {
  R('Жәбірленушілер тізімі:\n');
  const n = ri(3, 5);
  for (let i = 0; i < n; i++) {
    const L = 'ABCDE'[i];
    R(`${i + 1}) {${L}.n.fio}, туған күні {${L}.dob.dmy}, ЖСН {ID.kz.${L}}\n`);
  }
});
KK(
  'kk-mother-appeal',
  'A=kz.f B=kz.f C=kz.f',
  `Құрметті полиция қызметкерлері! Менің қызым {B.n.if}, туған күні {B.dob.dmy}, {$date.kk} күні құрбысы {C.n.i} екеуі Алматыға кетті. Содан бері хабарсыз. Соңғы рет {B.n.i} маған {PH.kz} нөмірінен қоңырау шалды. Оның Instagram парақшасы: {HN.B}. Өтінемін, көмектесіңіздер. Анасы — {A.n.fio}.`,
);
KK(
  'kk-endings',
  'B=kz.f C=kz.m',
  `Мен {B.n.i+dat} бірнеше рет ескерттім: {C.n.i+dat} сенбе деп. Бірақ ол {C.n.i+acc} жақсы адам деп ойлады. Кейін {C.n.i+abl} хабар болмай қалды, ал {B.n.i+gen} паспорты сол жақта қалды.`,
);
KK(
  'kk-sentence',
  'A=kz.f B=kz.f',
  `Сот ҮКІМ ЕТТІ: {A.n.fio+acc} ҚР ҚК-нің 128-бабы 2-бөлігінің 1-тармағында көзделген қылмыс жасауға кінәлі деп танып, оған 7 жыл бас бостандығынан айыру жазасы тағайындалсын. Жәбірленуші {B.n.fi} пайдасына {$sum.kzt} моральдық зиян өндірілсін.`,
);
KK(
  'kk-wanted',
  'A=kz.f B=kz.f',
  `ІЗДЕУДЕ! {A.n.fio}, туған күні {A.dob.dmy}, {$date.kk} күні үйінен шығып кеткен. Бойы 160 см, қара шашты. Көрген адамдар 102 немесе {PH.kz} ({B.n.i}, әпкесі) нөміріне хабарласыңыздар.`,
);
KK(
  'kk-instagram-ad',
  'A=kz.f',
  `Түркияға жұмысқа 18–30 жас аралығындағы қыздар керек! Айлығы {$sum.usd}, тұру тегін. Толық ақпарат директке немесе WhatsApp: {PH.kz} ({A.n.i} апай). Инстаграм: {HN.A}`,
);
KK(
  'kk-genitive-phone',
  'A=kz B=kz.f C=kz.f D=tr.m',
  `Тергеу барысында {A.n.i+gen} телефонынан {B.n.if} мен {C.n.if} есімді қыздардың паспорт көшірмелері табылды. {A.n.f} бұл құжаттарды Стамбұлдағы {D.n.i+dat} жіберген.`,
);
KK(
  'kk-ablative-loan',
  'A=kz',
  `Мен {A.n.if+abl} {$sum.kzt} қарызға алдым, ол ақшаны Kaspi картама {CARD.kz} аударды. Кейін {A.n.i} қарызды Дубайда жұмыс істеп өтейсің деді.`,
);
KK(
  'kk-victim-card',
  'A=kz.f',
  `Жәбірленуші: {A.n.fio}, ЖСН {ID.kz.A}, тіркелген мекенжайы: {$city.kz} қ., {ADR.kz}. Нақты тұратын жері: {ADR.kz}. Ұялы телефоны: {PH.kz}.`,
);
KK(
  'kk-border',
  'A=kz B=kz',
  `Шекара қызметінің мәліметі бойынша, {A.n.if} (паспорт нөмірі {PP.kz}, ЖСН {ID.kz.A}) {$date.kk} күні «Қорғас» өткізу пунктінен шыққан. Онымен бірге {B.n.if} болған.`,
);
KK(
  'kk-kaspi',
  'A=kz B=kz.f',
  `Kaspi аударымы: {$sum.kzt}, алушы {A.n.ifi}, карта {CARD.m.kz}. Хабарлама: «{B.n.i} үшін билет».`,
);
KK(
  'kk-codeswitch',
  'A=kz.f B=kz.f C=kz.f D=kz',
  `{A.n.lo}: привет, қайдасың? {B.n.i} звонила, сені іздеп жатыр
{C.n.lo}: Алматыдамын, ертең {D.n.i+dat} барамын
{A.n.lo}: абай бол, ол «{NICK.n}» деген адаммен жүр дейді`,
);
KK(
  'kk-koryo',
  'A=ko.f B=kz.f',
  `Корей ұлтының өкілі {A.n.fio} Оңтүстік Кореяға С-3 визасымен барып, зауытта жұмыс істеген. Ол {B.n.i+dat} сол жақтан {PH.kr} нөмірінен хабарласқан.`,
);
KK(
  'kk-accusative-many',
  'A=kz.f B=kz.f C=kz.m',
  `Куә {A.n.fio} сотта {B.n.i+acc} 2015 жылдан бері білетінін айтты. Оның айтуынша, {B.n.i} мен {C.n.i} ауылдағы қыздарды Қытайдағы фабрикаға жіберген.`,
);
KKL(
  'kk-latn-chat',
  'A=kz.f B=kz.f C=tr.m D=kz.f',
  `{A.n.lo}: {B.n.lo} qaidasyn? mamany uaiymdatpa
{B.n.lo}: stambuldamyn, {C.n.i} pasportymdy alyp qoidy
{A.n.lo}: nomerin jiber
{B.n.lo}: {PH.tr}
{A.n.lo}: jaqsy, {D.n.i} apaiga aitamyn`,
);
KKL(
  'kk-latn-news',
  'A=kz B=kz.f C=kz.f',
  `Almaty qalasynyn polisiasy adam saudasyna qatysty is qozgady. Kudikti {A.n.if}, {A.dob.y} jyly tugan, eki qyzdy — {B.n.if} jane {C.n.if} — Dubaiga jumysqa ornalastyramyn dep aldagan.`,
);
KKL(
  'kk-latn-ad',
  'A=kz',
  `Qyzdar, Koreyaga jumys bar! Zauytta, aiyna {$sum.usd}. Khabarlasyndar: {PH.kz}, {A.n.i}. Telegram: {HN.A}`,
);
KKL(
  'kk-latn-dm',
  'A=kz.f B=kz.f',
  `Salem {A.n.i}! Sizdin rezumenizdi kordik. Dubaidagy salonga administrator kerek. Pasportynyzdyn fotosyn {EM.B} poshtasyna jiberiniz. Hormetpen, {B.n.if}.`,
);
KKL('kk-latn-address', 'A=kz.f', `{A.n.if}, tugan kuni {A.dob.dmy}, mekenjaiy: {ADR.kz}, Shymkent. Tel: {PH.kz}`);

// ================================================================ KYRGYZ
KY(
  'ky-court-intro',
  'A=kg J=kg S=kg P=kg D=kg',
  `{$court.ky} төрагалык кылуучу судья {J.n.if}, катчы {S.n.if}, мамлекеттик айыптоочу {P.n.if} жана жактоочу {D.n.if} катышуусунда, {A.dob.y}-жылы туулган, Кыргыз Республикасынын жараны {A.n.fio} тарабынан КЖК-нын 171-беренесинин 2-бөлүгү менен каралган кылмыш жасалгандыгы тууралуу кылмыш ишин ачык сот отурумунда карап чыгып, ТАПТЫ:`,
);
KY(
  'ky-victim',
  'A=kg.f B=kg.f C=kg.m D=ca.m',
  `Мен, {A.n.pat}, {A.dob.y}-жылы {$village.kg} айылында туулгам. {$year}-жылы кошунабыз {B.n.i} мага Москвада кафеде иш бар экенин айтты. Ал мени {C.n.if+dat} тааныштырды. {C.n.i} билетти алып берип, паспортумду «каттоо үчүн» алып койду. Москвада бизди {D.n.i} деген киши тосуп алды.`,
);
KY(
  'ky-chat',
  'A=kg.f B=kg.f C=ca.m D=kg.m',
  `[{$time}] {A.n.lo}: {B.n.lo} кайдасың?? апам сени издеп жатат, {PH.kg} номерине чал
[{$time}] {B.n.lo}: Дубайдамын, {C.n.i} паспортту алып койду
[{$time}] {A.n.lo}: {C.n.i+gen} номерин жибер
[{$time}] {B.n.lo}: {PH.ae}
[{$time}] {A.n.lo}: макул, {D.n.i} байкеге айтам`,
);
KY(
  'ky-news',
  'A=kg B=kg.f C=kg.f',
  `Ички иштер министрлигинин маалыматы боюнча, {$city.kg} шаарында адам сатуу фактысы боюнча {A.dob.y}-жылы туулган {A.n.if} кармалды. Ал {B.n.if+acc} жана {C.n.if+acc} Түркияга {$sum.usd} сатып жиберген деп шектелүүдө.`,
);
KY(
  'ky-qa',
  'A=kg.f B=kg.f',
  `Суроо: Аты-жөнүңүз?
Жооп: {A.n.fio}.
Суроо: Туулган күнүңүз?
Жооп: {A.dob.dmy}.
Суроо: Сизди ким чакырды?
Жооп: {B.n.i} эже. Ал Стамбулда турат, телефону {PH.tr}.
Суроо: {B.n.i+gen} фамилиясын билесизби?
Жооп: {B.n.f} окшойт.`,
);
F('ky-list', 'ky', 'cyrl', 'A=kg.f B=kg.f C=kg.f D=kg.f E=kg.f', (d, ctx, R) => {
  R('Бошотулган жарандардын тизмеси:\n');
  const n = ri(3, 5);
  for (let i = 0; i < n; i++) {
    const L = 'ABCDE'[i];
    R(`${i + 1}. {${L}.n.fio} — {${L}.dob.dmy}, паспорт {PP.kg}, тел. {PH.kg}\n`);
  }
});
KY(
  'ky-mother-appeal',
  'A=kg.f B=kg.f C=kg.f',
  `Урматтуу милиция кызматкерлери! Менин кызым {B.n.if}, {B.dob.dmy} туулган, {$date.ky} курбусу {C.n.i} менен Бишкекке кеткен. Ошондон бери кабар жок. Акыркы жолу {PH.kg} номеринен чалды. Жардам бериңиздерчи. Апасы — {A.n.fio}, дарегибиз: {$city.kg} шаары, {ADR.kg}.`,
);
KY(
  'ky-victim-card',
  'A=kg',
  `Жабырлануучу: {A.n.fio}, ПИН {ID.kg.A}, паспорт {PP.kg}, туулган күнү: {A.dob.ky}. Дареги: {$city.kg} ш., {ADR.kg}. Тел.: {PH.kg}.`,
);
KY(
  'ky-endings',
  'B=kg.f C=kg.m',
  `Мен {B.n.i+dat} ал кишиге ишенбе дедим. Бирок ал {C.n.i+acc} жакшы адам деп ойлоду. Кийин {C.n.i+abl} кабар болбой калды, {B.n.i+gen} паспорту ошол жакта калды.`,
);
KY(
  'ky-plate',
  'A=kg.m B=kg.f C=kg.f',
  `Баткен облусунун ИИББ кызматкерлери {PL.kg} мамлекеттик номериндеги «Honda Fit» автоунаасын токтотушту. Унаада {B.n.if}, {C.n.if} жана айдоочу {A.n.if} болгон. Кыздардын паспорттору {A.n.i+dat} таандык сумкадан табылды.`,
);
KY(
  'ky-ngo',
  'A=kg.f B=kg C=kg',
  `«Тайгак» коомдук бирикмесине кайрылган {A.n.i} ({$age} жашта) Казакстандагы тамеки плантациясында эки жыл акысыз иштегенин айтты. Аны ошол жакка {B.n.if} алып барган. Кейс боюнча социалдык кызматкер {C.n.ini} иштейт.`,
);
KY(
  'ky-ad',
  'A=kg.f',
  `Кыздар, Дубайда сулуулук салонуна иш бар! Айлык {$sum.usd}, жатакана бекер. WhatsApp: {PH.kg}, {A.n.i} эже. Инстаграм: {HN.A}`,
);
KY(
  'ky-migrant-male',
  'A=kg.m B=ca.m C=kg.m',
  `Мен {A.n.if}, Ноокат районунанмын. {$year}-жылы Екатеринбургда курулушта иштедим. Бригадир {B.n.i} (фамилиясын билбейм) паспорттордун баарын жыйнап алды. Үч ай акча төлөбөдү. Агам {C.n.i+dat} {PH.kg} номерине чалдым.`,
);
KY(
  'ky-genitive',
  'A=kg B=kg.f C=kg.f D=tr.m',
  `Тергөөнүн маалыматы боюнча, {A.n.i+gen} телефонунан {B.n.if} менен {C.n.if} деген кыздардын паспорт көчүрмөлөрү табылды. {A.n.f} бул сүрөттөрдү Стамбулдагы {D.n.i+dat} жөнөткөн.`,
);
KY(
  'ky-osh-bazaar',
  'A=kg.f B=kg.f',
  `Ош базарында соода кылган {A.n.i} эже {B.n.i+dat} Казакстанда жумуш таап берем деп убада кылган. Кийин {B.n.i} Шымкенттеги {ADR.kz} дарегиндеги үйдө камалып калган.`,
);
KY(
  'ky-uulu',
  'A=kg.m B=kg C=kg.f D=kg.f',
  `Айыпталуучулар: {A.n.pat} ({A.dob.y}-ж.т.) жана {B.n.pat} ({B.dob.y}-ж.т.). Жабырлануучулар: {C.n.pat}, {D.n.pat}.`,
);
KY(
  'ky-korea',
  'A=kg.m B=kr.m',
  `{A.n.if} Түштүк Кореяга E-9 визасы менен барып, Ансан шаарындагы заводго орношкон. Жумуш берүүчү {B.n.if} анын паспортун сейфке салып койгон. {A.n.i} {$date.ky} элчиликке кайрылды.`,
);
KY(
  'ky-codeswitch',
  'A=kg.f B=kg.f C=kg.f D=kg',
  `{A.n.lo}: салам, кайдасың? {B.n.i} звонила, сени издеп жатат
{C.n.lo}: я в Бишкеке, эртең {D.n.i+dat} барам
{A.n.lo}: этият бол, ал {E.n.i} деген кыз менен жүрөт дейт`,
);
KY(
  'ky-email-card',
  'A=kg B=kg.f',
  `Кайрылуучу: {A.n.if}, эл. почта {EM.A}. Ал {B.n.i+gen} атындагы {CARD.kg} картасына {$sum.kgs} которгонун айтты.`,
);

// ================================================================ UZBEK (Latin)
UZ(
  'uz-court-intro',
  'A=uz.f J=uz S=uz P=uz D=uz',
  `{$court.uz} raislik qiluvchi sudya {J.n.ini}, sud majlisi kotibi {S.n.if}, davlat ayblovchisi {P.n.if}, himoyachi {D.n.if} ishtirokida, {A.dob.y} yilda tug'ilgan, JShShIR {ID.uz.A}, {$city.uz} shahri, {ADR.uz} manzilida yashovchi {A.n.fio+dat} nisbatan O'zbekiston Respublikasi JKning 135-moddasi 2-qismi "a" bandi bilan ayblangan jinoyat ishini ochiq sud majlisida ko'rib chiqib, ANIQLADI:`,
);
UZ(
  'uz-victim',
  'A=uz.f B=uz.f C=uz.m',
  `Men, {A.n.pat}, {A.dob.y} yilda tug'ilganman. {$year} yilning bahorida qo'shnimiz {B.n.i} opa menga Dubaydagi mehmonxonada ish borligini aytdi. U meni {C.n.if+dat} tanishtirdi. {C.n.i} aviabiletni olib berdi va pasportimni «ro'yxatdan o'tkazish uchun» olib qo'ydi.`,
);
UZ(
  'uz-chat',
  'A=uz.f B=uz.f C=tr.m D=uz.m',
  `[{$time}] {A.n.lo}: {B.n.lo} qayerdasan? onang xavotirda
[{$time}] {B.n.lo}: Istanbuldaman, {C.n.i} pasportimni oldi
[{$time}] {A.n.lo}: {C.n.i+gen} raqamini tashla
[{$time}] {B.n.lo}: {PH.tr}
[{$time}] {A.n.lo}: xo'p, {D.n.i} akaga aytaman`,
);
UZ(
  'uz-news',
  'A=uz B=uz.f C=uz.f',
  `Ichki ishlar organlari xodimlari tomonidan {A.dob.y} yilda tug'ilgan {A.n.if} ushlandi. Tergov ma'lumotlariga ko'ra, u {B.n.if+acc} va {C.n.if+acc} Qozog'istonga ishga joylashtirish bahonasida {$sum.usd} evaziga sotib yuborgan.`,
);
UZ(
  'uz-qa',
  'A=uz.f B=uz.f',
  `Savol: Ismi-sharifingiz?
Javob: {A.n.fio}.
Savol: Tug'ilgan sanangiz?
Javob: {A.dob.dmy}.
Savol: Sizni kim chaqirdi?
Javob: {B.n.i} opa. U Dubayda yashaydi, telefoni {PH.ae}.
Savol: {B.n.i+gen} familiyasini bilasizmi?
Javob: {B.n.f} bo'lsa kerak.`,
);
F('uz-list', 'uz', 'latn', 'A=uz.f B=uz.f C=uz.f D=uz.f E=uz.f F=uz.f', (d, ctx, R) => {
  R("Qaytarilgan fuqarolar ro'yxati:\n");
  const n = ri(3, 6);
  for (let i = 0; i < n; i++) {
    const L = 'ABCDEF'[i];
    R(`${i + 1}. {${L}.n.fio}, {${L}.dob.dmy} y.t., pasport {PP.uz}\n`);
  }
});
UZ(
  'uz-mother-appeal',
  'A=uz.f B=uz.f C=uz.f',
  `Hurmatli ichki ishlar xodimlari! Qizim {B.n.if} (tug'ilgan sanasi {B.dob.dmy}) {$date.uz} kuni dugonasi {C.n.i} bilan Toshkentga ketgan. Shundan beri xabar yo'q. Oxirgi marta {PH.uz} raqamidan qo'ng'iroq qildi. Onasi — {A.n.fio}, manzilimiz: {$city.uz} shahri, {ADR.uz}.`,
);
UZ(
  'uz-victim-card',
  'A=uz.f',
  `Jabrlanuvchi: {A.n.fio}
Tug'ilgan sana: {A.dob.uz}
Pasport: {PP.uz}
JShShIR: {ID.uz.A}
Manzil: {$city.uz} sh., {ADR.uz}
Tel.: {PH.uz}`,
);
UZ(
  'uz-endings',
  'B=uz.f C=uz.m',
  `Men {B.n.i+dat} bu odamga ishonma dedim. Lekin u {C.n.i+acc} yaxshi odam deb o'yladi. Keyin {C.n.i+abl} xabar bo'lmadi, {B.n.i+gen} pasporti o'sha yerda qoldi.`,
);
UZ(
  'uz-mahalla',
  'A=uz B=uz C=uz.m',
  `{$mahalla} mahallasi raisi {A.n.if} ma'lumotiga ko'ra, mahalla fuqarosi {B.n.if} ({ADR.uz}) 2022 yildan beri Rossiyada bedarak yo'qolgan. Uning akasi {C.n.i} {PH.ru} raqami orqali bog'lanishga uringan.`,
);
UZ(
  'uz-ad',
  'A=uz.f',
  `DIQQAT! Turkiyaga ishga qizlar kerak. Oylik {$sum.usd}, yotoqxona bepul. Bog'lanish: {PH.uz} ({A.n.i} opa), Telegram: {HN.A}`,
);
UZ(
  'uz-migrant-male',
  'A=uz.m B=ca.m C=uz.m',
  `Men {A.n.if}, Samarqand viloyatidanman. {$year} yilda Moskva viloyatidagi qurilishda ishladim. Brigadir {B.n.i} hammamizning pasportlarimizni yig'ib oldi. To'rt oy maosh bermadi. Akam {C.n.i+dat} qo'ng'iroq qildim, u elchixonaga murojaat qildi.`,
);
UZ(
  'uz-ogli-qizi',
  'A=uz.m B=uz C=uz.f D=uz.f E=uz.f',
  `Ayblanuvchilar: {A.n.pat} ({A.dob.y} y.t.) va {B.n.pat} ({B.dob.y} y.t.). Jabrlanuvchilar: {C.n.pat}, {D.n.pat} va {E.n.pat}.`,
);
UZ(
  'uz-cards',
  'A=uz B=uz',
  `Tergov davomida aniqlanishicha, {A.n.if} jabrlanuvchilarning qarindoshlaridan pullarni {CARD.uz} raqamli kartaga va {B.n.if} nomidagi {CARD.uz} kartaga o'tkazishni talab qilgan.`,
);
UZ(
  'uz-plate',
  'A=uz.m B=uz.f C=uz.f',
  `{PL.uz} davlat raqamli «Cobalt» avtomashinasida {B.n.if} va {C.n.if} chegaraga olib borilgan. Haydovchi {A.n.if} ekanligi aniqlandi.`,
);
UZ(
  'uz-korea',
  'A=uz.m B=kr.m',
  `{A.n.if} Janubiy Koreyaga E-9 vizasi bilan borib, Hwaseong shahridagi zavodga ishga kirdi. Ish beruvchi {B.n.if} uning pasportini seyfga solib qo'ydi. {A.n.i} {$date.uz} kuni elchixonaga murojaat qildi.`,
);
UZ(
  'uz-turkey',
  'A=uz.f B=tr.m C=uz.f',
  `Antalyadagi otelda ishlagan {A.n.i} ({$age} yosh) aytishicha, otel egasi {B.n.if} ularga maosh to'lamagan. {A.n.i+gen} dugonasi {C.n.i} ham shu yerda ishlagan. Ular {ADR.tr} manzilidagi uyda yashagan.`,
);
UZ(
  'uz-email-handle',
  'A=uz B=uz',
  `Murojaat: {A.n.if}, e-pochta: {EM.A}, Instagram: {HN.A}. Vositachi: {B.n.if}, tel. {PH.uz}.`,
);
UZ(
  'uz-chat-dim',
  'A=uz.f B=uz.f C=ca.m',
  `{A.n.lo}: {B.n.lo} jonim, qalaysan?
{B.n.lo}: yomon, {C.n.i} aka ishxonadan chiqarmayapti
{A.n.lo}: nomerini yoz
{B.n.lo}: {PH.ae}`,
);
UZ(
  'uz-witness-genitive',
  'A=uz B=uz C=uz.f D=uz.f E=ar.m',
  `Guvoh {A.n.if} sudda ko'rsatma berishicha, {B.n.i+gen} telefonida {C.n.i+gen} va {D.n.i+gen} pasport nusxalari saqlangan. {B.n.f} bu rasmlarni Dubaydagi {E.n.i+dat} yuborgan.`,
);
UZ(
  'uz-word-names',
  'A=uz.fw B=uz.fw C=uz.mw',
  `Sauna egasi qizlarga boshqa ismlar qo'ygan edi. {A.n.i} va {B.n.i} ham shu yerda ishlagan, ularni {C.n.i} ismli yigit kuzatib turardi.`,
);

// ================================================================ UZBEK (Cyrillic)
UZC(
  'uzc-court',
  'A=uz.f J=uz S=uz',
  `{$court.uzc} раислик қилувчи судья {J.n.ini}, суд мажлиси котиби {S.n.if} иштирокида, {A.dob.y} йилда туғилган, {$city.uz} шаҳри, {ADR.uz} манзилида яшовчи {A.n.fio+dat} нисбатан Ўзбекистон Республикаси ЖКнинг 135-моддаси билан айбланган жиноят ишини кўриб чиқди.`,
);
UZC(
  'uzc-victim',
  'A=uz.f B=uz.f C=uz.m',
  `Мен, {A.n.pat}, {A.dob.y} йилда туғилганман. {$year} йилда қўшнимиз {B.n.i} опа менга Туркияда иш борлигини айтди. У мени {C.n.if+dat} таништирди. {C.n.i} паспортимни олиб қўйди.`,
);
UZC(
  'uzc-news',
  'A=uz B=uz.f',
  `Ички ишлар органлари ходимлари томонидан {A.dob.y} йилда туғилган {A.n.if} ушланди. У {B.n.if+acc} Қозоғистонга {$sum.usd} эвазига сотиб юборганликда гумонланмоқда.`,
);
UZC(
  'uzc-chat',
  'A=uz.f B=uz.f C=ca.m',
  `{A.n.lo}: {B.n.lo} қаердасан? онанг хавотирда
{B.n.lo}: Дубайдаман, {C.n.i} паспортимни олди
{A.n.lo}: {C.n.i+gen} рақамини ташла
{B.n.lo}: {PH.ae}`,
);
UZC(
  'uzc-mahalla',
  'A=uz B=uz C=uz.f',
  `{$mahalla} маҳалласи раиси {A.n.if} маълумотига кўра, маҳалла фуқароси {B.n.if} ({ADR.uz}) Россияда бедарак йўқолган. Унинг опаси {C.n.i} {PH.uz} рақами орқали мурожаат қилди.`,
);
F('uzc-list', 'uz', 'cyrl', 'A=uz.f B=uz.f C=uz.f D=uz.f', (d, ctx, R) => {
  R('Жабрланувчилар рўйхати:\n');
  const n = ri(3, 4);
  for (let i = 0; i < n; i++) {
    const L = 'ABCD'[i];
    R(`${i + 1}. {${L}.n.fio}, туғилган санаси {${L}.dob.dmy}, ЖШШИР {ID.uz.${L}}\n`);
  }
});

// ================================================================ TAJIK
TG(
  'tg-court',
  'A=tj J=tj S=tj P=tj D=tj',
  `{$court.tg} дар ҳайати раисикунанда {J.n.if}, котиби ҷаласа {S.n.if}, бо иштироки прокурор {P.n.if} ва ҳимоятгар {D.n.if}, парвандаи ҷиноятиро нисбат ба {A.n.fio}, соли {A.dob.y} таваллуд, сокини шаҳри {$city.tj}, {ADR.tj}, ки бо қисми 2 моддаи 130.1 КҶ ҶТ айбдор дониста мешавад, баррасӣ намуда, МУҚАРРАР НАМУД:`,
);
TG(
  'tg-victim',
  'A=tj.f B=tj.f C=tj.m',
  `Ман, {A.n.if}, соли {A.dob.y} дар шаҳри {$city.tj} таваллуд шудаам. Соли {$year} ҳамсояи мо {B.n.i} ба ман гуфт, ки дар Дубай кори хуб ҳаст. Вай маро бо {C.n.if} шинос кард. {C.n.i} шиносномаи маро гирифт ва гуфт, ки барои бақайдгирӣ лозим аст.`,
);
TG(
  'tg-chat',
  'A=tj.f B=tj.f C=tj.m',
  `{A.n.lo}: {B.n.lo} куҷоӣ? модарат хавотир аст
{B.n.lo}: дар Маскав, {C.n.i} паспортамро гирифт
{A.n.lo}: рақами {C.n.i+acc} фирист
{B.n.lo}: {PH.ru}`,
);
TG(
  'tg-news',
  'A=tj B=tj.f',
  `Кормандони ВКД сокини шаҳри {$city.tj} {A.n.if+acc} боздошт карданд. Ӯ соли {A.dob.y} таваллуд шудааст ва тибқи маълумоти тафтишот {B.n.if+acc} ба кор дар Дубай ваъда дода, ба {$sum.usd} фурӯхтааст.`,
);
TG(
  'tg-qa',
  'A=tj.f B=tj.f',
  `Савол: Ному насаби шумо?
Ҷавоб: {A.n.fio}.
Савол: Санаи таваллуд?
Ҷавоб: {A.dob.dmy}.
Савол: Шуморо кӣ даъват кард?
Ҷавоб: {B.n.i}, ӯ дар Истамбул зиндагӣ мекунад, телефонаш {PH.tr}.
Савол: Насаби ӯро медонед?
Ҷавоб: {B.n.f}, ба гумонам.`,
);
F('tg-list', 'tg', 'cyrl', 'A=tj.f B=tj.f C=tj.f D=tj.f E=tj.f', (d, ctx, R) => {
  R('Рӯйхати шаҳрвандони ба ватан баргардонидашуда:\n');
  const n = ri(3, 5);
  for (let i = 0; i < n; i++) {
    const L = 'ABCDE'[i];
    R(`${i + 1}. {${L}.n.fio}, {${L}.dob.dmy}, шиноснома {PP.tj}\n`);
  }
});
TG(
  'tg-mother',
  'A=tj.f B=tj.f C=tj.f',
  `Духтарам {B.n.if}, санаи таваллуд {B.dob.dmy}, {$date.tg} бо дугонааш {C.n.i} ба Маскав рафт ва аз он вақт хабаре нест. Охирин бор аз рақами {PH.ru} занг зад. Модараш — {A.n.fio}, суроға: шаҳри {$city.tj}, {ADR.tj}, тел. {PH.tj}.`,
);
TG(
  'tg-victim-card',
  'A=tj',
  `Ҷабрдида: {A.n.fio}
Санаи таваллуд: {A.dob.tg}
Шиноснома: {PP.tj}
Суроға: {$city.tj}, {ADR.tj}
Телефон: {PH.tj}`,
);
TG(
  'tg-accusative',
  'B=tj.f C=tj.m D=ca.m',
  `Ман {C.n.i+acc} бори аввал дар фурудгоҳ дидам. Баъд {D.n.i} моро ба хонае дар {ADR.ae} бурд. {B.n.i+acc} рӯзи дигар ба ҷои дигар бурданд.`,
);
TG(
  'tg-migrant-male',
  'A=tj.m B=ca.m C=tj.m',
  `Ман {A.n.if} аз ноҳияи Восеъ ҳастам. Соли {$year} дар Маскав дар сохтмон кор кардам. Бригадир {B.n.i} шиносномаҳои ҳамаро гирифт. Чор моҳ музд надод. Ба бародарам {C.n.i} ба рақами {PH.tj} занг задам.`,
);
TG(
  'tg-dubai',
  'A=tj.f B=ar.f C=tj D=tj',
  `{A.n.i} ({$age} сола) мегӯяд, ки дар Дубай зане бо номи {B.n.i} ӯро дар хонае дар {ADR.ae} нигоҳ медошт. Ба шарофати хоҳараш {C.n.if} ва консули Тоҷикистон {D.n.ini} ӯ ба ватан баргашт.`,
);
TG(
  'tg-ad',
  'A=tj',
  `Ба Туркия духтарон барои кор дар меҳмонхона лозиманд! Маош {$sum.usd}. Тамос: {PH.tj} ({A.n.i}), Telegram: {HN.A}`,
);
TG(
  'tg-ngo',
  'A=tj.f B=tj.m C=ca D=tj',
  `Ба паноҳгоҳи ташкилоти ҷамъиятӣ {A.n.if} ({$age} сола) муроҷиат кард. Ӯро шавҳари собиқаш {B.n.if} ба Русия бурда, ба {C.n.if} фурӯхта будааст. Мутахассиси иҷтимоӣ: {D.n.ini}.`,
);
TG(
  'tg-afghan',
  'A=af.m B=af C=af.m',
  `Шаҳрвандони Афғонистон {A.n.if} ва {B.n.if} дар марз боздошт шуданд. Ба гуфтаи онҳо, роҳбаладашон {C.n.if} буд, ки аз ҳар кас {$sum.usd} гирифтааст.`,
);
TG(
  'tg-witness',
  'A=tj B=tj C=tj.f D=tj.f',
  `Шоҳид {A.n.fio} дар суд нишон дод, ки {B.n.if+acc} аз соли {$year} мешиносад. Ба гуфтаи ӯ, {B.n.i} ба {C.n.i} ва {D.n.i} дар Туркия кор ваъда дода буд.`,
);
TG(
  'tg-chat-dim',
  'A=tj.f B=tj.f C=ca.m',
  `{A.n.lo}: {B.n.lo} ҷонам, чӣ хел?
{B.n.lo}: бад, {C.n.i} намемонад, ки берун бароем
{A.n.lo}: рақамашро навис
{B.n.lo}: {PH.ae}`,
);
TG(
  'tg-card-passport',
  'A=tj B=tj',
  `Пул ба корти {CARD.tj}, ки ба номи {A.n.fio} аст, гузаронида шуд. Шиносномаи {B.n.if} ({PP.tj}) дар хонаи {A.n.f} ёфт шуд.`,
);

// ================================================================ TURKISH
TR(
  'tr-indictment',
  'A=tr.m B=uz.f',
  `{$court.tr}ne sunulan iddianameye göre şüpheli {A.n.if} (T.C. Kimlik No: {ID.tr}), {$year} yılında Özbekistan uyruklu {B.n.if+acc} otelde iş vaadiyle Türkiye'ye getirmiş ve pasaportuna el koymuştur. Mağdure {B.n.i}, {ADR.tr} adresindeki evde tutulduğunu beyan etmiştir.`,
);
TR(
  'tr-statement',
  'A=kg.f',
  `İFADE TUTANAĞI
Adı Soyadı: {A.n.if}
Baba Adı: {A.n.father}
Ana Adı: {A.n.mother}
Doğum Tarihi: {A.dob.dmy}
Uyruğu: Kırgızistan
Pasaport No: {PP.kg}
Yabancı Kimlik No: {ID.trf}
Adres: {ADR.tr} {|Fatih|Esenyurt|Zeytinburnu}/İstanbul
Telefon: {PH.tr}`,
);
TR(
  'tr-chat',
  'A=ca.f B=ca.f C=tr.m',
  `[{$time}] {A.n.lo}: {B.n.lo} canım neredesin?
[{$time}] {B.n.lo}: otelde, {C.n.i} bey pasaportları vermiyor
[{$time}] {A.n.lo}: {C.n.i+gen} numarasını at bana
[{$time}] {B.n.lo}: {PH.tr}`,
);
TR(
  'tr-news',
  'A=tr.m B=tr C=tm.f',
  `Antalya'da insan ticareti operasyonu: Emniyet ekipleri, Türkmenistan uyruklu {$n.3-9} kadını çalıştıran {A.n.if} ({$age}) ile yardımcısı {B.n.if+acc} gözaltına aldı. Kadınlardan {C.n.i}, pasaportunun {A.n.i} tarafından alındığını söyledi.`,
);
TR(
  'tr-qa',
  'B=uz.f C=tr.m D=tr.f',
  `Soru: Türkiye'ye nasıl geldiniz?
Cevap: Kuzenim {B.n.i} beni {C.n.if+ile} tanıştırdı. O biletimi aldı.
Soru: {C.n.i+acc} daha önce tanıyor muydunuz?
Cevap: Hayır. Havalimanında bizi {D.n.i} adında bir kadın karşıladı, telefonu {PH.tr}.`,
);
F('tr-list', 'tr', 'latn', 'A=uz.f B=kg.f C=tm.f D=kz.f E=tj.f', (d, ctx, R) => {
  R('Kurtarılan yabancı uyruklu kadınlar:\n');
  const n = ri(3, 5);
  const pp = { uz: 'uz', kg: 'kg', tm: 'tm', kz: 'kz', tj: 'tj' };
  for (let i = 0; i < n; i++) {
    const L = 'ABCDE'[i];
    R(`${i + 1}. {${L}.n.U} — {${L}.dob.dmy} doğumlu, pasaport no {PP.${pp[person(ctx, L).grp]}}\n`);
  }
});
TR(
  'tr-police-plate',
  'A=tr.m B=ca.f C=ca.f',
  `Olay yerinde yapılan aramada {PL.tr} plakalı araçta {B.n.if} ve {C.n.if} isimli yabancı uyruklu kadınlar bulunmuş, aracın sürücüsü {A.n.if} gözaltına alınmıştır. Şüphelinin ikamet adresi: {ADR.tr} {|Kepez|Muratpaşa|Alanya}/Antalya.`,
);
TR(
  'tr-ids',
  'A=tr B=ca.f',
  `Müşteki {A.n.if} (T.C. {ID.tr}) ile mağdur {B.n.if} (YKN: {ID.trf}) aynı adreste, {ADR.tr}, ikamet etmektedir.`,
);
TR(
  'tr-iban',
  'A=tr B=tr',
  `Şüpheli {A.n.if}, mağdurların ailelerinden paraları {IBAN.tr} IBAN numaralı hesaba yatırmalarını istemiştir. Hesap sahibinin {B.n.if} olduğu tespit edilmiştir.`,
);
TR(
  'tr-apostrophes',
  'A=ca.f B=ca.f C=tr.m D=tr.m',
  `{A.n.i+dat} göre {B.n.i}, {C.n.i+abl} borç almış. {C.n.i+gen} kardeşi {D.n.i} ise {B.n.i+acc} Laleli'deki bir otelde çalıştırmış. {A.n.i+loc} kalan pasaport {B.n.i+dat} aitti.`,
);
TR(
  'tr-instagram-ad',
  'A=tr.f',
  `Bayan eleman aranıyor! Otel ve cafe işleri, maaş {$sum.try}, konaklama ücretsiz. Başvuru için DM veya WhatsApp: {PH.tr} ({A.n.i} Hanım). Instagram: {HN.A}`,
);
TR(
  'tr-turkmen',
  'A=tm.f B=tm.f C=tm.m',
  `Türkmenistan uyruklu {A.n.if} ve {B.n.if}, turistik vize ile İstanbul'a gelmiş. Aracı {C.n.if} (tel. {PH.tm}) onlara Laleli'de bir çamaşırhanede iş sözü vermişti.`,
);
TR(
  'tr-court-decision',
  'A=tr B=ca.f C=tr',
  `Mahkememizce yapılan yargılama sonucunda sanık {A.n.if+acc} TCK'nın 80. maddesi uyarınca 8 yıl hapis cezası ile cezalandırılmasına karar verilmiştir. Katılan {B.n.if} vekili Av. {C.n.if} hükmü istinaf etmiştir.`,
);
TR(
  'tr-ngo',
  'A=kg.f B=tr C=tr.f',
  `Derneğimize başvuran {A.n.i} ({$age}), Kırgızistan'dan iş için geldiğini, ancak işvereni {B.n.if} pasaportunu geri vermediği için ülkesine dönemediğini anlattı. Vakayı sosyal hizmet uzmanı {C.n.if} takip ediyor.`,
);
TR(
  'tr-email',
  'A=tr B=tr.f C=ca.f D=ca.f',
  `Kimden: {A.n.if} <{EM.A}>
Kime: {B.n.if} <{EM.B}>
Konu: Ynt: Antalya otel işleri

Merhaba {B.n.i} Hanım,
Kızların pasaport fotokopilerini ekte gönderiyorum. {C.n.i} ve {D.n.i} pazartesi geliyor.`,
);
TR(
  'tr-chat-dim',
  'A=uz.f B=uz.f C=tr.m',
  `{A.n.lo}: {B.n.lo} canım nasılsın
{B.n.lo}: iyi değilim, patron {C.n.i} beni dışarı çıkarmıyor
{A.n.lo}: adresi yaz
{B.n.lo}: {ADR.tr}`,
);
TR(
  'tr-work-permit',
  'A=tr B=uz.f',
  `İşveren {A.n.if}, Özbekistan uyruklu {B.n.if} ({B.dob.dmy} doğumlu) için çalışma izni başvurusu yapmamıştır. {B.n.i} ayrıca {A.n.i+gen} eşi tarafından darp edildiğini beyan etmiştir.`,
);
TR(
  'tr-hotel-register',
  'A=uz B=kg',
  `Otel kayıt defteri: Oda 214 — {A.n.U}, pasaport {PP.uz}, doğum tarihi {A.dob.dmy}; Oda 215 — {B.n.U}, pasaport {PP.kg}, doğum tarihi {B.dob.dmy}.`,
);
TR(
  'tr-afghan',
  'A=af.m B=af.m',
  `Van'da yakalanan Afgan göçmenlerden {A.n.if}, kaçakçı {B.n.if+dat} kişi başı {$sum.usd} ödediğini söyledi.`,
);
TR(
  'tr-wiretap',
  'B=tr.m C=ca.f D=ca.f E=tr.m F=tr.m',
  `İletişim tespit tutanağı, {$date.tr} 21:14
Arayan ({PH.tr}): Alo {B.n.i} abi, kızlar geldi mi?
Aranan: Geldi, üç tane. {C.n.i} ile {D.n.i} bende, öbürü {E.n.i+loc}.
Arayan: Pasaportları {F.n.i+dat} ver.`,
);

// ================================================================ NEGATIVES
N(
  'rn-hearing',
  'ru',
  'cyrl',
  `{$court.ru} рассмотрел уголовное дело {$case} по обвинению по п. 1 ч. 2 ст. 128 УК РК. Судебное заседание отложено на {$date.ru} в 10:00 в связи с неявкой переводчика. Сумма ущерба составила {$sum.kzt}.`,
);
N(
  'rn-tip-report',
  'ru',
  'cyrl',
  `По данным Государственного департамента США, Казахстан в {$year} году сохранил место во втором списке («Tier 2»). В докладе отмечается, что Генеральная прокуратура Республики Казахстан расследовала {$n.20-90} дел по статьям 128 и 135 УК РК, а Министерство внутренних дел выявило {$n.50-200} жертв.`,
);
N(
  'rn-monuments',
  'ru',
  'cyrl',
  `{|Памятник Абаю на площади Республики и проспект Абая — излюбленные места туристов.|Проспект Абая и улица Толе би в Алматы перекрыты из-за марафона.|Площадь Ала-Тоо и проспект Чуй в Бишкеке украшены к празднику.} Улица Навои в Ташкенте и проспект Манаса в Бишкеке названы в честь поэтов, а в Душанбе на площади Дусти стоит памятник Исмоилу Сомони.`,
);
N(
  'rn-hotline',
  'ru',
  'cyrl',
  `Телефон доверия по вопросам торговли людьми: {$hotline}. Звонок бесплатный, анонимность гарантируется. Линия работает круглосуточно на казахском, русском и английском языках.`,
);
N(
  'rn-orgs-named',
  'ru',
  'cyrl',
  `Семинар организовали МОМ, ОБСЕ и фонд имени Фридриха Эберта при поддержке КазНУ имени аль-Фараби и Кыргызского национального университета имени Жусупа Баласагына. Участники из {$ngo.ru} и кризисного центра «Жансая» обсудили механизмы перенаправления.`,
);
N(
  'rn-flight',
  'ru',
  'cyrl',
  `Рейс {$flight} Алматы — Стамбул задержан на три часа из-за погодных условий. Пассажирам рейса предоставлено питание, стоимость билета в одну сторону — около {$sum.kzt}.`,
);
N(
  'rn-company',
  'ru',
  'cyrl',
  `ТОО «Silk Way Recruitment», БИН {$bin}, зарегистрировано в г. Алматы. Лицензия на трудоустройство за рубежом отозвана {$date.ru0}. Штраф составил {$sum.kzt}.`,
);
N(
  'rn-common-words',
  'ru',
  'cyrl',
  `{|Отмечают эксперты: |Психологи говорят: |}Вера в то, что за границей ждёт лучшая жизнь, толкает молодёжь к рискованным решениям. Надежда на быстрый заработок оказывается сильнее осторожности. Любовь к семье заставляет терпеть унижения. Роза ветров над Каспием в этом году была необычной.`,
);
N(
  'rn-statute',
  'ru',
  'cyrl',
  `{|Напомним, что с|С}огласно ч. 2 ст. 128 УК РК, торговля людьми, совершённая в отношении двух и более лиц, наказывается лишением свободы на срок от 7 до 12 лет с конфискацией имущества. Статья 135 УК РК предусматривает ответственность за торговлю несовершеннолетними.`,
);
N(
  'rn-region-prose',
  'ru',
  'cyrl',
  `Центральная Азия остаётся регионом происхождения жертв торговли людьми{|, говорится в докладе ОБСЕ|, отмечают в МОМ|}. Основные направления — Россия, Турция, ОАЭ и Республика Корея. Казахстан одновременно является страной назначения для трудовых мигрантов из Кыргызстана, Узбекистана и Таджикистана.`,
);
N(
  'rn-mausoleum',
  'ru',
  'cyrl',
  `Паломники из {|Шымкента|Тараза|Ташкента} посетили мавзолей Ходжи Ахмеда Ясави в Туркестане и музей Фараби в Отраре. Нур-Султан в 2022 году вновь переименован в Астану.`,
);
N(
  'rn-case-numbers',
  'ru',
  'cyrl',
  `Дело {$case}: производство приостановлено до {$date.ru0}. Дело {$case} объединено с делом {$case}. Государственная пошлина — {$sum.kzt}.`,
);
N(
  'rn-islam',
  'ru',
  'cyrl',
  `Ислам исповедует большинство населения {|региона|Центральной Азии|Кыргызстана}. В Рамадан активность вербовщиков в соцсетях снижается, отмечают аналитики. Мадина и Мекка — главные направления паломничества.`,
);
N(
  'rn-stats-table',
  'ru',
  'cyrl',
  `Таблица 2. Выявленные жертвы по странам назначения, {$year}
| Страна | Женщины | Мужчины | Дети |
|---|---|---|---|
| Россия | {$n.20-90} | {$n.40-150} | {$n.0-9} |
| Турция | {$n.20-90} | {$n.5-30} | {$n.0-5} |
| ОАЭ | {$n.10-60} | {$n.0-9} | 0 |`,
);
N(
  'en-tip',
  'en',
  'latn',
  `The U.S. Department of State's {$year} Trafficking in Persons Report placed Turkmenistan on Tier 3. The report noted that the Prosecutor General's Office did not report any investigations, and that the government continued to use forced labor during the cotton harvest.`,
);
N(
  'en-workshop',
  'en',
  'latn',
  `Winrock International and the IOM office in Central Asia held a regional workshop in Almaty on {$date.en}. Participants from the Ministry of Labour and Social Protection of Population and the National Commission on Gender Equality discussed referral mechanisms.`,
);
N(
  'en-statute',
  'en',
  'latn',
  `Under Article 128 of the Criminal Code of Kazakhstan, the penalty ranges from five to twelve years. Case No. 1-{$n.100-999}/{$year} was adjourned until {$date.en}, and the court ordered a further psychological assessment.`,
);
N(
  'en-flight',
  'en',
  'latn',
  `Flight {$flight} from Tashkent to Dubai departed at 06:40. Tickets cost about {$sum.usd} each, and most passengers were seasonal workers travelling on tourist visas.`,
);
N(
  'en-streets',
  'en',
  'latn',
  `{|Abai Avenue, Navoi Street and Manas Avenue|Tole Bi Street, Rudaki Avenue and Chui Avenue} are among the busiest streets in the region's capitals. The Amir Timur monument stands in central Tashkent, and Rudaki Park is a favourite meeting place in Dushanbe.`,
);
N(
  'en-capitalised',
  'en',
  'latn',
  `{|Hope is what keeps many migrants going.|Hope, not money, is what keeps many migrants going.} Grace periods for irregular migrants ended in March. Faith-based organisations run most shelters, and Mercy Corps funds the legal clinics. Rose Garden Hotel in Sharjah was closed after the raid.`,
);
N(
  'en-region',
  'en',
  'latn',
  `{|According to the report, c|C}entral Asia remains a source region for men, women and children subjected to forced labor and sex trafficking. Kazakhstan is also a destination for workers from Kyrgyzstan, Uzbekistan and Tajikistan, many of whom work in agriculture and construction.`,
);
N(
  'en-hotline-university',
  'en',
  'latn',
  `The national hotline {$hotline} received {$n.100-900} calls in {$year}. Training for judges was hosted by Al-Farabi Kazakh National University and the Academy of Justice under the Supreme Court.`,
);
N(
  'en-company',
  'en',
  'latn',
  `Employer: Emirates Staff Solutions FZ-LLC, trade licence {$n.100000-999999}. Recruiter: Silk Way Recruitment LLP, BIN {$bin}. Both companies were fined {$sum.usd} for charging workers recruitment fees.`,
);
N(
  'en-stats',
  'en',
  'latn',
  `In {$year}, authorities identified {$n.100-400} victims, of whom {$n.50-99} were women. Average debt bondage amounted to {$sum.usd}. Prosecutions rose by 14 percent compared with the previous year.`,
);
N(
  'kkn-commission',
  'kk',
  'cyrl',
  `Адам саудасына қарсы күрес жөніндегі ведомствоаралық комиссия {$date.kk} күні отырыс өткізді. Отырысқа Ішкі істер министрлігі, Бас прокуратура және Еңбек министрлігінің өкілдері қатысты.`,
);
N(
  'kkn-words',
  'kk',
  'cyrl',
  `{|Бақыт — ақшамен өлшенбейді.|Бақыт — денсаулықта.} Алма ағаштары гүлдеп, көктем келді. Жұлдыздар түнде жарқырайды. Мақсат — әр баланы қорғау. Сәуле терезеден түсті.`,
);
N(
  'kkn-statute',
  'kk',
  'cyrl',
  `ҚР Қылмыстық кодексінің 128-бабы бойынша қылмыстық іс {$case} сотқа жіберілді. Келтірілген зиян мөлшері — {$sum.kzt}. Сот отырысы {$date.kk} күні өтеді.`,
);
N(
  'kkn-streets',
  'kk',
  'cyrl',
  `{|Абай даңғылы мен Сәтбаев көшесінің|Төле би мен Байтұрсынұлы көшелерінің|Райымбек даңғылы мен Желтоқсан көшесінің} қиылысында жол жөндеу жұмыстары жүріп жатыр. Әл-Фараби атындағы Қазақ ұлттық университетінің студенттері Абай ескерткішіне гүл қойды.`,
);
N(
  'kkn-hotline',
  'kk',
  'cyrl',
  `Сенім телефоны: {$hotline}. Қоңырау шалу тегін, тәулік бойы жұмыс істейді. «Сана Сезім» қоғамдық қоры зардап шеккендерге заңгерлік көмек көрсетеді.`,
);
N(
  'kkn-latn',
  'kk',
  'latn',
  `Almaty men Astana arasyndagy poiyz eki saghatqa keshikti. Bilet bagasy {$sum.kzt}. Abai dangylynda jol jondeu jumystary jurip jatyr.`,
);
N(
  'kyn-statute',
  'ky',
  'cyrl',
  `Кыргыз Республикасынын Кылмыш-жаза кодексинин 171-беренеси боюнча козголгон иш {$case} сотко жөнөтүлдү. Сот жыйыны {$date.ky} өтөт.`,
);
N(
  'kyn-words',
  'ky',
  'cyrl',
  `{|Толкун жээкке урунду.|Толкун күчөп, кайыктар кайра кайтты.} Чолпон асманда жанды. Мээрим — ар бир үй-бүлөнүн негизи. Алмаз кымбат таш. Талант ар кимге берилбейт.`,
);
N(
  'kyn-streets',
  'ky',
  'cyrl',
  `{|Манас проспекти менен Чүй проспектисинин|Токтогул көчөсү менен Ахунбаев көчөсүнүн} кесилишинде жаңы светофор орнотулду. «Манас» эпосунун күнүнө карата Ала-Тоо аянтында майрам өттү.`,
);
N(
  'kyn-orgs',
  'ky',
  'cyrl',
  `Эл аралык миграция уюму (ЭМУ) жана «Тайгак» коомдук бирикмеси {|Бишкек|Ош|Каракол} шаарында тренинг өткөрдү. Тренингге Ички иштер министрлигинин жана Башкы прокуратуранын кызматкерлери катышты.`,
);
N(
  'kyn-hotline',
  'ky',
  'cyrl',
  `Ишеним телефону: {$hotline}. Ош шаарында жана Жалал-Абад облусунда мигранттар үчүн кеңеш берүү борборлору ачылды.`,
);
N(
  'uzn-words',
  'uz',
  'latn',
  `Bahor kelishi bilan {|Toshkentda|Namanganda|Andijonda} lola sayli boshlandi. Umid — eng oxirida so'nadigan narsa. Baxt pulda emas. Nilufar gullari hovuzda ochildi.`,
);
N(
  'uzn-statute',
  'uz',
  'latn',
  `O'zbekiston Respublikasi Jinoyat kodeksining 135-moddasi odam savdosi uchun javobgarlikni belgilaydi. Ish {$case} bo'yicha sud majlisi {$date.uz} kuniga qoldirildi.`,
);
N(
  'uzn-streets',
  'uz',
  'latn',
  `{|Navoiy ko'chasi va Amir Temur xiyoboni|Bobur ko'chasi va Mustaqillik maydoni} atrofida ta'mirlash ishlari olib borilmoqda. Alisher Navoiy nomidagi opera va balet teatri yangi mavsumni ochdi.`,
);
N(
  'uzn-orgs',
  'uz',
  'latn',
  `Ichki ishlar vazirligi va Xalqaro migratsiya tashkiloti (XMT) hamkorlikda "Istiqbolli avlod" nodavlat tashkiloti bilan seminar o'tkazdi. Ishonch telefoni: {$hotline}.`,
);
N(
  'uzn-flight',
  'uz',
  'latn',
  `{$flight} reysi Toshkentdan Dubayga soat 06:40 da uchdi. Chipta narxi {$sum.uzs} atrofida.`,
);
N(
  'uzn-cyrl',
  'uz',
  'cyrl',
  `Ўзбекистон Республикаси Бош прокуратураси {$year} йилда одам савдосига қарши курашиш бўйича ҳисобот эълон қилди. Ҳисоботда Россия, Туркия ва Қозоғистон асосий йўналишлар сифатида кўрсатилган.`,
);
N(
  'tgn-statute',
  'tg',
  'cyrl',
  `Моддаи 130.1 Кодекси ҷиноятии Ҷумҳурии Тоҷикистон барои савдои одамон ҷавобгарӣ пешбинӣ мекунад. Парвандаи {$case} ба суд фиристода шуд.`,
);
N(
  'tgn-streets',
  'tg',
  'cyrl',
  `Дар {|хиёбони Рӯдакӣ ва кӯчаи Айнӣ|кӯчаи Сино ва хиёбони Исмоили Сомонӣ} корҳои таъмирӣ идома доранд. Ҳайкали Исмоили Сомонӣ дар майдони Дӯстӣ ҷойгир аст.`,
);
N(
  'tgn-words',
  'tg',
  'cyrl',
  `Умед ҳаст, ки {|соли оянда|дар солҳои наздик} муҳоҷирони бештар ба ватан бармегарданд. Баҳор омад ва кишоварзон ба кор шурӯъ карданд. Меҳр ва садоқат асоси оила аст.`,
);
N(
  'tgn-orgs',
  'tg',
  'cyrl',
  `Созмони байналмилалии муҳоҷират (СБМ) ва Вазорати корҳои дохилӣ семинари муштарак баргузор карданд. Телефони боварӣ: {$hotline}.`,
);
N(
  'tgn-flight',
  'tg',
  'cyrl',
  `Парвози {$flight} аз Душанбе ба Маскав бо се соат таъхир парвоз кард. Нархи чипта тақрибан {$sum.tjs} аст.`,
);
N(
  'trn-statute',
  'tr',
  'latn',
  `Türk Ceza Kanunu'nun 80. maddesi insan ticaretini düzenlemektedir. {$trcase} sayılı dosyada duruşma {$date.tr} tarihine ertelendi.`,
);
N(
  'trn-words',
  'tr',
  'latn',
  `Gül bahçesinde {|bahar|lale} şenliği düzenlendi. Deniz kenarında yürüyüş yapan turistler Aydın ve Denizli'ye de uğradı. Umut hiçbir zaman tükenmez.`,
);
N(
  'trn-named-places',
  'tr',
  'latn',
  `{|İstiklal Caddesi ve Atatürk Havalimanı|Cumhuriyet Caddesi ve Atatürk Kültür Merkezi} çevresinde güvenlik önlemleri artırıldı. Fatih Sultan Mehmet Köprüsü'nde trafik yoğunluğu yaşandı. Yıldız Teknik Üniversitesi yeni dönemi açtı.`,
);
N(
  'trn-orgs',
  'tr',
  'latn',
  `Göç İdaresi Genel Müdürlüğü ile Uluslararası Göç Örgütü (IOM) insan ticareti mağdurlarına yönelik ortak bir eğitim programı başlattı. Destek hattı: {$hotline}.`,
);
N(
  'trn-flight',
  'tr',
  'latn',
  `{$flight} sefer sayılı uçak İstanbul'dan Taşkent'e rötarlı kalktı. Bilet fiyatı {$sum.try} civarında.`,
);
N(
  'trn-stats',
  'tr',
  'latn',
  `{$year} yılında {$n.100-400} insan ticareti mağduru tespit edildi. Mağdurların büyük çoğunluğu Özbekistan, Kırgızistan ve Türkmenistan uyrukludur.`,
);

// ================================================================ IDENTIFIER-RICH FORMS AND LISTS
RU(
  'ru-migration-notice',
  'A=uz B=ru',
  `УВЕДОМЛЕНИЕ О ПРИБЫТИИ ИНОСТРАННОГО ГРАЖДАНИНА В МЕСТО ПРЕБЫВАНИЯ
Фамилия: {A.f.n}
Имя: {A.i.n}
Отчество: {A.o.n}
Дата рождения: {A.dob.dmy}
Документ, удостоверяющий личность: паспорт {PP.uz}
Место пребывания: г. {$city.ru}, {ADR.ru}
Телефон: {PH.ru}
Принимающая сторона: {B.fio.n}, ИНН {ID.inn}, СНИЛС {ID.snils}, тел. {PH.ru}`,
);
RU(
  'ru-phone-contacts',
  'A=ca B=ca.f C=tr.m',
  `Из памяти телефона {A.fi.g} извлечены контакты:
«{B.lodim}» — {PH.kz}
«Турция {C.loi}» — {PH.tr}
«Дубай работа» — {PH.ae}
«Бишкек такси» — {PH.kg}
«Мама» — {PH.kz}
«Ташкент» — {PH.uz}`,
);
RU(
  'ru-bank-kyc',
  'A=kz',
  `Анкета клиента банка: {A.fio.n}; дата рождения {A.dob.dmy}; ИИН {ID.kz.A}; паспорт {PP.kz}; адрес регистрации: г. {$city.kz}, {ADR.kz}; моб. тел. {PH.kz}; e-mail: {EM.A}; карта {CARD.kz}; текущий счёт {IBAN.kz}.`,
);
RU(
  'ru-dialogue-nocue',
  'B=kz.f',
  `— Скинь на {CARD.kz} или на Kaspi по номеру {PH.kz}.
— Ок. Паспорт твой какой? Для билета надо.
— {PP.kz}, {B.dob.dmy}. ИИН {ID.kz.B}.
— А прописка?
— {ADR.kz}, это мамина квартира.`,
);
RU(
  'ru-dob-phrasings',
  'A=ca.f B=ca.m C=ca.f D=ca',
  `Установлены личности: {A.fi.n}, родившаяся {A.dob.ru} года в г. {$city.uz}; {B.ini.n}, д.р. {B.dob.sl}; {C.fio.n}, {C.dob.y} года рождения; {D.fi.n} (дата рождения — {D.dob.dmy2}).`,
);
RU(
  'ru-plates-cctv',
  'A=ca',
  `Камерами видеонаблюдения зафиксированы автомобили с г/н {PL.kz}, {PL.kz} и {PL.kg}, а на КПП «Алимбет» — микроавтобус г/н {PL.uz}. Владелец микроавтобуса — {A.fi.n}, {A.dob.y} г.р., тел. {PH.uz}.`,
);
RU(
  'ru-transfers',
  'A=ca B=ca',
  `Движение денежных средств: {$date.dmy} — {$sum.kzt} с карты {CARD.kz} на карту {CARD.m.kz}; {$date.dmy} — {$sum.rub} с карты {CARD.ru} на карту {CARD.m.uz}; {$date.dmy} — перевод по номеру телефона {PH.kg}. Держатель всех карт-получателей — {A.fi.n}, отправитель — {B.fi.n}.`,
);
RU(
  'ru-korea-arc',
  'A=ko.m',
  `{A.fio.n}, {A.dob.dmy} г.р., регистрационная карта иностранца № {ID.kr.A}, паспорт {PP.uz}, проживал в г. {$city.kr} по адресу: {ADR.kr}, тел. {PH.kr}.`,
);
RU(
  'ru-handles-list',
  '',
  `Аккаунты, через которые велась вербовка: Instagram — {HN}, {HN}; TikTok — {HN}; Telegram — {HN}. Контактная почта в профилях: {EM}.`,
);
RU(
  'ru-tm-person',
  'A=tm',
  `{A.fio.n}, {A.dob.dmy} г.р., паспорт гражданина Туркменистана {PP.tm}, телефон {PH.tm}, адрес в Ашхабаде: {ADR.tm}. В Стамбуле проживал{A?а|} по адресу {ADR.tr}.`,
);
EN(
  'en-kyc',
  'A=kz',
  `KYC RECORD
Full name: {A.l.if}
DOB: {A.dob.iso}
IIN: {ID.kz.A}
Passport: {PP.kz}
Mobile: {PH.kz}
E-mail: {EM.A}
Card on file: {CARD.m.kz}
IBAN: {IBAN.kz}
Residential address: {ADR.kz}, Almaty`,
);
F('en-manifest', 'en', 'latn', 'A=uz.f B=uz.f C=kg.f D=tj.f', (d, ctx, R) => {
  R(`Passenger manifest, flight {$flight}, booking ref. ${letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}\n`);
  const n = ri(3, 4);
  const pp = { uz: 'uz', kg: 'kg', tj: 'tj' };
  for (let i = 0; i < n; i++) {
    const L = 'ABCD'[i];
    R(
      `${i + 1}. {${L}.l.U}  {PP.${pp[person(ctx, L).grp]}}  {${L}.dob.dmy}  seat ${ri(10, 40)}${pick(['A', 'B', 'C', 'D', 'E', 'F'])}\n`,
    );
  }
});
EN(
  'en-wire',
  'A=ca',
  `Wire transfers flagged by the FIU: {IBAN.tr} → {IBAN.ae} ({$sum.usd}); {IBAN.kz} → {IBAN.tr} ({$sum.usd}); card {CARD.kz} → card {CARD.m.tr}. Both beneficiary accounts belong to {A.l.if}, Emirates ID {ID.ae.A}.`,
);
EN(
  'en-dob-phrasings',
  'A=ca.f B=ca.f C=ca',
  `{A.l.if} (b. {A.dob.y}) and her sister {B.l.i}, born on {B.dob.en}, travelled together. Their cousin {C.l.if}, DOB {C.dob.iso}, stayed in {$city.kz}. A fourth woman, born {D.dob.us}, has not been identified.`,
);
EN(
  'en-sim-extract',
  'A=ca.f',
  `Numbers recovered from the SIM card: {PH.kz}, {PH.ae}, {PH.tr}, {PH.kg} and {PH.uz}. The Emirati number was saved as "{A.l.lo} dubai". The phone also contained a photo of passport {PP.kg}.`,
);
EN(
  'en-cctv-plates',
  '',
  `CCTV recorded vehicles {PL.ae} and {PL.ae} and a minibus with Kazakh plates {PL.kz} outside the building at {ADR.ae}. A second minibus, {PL.kg}, was stopped at the Kordai checkpoint.`,
);
EN(
  'en-handles',
  '',
  `Recruitment accounts identified: {HN}, {HN}, {HN} (Instagram) and {HN} (TikTok). The contact e-mail in their bios was {EM}; payments went to card {CARD.m.kz}.`,
);
EN(
  'en-korea-ids',
  'A=uz.m',
  `Worker file: {A.l.UF}, ARC {ID.kr.A}, passport {PP.uz}, phone {PH.kr}, dormitory address {ADR.kr}, Gimhae. Home contact: {PH.uz}.`,
);
KK(
  'kk-form',
  'A=kz',
  `САУАЛНАМА
Тегі: {A.n.f}
Аты: {A.n.i}
Әкесінің аты: {A.n.o}
Туған күні: {A.dob.kk}
ЖСН: {ID.kz.A}
Паспорт: {PP.kz}
Мекенжайы: {$city.kz} қ., {ADR.kz}
Телефоны: {PH.kz}
Эл. поштасы: {EM.A}`,
);
KK(
  'kk-ids-chat',
  'B=kz.f',
  `— Ақшаны {CARD.kz} картасына жібер, немесе Kaspi {PH.kz} нөміріне.
— Жарайды. Билет үшін паспорт нөмірің керек.
— {PP.kz}, туған күнім {B.dob.dmy}, ЖСН {ID.kz.B}.`,
);
KY(
  'ky-form',
  'A=kg',
  `АНКЕТА
Фамилиясы: {A.n.f}
Аты: {A.n.i}
Атасынын аты: {A.n.o}
Туулган күнү: {A.dob.dmy}
ПИН: {ID.kg.A}
Паспорт: {PP.kg}
Дареги: {$city.kg} ш., {ADR.kg}
Тел.: {PH.kg}
Эл. почта: {EM.A}`,
);
KY(
  'ky-ids-chat',
  'B=kg.f',
  `— Акчаны {CARD.kg} картага сал, же {PH.kg} номерине Элсом аркылуу жөнөт.
— Макул. Билет үчүн паспортуңдун номери керек.
— {PP.kg}, туулган күнүм {B.dob.dmy}.`,
);
UZ(
  'uz-form',
  'A=uz',
  `ANKETA
Familiyasi: {A.n.f}
Ismi: {A.n.i}
Otasining ismi: {A.n.o}
Tug'ilgan sanasi: {A.dob.dmy}
JShShIR: {ID.uz.A}
Pasport: {PP.uz}
Manzil: {$city.uz} sh., {ADR.uz}
Tel.: {PH.uz}
E-mail: {EM.A}
Bank kartasi: {CARD.uz}`,
);
UZ(
  'uz-ids-chat',
  'B=uz.f',
  `— Pulni shu kartaga tashla: {CARD.uz}. Yoki {PH.uz} raqamiga Payme orqali.
— Xo'p. Chipta uchun pasport raqaming kerak.
— {PP.uz}, tug'ilgan sanam {B.dob.dmy}, JShShIR {ID.uz.B}.`,
);
TG(
  'tg-form',
  'A=tj',
  `ПУРСИШНОМА
Насаб: {A.n.f}
Ном: {A.n.i}
Номи падар: {A.n.father}
Санаи таваллуд: {A.dob.dmy}
Шиноснома: {PP.tj}
Суроға: {$city.tj}, {ADR.tj}
Телефон: {PH.tj}
Почтаи электронӣ: {EM.A}
Корти бонкӣ: {CARD.tj}`,
);
TG(
  'tg-ids-chat',
  'B=tj.f',
  `— Пулро ба корти {CARD.tj} ё ба рақами {PH.tj} фиристед.
— Хуб. Барои чипта рақами шиносномаат лозим.
— {PP.tj}, санаи таваллуд {B.dob.dmy}.`,
);
TR(
  'tr-form',
  'A=tr',
  `KİŞİ BİLGİ FORMU
Adı: {A.n.i}
Soyadı: {A.n.f}
Baba Adı: {A.n.father}
Doğum Tarihi: {A.dob.dmy}
T.C. Kimlik No: {ID.tr}
Adres: {ADR.tr}
Cep Telefonu: {PH.tr}
E-posta: {EM.A}
IBAN: {IBAN.tr}`,
);
TR(
  'tr-plates',
  'A=tr.m',
  `Kamera kayıtlarında {PL.tr}, {PL.tr} ve {PL.tr} plakalı araçların aynı gece otelin önüne geldiği görülmüştür. Araçlardan birinin sahibi {A.n.if}, diğeri ise bir rent a car firmasıdır.`,
);
TR(
  'tr-dob',
  'A=uz.f B=kg.f C=tr',
  `Mağdurlar {A.n.if} ({A.dob.y} doğumlu) ve {B.n.if} ({B.dob.tr} doğumlu) olup, şüpheli {C.n.if} {C.dob.dmy} doğumludur.`,
);

RU(
  'ru-arrest-protocol',
  'A=ca.m',
  `ПРОТОКОЛ ЗАДЕРЖАНИЯ ПОДОЗРЕВАЕМОГО. Задержан: {A.fio.n}, {A.dob.dmy} г.р., паспорт {PP.kz}, ИИН {ID.kz.A}, зарегистрирован: г. {$city.kz}, {ADR.kz}. При личном обыске изъяты: телефон iPhone с сим-картами {PH.kz} и {PH.ae}, банковские карты {CARD.kz} и {CARD.m.kz}, паспорта граждан Республики Узбекистан {PP.uz} и {PP.uz}.`,
);
RU(
  'ru-rent-contract',
  'A=ru B=ca.f',
  `ДОГОВОР НАЙМА ЖИЛОГО ПОМЕЩЕНИЯ. Наймодатель: {A.fio.n}, паспорт {PP.ru}, тел. {PH.ru}. Наниматель: {B.fio.n}, паспорт {PP.uz}, тел. {PH.uz}. Адрес помещения: г. {$city.ru}, {ADR.ru}. Оплата {$sum.rub} ежемесячно на карту {CARD.ru}.`,
);
EN(
  'en-referral-form',
  'A=ca.f B=en',
  `REFERRAL FORM — {$ngo.en}
Beneficiary: {A.l.if}; DOB {A.dob.sl}; passport {PP.kg}; phone {PH.kg}; current address {ADR.tr}, Istanbul; e-mail {EM.A}.
Referred to: legal aid clinic. Case worker: {B.l.if}, {PH.tr}.`,
);
KK(
  'kk-news-plates',
  'A=kz',
  `Полицейлер {PL.kz} және {PL.kz} мемлекеттік нөмірлі көліктерді тоқтатты. Көліктердің бірінде шетелдік азаматтардың {PP.uz}, {PP.uz} және {PP.kg} нөмірлі паспорттары табылды. Жүргізуші {A.n.if}, {A.dob.y} жылы туған, ұсталды.`,
);
UZ(
  'uz-database',
  'A=uz',
  `Ma'lumotlar bazasidan ko'chirma: {A.n.fio}, {A.dob.dmy}, JShShIR {ID.uz.A}, pasport {PP.uz}, doimiy manzil: {ADR.uz}, tel. {PH.uz}, qo'shimcha raqam {PH.ru}, avtomashina {PL.uz}.`,
);
KY(
  'ky-police-db',
  'A=kg',
  `Маалымат базасынан көчүрмө: {A.n.fio}, {A.dob.dmy}, ПИН {ID.kg.A}, паспорт {PP.kg}, дареги: {ADR.kg}, тел. {PH.kg}, кошумча номер {PH.ru}, унаасы {PL.kg}.`,
);
TG(
  'tg-bank',
  'A=tj',
  `Маълумоти бонк: соҳиби корт {A.n.fio}, корти {CARD.tj}, телефони пайвастшуда {PH.tj}, шиноснома {PP.tj}. Аз Русия ба ин корт аз корти {CARD.ru} маблағ гузаронида шудааст.`,
);
TR(
  'tr-rental',
  'A=tr B=ca.f',
  `KİRA SÖZLEŞMESİ. Kiraya veren: {A.n.if}, T.C. Kimlik No {ID.tr}, tel. {PH.tr}, IBAN {IBAN.tr}. Kiracı: {B.n.if}, pasaport {PP.uz}, YKN {ID.trf}. Kiralanan yer: {ADR.tr} Fatih/İstanbul. Aylık kira {$sum.try}.`,
);

N(
  'rn-peaks',
  'ru',
  'cyrl',
  `{|Пик Ленина и пик Исмоила Сомони|Пик Победы и пик Ленина} — популярные у альпинистов вершины Памира и Тянь-Шаня. {|Озеро Иссык-Куль|Озеро Сарез} в этом сезоне посетили более {$n.10-90} тысяч туристов.`,
);
N(
  'rn-budget',
  'ru',
  'cyrl',
  `Бюджет проекта составил {$sum.usd}, из них {$sum.usd} направлено на работу шелтеров в Алматы, Бишкеке и Оше. Отчёт утверждён {$date.ru0}.`,
);
N(
  'rn-verdict-in-force',
  'ru',
  'cyrl',
  `Приговор по делу {$case} вступил в законную силу {$date.ru0}. Апелляционная жалоба возвращена заявителю. Судебные издержки в размере {$sum.kzt} отнесены на счёт государства.`,
);
N(
  'en-peaks',
  'en',
  'latn',
  `{|Lenin Peak|Ismoil Somoni Peak|Khan Tengri} attracts hundreds of climbers every summer, and {|Lake Issyk-Kul|Charyn Canyon|the Fann Mountains} remains a popular destination for domestic tourists.`,
);
N(
  'en-hearing-schedule',
  'en',
  'latn',
  `Hearing schedule: case {$case} — {$date.en}, 10:00, courtroom {$n.1-12}; case {$case} — {$date.en}, 14:30. Interpreters: Russian, Uzbek, Kyrgyz.`,
);
N(
  'kkn-stats',
  'kk',
  'cyrl',
  `Бас прокуратураның мәліметінше, {$year} жылы адам саудасына қатысты {$n.20-90} қылмыстық іс тіркелді. Зардап шеккендердің басым бөлігі Өзбекстан мен Қырғызстан азаматтары.`,
);
N(
  'kyn-roads',
  'ky',
  'cyrl',
  `Бишкек — Ош автожолунда {$date.ky} жол кырсыгы катталды. Төө-Ашуу ашуусу убактылуу жабылды.`,
);
N(
  'uzn-cities',
  'uz',
  'latn',
  `Samarqand, Buxoro va Xiva {$year} yilda {$n.2-9} million sayyohni qabul qildi. Toshkent — Samarqand yo'nalishida "Afrosiyob" poyezdi qatnaydi.`,
);
N(
  'tgn-cities',
  'tg',
  'cyrl',
  `Душанбе, Хуҷанд ва Кӯлоб дар соли {$year} {$n.2-9} ҳазор муҳоҷирро пазируфтанд. Роҳи Душанбе — Чанак пас аз таъмир кушода шуд.`,
);
N(
  'trn-court-schedule',
  'tr',
  'latn',
  `{$trcase} sayılı dosyanın duruşması {$date.tr} saat 10:30'da yapılacaktır. Tercüman olarak Özbekçe ve Kırgızca bilen bilirkişi atanmıştır.`,
);

// ================================================================ main
const TYPES = new Set([
  'PERSON',
  'PHONE',
  'EMAIL',
  'NATIONAL_ID',
  'PASSPORT',
  'CARD',
  'IBAN',
  'ADDRESS',
  'BIRTH_DATE',
  'PLATE',
  'HANDLE',
]);
function build(tpl) {
  const ctx = {
    lang: tpl.lang,
    script: tpl.script,
    spec: tpl.spec,
    persons: {},
    defGrp: DEF_GRP[tpl.lang],
    nick: null,
    okina: tpl.lang === 'uz' && tpl.script === 'latn' && chance(0.3),
  };
  const doc = new Doc(ctx);
  const R = (s) => render(doc, s, ctx);
  if (tpl.fn) tpl.fn(doc, ctx, R);
  else R(tpl.text);
  return doc;
}
function verify(rec, doc, tpl) {
  const { text, spans } = rec;
  if (/[{}]/.test(text)) throw new Error(`unresolved placeholder in ${tpl.id}: ${text}`);
  if (tpl.neg && spans.length) throw new Error(`negative with spans: ${tpl.id}`);
  let prevEnd = -1;
  spans.forEach((s, i) => {
    if (!TYPES.has(s.type)) throw new Error('bad type ' + s.type);
    if (s.start >= s.end) throw new Error(`empty span in ${tpl.id}`);
    if (s.start < prevEnd) throw new Error(`overlap/unsorted in ${tpl.id}`);
    prevEnd = s.end;
    const got = text.slice(s.start, s.end);
    if (got !== doc.inserted[i]) throw new Error(`span text mismatch in ${tpl.id}: ${got} vs ${doc.inserted[i]}`);
    if (got !== got.trim()) throw new Error(`span with outer whitespace in ${tpl.id}: "${got}"`);
  });
}
function main() {
  const ids = new Set();
  for (const t of TPL) {
    if (ids.has(t.id)) throw new Error('duplicate template id ' + t.id);
    ids.add(t.id);
  }
  const jobs = [];
  for (const t of TPL) for (let r = 0; r < 3; r++) jobs.push(t);
  shuffle(jobs);
  const out = [];
  const seen = new Set();
  let n = 0;
  for (const t of jobs) {
    let doc,
      tries = 0;
    do {
      doc = build(t);
      tries++;
    } while (seen.has(doc.text) && tries < 20);
    if (seen.has(doc.text)) continue;
    seen.add(doc.text);
    n++;
    const rec = {
      id: `h21-${pad(n, 4)}`,
      language: t.lang,
      script: t.script,
      text: doc.text,
      spans: doc.spans.map((s) => ({ start: s.start, end: s.end, type: s.type })),
    };
    verify(rec, doc, t);
    out.push(rec);
  }
  const file = path.resolve(process.cwd(), 'test', 'fixtures', 'anonymizer-heldout-21.jsonl');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, out.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');
  // statistics
  const byType = {},
    byLang = {};
  let neg = 0,
    spansTotal = 0;
  for (const r of out) {
    const k = `${r.language}/${r.script}`;
    byLang[k] = (byLang[k] || 0) + 1;
    if (!r.spans.length) neg++;
    for (const s of r.spans) {
      byType[s.type] = (byType[s.type] || 0) + 1;
      spansTotal++;
    }
  }
  console.log(`wrote ${file}`);
  console.log(`templates: ${TPL.length} (${TPL.filter((t) => t.neg).length} negative)`);
  console.log(`snippets: ${out.length}, negatives: ${neg}, spans: ${spansTotal}`);
  console.log('spans per type:', JSON.stringify(byType));
  console.log(`PERSON share: ${((100 * (byType.PERSON || 0)) / spansTotal).toFixed(1)}%`);
  console.log('snippets per language:', JSON.stringify(byLang));
}
main();
