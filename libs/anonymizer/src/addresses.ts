import { GIVEN_NAMES, NOT_NAMES, PLACES } from './gazetteer';
import { SURNAME_SHAPE } from './name-shapes';
import type { Detection } from './types';

const isPlace = (word: string) => PLACES.has(word.toLowerCase()) || NOT_NAMES.has(word);

/**
 * Street addresses read as phrases of address words, whatever their order: Russian puts the
 * street word first and inflects it («на улице Сатпаева, 22», «в доме 5 по проспекту Абая»),
 * Kazakh, Kyrgyz, Uzbek, Turkish and Korean put it after the name («Ош ш., Ленин көчөсү, 14»,
 * "Kocatepe Mah. Lale Sok. No: 5", "Danwon-gu, Wongok-ro 12-3"), Emirati addresses name the
 * building ("Flat 504, Al Khail Building"). One pass over the text's tokens: linear.
 */

type Role = 'street' | 'house' | 'flat' | 'settlement';

const APOSTROPHES = "'ʻʼ‘’`";
/** Address words, by what they name; Russian ones with their case endings. */
const ADDRESS_WORDS: [Role, RegExp][] = [
  [
    'street',
    new RegExp(
      [
        // Russian
        'ул\\.?',
        'улиц[аеуыи]',
        'улицей',
        'просп\\.?',
        'пр\\.',
        'пр-т\\.?',
        'пр-кт\\.?',
        'проспект(?:а|е|у|ом)?',
        'пер\\.?',
        'переул(?:ок|ка|ке|ку|ком)',
        'б-р\\.?',
        // Not «бул» without its dot: Kyrgyz «this» («бул 13% көп»).
        'бул\\.',
        'бульв\\.',
        'бульвар(?:а|е|у|ом)?',
        'ш\\.',
        'шоссе',
        'наб\\.?',
        'набережн(?:ая|ой|ую)',
        'пл\\.',
        'проезд(?:а|е|у)?',
        'тупик(?:а|е|у)?',
        'мкр\\.?',
        'мкрн\\.?',
        'мкр-н\\.?',
        'микрорайон(?:а|е|у|ом)?',
        'квартал(?:а|е|у)?',
        'кв-л\\.?',
        'жилмассив(?:а|е)?',
        // Bishkek's «ж/м» (жилмассив, a residential area).
        'ж/м',
        // Kazakh, Kyrgyz (also Kazakh in Latin letters)
        'көшесі(?:нде|нің|не|ндегі)?',
        'k[óoö]s?h?[eş]+si',
        'k[óoö](?:s|ş|sh)[eə]s[iı]',
        // Russian spelling of the Uzbek neighbourhood («махалля Дустлик»)
        'махалл\\p{L}*',
        // Tajik: the kind before the name, joined by the izafa (-и): «кӯчаи Айнӣ 71», «микроноҳияи 68»
        'кӯчаи',
        'кучаи',
        'хиёбони',
        'микроноҳияи',
        // Turkmen
        'köçesi',
        'şaýoly',
        'mikroraýon\\p{L}*',
        'da[ńn]ǵ?g?yly',
        'проспекти',
        'проспектинде\\p{L}*',
        'көчөсүнда\\p{L}*',
        'prospekti',
        'даңгылы',
        'microdistrict',
        'micro-district',
        'көш\\.',
        // «Жароков к., 153-үйде»: only before a house number with its word (isStreet)
        '[кk]\\.',
        'к-сі',
        'даңғылы(?:нда|ның|ндағы)?',
        'даңғ\\.',
        'шағын',
        'шағынаудан\\p{L}*',
        'ш\\.а\\.?',
        'ul\\.',
        // Moldovan and Romanian: «str. Ismail 59, ap. 38», «bd. Ștefan cel Mare»
        'str\\.',
        'str-la',
        'bd\\.',
        // Polish: «os. Przyjaźni 23 m. 32», «ul.» is above («al.» is a pattern of its own)
        'os\\.',
        'osiedl[eau]',
        'pr\\.',
        'per\\.',
        'mkr\\.?',
        'ы\\.а\\.?',
        'ы/а',
        // Kazakh in Latin letters: «Rysqūlov köş.», «Täuke han dañğyly», «Nūrsat şağyn audany»
        'k[óoö]ş\\.',
        'k[óoö]şes[ıi](?:n[ıi]ñ|nde)?',
        'dañğyly',
        'daňgyly',
        'şağyn',
        'turak',
        'турак',
        // Tajik, the abbreviation of «кӯча»
        'кӯч\\.',
        'куч\\.',
        'ықшамауданы(?:нда)?',
        'көчөсү(?:ндө|нүн|ндөгү)?',
        'көч\\.',
        'проспектиси(?:нде)?',
        'кичи',
        'кичирайону(?:нда)?',
        // Uzbek, both scripts
        `ko[${APOSTROPHES}]?chasi(?:da|ning|dagi)?`,
        'кўчаси(?:да|даги|нинг)?',
        // The abbreviations of «ko‘chasi», «кўчаси», of «шағын аудан» (ш/а, ş/a) and «көшесі» (k-sı).
        `ko[${APOSTROPHES}]?ch\\.`,
        'кўч\\.',
        'ш/а',
        'ş/a',
        'sh/a',
        'k-s[ıi]',
        'массив(?:а|е)?',
        'mahallasi(?:da|dagi)?',
        'маҳалласи(?:да)?',
        'mavzesi',
        'мавзеси',
        'kvartal',
        'квартали',
        'shoh',
        // Turkish
        'mah\\.?',
        'mh\\.',
        'mahallesi',
        'sok\\.?',
        'sk\\.?',
        'sokak',
        'sokağı',
        'cad\\.?',
        'cd\\.?',
        'caddesi',
        'bulvarı',
        'blv\\.?',
        // English, Emirati
        'street',
        'st\\.',
        'road',
        'rd\\.?',
        // Thai lanes ("Soi Sukhumvit 66")
        'soi',
        // Kyrgyz: a numbered street («4-көчө») and a residential quarter («Ак-Орго конушу»)
        'көчө',
        'конушу(?:нда)?',
        'avenue',
        'ave\\.?',
        'lane',
        'boulevard',
        'blvd\\.?',
        'drive',
        'square',
        'highway',
        'prospekt(?:a|e|u|om)?',
        'community',
        // Russian in Latin letters, as foreign and Turkic documents transliterate it («ulitsa Lenina 5»)
        'ulits[aeyu]',
        'ulic[aeyu]',
        'pereulok',
        'pereulk[ae]',
        'bulvar(?:a|e)?',
        'shosse',
        'naberezhn(?:aya|oy)',
        'ploshchad',
        'mikrora[iy]on(?:a|e)?',
        // Korean romanised: -ro, -gil, -dong are written onto the name (see ROMANISED_KOREAN)
      ].join('|'),
      'iu',
    ),
  ],
  [
    'house',
    /д\.|дом(?:а|е|у|ом)?|dom(?:a|e)?|korpus|stroeni[ey]|вл\.|владени[еяи]|корп\.?|корпус(?:а|е)?|стр\.|строени[ея]|здани[ея]|үй(?:і|де|дө|дің|дүн)?|подъезд\p{L}*|уй(?:да|нинг|ида)?|uy(?:da|ning|ida)?|[úu][ıi]|üi(?:[ıi]nde|de)?|üyde|d\.|korp\.|house|no[:.]?|building|bldg\.?|dormitory|dorm|tower|villa|residence|residences|heights|plaza|block|blok|bina|apartments|хонаи|бинои|jaý/iu,
  ],
  [
    'flat',
    /кв\.?|квартир(?:а|е|у|ы|ой)|kvartir(?:a|e|y)|комн\.?|комнат[аеуы]|пәтер(?:і|де|інде)?|батир(?:и|де|да|инде)?|кв-ра|xonadon(?:da|ida)?|хонадон(?:да|ида)?|shop|bed[ -]?space|p[áä]?ter|kv\.|m\.|ap\.|flat|apt\.?|apartment|room|office|floor|daire|d[:.]|kat[:.]?|ҳуҷраи|хонаи|х\.|öý/iu,
  ],
  [
    'settlement',
    /г\.|город(?:а|е)?|гор\.|пос\.|п\.|пгт\.?|посёлок|поселок|поселке|посёлке|с\.|село|селе|аул(?:а|е)?|р-н\.?|район(?:а|е)?|обл\.|област[ьи]|қ\.|қаласы(?:нда|ның)?|ауданы(?:нда)?|ауылы(?:нда)?|облысы|ш\.|шаары(?:нда)?|району(?:нда)?|айылы|облусу|sh\.|shahri(?:da)?|shahar|шаҳар|tumani(?:da)?|viloyati|qishlog['ʻʼ‘’`]?i|қишлоғи|шаҳри|тумани|вилояти|шаар\p{L}*|джамоат\p{L}*|кишлак\p{L}*|г\.о\.|qalasy\p{L}*|a[ýu]dany\p{L}*|oblysy|a[ýu]yly|q\.|city|village|ноҳияи|деҳаи|шаҳри|вилояти|ҷамоати|şäheri|welaýaty|etraby|obasy/iu,
  ],
];
const WHOLE_WORDS = ADDRESS_WORDS.map(
  ([role, pattern]) => [role, new RegExp(`^(?:${pattern.source})$`, 'iu')] as const,
);
const roles = new Map<string, Role | null>();
/** The role of an address word, or undefined; read once per distinct word (bounded cache). */
function roleOf(word: string): Role | undefined {
  let role = roles.get(word);
  if (role === undefined) {
    if (roles.size >= 50_000) roles.clear();
    role = WHOLE_WORDS.find(([, pattern]) => pattern.test(word))?.[0] ?? null;
    roles.set(word, role);
  }
  return role ?? undefined;
}
/** A year or a day with its month («1995-жыл», «1997-йил», «12-июль», «6-апрел»): a date, not a house. */
const DATE_PART =
  /^(?:(?:19|20)\d{2}-?(?:жыл|жил|йил|yil|ж\.|njy|nji)\p{L}*|\d{1,2}-(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр|yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|oktabr|noyabr|dekabr)\p{L}*)$/iu;
/** English street words are common nouns ("the road 5 km"): a street only after its name ("Baker Street", "abay avenue"). */
const AFTER_NAME_ONLY = /^(?:road|rd\.?|lane|drive|square|highway|community|avenue|ave\.?|boulevard|blvd\.?|st\.)$/iu;
const YEAR = /^(?:19|20)\d{2}$/;
const BUILDING = /^(?:building|tower|residence|residences|heights|villa|apartments|plaza|complex)$/iu;
/** The word "address" itself: a cue before the phrase, not part of it. */
const ADDRESS_NOUN =
  /^(?:адрес\p{L}*|address\p{L}*|manzil\p{L}*|мекенжай\p{L}*|мекен-жай\p{L}*|дарег\p{L}*|adres\p{L}*)$/iu;
/** Address words written before the name they go with («ул. Абая», «г. Алматы»). */
// Not the Kyrgyz and Uzbek possessive, written after its name («Чүй проспекти»).
const STREET_FIRST =
  /^(?!(?:проспекти|prospekti))(?:ул|улиц|ulits|ulic|prospekt|pereul|bulvar|mikrora|пр|просп|пер|б-р|бул|наб|пл|мкр|микрорайон|кв-л|жилмассив|os\.|osiedl|str-la|г\.|город|пос|п\.|с\.|махалл|кӯчаи|кучаи|хиёбони|ноҳияи|деҳаи|шаҳри|вилояти|ҷамоати|микроноҳияи|хонаи|ҳуҷраи)/iu;
/** A Russian adjective in any case: a street's name before its word («Садовой улице», «Южнопортовая ул.», "Lyublinskaya ulitsa"). */
const RUSSIAN_ADJECTIVE = /^\p{Lu}\p{Ll}{2,30}(?:ая|ой|ую|ий|ый|ом|ей|яя|юю|aya|oy|uyu|iy|yy|yaya)$/u;
/** A title in a street's name after the person's («Байтик Баатыр», «Төле Би»). */
const STREET_TITLE = /^(?:Батыр|Баатыр|Batyr|Baatyr|Би|Bi|Датка|Datka|Хан|Khan|Ата|Ata)$/u;
const HONORIFIC =
  /^(?:батыр\p{L}*|би|бия|биі|ата|апа|хан\p{L}{0,3}|ага|batyr\p{L}*|bı|bi|ata|xon|khan|ибни|ibni|ibn|bin)$/iu;
/** Words that end a phrase even when capitalised at a sentence start. */
const STOP_WORDS =
  /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|of|and|or|for|to|from|with|by|in|и|в|во|на|с|у|к|о|об|из|от|для|ал|ол|олар|алар|u|ular|men|мен|biz|siz)$/iu;
// Korean addresses write the kind onto the name: Danwon-gu, Wongok-ro, Yeoksam-dong, Ansan-si.
const ROMANISED_KOREAN = /^(?:\p{Lu}|\d)\p{Ll}+-(?:gu|ro|gil|dong|si|do|daero|eup|myeon)$/u;

/** Words that introduce an address; a phrase right after one needs only a number. */
const ADDRESS_CUE =
  /(?:по адресу|адрес(?:у|ом)?(?: проживания| регистрации)?|проживающ\p{L}* по|зарегистрирован\p{L}* по|address(?: of residence)?|residing at|resides at|resided at|lived at|lives at|living at|stayed at|manzil\p{L}*|мекенжай\p{L}*|мекен-жай\p{L}*|дарег\p{L}*|адреси\p{L}*|adres\p{L}*|суроға\p{L}*|сокини|salgy\p{L}*)[ \t]*[:-]?[ \t]*$/iu;

// Tokens: a run of six digits or more (an identifier or a phone, never part of an address), a
// word (with a trailing dot or colon of an abbreviation), a slashed abbreviation («ш/а»), a number with what is written onto it («45-үй», "5/3", "22а", "12-3"), or one other character. Words are bounded (linear).
const TOKEN = new RegExp(
  `\\d{6,30}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}(?!\\d)|\\p{L}{1,3}\\.(?:\\p{L}{1,3}\\.)+|\\p{L}{1,2}/\\p{L}(?![\\p{L}])|\\d{1,4}\\p{Ll}{1,20}-(?:ro|gil|daero)(?![\\p{L}])|\\d{1,5}(?:[/-]\\d{1,5}){0,2}(?:\\p{Lu}-\\p{Ll}{1,12}(?![\\p{L}])|-?\\p{L}{1,12}(?![\\p{L}]|-\\d)|['’](?:da|de|ta|te)(?![\\p{L}]))?(?:\\.(?=[ \\t]?(?:Sok|Sk|Cad|Cd|Mah|Bulv)))?|[Bb]ed[ -]space|\\p{L}[\\p{L}${APOSTROPHES}]{0,40}(?:-[\\p{L}\\d][\\p{L}${APOSTROPHES}\\d]{0,20}){0,3}[.:]?|\\s+|.`,
  'gsu',
);

interface Token {
  start: number;
  end: number;
  kind: 'name' | 'lower' | 'number' | 'word' | 'separator' | 'space' | 'other';
  role?: Role;
  text: string;
  /** A full word before a full stop ("Rudaki Avenue. Flight …"): the phrase ends with it. */
  endsSentence?: boolean;
}

function classify(text: string, start: number): Token {
  const end = start + text.length;
  // One character that is neither a letter, a digit, a space nor a separator (most of them).
  if (text.length === 1 && !/[\p{L}\d\s,№:/]/u.test(text)) return { start, end, text, kind: 'other' };
  if (/^\s+$/.test(text)) return { start, end, text, kind: /\n/.test(text) ? 'other' : 'space' };
  if (text === ',' || text === '№' || text === ':' || text === '/') return { start, end, text, kind: 'separator' };
  if (/^\d{6}/.test(text) || DATE_PART.test(text) || /^\d{1,2}\.\d{1,2}\.\d{2,4}$/u.test(text))
    return { start, end, text, kind: 'other' };
  if (/^\d/.test(text)) {
    const suffix = /-?(\p{L}{1,9})$/u.exec(text)?.[1];
    // "3rd", "21st": an ordinal, not a road.
    const ordinal = suffix !== undefined && /^(?:st|nd|rd|th)$/iu.test(suffix);
    return { start, end, text, kind: 'number', role: suffix && !ordinal ? roleOf(suffix) : undefined };
  }
  if (/^\p{L}/u.test(text)) {
    const role = roleOf(text);
    if (role) return { start, end, text, kind: 'word', role };
    // A name or word ending a sentence or clause: the stop is not part of it.
    const word = text.replace(/[.:]$/u, '');
    const endsSentence = text.endsWith('.') && word.length >= 4 && !TITLE_ABBREVIATION.test(word);
    const wordRole = roleOf(word) ?? (ROMANISED_KOREAN.test(word) ? 'street' : undefined);
    if (wordRole) return { start, end: start + word.length, text: word, kind: 'word', role: wordRole, endsSentence };
    if (STOP_WORDS.test(word) || ADDRESS_NOUN.test(word)) return { start, end, text, kind: 'other' };
    const kind = /^\p{Lu}/u.test(word) ? 'name' : 'lower';
    return { start, end: start + word.length, text: word, kind, endsSentence };
  }
  return { start, end, text, kind: 'other' };
}

// «ул. Акад. Сатпаева», «ул. Проф. Иванова»: a title shortened inside a street's name, no full stop.
const TITLE_ABBREVIATION = /^(?:акад|проф|генерал|маршал|prof|acad|gen|инж|арх)$/iu;

/** Whether an address cue («по адресу:», "resides at") ends right before `start`. */
function isCued(text: string, start: number): boolean {
  // Every cue ends in a letter before its spaces, colon or dash: most numbers are ruled out by one look.
  let at = start - 1;
  while (at >= 0 && at > start - 6 && /[ \t:-]/.test(text[at])) at--;
  if (at < 0 || !/\p{L}/u.test(text[at])) return false;
  return ADDRESS_CUE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Whether a window can hold an address: a phrase is one only with a street, house or flat word
 * (also written onto a number: «45-үй», «5кв»; a settlement's alone makes none) or after a cue, so
 * a window with neither is not read word by word (most windows around a text's numbers: dates,
 * sums, ages). Such a word here is one a token could be whole: not inside a longer word.
 */
const ANY_ADDRESS_WORD = new RegExp(
  `(?<![\\p{L}${APOSTROPHES}])(?:${ADDRESS_WORDS.filter(([role]) => role !== 'settlement')
    .map(([, pattern]) => pattern.source)
    .join('|')}|\\p{L}+-(?:gu|ro|gil|dong|si|do|daero|eup|myeon))(?:(?<=[.:])|(?![\\p{L}${APOSTROPHES}]))` +
    // A number's written-on word of ten letters or more is read by its last nine.
    '|\\d-?\\p{L}{10}',
  'iu',
);
const ANY_ADDRESS_CUE = new RegExp(ADDRESS_CUE.source.replace(/\$$/u, ''), 'iu');
const mayHoldAddress = (text: string, from: number, to: number) =>
  ANY_ADDRESS_WORD.test(text.slice(from, to)) || ANY_ADDRESS_CUE.test(text.slice(Math.max(0, from - 40), to));

/** Street addresses in `text`. */
export function detectAddressPhrases(text: string): Detection[] {
  return [
    ...windowsAroundNumbers(text).flatMap(([from, to]) =>
      mayHoldAddress(text, from, to) ? detectInWindow(text, from, to) : [],
    ),
    ...detectStreetsByNameAlone(text),
  ];
}

/**
 * A street named after someone, said without its word, then the house, where someone's home is
 * spoken of: «снимали квартиру на Жандосова 58», «живёт по Сатпаева, 22, кв. 5». The number closes
 * the phrase or a flat follows, so «заявление на Иванова 3 марта» stays a date.
 */
const STREET_BY_NAME_ALONE =
  /(?<![\p{L}])(?:на|по)[ \t]+(?<value>\p{Lu}\p{Ll}{2,20}(?:ова|ева|ёва|ина|ына|ского|цкого),?[ \t]+\d{1,4}[а-д]?(?:[/-]\d{1,4})?(?:,?[ \t]+кв\.?[ \t]*\d{1,4})?)(?=[ \t]*(?:[,.;:)!?]|$))/gmu;
// Where someone lives or stays is said just before: «снимали квартиру на …», «живёт по …» (not a
// vote «на Сидорова 3», a score «на Петрова, 3:1» or a car «пересел на Калина 2»).
const RESIDENCE_BEFORE =
  /(?:жив\p{L}*|жил\p{L}*|прожива\p{L}*|снима\p{L}*|снял\p{L}*|квартир\p{L}*|переех\p{L}*|поселил\p{L}*|адрес\p{L}*|общежити\p{L}*|дом[аеу]?)[^.!?;\n]{0,30}$/iu;
function detectStreetsByNameAlone(text: string): Detection[] {
  const found: Detection[] = [];
  for (const match of text.matchAll(STREET_BY_NAME_ALONE)) {
    const start = match.index + match[0].length - match.groups!.value.length;
    if (!RESIDENCE_BEFORE.test(text.slice(Math.max(0, start - 50), start))) continue;
    if (/^\d/u.test(text.slice(start + match.groups!.value.length).replace(/^[ \t]*:/u, ''))) continue;
    found.push({ type: 'ADDRESS', start, end: start + match.groups!.value.length, text: match.groups!.value });
  }
  return found;
}

/**
 * Every address holds a number: only the text around numbers is read (most text has none), and
 * only on the number's line, as a line break ends every address phrase.
 */
const REACH = 160;
function windowsAroundNumbers(text: string): [number, number][] {
  const windows: [number, number][] = [];
  // The line around the current number, found by moving forward only (linear time).
  let lineStart = 0;
  let lineEnd = -1;
  for (const number of text.matchAll(/\d+/g)) {
    if (number.index > lineEnd) {
      lineStart = lineEnd + 1;
      for (let newline = text.indexOf('\n', lineEnd + 1); newline >= 0 && newline < number.index;) {
        lineStart = newline + 1;
        newline = text.indexOf('\n', lineStart);
      }
      lineEnd = text.indexOf('\n', number.index);
      if (lineEnd < 0) lineEnd = text.length;
    }
    let from = Math.max(lineStart, number.index - REACH);
    const to = Math.min(lineEnd, number.index + number[0].length + REACH);
    const last = windows.at(-1);
    if (last && from <= last[1]) {
      last[1] = Math.max(last[1], to);
      continue;
    }
    // Start at a word's beginning, not inside it.
    for (let step = 0; step < 40 && from > lineStart && !/\s/.test(text[from - 1]); step++) from--;
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

function detectInWindow(text: string, from: number, to: number): Detection[] {
  const tokens = [...text.slice(from, to).matchAll(TOKEN)].map((match) => classify(match[0], from + match.index));
  const found: Detection[] = [];
  let index = 0;
  while (index < tokens.length) {
    const first = tokens[index];
    if (first.kind !== 'name' && first.kind !== 'word' && first.kind !== 'number') {
      index++;
      continue;
    }
    // The phrase: address words, names (four at most in a row), numbers, commas and spaces; a
    // lower-case word only as the second word of a street name before its address word («Төле би
    // көшесі», "abay avenue") or «по» between a house and its street («дом 5 по проспекту Абая»).
    const members: Token[] = [];
    let namesInRow = 0;
    let end = index;
    for (; end < tokens.length; end++) {
      const token = tokens[end];
      if (token.kind === 'space' || token.kind === 'separator') {
        members.push(token);
        continue;
      }
      if (token.kind === 'lower') {
        const next = tokens[end + 1]?.kind === 'space' ? tokens[end + 2] : tokens[end + 1];
        // A lower-case word joins only a street or place word after it, not a flat ("apartment was Flat 5").
        const joinsStreet = next?.kind === 'word' && (next.role === 'street' || next.role === 'settlement');
        const previous = members.filter((member) => member.kind !== 'space').at(-1);
        // «дом 5 по проспекту Абая», «дом 14 по Южнопортовой улице»
        const houseToStreet =
          /^(?:по|on|at)$/iu.test(token.text) && previous?.kind === 'number' && (joinsStreet || next?.kind === 'name');
        // Honorifics written small after a name: «Карасай батыра», «Төле би», "Tóle bı".
        const honorific = previous?.kind === 'name' && HONORIFIC.test(token.text);
        // A place in a lower-case address ("…, 45 abai avenue, almaty").
        const place = previous !== undefined && isPlace(token.text);
        if (!joinsStreet && !houseToStreet && !honorific && !place) break;
        members.push(token);
        continue;
      }
      // «на ул. Абая в доме 5»: a preposition between two parts of one address.
      if (token.kind === 'other' && /^(?:в|во|на|in|at)$/iu.test(token.text) && members.length > 0) {
        const next = tokens[end + 1]?.kind === 'space' ? tokens[end + 2] : tokens[end + 1];
        // «дома 86, корпус 1, на Ореховой улице»: or before a street's adjective and its word.
        const afterNext = tokens[end + 3]?.kind === 'space' ? tokens[end + 4] : tokens[end + 3];
        const adjectiveStreet =
          next?.kind === 'name' && RUSSIAN_ADJECTIVE.test(next.text) && afterNext?.role === 'street';
        if ((next?.kind === 'word' && next.role !== undefined) || adjectiveStreet) {
          members.push({ ...token, kind: 'lower' });
          continue;
        }
      }
      if (token.kind === 'other') break;
      // A form's label («Суроға: …», "Address: …") comes before the address, never in it ("Kapı:15" is in it).
      // Only a label that opens the phrase: inside an address "Kapı: 3", «Этаж: 3» are its parts.
      if (
        token.kind === 'name' &&
        members.length === 0 &&
        text[token.end] === ':' &&
        /\s/u.test(text[token.end + 1] ?? '\n')
      ) {
        end++;
        break;
      }
      namesInRow = token.kind === 'name' ? namesInRow + 1 : 0;
      // Four: "Sheikh Khalifa Bin Zayed Street".
      if (namesInRow > 4) break;
      members.push(token);
      if (token.endsSentence) {
        end++;
        break;
      }
    }
    index = Math.max(end, index + 1);
    const words = members.filter((member) => member.kind !== 'space' && member.kind !== 'separator');
    const houseNumbered = words.some((word) => word.kind === 'number' && word.role === 'house');
    const isStreet = (word: Token, at: number) =>
      word.role === 'street' &&
      // «к.» abbreviates «көшесі» but is also an initial («Ахметов К.»): a street only before «N-үй»,
      // or in lower case before a number («Байтик Баатыр к., 115/7»).
      (!/^[кk]\.$/iu.test(word.text) || houseNumbered || (word.text === 'к.' && words[at + 1]?.kind === 'number')) &&
      (!AFTER_NAME_ONLY.test(word.text) || words[at - 1]?.kind === 'name' || words[at - 1]?.kind === 'lower');
    const roles = new Set(
      words.map((word, at) => (word.role === 'street' && !isStreet(word, at) ? undefined : word.role)),
    );
    // A year is not a house number unless a house or flat word names it ("Flat 1978").
    const numbers = words.filter(
      (word, at) =>
        word.kind === 'number' &&
        (!YEAR.test(word.text) || words[at - 1]?.role === 'house' || words[at - 1]?.role === 'flat'),
    );
    if (numbers.length === 0) continue;
    const cued = isCued(text, first.start);
    // A building named by its name and kind ("Al Noor Tower") is an address with its number.
    const namedBuilding = words.some((word, at) => BUILDING.test(word.text) && at > 0 && words[at - 1].kind === 'name');
    const buildingAndUnit =
      (roles.has('house') && roles.has('flat')) || ((roles.has('house') || roles.has('flat')) && namedBuilding);
    // A flat in a named town or district needs no street ("Flat 304, Al Barsha 1, Dubai").
    const flatInPlace = roles.has('flat') && words.some((word) => word.kind === 'name' && isPlace(word.text));
    if (!roles.has('street') && !buildingAndUnit && !flatInPlace && !cued) continue;

    // Start: the first address word or number, or the name before an address word written after
    // its name («Ленин көчөсү», "Lale Sok.", "Toshkent sh."), two when two names alone precede it
    // ("Amir Temur ko‘chasi"); a longer run of names starts with a person's. A name before a
    // Russian street word is more often a person's.
    const firstMarked = words.findIndex((word) => word.kind !== 'name');
    let startWord = firstMarked;
    if (cued) startWord = 0;
    else if (
      words[firstMarked].kind === 'word' &&
      // A name before a flat or building word is a person's ("Dubayda Mavluda Flat 937, …").
      words[firstMarked].role !== 'house' &&
      words[firstMarked].role !== 'flat' &&
      firstMarked > 0 &&
      // "Chungcheongnam-do" carries its own name.
      !ROMANISED_KOREAN.test(words[firstMarked].text)
    ) {
      // Two names make a street's name ("Amir Temur ko‘chasi"), a settlement has one («Ош ш.»):
      // the word before it is then a person's («Сыргак Ош ш., …»).
      // A Turkish neighbourhood's second word is often a place word ("Yenibosna Merkez Mah.").
      const twoWordName =
        firstMarked === 2 &&
        words[firstMarked].role === 'street' &&
        // «к.» follows a surname-shaped street name alone («Жароков к.»), or a name and a title («Шабдан Баатыр к.»).
        (!/^[кk]\.$/iu.test(words[firstMarked].text) || STREET_TITLE.test(words[1].text)) &&
        (!isPlace(words[1].text) || /^mah/iu.test(words[firstMarked].text)) &&
        // "Aizada Kumkapı Mah.": a given name before a one-word neighbourhood is the resident's.
        !(
          /^mah/iu.test(words[firstMarked].text) &&
          GIVEN_NAMES.has(words[0].text.toLowerCase()) &&
          !isPlace(words[0].text)
        ) &&
        /^[ \t]+$/u.test(text.slice(words[0].end, words[1].start));
      // A street named after a person by given name and surname or title («Шәмші Қалдаяқов көшесі»,
      // «Байтик Баатыр көчөсү»): both words are the street's, whatever stands before them.
      const namedAfterPerson =
        firstMarked >= 3 &&
        (SURNAME_SHAPE.test(words[firstMarked - 1].text) || STREET_TITLE.test(words[firstMarked - 1].text)) &&
        !isPlace(words[firstMarked - 2].text) &&
        /^[ \t]+$/u.test(text.slice(words[firstMarked - 2].end, words[firstMarked - 1].start));
      if (!STREET_FIRST.test(words[firstMarked].text))
        startWord = twoWordName ? 0 : namedAfterPerson ? firstMarked - 2 : firstMarked - 1;
      // A Russian street named by an adjective stands before its word («на Садовой улице»).
      else if (RUSSIAN_ADJECTIVE.test(words[firstMarked - 1].text)) startWord = firstMarked - 1;
    }
    // A building's own name before its word ("Al Shafar Tower, Apt 1655", "Burj Nahar Residence").
    if (BUILDING.test(words[startWord].text) && startWord === firstMarked) {
      for (let named = 0; named < 3 && startWord > 0 && words[startWord - 1].kind === 'name'; named++) {
        if (named === 2 && !/^(?:Al|Burj|Dar|Bait|Beit)$/u.test(words[startWord - 1].text)) break;
        startWord--;
      }
    }
    // A housing estate with its number before the house («Юнусабад-9, дом 25, кв. 227»).
    if (
      startWord > 0 &&
      words[startWord].role === 'house' &&
      words[startWord - 1].kind === 'name' &&
      /-\d{1,3}$/u.test(words[startWord - 1].text)
    )
      startWord--;
    // Places written before the address, and "Al …" districts before their number ("İstanbul,
    // Fatih, Laleli Mah.", "Al Nahda 2, Building 14").
    while (startWord > 0 && words[startWord - 1].kind === 'name' && isPlace(words[startWord - 1].text)) startWord--;
    if (startWord >= 2 && words[startWord].kind === 'number' && words[startWord - 2].text === 'Al') startWord -= 2;
    // "Al Rigga, Street 12": the district's article goes with it.
    else if (startWord >= 1 && words[startWord - 1].text === 'Al') startWord -= 1;
    // The name before an Arabic article is the street's too ("Salah Al Din Street", "Hor Al Anz Street").
    // Not a place before a district ("Dubayda Al Fajer Tower", «Дубайда Al Rigga, Street 12»).
    if (
      startWord >= 1 &&
      words[startWord].text === 'Al' &&
      words[startWord - 1].kind === 'name' &&
      words[startWord + 1]?.kind === 'name' &&
      words[startWord + 2]?.role === 'street' &&
      /^[ \t]+Al[ \t]+\p{L}+[ \t]+$/u.test(text.slice(words[startWord - 1].end, words[startWord + 2].start))
    )
      startWord -= 1;
    // End: the last number, then a building or street named after it ("504, Al Khail Building",
    // «5 по проспекту Абая»).
    // «… хонаи 8 Манучеҳр Болтаев 6 духтарро …»: two names between numbers, with no address word,
    // are a person's, and the number after them, counting what follows, is not the address's.
    while (numbers.length > 1) {
      const last = words.lastIndexOf(numbers[numbers.length - 1]);
      const previous = words.lastIndexOf(numbers[numbers.length - 2]);
      const between = words.slice(previous + 1, last);
      // "Labour Camp 6, Hamdan Street", "İç Kapı:15" stay: the count is read on into a lower-case word.
      const counted =
        /^[ \t]+$/u.test(text.slice(between[between.length - 1]?.end ?? 0, words[last].start)) &&
        /^[ \t]+\p{Ll}/u.test(text.slice(words[last].end, words[last].end + 3));
      if (between.length < 2 || !between.every((word) => word.kind === 'name') || !counted) break;
      numbers.pop();
    }
    let endWord = words.lastIndexOf(numbers[numbers.length - 1]);
    const rest = words.slice(endWord + 1);
    const named = rest.findIndex(
      (word) => word.kind === 'word' && (word.role === 'street' || BUILDING.test(word.text)),
    );
    if (
      named >= 0 &&
      named <= 3 &&
      rest.slice(0, named).every((word) => word.kind === 'name' || word.kind === 'lower')
    ) {
      endWord += named + 1;
      // The name of a street written after its word («по проспекту Абая», "ul. Pervomayskaya").
      if (STREET_FIRST.test(words[endWord].text) && words[endWord + 1]?.kind === 'name') {
        endWord++;
        // A Tajik name joined by the izafa goes on («кӯчаи Камоли Хуҷандӣ», «кӯчаи Ҳофизи Шерозӣ»).
        for (let more = 0; more < 2 && /и$/u.test(words[endWord].text) && words[endWord + 1]?.kind === 'name'; more++)
          endWord++;
        // …and a title after the name, written small or not («по проспекту Абылай хана», «по улице Толе Би»).
        const title = words[endWord + 1];
        if (title && (title.kind === 'lower' || title.kind === 'name') && HONORIFIC.test(title.text)) endWord++;
      }
    }
    // An Emirati district, a road or a place after the address ("…, Al Quoz 4", "…, Bur Dubai",
    // "…, Sheikh Zayed Road", "…, Apt. 67, Almaty", "… D: 9, Fatih/İstanbul", "…, almaty").
    // The number of words from `at` through a street word after one to four names, or 0.
    const streetNamedAfter = (at: number) => {
      for (let length = 1; length <= 4 && words[at + length - 1]?.kind === 'name'; length++) {
        if (words[at + length]?.role === 'street') return length + 1;
      }
      return 0;
    };
    for (let extra = 0; extra < 4; extra++) {
      const next = words[endWord + 1];
      if (!next) break;
      if (/^(?:Al|Bur|Umm|Ras|Jumeirah)$/u.test(next.text) && words[endWord + 2]?.kind === 'name') {
        endWord += 2;
        if (words[endWord + 1]?.kind === 'number' && words[endWord + 1].text.length <= 2) endWord++;
        else if (words[endWord + 1]?.role === 'street') endWord++;
      } else if (
        next.kind === 'word' &&
        (next.role === 'house' || next.role === 'flat') &&
        /^[ \t]+$/u.test(text.slice(words[endWord].end, next.start))
      ) {
        // A house or flat word written after its number ("12-nji jaý", "39-njy öý").
        endWord++;
      } else if (next.kind === 'word' && ROMANISED_KOREAN.test(next.text)) {
        // "…, Guro-gu, Seoul": the district and then the city.
        endWord++;
      } else if (next.kind === 'name' && words[endWord + 2] !== undefined && isPlace(words[endWord + 2].text)) {
        // "…, Deira, Dubai": a district and then its city.
        endWord += 2;
      } else if (next.kind === 'name' && words[endWord + 2]?.kind === 'name' && words[endWord + 3]?.role === 'street') {
        endWord += 3;
      } else if (BUILDING.test(words[endWord].text) && streetNamedAfter(endWord + 1) > 0) {
        // "…, Al Fahidi Building, Damascus Street", "…, Sheikh Khalifa Bin Zayed Street": the street the building stands on.
        endWord += streetNamedAfter(endWord + 1);
      } else if ((next.kind === 'name' || next.kind === 'lower') && isPlace(next.text)) {
        endWord++;
        if (text[words[endWord].end] === '/' && words[endWord + 1] && isPlace(words[endWord + 1].text)) endWord++;
      } else break;
    }
    // A year before the address is the person's, not the house's («туған жылы 1981, Астана қ., …»).
    while (startWord < endWord && words[startWord].kind === 'number' && !numbers.includes(words[startWord]))
      startWord++;
    if (startWord > endWord) continue;
    const start = words[startWord].start;
    const finish = words[endWord].end;
    found.push({ type: 'ADDRESS', start, end: finish, text: text.slice(start, finish) });
  }
  return found;
}
