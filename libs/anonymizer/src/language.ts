import {
  COUNTRY_NAMES,
  GIVEN_NAMES,
  MORE_GIVEN_NAMES,
  INSTITUTION_WORD,
  THING_NAME,
  NAMES_THAT_ARE_WORDS,
  WORDS_SHAPED_LIKE_NAMES,
  NOT_NAMES,
  PERSON_CUE_ENDS,
  PERSON_CUES,
  PLACES,
  PROPER_NOUNS_NOT_NAMES,
  REGION_WORDS,
  RUSSIAN_NOUNS,
  SURNAMES,
  WORDS_SHAPED_LIKE_SURNAMES,
} from './gazetteer';
import { detectAddressPhrases } from './addresses';
import {
  EAST_ASIAN_GIVEN_NAME,
  EAST_ASIAN_SURNAME,
  NAME_ELEMENTS,
  PALLADIUS_MARKER,
  CHINESE_ONLY_SURNAME,
  CHINESE_SURNAMES,
  PINYIN_GIVEN_NAME,
  PALLADIUS_SYLLABLE,
  REGION_NAME_SHAPE,
  SURNAME_SHAPE,
} from './name-shapes';
import { mayMatch, requiring } from './required-words';
import type { Detection, EntityType } from './types';

/** Detectors that read language: people, street addresses, dates of birth. */

const APOSTROPHE = "['ʻʼ‘’`]";
const WORD = "\\p{Lu}[\\p{Ll}ʼ'’‘ʻ`]*\\p{Ll}";
// Case endings to strip before looking a word up: Kazakh and Uzbek suffixes, then Russian.
const CYRILLIC_ENDINGS = [
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'ға',
  'ге',
  'қа',
  'ке',
  'га',
  'ни',
  'ны',
  'ні',
  'ды',
  'ді',
  'мен',
  'нинг',
  'ning',
  // Turkmen genitive and accusative («Maralyň», «Ogulbibiniň», «Aýsoltany»).
  'nyň',
  'niň',
  'yň',
  'iň',
  'ny',
  'ga',
  'ni',
  'dan',
  'ами',
  'ями',
  'ыми',
  'ими',
  'ой',
  'ей',
  'ою',
  'ею',
  'ом',
  'ем',
  'ым',
  'им',
  'ого',
  'ему',
  'ому',
  'ую',
  'юю',
  'а',
  'я',
  'у',
  'ю',
  'ы',
  'и',
  'е',
];

/** Built like a given name of the region (`shape`) and no dictionary word («Abduction» is one). */
const builtLikeName = (word: string, shape: RegExp) =>
  shape.test(word) && !WORDS_SHAPED_LIKE_NAMES.has(word.toLowerCase());

/**
 * A given name of the lists or built like one, also under a case ending. The unsourced list
 * (MORE_GIVEN_NAMES) counts only as written and only where a name is written with its capital
 * (`lowerCase` false): in lower case its names («калон», Tajik "big") are too often the language's words.
 */
function isGivenName(original: string, lowerCase = false): boolean {
  const word = original.toLowerCase();
  if (GIVEN_NAMES.has(word) || (!lowerCase && MORE_GIVEN_NAMES.has(word)) || builtLikeName(original, NAME_ELEMENTS))
    return true;
  for (const ending of CYRILLIC_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, -ending.length);
    for (const base of [stem, `${stem}а`, `${stem}я`, `${stem}ь`, `${stem}й`, `${stem}ия`]) {
      if (GIVEN_NAMES.has(base)) return true;
    }
    if (builtLikeName(original.slice(0, -ending.length), NAME_ELEMENTS)) return true;
  }
  return false;
}

/** The weaker shapes of the region's given names, also under a case ending («Айзаданы», «Ерасылды»). */
const hasRegionNameShape = memoized((original) => {
  if (
    isNeverName(original) ||
    isPlace(original) ||
    isPlaceInRussianCase(original) ||
    isPlaceInLocative(original) ||
    CUE_WORD.test(original) ||
    DIRECTION_WORD.test(original)
  )
    return false;
  if (builtLikeName(original, REGION_NAME_SHAPE)) return true;
  const word = original.toLowerCase();
  for (const ending of [...CYRILLIC_ENDINGS, ...KYRGYZ_ENDINGS]) {
    if (!word.endsWith(ending) || word.length - ending.length < 4) continue;
    const stem = original.slice(0, -ending.length);
    if (builtLikeName(stem, REGION_NAME_SHAPE) || builtLikeName(`${stem}а`, REGION_NAME_SHAPE)) return true;
  }
  return false;
});
const KYRGYZ_ENDINGS = [
  'дун',
  'дүн',
  'дын',
  'дин',
  'тун',
  'түн',
  'тын',
  'тин',
  'нун',
  'нүн',
  'ду',
  'дү',
  'ту',
  'тү',
  'ну',
  'нү',
  'го',
  'гө',
  'ко',
  'кө',
  'ке',
  'да',
  'де',
  'ды',
  'ді',
  'ны',
  'ні',
  'ның',
  'нің',
  'ға',
  'ге',
  'ка',
  'қа',
];

/** A verb right after the word, in the past or present third person: the word is its subject. */
const VERB_AFTER =
  /^[ \t]+(?:\p{Ll}{2,}(?:ла|ли|лся|лась|лись|ет|ит|ют|ят)|\p{Ll}{2,}(?:ған|ген|қан|кен|ган|кан)|\p{Ll}{2,}(?:gan|moqda)|said|told|was|went|left|worked|arrived|agreed|travelled|traveled|returned|called|wrote|testified|stated|explained)(?![\p{L}])/u;

/**
 * A word at a sentence's start that no list knows is the sentence's subject, a person, when what
 * follows says so (case narratives open with the victim's given name):
 * - a phone number or an e-mail address right after it («Айпери +996 …», "Aizat ali@mail.ru");
 * - a destination under a case ending («Назерке Түркияға ұшар…», "Abdulla Janubiy Koreyada"), or
 *   a city with its city word («Шынар Ақтау қ., …», "Maftuna Jizzax shahri, …");
 * - her kin after it («Жұлдыз анасына…», "Sitora called her brother");
 * - in the genitive, before what she said or her passport («Бегимайдын айтымында»);
 * - an apposition that describes a person («Шахло, жительница района…», "Farangis, born…");
 * - a second person joined to it («Мирлан менен Адилет…»), a statement taken from it, a wage
 *   promised to it («Балжаннан алынған…», «Медерге айына…»).
 * Plural nouns («Әйелдер Дубайға…»), directions and sentence adverbs («Кейін Түркияға…») are no
 * subject names.
 */
const SUBJECT_IDENTIFIER_AFTER = /^[ \t]+(?:\+[ \t(]*\d|8[ \t(-]+\d{2,3}|0[ \t(]*\d{2,3}[ \t)-]|[\w.-]+@)/u;
/** «Айжаркындын AC7986887 номериндеги паспорту», «Әселден AN7300870…»: her passport's number. */
const SUBJECT_PASSPORT_AFTER = /^[ \t]+[A-Z]{1,2}[ \t]?\d{7,8}(?![\d])/u;
/** «Мирлан менен Адилет…», «Дәмеш пен Таңшолпан…», "Myrat bilen +993…": one of two people. */
const SUBJECT_AND_AFTER = /^[ \t]+(?:менен|мен|пен|бен|bilen|bilan|ile|va|ва)[ \t]+(?:\p{Lu}|\+|\d)/u;
/** «Балжаннан алынған түсініктеме» (the statement taken from her), «Медерге айына…» (to him, monthly). */
const SUBJECT_FROM_AFTER = /(?:дан|ден|тан|тен|нан|нен)$/u;
const SUBJECT_TO_AFTER = /(?:ға|ге|қа|ке|га|ка|ко|го|ga|ka|qa)$/u;
const SUBJECT_KIN_AFTER =
  /^[ \t]+(?:anasyna|apasyna|äkesine|anasına|анасына|апасына|әкесіне|атасына|ағасына|агасына|әпкесіне|эжесине|сіңлісіне|карындашына|onasiga|otasiga|akasiga|opasiga|singlisiga|онасига|отасига|акасига|опасига|(?:called|phoned|texted|messaged)[ \t]+(?:her|his)[ \t]+(?:mother|father|brother|sister|husband|wife|aunt|uncle|cousin|family)|ба[ \t]+(?:модар|падар|бародар|хоҳар|шавҳар|оила)аш)(?![\p{L}])/u;
const SUBJECT_GENITIVE =
  /(?:дын|дин|тын|тин|нын|нин|дун|дүн|тун|түн|нун|нүн|дың|дің|тың|тің|ның|нің|нинг|ning|dyñ|diñ|tyñ|tiñ|nyñ|niñ|dyng|ding|tyng|ting|nyng|ning)$/u;
const SUBJECT_GENITIVE_AFTER =
  /^[ \t]+(?:айт|сөз|сөзү|so['ʻʼ‘’`]?z|сўз|паспорт|pasport|төлқұжат|instagram|telegram|tiktok|facebook|whatsapp|imo|vk|телефон|telefon|нөмір|номер|raqam)/iu;
/**
 * «… сенім телефонына хабарласып», «… ishonch telefoniga qo‘ng‘iroq qilib» (she called the
 * hotline), «… сот отурумунда ыйлап» (at the hearing), «… и её подруга», «… бир жигит менен»
 * (she and a young man): what a person does.
 */
/** «Түнде», «Жаяу», «Заңсыз», "Yashirincha": how or when, before a crossing of the border; no name. */
const ADVERB_OF_MANNER =
  /(?:да|де|та|те|сыз|сіз|суз|сүз|siz|sız|cha|ча|она|ona|ша|ше|лай|лей)$|^(?:Жаяу|Жөө|Piyoda|Пиёда)$/u;
const SUBJECT_ACT_AFTER =
  /^[ \t]+(?:шекарадан|чегарадан|chegaradan|чек[ \t]арадан|аз[ \t]марз|бо[ \t]шиноснома\p{L}*|сенім[ \t]телефон\p{L}*|ишеним[ \t]телефон\p{L}*|ishonch[ \t]telefon\p{L}*|ишонч[ \t]телефон\p{L}*|сот[ \t]отыры\p{L}*|сот[ \t]отурум\p{L}*|sud[ \t]majlis\p{L}*|суд[ \t]мажлис\p{L}*|дар[ \t]ҷаласаи[ \t]суд|ба[ \t]телефони[ \t]боварӣ|(?:\p{Lu}{3,}|yardım|destek)[ \t]hattını|и[ \t]+(?:её|ее|его)[ \t]+\p{L}+|va[ \t]+uning[ \t]+\p{L}+|(?:мен|пен|менен)[ \t]+(?:оның|анын)[ \t]+\p{L}+|(?:бир|бір|bir|бо[ \t]як)[ \t]+(?:жигит|жігіт|yigit|ҷавон|адам|киши|кісі|kishi|erkek|әйел|аял|ayol|зан)(?![\p{L}]))/iu;
/** «Назгүлдө эки паспорт болгон», "Kamolada ikkita pasport bo'lgan": the passports she had. */
const SUBJECT_LOCATIVE = /(?:да|де|та|те|до|дө|то|тө|da|de|ta|te)$/u;
const SUBJECT_LOCATIVE_AFTER = /^[ \t]+(?:\p{L}+[ \t]+)?(?:паспорт|pasport|төлқұжат|шиноснома)/iu;
// Her age after her name, in each language's form: «, 19 лет», «(19 лет)», «19-сола», «17 yoshda», «19 yaşında»
// (a bare «(19)» follows tables and paragraphs as often).
const SUBJECT_APPOSITION_AFTER =
  /^(?:,[ \t]+(?:жительниц|житель|уроженк|уроженец|гражданк|гражданин|born|aged|a[ \t]+\d{1,2}-year-old|\d{1,2}[ -]?(?:летн|year|жаст|жашт|yosh|ёш|сола|yaş))|[ \t]*\((?:1\d|[2-6]\d)[ \t]+(?:лет|года?|жаста|жашта|жаш|жас|yosh|ёш|сол|years?(?:[ \t]old)?|yaşında)\)|,?[ \t]+\d{1,2}[ -]?(?:сола|солаи|yoshda|yoshli|ёшда|ёшли|жаста|жашта|yaşında|yaşındaki|летняя|летний|year-old)(?![\p{L}]))/iu;
const AGE_BETWEEN_COMMAS_AFTER = /^,[ \t]+(?:1[4-9]|[2-6]\d),[ \t]+(?:from|originally|who|родом)(?![\p{L}])/u;
const PEOPLE_COUNTED = /(?:s|^Women|^Men|^People|^Children)$/u;
const CITY_WORD_AFTER = /^[ \t]+(?:қ\.|қаласы|қаласында|ш\.|шаары|шаарында|shahri|shahrida|шаҳри|шаҳрида|г\.)/u;
const PLURAL_NOUN = /(?:лар|лер|дар|дер|тар|тер|lar|ler)$/u;
/** «Жарнамадагы» (the one in the advert), "E'londagi", "İlandaki": what is somewhere, no name. */
const LOCATIVE_ADJECTIVE =
  /(?:дагы|даги|дағы|дегі|тагы|таги|тағы|тегі|dagi|dagı|tagi|daki|deki|taki|teki|daǵy|degi|taǵy|tegi|dağı|tağı)$/u;
/** «Пишите aliya@mail.kz», «Звонить +7…»: an imperative or an infinitive. */
const RUSSIAN_VERB_FORM = /(?:ите|йте|ать|ять|ить|еть|уть|ться|тесь)$/u;
const REGION_WORD_AFTER =
  /^[ \t]+(?:област\p{L}*|обл\.|район\p{L}*|р-н|кра[йяю]|республик\p{L}*|облыс\p{L}*|облус\p{L}*|viloyat\p{L}*|вилоят\p{L}*)/u;
/** South, north, east, west: the first word of a country or region's name («Жанубий Корея»). */
const DIRECTION_WORD =
  /^(?:Оңтүстік|Солтүстік|Шығыс|Батыс|Түштүк|Түндүк|Чыгыш|Батыш|Janubiy|Shimoliy|Sharqiy|G['ʻʼ‘’`]?arbiy|Жанубий|Шимолий|Шарқий|Ғарбий)$/u;
const SENTENCE_ADVERB =
  /^(?:Кейін|Содан|Сосын|Бұрын|Биыл|Былтыр|Кийин|Андан|Мурда|Быйыл|Анан|Keyin|Avval|Hozir|Shundan|Кейин|Аввал|Ҳозир|Шундан|Кейинчалик|Keyinchalik|Потом|Затем|Позже|Ранее|Сначала|Также|Then|Later|Earlier|Now)$/u;
/** «Қыздың», «Аялдын», "Qizning": the girl's, the woman's — a noun for a person, no name. */
const PERSON_NOUN =
  /^(?:Қыз|Кыз|Qiz|Qyz|Аял|Әйел|Ayol|Ayel|Бала|Bala|Жігіт|Жигит|Yigit|Келин|Kelin|Духтар|Duxtar|Зан)(?:дың|дын|дің|ның|нын|ning|дің|ға|га|ка|қа|ке|ге|ga|ka|qa|да|дан|ды|ны|ni|ни|лар|дар|тар|lar|ро)?$/u;
/** «Микроавтобустың», «Жалдаушының», "Pasportdagi": a dictionary word under a Turkic case ending. */
const TURKIC_GENITIVE_OR_LOCATIVE =
  /^(.{3,}?)(?:ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин|ning|нинг|дағы|дегі|тағы|тегі|даги|dagi|daki|deki|taki|teki)$/u;
const isDictionaryWordWithEnding = memoized((word) => {
  const stem = TURKIC_GENITIVE_OR_LOCATIVE.exec(word.toLowerCase())?.[1];
  if (stem === undefined || isGivenName(titleCase(stem))) return false;
  // Many given names are words too («Сымбат», "Yulduz"): only a Russian noun ending in a consonant
  // («микроавтобус», «перевод») or a Turkic word for someone's trade («жалдаушы») are never names.
  return (
    (/[бвгджзклмнпрстфхцчшщ]$/u.test(stem) && RUSSIAN_NOUNS.has(stem)) ||
    (/(?:шы|ші|чы|чи|ушы|уші|uvchi|chi)$/u.test(stem) && REGION_WORDS.has(stem))
  );
});
// One who does something (the caller, the organiser, the recipient: «Чалуучунун», "Ūiymdastyruşynyñ",
// "Alıcı"), and a Turkish noun with its owner's suffix before the genitive ("Ailesinin", her family's):
// nouns under a case ending, never a name; nor a Tajik document, «…нома» (шиноснома, шаҳодатнома,
// маълумотнома), also misspelt with х.
const AGENT_OR_OWNED_NOUN =
  /(?:уучу|үүчү|оочу|өөчү|ушы|уші|ýshy|ushy|uşı|uwçy|uvchi|увчи)(?:нун|нүн|дун|дүн|ның|нің|nyñ|niñ|nyng|ning|нинг|nın|nin|nun|nün)?$|(?:sinin|sının|sunun|sünün)$|^\p{L}{5,}нома(?:и|ҳо|ҳои|ро|ӣ)?$|^[ҳх]айкал\p{L}*$/u;
const mayBeSubjectName = memoized(
  (word) =>
    /^\p{Lu}[\p{Ll}'ʻʼ‘’`\u00AD]{2,}$/u.test(word) &&
    !PERSON_NOUN.test(word) &&
    !isDictionaryWordWithEnding(word) &&
    !(/\p{Script=Cyrillic}/u.test(word) && ADJECTIVE_ENDING.test(word)) &&
    !PLURAL_NOUN.test(word) &&
    !LOCATIVE_ADJECTIVE.test(word) &&
    !RUSSIAN_VERB_FORM.test(word) &&
    !SENTENCE_ADVERB.test(word) &&
    !DIRECTION_WORD.test(word) &&
    !isNeverName(word) &&
    // A listed given name that is also a village («Темірлан», "Abdulla") is the person here.
    (GIVEN_NAMES.has(word.toLowerCase()) ||
      (!isPlace(word) && !isPlaceWithEnding(word) && !isPlaceInRussianCase(word))) &&
    !CUE_WORD.test(word) &&
    !NETWORK_OR_CONTACT_WORD.test(word) &&
    !NAMES_THAT_ARE_WORDS.has(word.toLowerCase()),
);
const NETWORK_OR_CONTACT_WORD =
  /^(?:Telegram|Instagram|Facebook|Viber|Signal|Skype|Tel|Phone|Telephone|Mobile|Call|Contact|Email|Hotline|Write|Text|Passport|Pasport|Паспорт|Төлқұжат|Message|Send|Reach|Dial|Телефон|Тел|Номер|Телеграм|Вацап|Почта)$/iu;

/** «Камила смогла…», «Бахтовар был отправлен…», «Наврузу пришлось…», «Алланазар говорит…»: a Russian verb after the subject. */
const RUSSIAN_PAST_VERB_AFTER =
  /^[ \t]+(?:\p{Ll}{2,}(?:ла|лась|лся|ли|лись)|был[аи]?[ \t]+\p{Ll}{3,}(?:н|на|ны|т|та|ты)|пришлось|выдали|держали|обещали|предложили|забрали|отправили|вывезли|продали|говорит|рассказывает|вспоминает|утверждает|объясняет|показывает|поясняет|признаёт|признает|живёт|живет|работает|звонит|пишет|плачет|боится)(?![\p{L}])/u;
/** A Russian verb, not a Kazakh word of the same ending («бала», «қала»). */
const isRussianVerbAfter = (word: string) =>
  word.length >= 5 && !/[әғқңөұүһі]/u.test(word) && !REGION_WORDS.has(word.toLowerCase()) && !isRussianNoun(word);
/** A Russian dictionary noun in any case («Женщина», «Женщине», «Полицию»). */
export const isRussianNoun = memoized((word) => {
  const lower = word.toLowerCase();
  if (RUSSIAN_NOUNS.has(lower)) return true;
  // Plural adjectives and participles used as nouns («Пострадавшие», «Рабочих»).
  if (/(?:их|ых|ие|ые)$/u.test(lower)) return true;
  // Genitive plurals that drop or insert a vowel («девушек» → «девушка», «работниц» → «работница»).
  const plural = /^(.{2,}?)(?:ек|ок)$/u.exec(lower) ?? /^(.{2,}?)(?:иц|ец)$/u.exec(lower);
  if (
    plural &&
    [`${plural[1]}ка`, `${plural[1]}ица`, `${plural[1]}ец`, `${plural[1]}ок`].some((base) => RUSSIAN_NOUNS.has(base))
  )
    return true;
  const ending = /(?:ами|ями|ах|ях|ов|ев|ом|ем|ой|ей|ью|а|я|у|ю|е|и|ы)$/u.exec(lower);
  if (!ending || lower.length - ending[0].length < 2) return false;
  const stem = lower.slice(0, -ending[0].length);
  return [stem, `${stem}а`, `${stem}я`, `${stem}ь`, `${stem}й`, `${stem}о`, `${stem}е`].some((base) =>
    RUSSIAN_NOUNS.has(base),
  );
});

/** What follows a name opening a sentence and says it is one (the run's check above). */
const PERSON_AFTER_RUN = new RegExp(
  [
    `^,[ \\t]+an?[ \\t]+\\p{Lu}\\p{Ll}+[ \\t]+(?:national|citizen|woman|man|girl|boy)(?![\\p{L}])`,
    `^,[ \\t]+(?:born|aged|DOB)(?![\\p{L}])`,
    `^,[ \\t]+an?[ \\t]+ethnic[ \\t]+\\p{Lu}`,
    `^[ \\t]+(?:was born|was recruited|was trafficked|was identified as|now lives|lives at|lived at|lived in)(?![\\p{L}])`,
    // Her mother or another kin after a word or two («…, Türkmenistan'daki annesini»).
    `^,?[ \\t]+(?:\\S+[ \\t]+)?(?:annesini|annesine|annesiyle|babasını|babasına|kız kardeşini|kardeşini|kocasını|(?:and[ \\t]+)?(?:her|his)[ \\t]+(?:mother|brother|sister|cousin|friend|husband|daughter|son))(?![\\p{L}])`,
  ].join('|'),
  'u',
);

function isSentenceSubject(text: string, start: number, word: string): boolean {
  if (!mayBeSubjectName(word)) return false;
  const after = text.slice(start + word.length, start + word.length + 60);
  if (
    // «Рақами +992 …»: a dictionary word before a number labels it.
    (SUBJECT_IDENTIFIER_AFTER.test(after) && !REGION_WORDS.has(word.toLowerCase())) ||
    SUBJECT_KIN_AFTER.test(after) ||
    // "Sevinch, 24, from …", not "Women, 24, from …" (a count of people).
    (AGE_BETWEEN_COMMAS_AFTER.test(after) && !PEOPLE_COUNTED.test(word)) ||
    (SUBJECT_APPOSITION_AFTER.test(after) &&
      (!RUSSIAN_NOUNS.has(word.toLowerCase()) || GIVEN_NAMES.has(word.toLowerCase()))) ||
    (SUBJECT_AND_AFTER.test(after) && !REGION_WORDS.has(word.toLowerCase())) ||
    // «Банктен алған несие» (a loan from the bank) is no one's.
    (SUBJECT_FROM_AFTER.test(word) &&
      !isRussianNoun(word.replace(SUBJECT_FROM_AFTER, '')) &&
      /^[ \t]+(?:алынған|алынган|алған|алган|olingan|олинган|olgan)/u.test(after)) ||
    // A wage promised to her, help given to her («Медерге айына…», «Толгонайға психолог көмек…»).
    (SUBJECT_TO_AFTER.test(word) &&
      /^[ \t]+(?:айына|айлык|oyiga|ойига|психолог\p{L}*|psixolog\p{L}*|көмек|жардам|yordam|ёрдам|kömek|жалақы|jalaqy|maosh|маош|\d{1,2}[ \t]+(?:ай|ai|oy|ой)(?![\p{L}]))/u.test(
        after,
      )) ||
    ((SUBJECT_GENITIVE.test(word) || SUBJECT_FROM_AFTER.test(word)) && SUBJECT_PASSPORT_AFTER.test(after)) ||
    (SUBJECT_GENITIVE.test(word) && SUBJECT_GENITIVE_AFTER.test(after)) ||
    (SUBJECT_LOCATIVE.test(word) && SUBJECT_LOCATIVE_AFTER.test(after)) ||
    (SUBJECT_ACT_AFTER.test(after) && !ADVERB_OF_MANNER.test(word)) ||
    // «Selin'den alınan ifade»: the statement taken from her.
    /^['’](?:dan|den|tan|ten)[ \t]+alınan/u.test(after)
  )
    return true;
  const [first, second] = after.trimStart().split(/[ \t,]+/u, 2);
  if (!first) return false;
  // A city with its word and then the address: where she lives («Шынар Ақтау қ., …»).
  if (isPlace(first) && CITY_WORD_AFTER.test(after.trimStart().slice(first.length))) return true;
  // A destination or a verb after a dictionary word is the word's («Маош Туркияга…»), but a Russian
  // verb agreeing with a Kazakh word makes it a name in a Russian sentence («Балауса уехала»).
  if (REGION_WORDS.has(word.toLowerCase()))
    return (
      RUSSIAN_PAST_VERB_AFTER.test(after) &&
      isRussianVerbAfter(first) &&
      /\p{Script=Cyrillic}/u.test(word) &&
      !isRussianNoun(word) &&
      !isNeverName(word)
    );
  if (RUSSIAN_PAST_VERB_AFTER.test(after)) return /\p{Script=Cyrillic}/u.test(word) && !isRussianNoun(word);
  // The masculine past ends like many Turkic words («бепул», «мысал»): both words in Russian letters only.
  if (/^[ \t]+\p{Ll}{3,}[аяеиуоё]л(?![\p{L}])/u.test(after))
    return /^[А-ЯЁ][а-яё]+$/u.test(word) && isRussianVerbAfter(first) && !isRussianNoun(word);
  if (isPlaceWithEnding(first) && !isPlace(first)) return true;
  return second !== undefined && isPlaceWithEnding(second) && !isPlace(second) && /^\p{Lu}/u.test(first);
}

/** Whether `index` starts a sentence: nothing but spaces, quotes, brackets or dashes since a stop. */
// A journal's or a statement's line opens with its date, then a sentence («18.06.2024 — Зарина (28 лет)
// …», «04.08  Перевод с карты …»).
const DATED_LINE_OPENING =
  /(?:^|\n)[ \t]*\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?:,?[ \t]+\d{1,2}:\d{2})?[ \t]*[—–-]?[ \t]*$/u;
function startsSentence(text: string, index: number): boolean {
  for (let position = index - 1; position >= Math.max(0, index - 12); position--) {
    const character = text[position];
    if (/[.!?…:;\n•]/u.test(character)) return true;
    // Only after a digit can the line's date stand before the word.
    if (!/[\s"«“„'([—–-]/u.test(character))
      return /\d/u.test(character) && DATED_LINE_OPENING.test(text.slice(Math.max(0, index - 28), index));
  }
  return index < 12 && /^[\s"«“„'([—–-]*$/u.test(text.slice(0, index));
}

/** «ИВАНОВ» and "ivanov" are read as «Иванов» for the shape and gazetteer tests. */
// The Turkish and Azerbaijani dotted capital İ lower-cases to i and a combining dot: plain i here.
export const titleCase = (word: string) =>
  word.charAt(0).toUpperCase() + word.slice(1).replace(/İ/gu, 'I').toLowerCase();
/** A word that is never part of a name: a known non-name, or a word of an institution or region. */
/**
 * A word's readings depend on the word alone, and a text repeats its words: each is read once
 * (the cache is bounded, so memory stays flat however long the text).
 */
function memoized(read: (word: string) => boolean): (word: string) => boolean {
  const cache = new Map<string, boolean>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      if (cache.size >= 50_000) cache.clear();
      value = read(word);
      cache.set(word, value);
    }
    return value;
  };
}

/** An institution's word, not a patronymic built on one («Советовна», «Советовича» are names). */
const isInstitutionWord = (word: string) =>
  INSTITUTION_WORD.test(word) && !/(?:ович|евич|овна|евна)(?:а|у|ем|ом|е|ой|ы)?$/iu.test(word);
// The pronouns' genitives and the conjunctions of the region's languages, capitalised at a
// sentence's start («Менин кызым …», "Lekin u …", "Yoki +998 …"): words of grammar, never names.
const TURKIC_GRAMMAR_WORD =
  /^(?:men|мен|sen|сен|менин|сенин|анын|биздин|силердин|алардын|сиздин|менің|сенің|оның|біздің|сіздің|олардың|meniñ|seniñ|onyñ|bizdiñ|sizdiñ|sizdin|menin|mening|sening|uning|bizning|sizning|ularning|менинг|сенинг|унинг|бизнинг|сизнинг|lekin|лекин|ammo|аммо|yoki|ёки|chunki|чунки|бирок|бірақ|biraq|немесе|nemese|вале|ancak|fakat|veya)$/iu;
export const isNeverName = memoized(
  (word) =>
    NOT_NAMES.has(word) ||
    TURKIC_GRAMMAR_WORD.test(word) ||
    NOT_NAMES.has(titleCase(word)) ||
    isInstitutionWord(word) ||
    AGENT_OR_OWNED_NOUN.test(word.toLowerCase()) ||
    THING_NAME.test(word) ||
    isCountry(word),
);
/** A country in any case form («Украине», «Молдовы», «Турции»). */
function isCountry(word: string): boolean {
  const lower = word.toLowerCase();
  if (COUNTRY_NAMES.has(lower)) return true;
  const ending = /(?:ии|ию|ией|ой|ей|е|ы|и|у|ю)$/u.exec(lower);
  if (!ending || lower.length - ending[0].length < 3) return false;
  const stem = lower.slice(0, -ending[0].length);
  return [`${stem}а`, `${stem}я`, `${stem}ия`, stem].some((base) => COUNTRY_NAMES.has(base));
}
/** A place reading vetoes a given-name reading ("Asia", "Madina" alone); a surname shape is not vetoed. */
export const isPlace = (word: string) => PLACES.has(word.toLowerCase()) || COUNTRY_NAMES.has(word.toLowerCase());
/** A place under a Kazakh or Kyrgyz case ending («Москвага», «Алматыда»): never joins a name. */
const isPlaceWithEnding = memoized((word) => {
  const lower = word.toLowerCase();
  for (const ending of TURKIC_PLACE_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue;
    const stem = lower.slice(0, -ending.length);
    if ([stem, `${stem}а`, `${stem}я`].some((base) => PLACES.has(base) || COUNTRY_NAMES.has(base))) return true;
  }
  return false;
});
/** A place with a locative ending («Aqtaudağı», «Ошто»): a name takes a locative far less often than a place. */
const isPlaceInLocative = (word: string) =>
  /(?:da|de|ta|te|dağı|dağy|daǵy|dagy|tağı|taǵy|degi|tegi|да|де|та|те|до|то|дагы|дағы|дегі|тағы|тегі|теги|деги|даги)$/iu.test(
    word,
  ) && isPlaceWithEnding(word);
const TURKIC_PLACE_ENDINGS = [
  // «Дубайдамын» (I am in Dubai), «Мәскеудемін».
  'дамын',
  'демін',
  'тамын',
  'темін',
  'дамин',
  'damin',
  'ға',
  'ге',
  'қа',
  'ке',
  'га',
  'го',
  'ко',
  // Kyrgyz datives after a voiceless or a rounded vowel («Сургутка», «Өзгөнгө»).
  'ка',
  'кө',
  'гө',
  'да',
  'де',
  'та',
  'те',
  'до',
  'то',
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  'дагы',
  'дағы',
  'дегі',
  'тағы',
  'тегі',
  'ga',
  'da',
  'dan',
  'dagi',
  // Kazakh in Latin letters and Turkish, also after an apostrophe («Aqtaudağı», "Mersin'de").
  'de',
  'ta',
  'te',
  'ge',
  'ke',
  'qa',
  'ǵa',
  'ğa',
  'dağı',
  'dağy',
  'daǵy',
  'dagy',
  'tağı',
  'taǵy',
  'degi',
  'tegi',
  "'de",
  "'da",
  "'te",
  "'ta",
  "'e",
  "'a",
  "'ye",
  "'ya",
  "'den",
  "'dan",
  '’de',
  '’da',
  '’e',
  '’a',
  // Tajik: the object and the izafa («Дубайро», «Шоҳмансури»).
  'ро',
  'ии',
  'и',
  // Genitives and "the one in" («Казакстандын», «Бишкектеги», "Turkiyaning").
  'дын',
  'дин',
  'тын',
  'тин',
  'нын',
  'нин',
  'дун',
  'дүн',
  'нун',
  'нүн',
  'ның',
  'нің',
  'дың',
  'дің',
  'тың',
  'тің',
  'теги',
  'деги',
  'даги',
  'тагы',
  'дагы',
  'нинг',
  'ning',
  // Uzbek, Kazakh and Kyrgyz "of the place" ("Nukuslik", «Ошлук»).
  'lik',
  'лик',
  'лық',
  'лік',
  'лук',
  'лүк',
  'лык',
];
/**
 * A capitalised Cyrillic word that no list knows: inside a sentence, where Russian, Kazakh and
 * Kyrgyz write only proper nouns with a capital, it is a name unless it is a place, a country, an
 * institution or a people, in any case form.
 */
const ABSTRACT_NOUN_ENDING = /(?:ци[июяей]|ост[иью]|ств[аеуо]|ени[еяю])$/u;
const isUnlistedProperNoun = memoized(
  (word) =>
    /^\p{Lu}\p{Ll}{2,}$/u.test(word) &&
    /^[\p{Script=Cyrillic}]+$/u.test(word) &&
    // «ст. 51 Конституции», «Монумент Независимости»: an abstract dictionary noun capitalised
    // inside a sentence names a thing (not «Хан», «Лада»: names are nouns too).
    !(ABSTRACT_NOUN_ENDING.test(word) && isRussianNoun(word)) &&
    !ADJECTIVE_ENDING.test(word) &&
    !isNeverName(word) &&
    !isPlace(word) &&
    !isPlaceWithEnding(word) &&
    !isPlaceInRussianCase(word) &&
    !CUE_WORD.test(word),
);
/** A name in -а in the Russian instrumental («Балаусой»), not an adjective's ending (-ской, -ной, -вой, -той …). */
const INSTRUMENTAL_OF_NAME = /^\p{Lu}\p{Ll}{2,}(?<!ск|цк|[нвгхтжшщч])ой$/u;
/**
 * «в», «на», «из», «до» before a word: a place («в Кулобе», «на Ближнем Востоке»), seldom a person;
 * an opening quote: a brand, a bank or an advertisement («Алиф», «Требуются…»).
 */
/** Inside a sentence: a word, a number, a comma or a dash before (not a tag like "[SYNTHETIC]"). */
const MID_SENTENCE_BEFORE = /[\p{L}\p{N},—–)-][ \t]+$/u;
/** The last letters of those prepositions: a cheap test before the pattern. */
const PREPOSITION_LAST_LETTER = /[воазд]/iu;
const PLACE_PREPOSITION_BEFORE = /(?<![\p{L}])(?:в|во|на|из|до|под|над|через)[ \t]+$/iu;
/**
 * Adjectives, which name streets, regions, courts and organisations, never a person's given name:
 * Russian («Алматинского», «Южной», «Международная») and Kazakh, Kyrgyz and Uzbek («Ішкі»,
 * «Қылмыстық», «Мамлекеттик», «Биринчи», «Жанубий»).
 */
const ADJECTIVE_ENDING =
  /(?:ая|яя|ое|ее|ой|ый|ий|ого|его|ому|ему|ым|ыми|ими|ую|юю|ых|ских|ский|ской|ским|цкий|цким|ным|кы|кі|ки|ғы|гі|тық|тік|дық|дік|лық|лік|лык|лик|нчи|нші|ншы|тик|тык|дык|дик|қи|ғи)$/u;
/**
 * A place or another proper noun that is no name, also under a Russian case ending («Москву»,
 * «Худжанда», «Подольске», «Химках», «Казани», «Евразии»).
 */
const isPlaceInRussianCase = memoized((word) => {
  const lower = word.toLowerCase();
  // Lists write «е» where texts write «ё» («Кишинёве»).
  const isPlaceWord = (base: string) =>
    PLACES.has(base) ||
    COUNTRY_NAMES.has(base) ||
    PROPER_NOUNS_NOT_NAMES.has(base) ||
    PLACES.has(base.replace(/ё/gu, 'е'));
  if (isPlaceWord(lower)) return true;
  const ending = /(?:ами|ями|ах|ях|ом|ем|ой|ей|ью|а|я|у|ю|е|и|ы)$/u.exec(lower);
  // Osh declines too («в Оше», «из Оша»); other two-letter stems are names' («Исе», «Юру»).
  if (ending && lower.slice(0, -ending[0].length) === 'ош') return true;
  if (!ending || lower.length - ending[0].length < 3) return false;
  const stem = lower.slice(0, -ending[0].length);
  // No «-ия» base: «Дания» declines as «Дании», «Данию», never «Дана».
  return [stem, `${stem}а`, `${stem}я`, `${stem}ь`, `${stem}и`, `${stem}ы`, `${stem}е`, `${stem}о`].some(isPlaceWord);
});
/**
 * «Работников», «Мигрантов»: a noun's genitive plural, shaped like a surname but no listed one
 * (a stem of five letters or more: «Гулов» stays a surname).
 */
const isPluralOfNoun = (lower: string) =>
  /^\p{Ll}{5,}(?:ов|ев)$/u.test(lower) && !SURNAMES.has(lower) && RUSSIAN_NOUNS.has(lower.slice(0, -2));
const looksLikeName = memoized((original) => {
  const word = titleCase(original);
  const lower = word.toLowerCase();
  return (
    !isNeverName(original) &&
    !CUE_WORD.test(word) &&
    ((isGivenName(word) && !isPlace(word) && !isPlaceInRussianCase(word) && !NAMES_THAT_ARE_WORDS.has(lower)) ||
      (SURNAME_SHAPE.test(word) && !WORDS_SHAPED_LIKE_SURNAMES.has(lower) && !isPluralOfNoun(lower)) ||
      (SURNAMES.has(lower) && !NAMES_THAT_ARE_WORDS.has(lower)))
  );
});

function detection(type: EntityType, text: string, start: number, value: string): Detection {
  return { type, start, end: start + value.length, text: value };
}

// Uzbek and Kazakh initials may be digraphs (Sh., Zh.), never words like "No.". Initials follow their
// surname on its line: a form's next label («Казань⏎Ф.И.О.:», «ÇELİK⏎T.C.») is none.
const INITIAL = '(?:Sh|Ch|Zh|Kh|Yu|Ya|Yo|Ts|Ш|Ч|\\p{Lu})\\.';
const INITIALS_AFTER = requiring(
  new RegExp(`\\s${INITIAL}`, 'u'),
  new RegExp(`${WORD}(?:-${WORD})?[ \\t]+${INITIAL}\\s?(?:${INITIAL})?`, 'gu'),
);
// A surname in capitals before initials, as verdicts write the convicted («ШАРИПОВ К.У.»).
const CAPITALS_BEFORE_INITIALS = requiring(
  new RegExp(`\\p{Lu}{3}\\s+${INITIAL}`, 'u'),
  new RegExp(`(?<![\\p{L}])\\p{Lu}{3,30}[ \\t]+${INITIAL}\\s?(?:${INITIAL})?`, 'gu'),
);
// A surname in capitals, a comma and the given name, as lists write them ("ABDRAKHMANOVA, Aigerim").
const CAPITALS_COMMA_GIVEN = requiring(
  /\p{Lu}{3},/u,
  new RegExp(`(?<![\\p{L}])\\p{Lu}{3,30},[ \\t]+${WORD}(?![\\p{L}])`, 'gu'),
);
const CAPITALS_BEFORE_GIVEN = requiring(
  /\p{Lu}{3}[ \t]+\p{Lu}\p{Ll}/u,
  new RegExp(`(?<![\\p{L}])\\p{Lu}{3,30}[ \\t]+${WORD}(?![\\p{L}'’])`, 'gu'),
);
// "Nuriza USONOVA", «Intizor TURSUNBOYEVA»: the given name, then the surname in capitals.
const GIVEN_BEFORE_CAPITALS = requiring(
  /\p{Ll}[ \t]+\p{Lu}{3}/u,
  new RegExp(`(?<![\\p{L}])${WORD}[ \\t]+\\p{Lu}[\\p{Lu}'ʻʼ‘’\`]{2,30}(?![\\p{L}'’])`, 'gu'),
);
// The second initial's dot is sometimes dropped («У.У Руденко»).
const INITIALS_BEFORE = requiring(
  /\p{Lu}\./u,
  new RegExp(`(?<![\\p{L}.])\\p{Lu}\\.\\s?(?:\\p{Lu}\\.?\\s)?${WORD}(?:-${WORD})?`, 'gu'),
);
// The patronymic word takes the case endings of the sentence («Эрлан Таалайбек уулуну», «Нургүл
// Акылбек кызынын», «Marjona Islom qizining»); Azerbaijani «оглы/гызы» too.
const PATRONYMIC_WORD = `(?:o${APOSTROPHE}?g${APOSTROPHE}?li|qizi|ўғли|қизи|угли|кизи|ұлы|қызы|uly|kyzy|уулу|кызы|kizi|ugli|ogli|uulu|gyzy|ogly|оглы|гызы)(?:ning|ga|ni|dan|нинг|га|ни|дан|нун|нын|ну|ны|ның|на|нан|нда|н)?`;
const TURKIC_PATRONYMIC = requiring(
  /g['ʻʼ‘’`]?li|qizi|ўғли|қизи|угли|кизи|ұлы|қызы|uly|kyzy|уулу|кызы|kizi|ugli|ogli|uulu|gyzy|ogly|оглы|гызы/u,
  new RegExp(
    `(?<![\\p{L}])(?!(?:Jabrlanuvchi|Ayblanuvchi|Жабрланувчи|Айбланувчи|Жабырлануучу|Айыпталуучу|Жәбірленуші|Айыпталушы|Guvoh|Гувоҳ|Күбө|Куәгер)(?![\\p{L}]))${WORD}(?:\\s+${WORD}){0,2}\\s+${PATRONYMIC_WORD}(?:\\s+${WORD})?(?![\\p{L}])`,
    'gu',
  ),
);
// Words whole ("WhatsApp" is not "Whats"), on one line: a name never runs on into the next line's label.
/** A given name with an endearment glued to it («Гулнозаҷон», "Zarinaxon", «Айжанжан»): a name. */
const ENDEARED_NAME = /^\p{Lu}\p{Ll}{2,}(?:жон|ҷон|jon|xon|хон)$/u;
/** An honorific written with a capital after the name ("Sinan Bey", «Дилноза Опа»): it vouches for the name and stays out. */
const HONORIFIC = /^(?:Bey|Hanım|Hanim|Efendi|Aka|Opa|Apa|Ака|Опа|Апа|Эже|Байке|Ағай|Ханум)$/u;
// A hyphen may join a lower-case part (Korean "Sung-min"), not an honorific («Хамад-ака»).
const HYPHEN_PART = `-(?:${WORD}|(?!(?:ака|апа|опа|эже|aka|opa|apa)(?![\\p{L}]))\\p{Ll}{1,10})`;
const CAPITALISED_RUN = new RegExp(
  `${WORD}(?:${HYPHEN_PART})?(?![\\p{L}])(?:[ \\t]+${WORD}(?:${HYPHEN_PART})?(?![\\p{L}])){0,6}`,
  'gu',
);
// English possessive and Turkish case endings written after an apostrophe ("Xiaoming's",
// "Ravşan'ı", "Erkan Aydın'dan"): they end the name. A Turkish ending goes with the name it
// inflects, as Russian and Kazakh endings do; the English possessive stays outside.
const POSSESSIVE =
  /['’](?:s|ı|i|u|ü|a|e|ya|ye|yı|yi|yu|yü|da|de|ta|te|dan|den|tan|ten|nın|nin|nun|nün|ın|in|un|ün|la|le|yla|yle|daki|deki|taki|teki|na|ne|nı|ni|nu|nü|ndan|nden|nda|nde)$/u;
// Cue words themselves are capitalised at the start of a sentence; they are not the name.
const CUE_WORD =
  /^(?:j[aáä]['’]?b[iı]['’]?rlen|mağdur|sanık|şüpheli|tanık|işveren|annesi$|babası$|ablası$|kardeşi$|kocası$|күдікті|шектүү|shubhali|шубҳали|гумонбар|родил|polis$|полиция$|милиция$|тергөөчү|тергеуші|муфаттиш|гувоҳ|guvoh|tergovchi|терговчи|следовател|yollovchi|ёлловчи|йолловчи|verbov|вербовщи|vositachi|воситачи|соттолуучу|сотталушы|ортомчу|делдал|a[iı]['’]?yptal|куәгер|куә$|күбө|k[uý][aáä]$|k[uúý][aáä]ger|жительниц|житель|уроженк|уроженец|резюме|гражданк|гражданин|потерпевш|пострадавш|обвиняем|подсудим|осужденн|осуждённ|свидетел|задержанн|подозреваем|жәбірленуші|айыпталушы|jabrlanuvchi|ayblanuvchi|жабрланувчи|айбланувчи|жабырлануучу|айыпталуучу|ҷабрдида|шоҳид|милиса|gumonlanuvchi|гумонланувчи|сосед|рекрутер|recruiter|İşveren|aracı|Aracı|victim|defendant|witness|mrs?\.?$|ms\.?$|dr\.?$|miss$)/iu;

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madam|Madame|Mister|Aunt|Auntie)\.?$/u;
/**
 * Words after a name that say it is one: an honorific («… ака», «…-ака», «… эже», "… Bey", "… opaning"),
 * «… деген», «… атты», «… исмли», "… by name".
 */
const NAMING_AFTER =
  /^(?:['’]\p{L}{1,4}[ \t]+(?:adına|üzerine)(?![\p{L}])|-(?:ака|апа|опа|эже|aka|opa|apa)(?![\p{L}])|[ \t]+(?:ака|опа|апа|эже|эжеке|байке|апай|ағай|aka|opa|aga|apa|hanım|bey|abla|ханум)(?:ning|ga|ni|dan|нинг|га|ни|дан|нын|нин|ның|нің|ге|ны|ні|нан)?(?![\p{L}])|[ \t]+(?:деген|деп аталған|атты|аттуу|есімді|esimdi|esımdı|исмли|ismli|ismi|adı|adlı|isimli|degen|degan|atty|atly|atlı|by name|бо лақаби|лақабли|laqabli|по прозвищу|\((?:имя изменено|name changed|аты өзгертілген|ismi o['ʻ‘’]?zgartirilgan)\))(?![\p{L}])(?![ \t]*:))/u;

// Names typed in capitals («ИВАНОВ СЕРГЕЙ ПЕТРОВИЧ») or, after a cue, in lower case.
// Uzbek patronymics keep their apostrophes in capitals («QOSİMOV AKMAL UMİD O'G'Lİ»).
const CAPITALS_RUN =
  /(?<![\p{L}])\p{Lu}[\p{Lu}'ʻʼ‘’`]{1,30}(?:[ \t]+\p{Lu}[\p{Lu}'ʻʼ‘’`]{1,30}){1,3}(?![\p{L}'ʻʼ‘’`])/gu;
// Not part of a token ("zhumagalieva-aigerim", "a.b@c"): those get the token rules.
// Apostrophes inside a word are Uzbek letters ("to’xtayev").
const LOWER_CASE_RUN =
  /(?<![\p{L}\-_.@/'’ʻ])\p{Ll}[\p{Ll}'’ʻ]{1,29}(?:[ \t]+\p{Ll}[\p{Ll}'’ʻ]{1,29}){0,4}(?![\p{L}\-_.@/'’ʻ])/gu;
// A form's value ends at the field's end: a comma, a semicolon, a bracket or the line's end.
const FIELD_VALUE_END = /^[ \t]*(?:[,;(\n]|$)/u;
// A lower-case patronymic after a name in a form («… шайлообек кызы», «… парвизовна»).
const LOWER_CASE_PATRONYMIC = new RegExp(
  `^[ \\t]+(?:\\p{Ll}{3,20}[ \\t]+${PATRONYMIC_WORD}|\\p{Ll}{3,20}(?:овна|евна|ович|евич|ovna|evna|ovich|evich))(?![\\p{L}])`,
  'u',
);
const FIELD_LABEL_BEFORE = /(?:[:—–-]|фио|ф\.и\.о\.|аты-жөн[іү]|f\.i\.sh\.|ф\.и\.ш\.|н\.н\.ф\.|f\.i\.o\.)[ \t]*$/iu;
const VERB_ENDING = /(?:л|ла|ли|ло|лся|лась|лись|ет|ит|ут|ют|ат|ят|ды|ді|ты|ті|ган|ген|ған|di|gan|ed)$/u;

/**
 * Whether a person cue ends right before `index`: PERSON_CUES over the 30 characters before it.
 * A window it accepts always ends where one scan of the text finds a cue and its space ending,
 * so the window test runs only there rather than at every word (the costliest step before).
 */
function personCueTest(text: string): (index: number) => boolean {
  const ends = new Set<number>();
  for (const match of text.matchAll(PERSON_CUE_ENDS)) ends.add(match.index + match[0].length);
  return (index) => ends.has(index) && PERSON_CUES.test(text.slice(Math.max(0, index - 30), index));
}

/** A given name and a surname side by side, in lower case: the index of the first of the two. */
const isLowerCaseSurname = memoized((word) => {
  const titled = titleCase(word);
  return (
    !isNeverName(titled) &&
    ((SURNAME_SHAPE.test(titled) && !WORDS_SHAPED_LIKE_SURNAMES.has(word)) ||
      (SURNAMES.has(word) && !NAMES_THAT_ARE_WORDS.has(word)))
  );
});
const isLowerCaseGivenName = memoized(
  (word) => !isNeverName(titleCase(word)) && isGivenName(titleCase(word), true) && !isPlace(word),
);

// A surname ending that ordinary lower-case words rarely have (-ova, -yeva, Polish -ska): beside it, a
// word that is no function word is the given name ("xurshida abdullayeva").
// Feminine only: -ov and -ev also end Russian plurals spelled in Latin letters ("sotrudnikov").
const STRONG_SURNAME = /^(?:[a-z]{4,}(?:ova|eva|yeva|ska|cka)|[а-яё]{4,}(?:ова|ева|ёва))$/u;
export const FUNCTION_WORD =
  /^(?:the|and|with|from|for|was|were|has|had|said|told|her|his|their|that|this|who|which|into|onto|about|after|before|и|с|со|от|для|что|как|она|он|они|был|была|были|это|также|va|bilan|uchun|ham|u|ular|edi|және|мен|пен|бен|ол|олар|жана|менен|ал|алар)$/u;

function lowerCaseFullName(words: string[]): number | undefined {
  for (let index = 0; index < words.length; index++) {
    if (!isLowerCaseSurname(words[index])) continue;
    if (index > 0 && isLowerCaseGivenName(words[index - 1])) return index - 1;
    if (index + 1 < words.length && isLowerCaseGivenName(words[index + 1])) return index;
    if (STRONG_SURNAME.test(words[index])) {
      // Records write the surname first ("karimova shahnoza"): the word after it before the one
      // before it, and never a cue or role word ("the victim karimova").
      const other = (word: string | undefined) =>
        word !== undefined &&
        word.length >= 3 &&
        !FUNCTION_WORD.test(word) &&
        !CUE_WORD.test(word) &&
        !isNeverName(word);
      if (other(words[index + 1])) return index;
      if (index > 0 && other(words[index - 1])) return index - 1;
    }
  }
  return undefined;
}

function detectNamesInAnyCase(text: string, cuedAt: (index: number) => boolean): Detection[] {
  const found: Detection[] = [];
  for (const run of text.matchAll(CAPITALS_RUN)) {
    // A ticket's title after the name ("MADINA MS") is not the person's.
    const match = { index: run.index, 0: run[0].replace(/[ \t]+(?:MR|MS|MRS|MISS|MSTR)$/u, '') };
    const words = match[0].split(/[ \t]+/);
    // Two name-like words, or a surname shape with at most two more words, make a name («САИДЗОДА
    // МАВЗУНА»); acronyms («УК РК», "IOM") are neither names nor shaped like one.
    // A listed given name that is also a place («SELİM») is a name beside a listed surname ("YILMAZ").
    const besideSurname = words.some((word) => SURNAMES.has(titleCase(word).toLowerCase()));
    const named =
      words.filter((word) => looksLikeName(word) || (besideSurname && GIVEN_NAMES.has(titleCase(word).toLowerCase())))
        .length +
      // A patronymic word in capitals makes the words before it a name («… UMİD O'G'Lİ»).
      (words.some((word) => new RegExp(`^${PATRONYMIC_WORD}$`, 'iu').test(titleCase(word))) ? 2 : 0);
    const surnamed =
      words.length <= 3 &&
      words.some((word) => SURNAME_SHAPE.test(titleCase(word)) && !WORDS_SHAPED_LIKE_SURNAMES.has(word.toLowerCase()));
    // After a cue («держатель — OLESIA KOVALCHUK», "in the name of MALALAI RAHIMI") two or three words are the name.
    const cued =
      (cuedAt(match.index) ||
        // «KAYA HATİCE adına kayıtlı»: registered in the name of.
        /^[ \t]+(?:adına|adina|üzerine)(?![\p{L}])/u.test(
          text.slice(match.index + match[0].length, match.index + match[0].length + 10),
        )) &&
      words.length <= 3;
    // The Arabic article is part of a Gulf surname ("AL MANSOORI REEM"), though it opens place names too.
    if ((named >= 2 || surnamed || cued) && !words.some((word) => isNeverName(word) && !(cued && word === 'AL')))
      found.push(detection('PERSON', text, match.index, match[0]));
  }
  // A surname in capitals before the given name, as case files list people ("NURLANOVA Balzhan",
  // «ATEŞ Nazlı»): one of the two is a name, or a cue vouches for them.
  for (const match of mayMatch(CAPITALS_BEFORE_GIVEN, text) ? text.matchAll(CAPITALS_BEFORE_GIVEN) : []) {
    const [surname, given] = match[0].split(/[ \t]+/u);
    // A given name that is also a village («Мадина») is the name beside a surname («САИДОВА Мадина»).
    if (isNeverName(surname) || isNeverName(given) || (isPlace(given) && !looksLikeName(surname))) continue;
    if (looksLikeName(surname) || looksLikeName(given) || cuedAt(match.index))
      found.push(detection('PERSON', text, match.index, match[0]));
  }
  for (const match of mayMatch(GIVEN_BEFORE_CAPITALS, text) ? text.matchAll(GIVEN_BEFORE_CAPITALS) : []) {
    const [given, surname] = match[0].split(/[ \t]+/u);
    // «Карта МИР»: a dictionary word before capitals is no given name.
    const word = given.toLowerCase();
    if (
      isNeverName(given) ||
      isNeverName(surname) ||
      isPlace(surname) ||
      CUE_WORD.test(given) ||
      RUSSIAN_NOUNS.has(word) ||
      REGION_WORDS.has(word)
    )
      continue;
    if (
      looksLikeName(titleCase(surname)) ||
      (looksLikeName(given) && SURNAME_SHAPE.test(titleCase(surname))) ||
      cuedAt(match.index)
    )
      found.push(detection('PERSON', text, match.index, match[0]));
  }
  found.push(...detectLowerCaseNamesByContext(text));
  for (const run of text.matchAll(LOWER_CASE_RUN)) {
    // A run that starts with a cue of one or two words («потерпевшая каримова шахноза», «соҳиби
    // мошин зафар камолов») is cued after it.
    const cueInRun = [/^\p{Ll}+[ \t]+\p{Ll}+[ \t]+/u.exec(run[0]), /^\p{Ll}+[ \t]+/u.exec(run[0])].find(
      (lead) => lead !== null && PERSON_CUES.test(lead[0].trimEnd() + ' '),
    );
    const cueWord = cueInRun != null;
    const skip = cueInRun != null ? cueInRun[0].length : 0;
    const match = { 0: run[0].slice(skip), index: run.index + skip };
    if (match[0].length === 0) continue;
    const words = match[0].split(/[ \t]+/);
    // «…представителя потерпевшей, рассмотрев…»: after a cue and a comma a lower-case word goes on the sentence.
    const cued =
      cueWord || (cuedAt(match.index) && !/,[ \t]*$/u.test(text.slice(Math.max(0, match.index - 3), match.index)));
    let count = 0;
    while (cued && count < words.length && looksLikeName(words[count]) && !CUE_WORD.test(words[count])) count++;
    // A form's field («ФИО ботнарь мариана,», «со слов: коч толга,»): the whole value is the name,
    // listed or not, when it is two to four words none of which is a verb or a word of the language.
    const end = match.index + match[0].length;
    if (
      cued &&
      count < words.length &&
      words.length >= 2 &&
      words.length <= 4 &&
      FIELD_VALUE_END.test(text.slice(end, end + 3))
    ) {
      const word = (candidate: string) =>
        isGivenName(titleCase(candidate), true) ||
        isLowerCaseSurname(candidate) ||
        new RegExp(`^${PATRONYMIC_WORD}$`, 'iu').test(candidate) ||
        (candidate.length >= 3 &&
          !VERB_ENDING.test(candidate) &&
          !FUNCTION_WORD.test(candidate) &&
          !CUE_WORD.test(candidate) &&
          !isNeverName(titleCase(candidate)) &&
          !isRussianNoun(candidate) &&
          !REGION_WORDS.has(candidate) &&
          !isPlace(candidate));
      // A role word before it needs a listed name among the words; a field's label does not.
      const field = FIELD_LABEL_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index));
      const listed = words.some(
        (candidate) => isGivenName(titleCase(candidate), true) || isLowerCaseSurname(candidate),
      );
      if (words.every(word) && (field || listed)) count = words.length;
    }
    // Without a cue, or with one before unlisted words, a given name next to a surname in lower case ("karimova shahnoza").
    if (count === 0) {
      const first = lowerCaseFullName(words);
      if (first === undefined) continue;
      const positions = [...match[0].matchAll(/\p{L}+/gu)];
      const start = match.index + positions[first].index;
      const end = match.index + positions[first + 1].index + words[first + 1].length;
      const patronymic = LOWER_CASE_PATRONYMIC.exec(text.slice(end, end + 40))?.[0] ?? '';
      found.push(detection('PERSON', text, start, text.slice(start, end) + patronymic));
      continue;
    }
    // After a cue, a surname written first takes the given name after it, listed or not
    // («потерпевшая каримова шахноза»).
    const surnameFirst = count === 1 && isLowerCaseSurname(words[0]) && words[1] !== undefined;
    const verb = VERB_ENDING.test(words[1] ?? '');
    if (surnameFirst && !verb && words[1].length >= 3 && !FUNCTION_WORD.test(words[1]) && !isNeverName(words[1]))
      count = 2;
    if (count === 0) continue;
    const name = words.slice(0, count).join(' ');
    const patronymic = LOWER_CASE_PATRONYMIC.exec(
      text.slice(match.index + name.length, match.index + name.length + 40),
    );
    found.push(detection('PERSON', text, match.index, name + (patronymic?.[0] ?? '')));
  }
  return found;
}

/**
 * A given name typed in lower case, where the words around it say it names someone: before an
 * honorific or a naming word («"иқбол ака"», «фаррух исмли шахс», "ylýas aga"), as the speaker
 * of a chat line ("[WhatsApp, 23:41] gleb: …"), and as the one addressed at a message's start
 * («"marjona, ertaga…»", "hi rupert its firdavs"). A listed given name is needed except before a
 * naming word or inside quotes before an honorific.
 */
const LOWER_BEFORE_HONORIFIC =
  /(?<![\p{L}\-_.@/])(\p{Ll}{3,20})(?=[ \t]+(?:(ака|опа|aka|opa|aga|apa|эже|байке|апай|ағай|hanım|bey|abla)|(деген|исмли|ismli|атты|аттуу|есімді|degan|degen|atly))(?![\p{L}]))/gu;
// "[08:03] Moza Bin Lootah: …", "[13.05.2020, 08:03] …": one to three words after the time.
const CHAT_SPEAKER =
  /\[(?:\d{1,2}\.\d{1,2}\.\d{2,4},?[ \t]*)?\d{1,2}:\d{2}(?::\d{2})?\][ \t]*(\p{Lu}[\p{L}'’ʻ-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’ʻ-]{1,20}){0,2}):[ \t]/gu;
// A line opening with its date and time, as messengers export them ("06.12.2022 18:07 Daler: …",
// "12/03/2021, 14:22 - Daler: …").
const DATED_LINE_SPEAKER =
  /(?:^|\n)[ \t]*\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]+(?:[-–—][ \t]+)?(\p{Lu}[\p{L}'’ʻ-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’ʻ-]{1,20}){0,2}):[ \t]/gu;
// «зарина: …», also after the line's time («15:25 зарина: …») or date and time ("07/07/2018, 12:07 - daler: …").
const LOWER_LINE_SPEAKER =
  /(?:^|\n)[ \t]*(?:(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+)?\d{1,2}:\d{2}[ \t]+(?:[-–—][ \t]+)?)?(\p{Ll}{3,20})(?:[ \t]\(\d{1,2}:\d{2}\))?:[ \t]/gu;
// A line opening with its time and a speaker of either case: three, one speaker twice, make a
// transcript (an agenda's items are each said once: "09:30 Opening: …", "10:00 break: …").
function isTimedChat(text: string): boolean {
  const speakers = [...text.matchAll(TIMED_SPEAKER_LINE)].map((match) => match[1].toLowerCase());
  return speakers.length >= 3 && new Set(speakers).size < speakers.length;
}
const TIMED_SPEAKER_LINE =
  /(?:^|\n)[ \t]*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+)?\d{1,2}:\d{2}[ \t]+(?:[-–—][ \t]+)?(\p{L}[\p{L}'’ʻ-]{1,20}):[ \t]/gu;
// A messenger's export puts the sender alone on a line with the time («надежда 14:31⏎…»).
const LINE_TIME_SPEAKER = /(?:^|\n)[ \t]*(\p{L}[\p{L}'’ʻ-]{2,20})[ \t]+\d{1,2}:\d{2}[ \t]*(?=\n)/gu;
const SPEAKER_NOT_NAME =
  /^(?:Вы|Я|Ты|Мен|Сен|Сіз|Сиз|Siz|Men|Sen|Me|You|Ben|Ман|Шумо|Operator|Оператор|Admin|Админ|Bot|Бот|System|Система|Unknown|Итого|Итог|Note|Примечание|мама|папа|мать|отец|сестра|брат|ана|апа|ата|эже|onam|ona|dada|ака|mom|dad|mum|sister|brother|anne|baba)$/iu;
const LOWER_CHAT_SPEAKER = /\][ \t]*(\p{Ll}{3,20}):[ \t]+(?:(\p{Ll}{3,20}),)?/gu;
const LOWER_ADDRESSED =
  /(?:(?<![\p{L}\p{N}])[«"“'][ \t]*|(?<![\p{L}])(?:hi|hello|hey|salom|привет|сәлем|салам)[ \t,]+|(?<![\p{L}])it['’]?s[ \t]+)(\p{Ll}{3,20})(?![\p{L}\-_.@/])/gu;
// What each pattern needs, tested once so most texts skip the pattern.
const HONORIFIC_OR_NAMING_WORD =
  /ака|опа|aka|opa|aga|apa|эже|байке|апай|ағай|hanım|bey|abla|деген|исмли|ismli|атты|аттуу|есімді|degan|degen|atly/;

// "my name is …", «меня зовут …», "hi im …": the one or two words after it, in lower case too.
const SELF_NAMED =
  /(?<![\p{L}])(?:меня зовут|my name is|i am|i['’]?m|менің атым|менин атым|mening ismim|исмим|(?:здравствуйте|привет|салам|добрый день)[ \t,]+я)[ \t]+(\p{L}{3,20})(?:[ \t]+(\p{L}{3,25}))?/giu;
// A nickname in quotes after the word for one, or before «деп» (“called”): «по прозвищу «Баха»»,
// «все называли хозяйку «Рыжая»», "called the manager "Red"", «ӯро «Мушук» меномиданд»,
// «өзін «Шеф» деп таныстырып», "known only as "Diman"", «записан как «ЛЮ ВЭЙ»».
const QUOTED_NICKNAME =
  /(?:(?<![\p{L}])(?:(?:называ\p{L}{0,4}|прозвал\p{L}{0,3}|called|calls)(?:[ \t]+\p{L}{1,15}){0,3}|only as|с контактом|chat with|чат с|собеседник\p{L}{0,2}|по прозвищу|звали|представил\p{L}{0,3} как|подписывал\p{L}{0,3}(?: как)?|display name|лакап аты?|лақап аты?|прозвище|кличк\p{L}{0,3}|(?:под )?ником|известн\p{L}{0,3} как|nicknamed|known only as|known as|called(?: (?:him|her))?|записан[аоы]? как|saved as|laqabli|лақабли|лақаб\p{L}{0,3})[ \t]*[«"“']([\p{Lu}][\p{L}-]{1,15}(?: [\p{Lu}][\p{L}-]{1,15}){0,2})[»"”']|[«"“]([\p{Lu}][\p{L}-]{1,15}(?: [\p{Lu}][\p{L}-]{1,15}){0,2})[»"”](?:[ \t]+(?:деп|деб|деген|degan|deb|dep|diye|меномид\p{L}{0,4}|номида\p{L}{0,4})(?![\p{L}])|[ \t]+—[ \t]+(?:под этим именем|так )|[ \t]+(?:деген )?(?:лакап|лақап)|[ \t]+(?:laqabli|lakaplı|лақабли)(?![\p{L}])))/gu;
// «Гулмурод ("Йўлбарс")»: a nickname in quotes and brackets right after a name.
const BRACKETED_NICKNAME =
  /(?<=\p{L}[ \t]\()[«"“]([\p{Lu}][\p{L}-]{1,15}(?: [\p{Lu}][\p{L}-]{1,15}){0,2})[»"”](?=\))/gu;
/** The word before a bracketed nickname is the person's name ("Gulmurod ("Tiger")"). */
const NAME_BEFORE_NICKNAME = /(\p{Lu}[\p{L}'’ʻ-]{1,30})[ \t]\([«"“]\p{Lu}[\p{L}-]{1,15}[»"”]\)/gu;

// What the two need, tested once so most texts skip them.
const SELF_NAMED_NEEDS = /зовут|name is|i am|i['’]?m |атым|ismim|исмим|[ ,]я /iu;
const QUOTED_NICKNAME_NEEDS =
  /only as|контакт|chat with|чат с|собеседник|calls|прозвищ|кличк|ником|известн|звали|назыв|прозвал|diye|номид|lakap|представил|подписывал|display name|лакап|лақап|именем|nicknamed|known|called|записан|saved as|laqab|лақаб|деп|деб|деген|degan|deb|dep/u;

// «в журнале записана как «ойсулув»», "saved as "dilya"": a register's entry in lower case is a name.
const RECORDED_AS_LOWER =
  /(?<![\p{L}])(?:записан[аоы]?|указан[аоы]?|saved|recorded|listed|registered)[ \t]+(?:как|as)[ \t]+[«"“']([\p{Ll}][\p{Ll}'’-]{2,20}(?:[ \t]\p{Ll}[\p{Ll}'’-]{2,20}){0,2})[»"”']/gu;

// «30.09.2022 қабылданған шолпан …», «qabul qilingan hilola …», «alınan derya …»: a shelter's log
// names the one admitted by a listed given name in lower case, after the Turkic participle.
const NAME_AFTER_PARTICIPLE = requiring(
  /(?:ған|ген|қан|кен|ган|кан|gan|gen|ılan|ilen|ınan|inen)[ \t]/u,
  /(?<![\p{L}])\p{Ll}{2,20}(?:ған|ген|қан|кен|ган|кан|gan|gen|ılan|ilen|ınan|inen)[ \t]+(\p{Ll}{3,20})(?=[ \t,])/gu,
);

function detectLowerCaseNamesByContext(text: string): Detection[] {
  const found: Detection[] = [];
  for (const match of mayMatch(NAME_AFTER_PARTICIPLE, text) ? text.matchAll(NAME_AFTER_PARTICIPLE) : []) {
    const word = match[1];
    // «деген адам», «чалган адам»: the word for a person, which is also a given name (Adam).
    const personWord = /^(?:адам|adam|одам|odam|кісі|киши|kisi|kişi|инсон|inson)/u.test(word);
    const listed = isGivenName(titleCase(word), true) && !NAMES_THAT_ARE_WORDS.has(word);
    if (listed && !personWord && !FUNCTION_WORD.test(word) && !isPlace(word))
      found.push(detection('PERSON', text, match.index + match[0].length - word.length, word));
  }
  for (const match of /записан|указан|saved|recorded|listed|registered/u.test(text)
    ? text.matchAll(RECORDED_AS_LOWER)
    : []) {
    const words = match[1].split(/[ \t]/u);
    const plainWord = (word: string) =>
      !isLowerCaseSurname(word) &&
      !isGivenName(titleCase(word), true) &&
      (FUNCTION_WORD.test(word) || isPlace(word) || isNeverName(titleCase(word)) || isRussianNoun(word));
    if (words.some(plainWord)) continue;
    found.push(detection('PERSON', text, match.index + match[0].length - match[1].length - 1, match[1]));
  }
  for (const match of SELF_NAMED_NEEDS.test(text) ? text.matchAll(SELF_NAMED) : []) {
    const [said, first, second] = match;
    if (FUNCTION_WORD.test(first.toLowerCase()) || isPlace(first) || isNeverName(titleCase(first))) continue;
    // "I am …" is followed by far more than names: there the word must be a listed given name.
    if (/^i/iu.test(said) && !isGivenName(titleCase(first), true)) continue;
    const start =
      match.index + match[0].indexOf(first, match[0].length - first.length - (second ? second.length + 1 : 0) - 1);
    const both =
      second !== undefined && (isLowerCaseSurname(second.toLowerCase()) || SURNAME_SHAPE.test(titleCase(second)));
    found.push(detection('PERSON', text, start, both ? text.slice(start, match.index + match[0].length) : first));
  }
  const nicknames = [
    ...(QUOTED_NICKNAME_NEEDS.test(text) ? text.matchAll(QUOTED_NICKNAME) : []),
    ...(text.includes('(') ? text.matchAll(BRACKETED_NICKNAME) : []),
  ];
  for (const match of text.includes('(') ? text.matchAll(NAME_BEFORE_NICKNAME) : []) {
    if (mayBeSubjectName(match[1]) || looksLikeName(match[1]))
      found.push(detection('PERSON', text, match.index, match[1]));
  }
  for (const match of nicknames) {
    const nickname = match[1] ?? match[2];
    // After a word for a nickname («по прозвищу «Роза»») a flower or a village is the nickname.
    const named = match[1] !== undefined && /прозвищ|кличк|звали|nicknamed|laqab|лақаб|лакап|лақап/iu.test(match[0]);
    const notNickname = (word: string) => isNeverName(word) || (!named && (isPlace(word) || isPlaceWithEnding(word)));
    if (nickname.split(' ').some(notNickname)) continue;
    found.push(detection('PERSON', text, match.index + match[0].indexOf(nickname), nickname));
  }
  const listed = (word: string) =>
    isLowerCaseGivenName(word) && !NAMES_THAT_ARE_WORDS.has(word) && !REGION_WORDS.has(word);
  const add = (word: string, start: number) => {
    if (FUNCTION_WORD.test(word) || isPlace(word) || isNeverName(titleCase(word))) return;
    found.push(detection('PERSON', text, start, word));
  };
  for (const match of HONORIFIC_OR_NAMING_WORD.test(text) ? text.matchAll(LOWER_BEFORE_HONORIFIC) : []) {
    const quoted = /[«"“'][ \t]*$/u.test(text.slice(Math.max(0, match.index - 2), match.index));
    if (match[3] || quoted || listed(match[1])) add(match[1], match.index);
  }
  for (const match of text.includes(']') ? text.matchAll(LOWER_CHAT_SPEAKER) : []) {
    add(match[1], match.index + match[0].indexOf(match[1]));
    if (match[2] && listed(match[2])) add(match[2], match.index + match[0].lastIndexOf(match[2]));
  }
  for (const match of text.matchAll(LOWER_ADDRESSED)) {
    if (listed(match[1])) add(match[1], match.index + match[0].length - match[1].length);
  }
  // A chat export's speaker after its timestamp ("[16:53] Navruza: …", "06.12.2022 18:07 Daler: …"),
  // any word but a known non-name.
  for (const match of [
    ...(text.includes(']') ? text.matchAll(CHAT_SPEAKER) : []),
    ...(text.includes(':') ? text.matchAll(DATED_LINE_SPEAKER) : []),
  ]) {
    const speaker = match[1];
    // «12.03.2024 10:30 Решение: отказать»: a minute's heading, no speaker.
    // A messenger's export brackets its time («[14:09] Талант: …»); minutes do not.
    const minutes = !match[0].includes('[');
    if (
      minutes &&
      !speaker.includes(' ') &&
      RUSSIAN_NOUNS.has(speaker.toLowerCase()) &&
      !GIVEN_NAMES.has(speaker.toLowerCase())
    )
      continue;
    if (
      !speaker.split(/[ \t]/u).some(isNeverName) &&
      !CUE_WORD.test(speaker) &&
      !NETWORK_OR_CONTACT_WORD.test(speaker) &&
      !SPEAKER_NOT_NAME.test(speaker)
    )
      found.push(detection('PERSON', text, match.index + match[0].indexOf(speaker), speaker));
  }
  for (const match of text.includes(':') ? text.matchAll(LINE_TIME_SPEAKER) : []) {
    const speaker = match[1];
    // A given name that is also a village («Надежда») is the sender here.
    const place = isPlace(speaker) && !isGivenName(titleCase(speaker), true);
    if (!isNeverName(titleCase(speaker)) && !place && !CUE_WORD.test(speaker) && !SPEAKER_NOT_NAME.test(speaker))
      found.push(detection('PERSON', text, match.index + match[0].indexOf(speaker), speaker));
  }
  // A chat export's speaker at a line's start («зарина: где ты?»), when the word is a given name.
  // In a transcript (two speakers, or lines with their time, "yenglik (17:47): …") any word is a speaker.
  const lineSpeakers = text.includes(':') ? [...text.matchAll(LOWER_LINE_SPEAKER)] : [];
  const transcript =
    new Set(lineSpeakers.map((match) => match[1])).size >= 2 ||
    lineSpeakers.length >= 3 ||
    (lineSpeakers.length > 0 && isTimedChat(text)) ||
    (lineSpeakers.length >= 2 && lineSpeakers.every((match) => match[0].includes('(')));
  for (const match of lineSpeakers) {
    const start = match.index + match[0].indexOf(match[1]);
    if (listed(match[1])) add(match[1], start);
    // A speaker's name that is also a village («murat») is the speaker's.
    else if (
      transcript &&
      !SPEAKER_NOT_NAME.test(match[1]) &&
      !FUNCTION_WORD.test(match[1]) &&
      !isNeverName(titleCase(match[1]))
    )
      found.push(detection('PERSON', text, start, match[1]));
  }
  // Concatenated, not spread: a long chat yields more detections than a call's arguments may hold.
  return found.concat(capitalisedDialogueSpeakers(text), namesInChatMessages(text), toldInChat(text));
}

/**
 * «Шабнам: салта, привет!⏎Салта: не знаю…⏎Шабнам: …»: a dialogue written without times, each line
 * opened by its speaker. Two speakers at least, one of them on two lines or more, make a dialogue;
 * a speaker is a person when the word is a given name or when another speaker calls them by it, and
 * then so is the one they talk with (a form's or a ledger's labels, "Status:", "Tarih:", and roles,
 * "Caller:", never are).
 */
const CAPITALISED_LINE_SPEAKER = /(?:^|\n)[ \t]*(\p{Lu}[\p{Ll}'’ʻ-]{1,20}):[ \t]([^\n]*)/gu;
const DIALOGUE_ROLE =
  /^(?:Q|A|Вопрос|Ответ|Савол|Ҷавоб|Жавоб|Javob|Savol|Сұрақ|Жауап|Suraq|Sūraq|Jaýap|Jauap|Суроо|Жооп|Sorag|Jogap|Soru|Cevap|Question|Answer|Interviewer|Respondent|Судья|Прокурор|Адвокат|Защитник|Секретарь|Переводчик|Эксперт|Председательствующий|Judge|Prosecutor|Lawyer|Counsel|Interpreter|Officer|Investigator|Victim|Witness|Defendant|Caller|Arayan|Aranan|Başkan|Hakim|Savcı|Sanık|Avukat)$/u;
// A name called at a message's start or after a greeting («салта, привет», «привет, нурлан»).
const CALLED_IN_MESSAGE =
  /(?:^|(?:привет|салам|сәлем|salom|salam|hi|hey|hello|ок|ok|merhaba|alo)[ \t,!]+)(\p{L}[\p{L}'’ʻ-]{1,20})(?=[ \t]*[,!?.]|[ \t]*$)/giu;
function capitalisedDialogueSpeakers(text: string): Detection[] {
  if (!text.includes(':') || !text.includes('\n')) return [];
  const lines = [...text.matchAll(CAPITALISED_LINE_SPEAKER)];
  const count = new Map<string, number>();
  for (const match of lines) count.set(match[1], (count.get(match[1]) ?? 0) + 1);
  if (count.size < 2 || ![...count.values()].some((times) => times >= 2)) return [];
  // Lines of a form or a minute each with its own label: a dialogue's speakers return.
  if (count.size > lines.length / 1.5) return [];
  // Who is called by name inside the messages, and where.
  const called = new Map<string, number[]>();
  for (const line of lines) {
    const messageStart = line.index + line[0].length - line[2].length;
    for (const call of line[2].matchAll(CALLED_IN_MESSAGE)) {
      const at = messageStart + call.index + call[0].length - call[1].length;
      called.set(call[1].toLowerCase(), [...(called.get(call[1].toLowerCase()) ?? []), at]);
    }
  }
  const mayBeSpeaker = (word: string) =>
    !DIALOGUE_ROLE.test(word) &&
    !SPEAKER_NOT_NAME.test(word) &&
    !CUE_WORD.test(word) &&
    !NETWORK_OR_CONTACT_WORD.test(word) &&
    (!isNeverName(word) || isGivenName(word));
  const named = (word: string) => isGivenName(word) || called.has(word.toLowerCase());
  // One speaker known as a person makes the other a person too, unless a word of the language.
  const personal = lines.some((match) => mayBeSpeaker(match[1]) && named(match[1]));
  const speakers = lines.filter(
    (match) =>
      mayBeSpeaker(match[1]) &&
      (named(match[1]) || (personal && !RUSSIAN_NOUNS.has(match[1].toLowerCase()) && !isPlace(match[1]))),
  );
  const found: Detection[] = speakers.map((match) =>
    detection('PERSON', text, match.index + match[0].indexOf(match[1]), match[1]),
  );
  // The speakers call each other in lower case too («салта, привет!»).
  for (const name of new Set(speakers.map((match) => match[1].toLowerCase())))
    for (const at of called.get(name) ?? [])
      if (/\p{Ll}/u.test(text[at])) found.push(detection('PERSON', text, at, text.slice(at, at + name.length)));
  return found;
}

/**
 * Whom a chat's message tells, asks or hands something to, in lower case too: "tell larisa to bring
 * the passports", «твой номер мне дала томирис», «марии отдашь». A pronoun, a kin word or a place
 * there is none.
 */
const TOLD_IN_CHAT =
  /(?:(?<![\p{L}])(?:tell|give (?:it|them|this) to|send (?:it|them|this) to)[ \t]+(\p{L}{3,20})(?=[ \t]+(?:to|that)(?![\p{L}]))|(?<![\p{L}])(?:мне|нам)[ \t]+дал[аи]?[ \t]+(\p{Ll}{3,20})(?=[ \t]*(?:[,.!?]|$))|(?<=:[ \t]+)(\p{Ll}{3,20})(?=[ \t]+(?:отдашь|отдай|отдадите|отдайте|передашь|передай|передайте|скажешь|скажи)(?![\p{L}])))/gmu;
const TOLD_NOT_NAME =
  /^(?:him|her|them|me|us|you|everyone|everybody|someone|somebody|nobody|anyone|mom|mum|dad|mother|father|sister|brother|boss|manager|driver|police|ему|ей|им|мне|нам|тебе|вам|маме|папе|сестре|брату|мужу|жене|водителю|хозяину|начальнику|никому|всем)$/iu;
const TOLD_ROLE =
  /^(?:teacher|friends?|lawyer|reception|hotel|boss|manager|driver|police|everyone|everybody|nobody|mom|mum|dad|sister|brother|again|them|students|staff|admin|support|operator|guard|doctor|nurse|landlord|employer)$/iu;
function toldInChat(text: string): Detection[] {
  if (!/tell|give|send|дал|отда|переда|скаж/iu.test(text)) return [];
  const found: Detection[] = [];
  for (const match of text.matchAll(TOLD_IN_CHAT)) {
    const word = match[1] ?? match[2] ?? match[3];
    if (!CHAT_MESSAGE_BEFORE.test(lineBefore(text, match.index))) continue;
    if (TOLD_NOT_NAME.test(word) || FUNCTION_WORD.test(word.toLowerCase()) || isPlace(word)) continue;
    if (isNeverName(titleCase(word)) || RUSSIAN_NOUNS.has(word.toLowerCase()) || isRussianNoun(word)) continue;
    // Adverbs and instrumentals after «дали» («бесплатно», «наличными»), roles after "tell".
    if (/(?:но|то|ыми|ими)$/u.test(word) || TOLD_ROLE.test(word)) continue;
    found.push(detection('PERSON', text, match.index + match[0].lastIndexOf(word), word));
  }
  return found;
}

/**
 * «ертең, ерасылға айттым ғой», "omar said u can leave", «отдала олегу»: in a chat of two lines or
 * more («speaker: message»), a listed given name in lower case inside a message, under a case
 * ending of the region's languages or none, is someone the speakers talk about.
 */
const CHAT_LINE =
  /(?:^|\n)[ \t]*(?<time>\[[\d:., ]{4,22}\][ \t]*|\d{1,2}:\d{2}[ \t]+)?(?<speaker>\p{L}[\p{L}'’ʻ-]{2,20})(?<bracketed>[ \t]\(\d{1,2}:\d{2}\))?:[ \t](?<message>[^\n]{1,2000})/gu;
const LOWER_WORD_IN_MESSAGE = /(?<![\p{L}\p{N}\-_.@/'’ʻ])\p{Ll}{3,24}(?![\p{L}\p{N}\-_.@/'’ʻ])/gu;
const CASE_ENDING_IN_CHAT =
  /(?:ning|нинг|ның|нің|дың|дің|нын|нин|дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|га|ка|ко|го|гө|кө|ga|ge|ka|ke|qa|ni|ны|ні|ну|нү|ой|ей|ом|ем|у|ю|е|а|я|ы|и|a|e|u|i)$/u;
function namesInChatMessages(text: string): Detection[] {
  if (!text.includes(':')) return [];
  const messages = [...text.matchAll(CHAT_LINE)];
  // A chat, not a form or a record's «Судья: …» lines: a speaker in lower case or a line's time.
  const informal = messages.some(
    (message) => message.groups!.time || message.groups!.bracketed || /^\p{Ll}/u.test(message.groups!.speaker),
  );
  if (messages.length < 2 || !informal) return [];
  const found: Detection[] = [];
  // Listed as it stands, or as its stem with the feminine -а: lower-case text gets no shape reading.
  const listedName = (word: string) =>
    (GIVEN_NAMES.has(word) || GIVEN_NAMES.has(`${word}а`)) &&
    !NAMES_THAT_ARE_WORDS.has(word) &&
    !REGION_WORDS.has(word) &&
    !RUSSIAN_NOUNS.has(word) &&
    !FUNCTION_WORD.test(word) &&
    !isNeverName(titleCase(word));
  for (const message of messages) {
    const body = message.groups!.message;
    const bodyStart = message.index + message[0].length - body.length;
    for (const word of body.matchAll(LOWER_WORD_IN_MESSAGE)) {
      const ending = CASE_ENDING_IN_CHAT.exec(word[0])?.[0] ?? '';
      const stem = word[0].slice(0, word[0].length - ending.length);
      // Three-letter names are words too often ("can", "abi", «ал»).
      if ((word[0].length >= 4 && listedName(word[0])) || (stem.length >= 4 && listedName(stem)))
        found.push(detection('PERSON', text, bodyStart + word.index, word[0]));
    }
  }
  return found;
}

/**
 * Names that are not people: an organisation's name in quotes after its legal form or kind
 * (ОО «Надежда», NGO "Sana Sezim", ТОО «Айгерим») or before it, in Turkic order («…» дағдарыс
 * орталығы, «…» коомдук бирикмеси, "…" markazi), and a vehicle's make and model after the
 * vehicle (автомашина Lada Granta, the car Toyota Camry).
 */
const NAMED_THING =
  /(?<![\p{L}])(?:ОО|ОФ|ОЮЛ|НПО|НКО|ТОО|ООО|ОсОО|АО|ЗАО|ОАО|РОО|МОО|ЧУ|КФ|ЖШС|ҚБ|MChJ|МЧЖ|NGO|LLP|LLC|PF|организаци\p{L}*|ассоциаци\p{L}*|объединени\p{L}*|союз\p{L}*|альянс\p{L}*|фонд\p{L}*|центр\p{L}*|компани\p{L}*|фирм\p{L}*|агентств\p{L}*|кафе|ресторан\p{L}*|гостиниц\p{L}*|рын(?:ок|ке|ка)|базар\p{L}*|market|пункт\p{L}* пропуска|КПП|checkpoint|ТРЦ|ТЦ|ТРК|ТД|приют\p{L}*|проект\p{L}*|через|вокзал\p{L}*|авиакомпани\p{L}*|аэропорт\p{L}*|санатори\p{L}*|клуб\p{L}*|магазин\p{L}*|салон\p{L}*|завод\p{L}*|фабрик\p{L}*|рын(?:ок|ке|ка|ку)|airline|mall|club|отел\p{L}*|сауна|company|agency|foundation|association|alliance|union|network|shelter|centre|center|hotel|cafe|restaurant|organi[sz]ation|shirkat\p{L}*|kompaniya\p{L}*|маркази|ширкати|агентии|ташкилоти|бозори|тарабхонаи|меҳмонхонаи|қаҳвахонаи)(?:[ \t]+\p{Ll}{3,15}){0,2}[ \t]*[«"“„']([^»"”“'\n]{1,80})[»"”“']/giu;

// A vehicle's make and model after the vehicle word: capitalised words or digits only (no `i` flag,
// which would let «Автомобиль принадлежит Калиеву…» take the owner for a make).
const VEHICLE_MAKE =
  /(?<![\p{L}])(?:[Аа]втомашин(?:а|ой|у|ы|е)|[Аа]втомобил(?:ь|я|ем|е)|[Мм]ашин(?:а|ой|у|ы|е)|марки|а\/м|[Cc]ar|[Vv]ehicle)[ \t]+((?:[\p{Lu}\d][\p{L}\d-]{0,20}[ \t]?){1,3})/gu;

// What NAMED_THING cannot match without: a quote, or a vehicle word.
const NAMED_THING_NEEDS = /[«"“„']|проект/iu;
const VEHICLE_MAKE_NEEDS = /автомаш|автомоб|машин|марки|а\/м|car|vehicle/iu;

// The same in Turkic order, the name before its kind, tried only when a kind word is in the text.
const NAMED_THING_BEFORE_KIND =
  /[«"“„']([^»"”“'\n]{1,80})[»"”“'][ \t]+(?:(?:дағдарыс|қоғамдық|коомдук|кризис|reabilitatsi|реабилитац)\p{L}*[ \t]+)?(?:орталығ\p{L}*|бірлест\p{L}*|қоры|қорына|қорының|қауымдаст\p{L}*|борбор\p{L}*|бирикме\p{L}*|фонду\p{L}*|markaz\p{L}*|jamgʻarma\p{L}*|jamg'arma\p{L}*|uyushma\p{L}*|базар\p{L}*|bozor\p{L}*|көлі\p{L}*|унаа\p{L}*|mashina\p{L}*|mehmonxona\p{L}*|мейманкана\p{L}*|қонақүй\p{L}*|ЖШС|ЖЧК|MChJ)/giu;
const NAMED_THING_BEFORE_KIND_NEEDS =
  /орталығ|бірлест|қор|қауымдаст|борбор|бирикме|фонду|markaz|jamg|uyushma|базар|bozor|көлі|унаа|mashina|mehmonxona|мейманкана|қонақүй|ЖШС|ЖЧК|MChJ/iu;
// A make in quotes before its model's letters («Lexus» LX, «Toyota» RAV4).
const MAKE_BEFORE_MODEL = /[«"“„']([^»"”“'\n]{1,40})[»"”“'][ \t]+[A-Z]{1,3}\d{0,3}(?![\p{L}\p{N}])/gu;

function namedThings(text: string): { start: number; end: number }[] {
  const matches = [
    ...(NAMED_THING_NEEDS.test(text) ? text.matchAll(NAMED_THING) : []),
    ...(VEHICLE_MAKE_NEEDS.test(text) ? text.matchAll(VEHICLE_MAKE) : []),
    ...(NAMED_THING_BEFORE_KIND_NEEDS.test(text) ? text.matchAll(NAMED_THING_BEFORE_KIND) : []),
    ...(/[»"”“'][ \t]+[A-Z]/u.test(text) ? text.matchAll(MAKE_BEFORE_MODEL) : []),
  ];
  return matches.map((match) => {
    const name = match[1];
    const start = match.index + match[0].lastIndexOf(name);
    return { start, end: start + name.length };
  });
}

// A name right after a street word names the street («на улице Абая», «проспект Назарбаева»),
// after a district or settlement word the place («района Фирдавси», «суд города Кулоба»). «г.»
// after a year is «года»: «от 3 января 2023 г. Эргашев …» names the convicted.
export const STREET_WORD_BEFORE =
  /(?<![\p{L}])(?:ул\.|улиц[аеуыи]|улицей|пр\.|пр-т\.?|просп\.|проспект(?:а|е|у|ом)?|пер\.|переул(?:ок|ка|ке|ку)|бульвар(?:а|е|у)?|б-р|наб\.|набережн(?:ая|ой|ую)|мкр\.?|микрорайон(?:а|е|у)?|ш\.|шоссе|пл\.|площад(?:ь|и)|район(?:а|е|у)?|город(?:а|е|у)?|(?<!\d[ \t]?)г\.|сел(?:о|а|е)|аул(?:а|е)?|посёлк(?:а|е)|поселк(?:а|е)|ноҳияи|шаҳри|кӯчаи|хиёбони|бозори|маҳаллаи|деҳаи|ҷашни|иди|праздник(?:а|е|ом)?)[ \t]+$/iu;

// A name right before a Turkic road or street word names the road («Жібек жолы», «Абай көшесі»),
// one before a district, region, city, border post, airport or avenue word the place («Медеу
// аудандық соты», «Чүй облусунда», «Қорғас бекетіне»). Not «картасы» nor «атындағы»: a card in
// someone's name is written so too («Аселия Садырбаева атындагы … банк картасы»).
const KIND_OF_PLACE_AFTER =
  /^[ \t]+(?:citizen|citizens|national|nationals|driver|woman|women|man|men|girl|girls|worker|workers|checkpoint|crossing|shelter|centre|center|hotel|hostel|agency|company|foundation|office|market|bazaar|restaurant|cafe|café|club|factory|farm|airport|station|mall|salon|sauna|massage)(?![\p{L}])/u;
const ROAD_NAME_WORD = /^(?:Жолы|Жолу|Joly|Yo['ʻʼ‘’`]?li|Йўли)$/u;
const ROAD_TITLE = /^(?:Датка|Datka|Батыр|Батыра|Batyr|Баатыр|Baatyr|Хан|Han|Khan|Би|Bi|Ата|Ata)$/u;
const HOLIDAY_WORD = /^(?:Bayramı|Bayramları|Байрамы|Айты|Hayiti|Мерекесі|Майрамы)$/iu;
const HOLIDAY_JOINED_AFTER =
  /^[ \t]+(?:и|және|жана|ва|va|ve|and)[ \t]+(?:(?:Иди|Ийди|Eid)[ \t]+\p{Lu}\p{L}+|\p{Lu}\p{L}+[ \t]+(?:айт|айты|айтта|hayit\p{L}*|bayram\p{L}*|байрам\p{L}*|майрам\p{L}*|мейрам\p{L}*|мереке\p{L}*)(?![\p{L}]))/u;
export const ROAD_WORD_AFTER =
  /^(?:-\d{1,3})?(?:[ \t]+(?:би|хан|han|khan|батыр|batyr|ата|ata|shoh|шоҳ))?[ \t]+(?:министрлиг\p{L}*|министрлі\p{L}*|адлия\p{L}*|шартында|шарты|өткөрүү|өткізу|улиц\p{L}*|переул\p{L}*|проспект\p{L}*|бульвар\p{L}*|площад\p{L}*|набережн\p{L}*|шағынаудан\p{L}*|қишлоғ\p{L}*|qishlog\p{L}*|айт|айты|айтта|айтында|айтына|hayit\p{L}*|жолы\p{L}*|жолу\p{L}*|көшесі\p{L}*|köşesi\p{L}*|koshesi\p{L}*|даңғылы\p{L}*|dañğyly\p{L}*|т\.|орталық\p{L}*|ш\/а|ş\/a|шағын|şağyn|көчөсү\p{L}*|проспекти\p{L}*|кўчаси\p{L}*|ko['ʻʼ‘’`]?chasi\p{L}*|yo['ʻʼ‘’`]?li\p{L}*|caddesi|sokağı|sokak|аудандық|аудандағы|ауданы\p{L}*|райондук|району\p{L}*|районн\p{L}*|облыстық|облустук|қалалық|шаардык|tumani\p{L}*|ноҳияи|облыс\p{L}*|облус\p{L}*|вилоят\p{L}*|viloyat\p{L}*|қала(?:сы|сында|сына|сынан|сының|сындағы)|шаар(?:ы|ында|ына|ынан|ынын|ындагы)|shahr(?:i|ida|iga|idan|idagi)|шаҳр(?:и|ида|ига|идан|идаги)|бекеті\p{L}*|бекети\p{L}*|bekati\p{L}*|шекара(?:сы\p{L}*|лық\p{L}*)?|әуежайы\p{L}*|аэропорту\p{L}*|аэропорты\p{L}*|xiyobon\p{L}*|хиёбон\p{L}*|майрам\p{L}*|мейрам\p{L}*|bayramı|кодекс\p{L}*|kodeks\p{L}*)(?![\p{L}])/iu;

/**
 * A name no list holds, found by the words around it:
 * - the word right before a date of birth is its owner («Ақниет 1985ж. туған», "client Aigul (DOB
 *   …)", "Selin, 7 Mayıs 1969'da doğmuş");
 * - English speech ("…," Aigul told investigators; said Aigul, who…) and a verb whose object is a
 *   person ("placed Aigul at", "offered Aigul a", "between Aigul and");
 * - a Korean name with its surname in capitals ("KIM Min-ji").
 */
const BIRTH_OWNER_BEFORE =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}'’ʻ`-]{1,30}[ \t]+){0,2}\p{Lu}[\p{L}'’ʻ`-]{1,30})[ \t]*[,(]?[ \t]*$/u;
/** "Born in January 1973, Hae-won left…": a sentence opening with the birth names the person after it. */
const BORN_OPENING = /(?:^|[.!?\n][ \t]*)(?:Born|Родил(?:ась|ся))[ \t]+(?:in[ \t]+|on[ \t]+)?$/u;
const NAME_AFTER_BIRTH = /^[ \t]*,[ \t]+(\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]+\p{Lu}[\p{L}'’-]{1,30})?)/u;
const SPEECH_AFTER =
  /^[ \t]+(?:told|said|says|tells|recalled|recalls|testified|explained|admitted|remembered|remembers|describes|described|insists|insisted)(?![\p{L}])/u;
const SPEECH_BEFORE = /(?<![\p{L}])(?:said|told|asked|wrote|recalled|explained)[ \t]+$/u;
const PERSON_OBJECT_BEFORE =
  /(?<![\p{L}])(?:placed|offered|met|paid|sent|sold|forced|brought|took|helped|hired|recruited|married|between|introduced|threatened|beat|locked|accompanied|promised|gave|contacted|visited|persuaded|convinced|lured|trafficked|exploited|employed|drove|housed|rescued|found|identified|interviewed|assisted|deceived|tricked|trusted|reported|shows|showed|where|contact|ask[ \t]+for|[Aa]ccording[ \t]+to|friends?[ \t]+of|wrote[ \t]+to|arranged[ \t]+for)[ \t]+$/u;
// The look-behind after the capital says the same as before it, and is tried only where a capital stands.
const LONE_LATIN_WORD = /\p{Lu}(?<![\p{L}\p{N}'’@._/-]\p{Lu})\p{Ll}{2,15}(?![\p{L}\p{N}@_/-])/gu;
const LATIN_RUN_BEFORE_PERSON_ACT = requiring(
  /,[ \t]+who[ \t]|[ \t](?:contacted|promised|recruited|confiscated|threatened|arranged|texted|messaged|fled|escaped|testified|admitted|denied|pleaded|confessed|slapped|beat|hit|locked|raped|still|refers|had|shared|was)/u,
  /(?<![\p{L}\p{N}'’@._/-])(\p{Lu}\p{Ll}{1,15}(?:-\p{Lu}?\p{Ll}{1,10})?(?:[ \t]+\p{Lu}\p{Ll}{1,15}(?:-\p{Lu}?\p{Ll}{1,10})?){0,2})(?=,[ \t]+who[ \t]|[ \t]+(?:contacted|promised|recruited|confiscated|threatened|arranged|texted|messaged|fled|escaped|testified|admitted|denied|pleaded|confessed|slapped|beat|hit|locked|raped|(?:still[ \t]+)?refers[ \t]+to|still[ \t]+asks|had[ \t]+left|shared[ \t]+a[ \t]+room|(?:was|had[ \t]+been)[ \t]+(?:interviewed|recruited|promised|told|offered|lured|trafficked|sold|questioned|rescued|deported|detained|arrested|kept|held|forced|beaten|taken|raped|locked|born|placed|housed)|had[ \t]+(?:organi[sz]ed|recruited|promised|arranged|paid|threatened|confiscated))(?![\p{L}]))/gu,
);
/** "JUMANAZAROVA/OYSHA MS": a ticket or booking names the passenger surname first, slash, given name. */
const TICKET_NAME =
  /(?<![\p{L}/])\p{Lu}[\p{Lu}'-]{1,30}\/\p{Lu}[\p{Lu}'-]{1,30}(?:[ \t]\p{Lu}{2,20}(?=[ \t]+(?:MR|MS|MRS|MISS|MSTR)(?![\p{L}])))?(?![\p{L}/])/gu;
/** «ИИН/БИН», "SWIFT/BIC": a form's labels, shaped like a ticket's name. */
const IDENTIFIER_ACRONYM =
  /^(?:ИИН|БИН|ИНН|ПИН|ЖСН|ЖШН|РНН|ОГРН|КПП|СНИЛС|ПИНФЛ|ФИО|ИП|ТОО|ООО|АО|IIN|BIN|INN|PIN|TIN|VAT|ID|IBAN|SWIFT|BIC|KPP|OGRN|JSHSHIR|STIR|PINFL)$/u;
/** «Васёна, доченька, …»: a name called out with an endearment after it. */
const VOCATIVE_BEFORE_ENDEARMENT =
  /(?<![\p{L}])(\p{Lu}[\p{Ll}'’ʻ-]{1,20}),[ \t]+(?:доченька|дочка|доча|сынок|сыночек|сестрёнка|сестренка|родная|родной|милая|қызым|кызым|qizim|балам|bolam|жаным|canım|kızım|oğlum|jonim|жоним)(?![\p{L}])/gu;
/** "Don't be afraid", "don't cry", said before the name of the one spoken to («Натарс, Моҳира, …», "Korkma Maral,"). */
const DO_NOT_FEAR =
  "Натарс|Нагиря|Гиря накун|Коркпо|Ыйлаба|Қорықпа|Жылама|Qorıqpa|Qo['ʻ‘’]?rqma|Қўрқма|Yig['ʻ‘’]?lama|Йиғлама|Korkma|Ağlama|Don['’]t worry|Don['’]t cry";
const DO_NOT_FEAR_AFTER = new RegExp(`^(?:${DO_NOT_FEAR}|не бойся|не плачь|не переживай)(?![\\p{L}])`, 'iu');
/**
 * «Толкун, это мама…», "Palwasha, come home", «Мария, около 20 лет», «— Зара, не бойся»: the first
 * word of a quoted message, of a line of dialogue or of what a person wrote, before a comma, is the
 * one called or named.
 */
const VOCATIVE_IN_QUOTE = new RegExp(
  `(?:[«"“]|(?:^|\\n)[ \\t]*[—–])[ \\t]*(?:(?:${DO_NOT_FEAR})[ \\t,]+)?(\\p{Lu}\\p{Ll}{2,20}),[ \\t]`,
  'gu',
);
const INTERJECTION = new RegExp(
  `^(?:Алло|Алё|Привет|Здравствуй|Здравствуйте|Слушай|Ладно|Мам|Пап|Мама|Папа|Hello|Hi|Hey|Yes|No|Well|Please|Sorry|Okay|Listen|Mom|Mum|Dad|Salom|Assalomu|Сәлем|Салам|Салом|Саламатсызбы|Апа|Ака|Ана|Эже|Merhaba|Tamam|Evet|Hayır|Abla|Anne|Baba|Sir|Madam|Dear|Then|Now|And|But|So|Yes|Thanks|Thank|${DO_NOT_FEAR})$`,
  'u',
);
/** An interview's answer that is a name alone ("Q: Who collected your wages? A: Rahym."). */
const ANSWER_NAME =
  /(?:^|\n)[ \t]*(?:A|Answer|Ответ|Жауап|Жооп|Javob|Ҷавоб|Cevap|C):[ \t]+(\p{Lu}\p{Ll}{2,20})(?=[.!]|$|\n)/gu;
/** «мама это я гюльнар, …», "it's me aida.": who writes, in any case. */
const SELF_INTRODUCED =
  /(?<![\p{L}])(?:это я|бұл мен|бул мен|bu men|it['’]?s me)[ \t,]+(\p{L}{3,20})(?=[ \t]*(?:[,.!)»"]|$))/giu;
const SELF_INTRODUCED_NEEDS = /это я|мен|men|me/iu;
/** "Хусейн Кая (t.me/huseyinkay)": a name and, in brackets, the page or handle it goes by. */
const NAME_BEFORE_HANDLE =
  /(?<![\p{L}])(\p{Lu}[\p{Ll}'’ʻ-]{1,20}(?:[ \t]+\p{Lu}[\p{Ll}'’ʻ-]{1,20})?)[ \t]\((?:(?:Instagram|Telegram|TikTok|WeChat|VK|Facebook)[ \t]*:?[ \t]*)?(?:@|t\.me\/|https?:\/\/|www\.|instagram\.com\/|vk\.com\/|tiktok\.com\/|[a-z][a-z0-9_.]{2,30}\))/gu;
/**
 * Turkish writes a case ending onto a proper noun only, after an apostrophe ("İnker'e", "Aysel'in"):
 * a capitalised word so marked that is no place, country or institution is a person's name.
 */
const TURKISH_PROPER_CASE =
  /(?<![\p{L}\p{N}'’@._/-])(\p{Lu}\p{Ll}{2,15})(['’](?:e|a|ye|ya|i|ı|u|ü|yi|yı|yu|yü|in|ın|un|ün|nin|nın|nun|nün|den|dan|ten|tan|le|la|yle|yla))(?![\p{L}])/gu;
const PERSONAL_TURKISH_ENDING = /^['’](?:ın|in|un|ün|nın|nin|nun|nün|ı|i|u|ü|yı|yi|yu|yü|la|le|yla|yle)$/u;
const KOREAN_CAPITALS = /(?<![\p{L}])([A-Z]{2,5})[ \t]+\p{Lu}\p{Ll}{1,6}-\p{Ll}{1,6}(?![\p{L}])/gu;

/**
 * Names by the form they are written in, whatever the list says:
 * - a phone's contact entry, quoted, with a city after it and the number after a dash («Рахмат
 *   Стамбул» — 0 (552) …);
 * - a name in brackets after a phone number ("+996 … (Бермет)", «89772711005 (Парвиз)») or with
 *   the age after it («(Индира, 19 года)»);
 * - a letter's signature after its closing ("Regards, Ogiloy", «С уважением, Марат»);
 * - a name in the genitive before a kin word ("Dostonning singlisi", «Айгүлдің сіңлісі»).
 */
const CONTACT_ENTRY =
  /[«"“](\p{Lu}\p{Ll}{2,20})(?:[ \t]+\p{Lu}[\p{L}-]{2,20})?[»"”][ \t]*[—–:-][ \t]*(?=[+(]?\d[\d \t()-]{6})/gu;
const NAME_AFTER_PHONE = /(?:\+|\d)[\d \-()]{5,18}\d[ \t]*\((\p{Lu}\p{Ll}{2,20})(?:\)|,[ \t]*\d{1,2}[ \t]*\p{L})/gu;
const NAME_WITH_AGE =
  /\((\p{Lu}\p{Ll}{2,20}),[ \t]*\d{1,2}[ \t-]*(?:лет|года?|жаста|жашта|жасар|yosh|ёш|сола|yaşında|years?|y\.o\.)/gu;
const SIGNATURE =
  /(?<![\p{L}])(?:Regards|Best regards|Kind regards|Sincerely|Best wishes|С уважением|Hurmat bilan|Ҳурмат билан|Құрметпен|Урматтоо менен|Saygılarımla|Бо эҳтиром)[ \t]*,?[ \t]*\n?[ \t]*(\p{Lu}\p{Ll}{2,20}(?:[ \t]+\p{Lu}\p{Ll}{2,20})?)(?![\p{L}])/gu;
const GENITIVE_BEFORE_KIN =
  /(?<![\p{L}])(\p{Lu}\p{Ll}{2,20}(?:ning|нинг|ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин|нун|нүн|дун|дүн|тун|түн))[ \t]+(?:singlisi|opasi|akasi|ukasi|xotini|eri|onasi|otasi|dugonasi|сіңлісі|қарындасы|әпкесі|ағасы|інісі|күйеуі|әйелі|анасы|әкесі|карындашы|эжеси|агасы|иниси|күйөөсү|аялы|энеси|сиңдиси|сингилиси|опаси|акаси|укаси|хотини|онаси|отаси)(?![\p{L}])/gu;
const BY_FORM_NEEDS =
  /[«"“(]|regards|sincerely|wishes|уважением|hurmat|ҳурмат|құрмет|урматтоо|saygı|эҳтиром|ning|нинг|ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин|нун|нүн|дун|дүн|тун|түн/iu;

function detectPeopleByForm(text: string): Detection[] {
  if (!BY_FORM_NEEDS.test(text)) return [];
  const found: Detection[] = [];
  // A given name that is also a village («Кундуз») is a name in these forms; a listed place alone is not.
  const plain = (word: string) =>
    !isNeverName(word) &&
    !CUE_WORD.test(word) &&
    !NETWORK_OR_CONTACT_WORD.test(word) &&
    !INTERJECTION.test(word) &&
    !RUSSIAN_NOUNS.has(word.toLowerCase()) &&
    !(isPlace(word) && !GIVEN_NAMES.has(word.toLowerCase()));
  // "(Reception)", «(Бесплатно)», "Regards, Support Team": in brackets and under a closing the word
  // must read as a name: listed, shaped like one, or a Cyrillic proper noun no list knows that is
  // no adverb (-о).
  const nameLike = (word: string) =>
    looksLikeName(word) ||
    hasRegionNameShape(word) ||
    GIVEN_NAMES.has(word.toLowerCase()) ||
    (isUnlistedProperNoun(word) && !/о$/u.test(word));
  for (const pattern of [CONTACT_ENTRY, NAME_AFTER_PHONE, NAME_WITH_AGE, SIGNATURE]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1];
      if (name.split(/[ \t]+/u).every(plain) && nameLike(name.split(/[ \t]+/u)[0]))
        found.push(detection('PERSON', text, match.index + match[0].indexOf(name), name));
    }
  }
  for (const match of text.matchAll(GENITIVE_BEFORE_KIN)) {
    const word = match[1];
    const stem = word.replace(SUBJECT_GENITIVE, '');
    // «Ауылдың ағасы», "Xalqning otasi" (the village's elder, the nation's father) open sentences:
    // there the word must read as a name.
    const opening = startsSentence(text, match.index);
    if (
      plain(stem) &&
      (!opening || looksLikeName(stem) || hasRegionNameShape(stem) || GIVEN_NAMES.has(stem.toLowerCase())) &&
      !PERSON_NOUN.test(word) &&
      !isPlace(stem) &&
      !isPlaceWithEnding(word)
    )
      found.push(detection('PERSON', text, match.index, word));
  }
  return found;
}

// A form's field for one part of a name, its label in one language or two («Фамилия / Surname:»).
const NAME_PART_LABEL =
  "(?:Фамилия(?:сы)?|Имя(?: отца| матери)?|Отчество|Surname|Last name|Family name|Given names?|First name|Patronymic|Father['’]s name|Mother['’]s name|Тегі|Аты(?:-жөні|-жөнү)?|(?:Әкесінің|Атасының|Атасынын|Анасының|Энесинин) аты|Familiya(?:si)?|Ismi|(?:Otasining|Onasining) ismi|Soyad[ıi]|(?:Baba |Ana )?Ad[ıi]|Насаб|Ном|Номи (?:падар|модар))";
const NAME_PART_VALUE = "(\\p{L}[\\p{L}'ʻʼ‘’`-]{1,30}(?:[ \\t]+\\p{L}[\\p{L}'ʻʼ‘’`-]{1,30}){0,2})";
const NAME_PART_FIELD = new RegExp(
  `(?:^|\\n)[ \\t]*${NAME_PART_LABEL}(?:[ \\t]*\\/[ \\t]*${NAME_PART_LABEL})?[ \\t]*:[ \\t]*${NAME_PART_VALUE}(?:[ \\t]*\\/[ \\t]*${NAME_PART_VALUE})?[ \\t]*(?=[\\n,;]|$)`,
  'gdu',
);
const NOT_GIVEN =
  /^(?:не|нет|без|отсутству\p{L}*|unknown|none|not|n\/a|withheld|redacted|see|attached|жоқ|жок|yo['ʻ‘’]?q|yok|ko['ʻ‘’]?rsatilmagan|belirtilmemiş|номаълум|неизвестн\p{L}*|белгісіз|белгисиз)$/iu;

/**
 * The value of a form's field for a surname, a given name or a patronymic («Фамилия / Surname:
 * ТОКТАРОВ / TOKTAROV», «Имя: ДАНАГУЛЬ»): a name in any case and in one script or two, listed or not.
 */
function detectNamePartFields(text: string): Detection[] {
  const found: Detection[] = [];
  for (const match of text.includes(':') ? text.matchAll(NAME_PART_FIELD) : []) {
    for (const group of [1, 2]) {
      const value = match[group];
      if (value === undefined) continue;
      const words = value.split(/[ \t]+/u);
      // In a name's field a word of the language in lower case is a remark («отсутствует», "see attached").
      const remark = (word: string) =>
        NOT_GIVEN.test(word) ||
        isNeverName(titleCase(word)) ||
        CUE_WORD.test(word) ||
        (/^\p{Ll}/u.test(word) && !looksLikeName(word));
      if (words.some(remark)) continue;
      found.push(detection('PERSON', text, match.indices![group]![0], value));
    }
  }
  return found;
}

// A name, a comma, and whose kin the person is («Қоңырау шалған: Серік, жәбірленушінің ағасы», «Зангзананда:
// Парвиз, бародари ҷабрдида», "Caller: Daler, the victim's brother").
const NAME_BEFORE_KIN =
  /(?<![\p{L}])(\p{Lu}\p{Ll}{2,20}),[ \t]+(?:(?:the|her|his|their)[ \t]+)?(?:\p{L}+['’]?s?[ \t]+)?(?:ағасы|апасы|анасы|әкесі|інісі|сіңлісі|әпкесі|қарындасы|күйеуі|әйелі|атасы|агасы|эжеси|иниси|карындашы|сиңдиси|энеси|күйөөсү|аялы|байкеси|бародар(?:и|аш)|модар(?:и|аш)|падар(?:и|аш)|хоҳар(?:и|аш)|шавҳар(?:и|аш)|akasi|opasi|onasi|otasi|ukasi|singlisi|xotini|брат|сестра|мать|отец|муж|дядя|тётя|тетя|brother|sister|mother|father|husband|uncle|aunt|cousin|ağabeyi|ablası|annesi|babası|kardeşi|kocası)(?![\p{L}])/gu;

// A nickname in quotes before the word that names it («"Роза" деген әйел», «"Bosh" deb chaqirardi»,
// «"Хоҷа" мегуфтанд») or after one ("known as «Madam»", «по прозвищу "Хан"»): what a person is called.
const QUOTED_NICKNAME_BEFORE_NAMING =
  /[«"“](\p{Lu}[\p{L}'’ʻ-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’ʻ-]{1,20})?)[»"”][ \t]+(?:деген|дейтин|деп|деб|deb|laqabli|лақабли|лақаптуу|лакаптуу|laqapty|лақапты|degan|degen|atty|атты|мегуфтанд\p{L}*|мегуянд|lakaplı|diye)(?![\p{L}])/gu;
const QUOTED_NICKNAME_AFTER_NAMING =
  /(?:по прозвищу|по кличке|[Пп]редставлял(?:ся|ась) как|[Нн]азывал(?:ся|а) себя|nicknamed|introduced (?:himself|herself) as|called (?:her|him)|лақабы|лакабы|laqabi|lakabı)[ \t:,]*[«"“](\p{Lu}[\p{L}'’ʻ-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’ʻ-]{1,20})?)[»"”]/gu;
const ORGANISATION_AFTER =
  /^[»"”][ \t]+(?:\p{L}+[ \t]+){1,2}(?:мейрамхана\p{L}*|şirket\p{L}*|ajans\p{L}*|restoran\p{L}*|otel\p{L}*|mağaza\p{L}*|компани\p{L}*|фирм\p{L}*|ұйым\p{L}*|уюм\p{L}*|агентт\p{L}*|агентств\p{L}*|кафе|ресторан\p{L}*|сайт\p{L}*|клуб\p{L}*|отель|қонақүй\p{L}*|мейманкана\p{L}*|tashkilot\p{L}*|kompaniya\p{L}*|firma\p{L}*|agentlik\p{L}*|kafe|sayt\p{L}*|ширкат\p{L}*|ташкилот\p{L}*|company|agency|firm|site|cafe|hotel|club)(?![\p{L}])/u;

function detectNicknames(text: string): Detection[] {
  const found: Detection[] = [];
  if (!/[«"“]/u.test(text)) return found;
  for (const pattern of [QUOTED_NICKNAME_BEFORE_NAMING, QUOTED_NICKNAME_AFTER_NAMING]) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1];
      const start = match.index + match[0].indexOf(name);
      const placeOrWord = (word: string) =>
        isNeverName(word) ||
        CUE_WORD.test(word) ||
        isPlaceWithEnding(word) ||
        isCountry(word) ||
        // «представлялся как «Сотрудник»»: a role he gave, no name; «"Шеф" мегуфтанд» is what they called him.
        (pattern === QUOTED_NICKNAME_AFTER_NAMING &&
          RUSSIAN_NOUNS.has(word.toLowerCase()) &&
          !GIVEN_NAMES.has(word.toLowerCase()));
      if (name.split(/[ \t]+/u).some(placeOrWord)) continue;
      if (ORGANISATION_AFTER.test(text.slice(start + name.length, start + name.length + 40))) continue;
      found.push(detection('PERSON', text, start, name));
    }
  }
  return found;
}

// A name and, in brackets, the person's role or kin ("Talked with Olga (social worker)", «Айгуль (психолог)»).
const NAME_BEFORE_ROLE_IN_BRACKETS =
  /(?<![\p{L}])(\p{Lu}\p{Ll}{2,20}(?:[ \t]\p{Lu}\p{Ll}{2,20})?)[ \t]+\((?:the[ \t]+|her[ \t]+|his[ \t]+)?(?:social worker|psychologist|lawyer|interpreter|translator|volunteer|case ?worker|nurse|doctor|driver|recruiter|employer|broker|landlord|landlady|neighbou?r|friend|cousin|brother|sister|mother|father|aunt|uncle|соцработник\p{L}*|социальн\p{L}* работни\p{L}*|психолог\p{L}*|юрист\p{L}*|адвокат\p{L}*|переводчи\p{L}*|волонт[её]р\p{L}*|водител\p{L}*|вербовщи\p{L}*|работодател\p{L}*|посредни\p{L}*|подруг\p{L}*|друг|сестра|брат|мать|отец|тётя|тетя|дядя)[),]/gu;

// A name, a comma, and the person's identifier or birth ("Suspect: Nattaya Srisuk, Thai ID …",
// "Faisal Qasem, Emirates ID …", «Михаэла Русу, 9 ноября 1999 года рождения»).
const NAME_BEFORE_IDENTIFIER =
  /(?<![\p{L}])(\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?(?:[ \t]\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}?\p{Ll}{1,20})?){1,2}),[ \t]+(?:(?:\p{Lu}\p{Ll}+[ \t]+)?ID(?![\p{L}])|passport|паспорт|ИИН|IIN|ПИН|PIN|PINFL|ПИНФЛ|ЖСН|JShShIR|IDNP|T\.C\.|TC kimlik|DOB|born|д\.р\.|г\.р\.|\d{1,2}[ .](?:\p{L}+|\d{2})[ .]\d{4}(?:[ \t]+г(?:\.|ода))?[ \t]+(?:г\.р\.|года рождения|рождения|туған|tug['ʻ‘’]ilgan))/gu;

// A record's "Surname, Given;" after its label ("Entry record: Kara, Dilek; born …").
const SURNAME_COMMA_GIVEN =
  /(?<=:[ \t]{1,3})(\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}?\p{Ll}{1,20})?,[ \t]\p{Lu}\p{Ll}{1,20})(?=[ \t]*;|,[ \t]*(?:born|DOB|b\.|д\.р\.|passport|паспорт)(?![\p{L}]))/gu;
// Whom one tells something, in the dative before the verb («сарсенбайга айтиб қўй», "tileýberdige
// aıttyń ba?", «Маратка айт»), and whose house one is at ("ufuk'un evinde"): a person, in any case.
const DATIVE_BEFORE_TELL =
  /(?<![\p{L}\p{N}@._/-])(\p{L}[\p{L}'’ʻ‘]{2,20}(?:га|ге|ка|ке|ға|қа|кө|гө|ко|го|ga|ge|ka|ke|qa|ǵa))[ \t]+(?:айт\p{L}*|aıt\p{L}*|ayt\p{L}*|ait\p{L}*)/gu;
// The Tajik «ба … гӯй» (tell …): the word between is whom one tells.
const TOLD_IN_TAJIK = /(?<![\p{L}])ба[ \t]+(\p{L}{3,20})[ \t]+(?:гӯй|гуй|бигӯ|бигу|гӯед|гуед)(?![\p{L}])/gu;
const POSSESSOR_BEFORE_HOUSE = requiring(
  /['’](?:in|ın|un|ün|nin|nın|nun|nün)[ \t]+(?:evinde|evine|evi|yanında|yanına)/u,
  /(?<![\p{L}\p{N}@._/-])(\p{L}{3,20})['’](?:in|ın|un|ün|nin|nın|nun|nün)[ \t]+(?:evinde|evine|evi|yanında|yanına)(?![\p{L}])/gu,
);

// A chat message's opening: its time, in brackets or not, and its speaker before a colon.
const CHAT_MESSAGE_BEFORE =
  /^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|[\d.,/]{6,12}[ \t]+\d{1,2}:\d{2}[ \t]+(?:[-–—][ \t]+)?|\d{1,2}:\d{2}[ \t]+)?\p{L}[\p{L}'’ -]{1,25}:[ \t]/u;
// The line so far, at most 300 characters back: read at each match, a search to the line's start on
// one long line would make the scan quadratic.
const lineBefore = (text: string, index: number) => {
  const window = text.slice(Math.max(0, index - 300), index);
  return window.slice(window.lastIndexOf('\n') + 1);
};
const TELL_VERB = /айт|aıt|ayt|ait/iu;
const DATIVE_ENDING = /(?:га|ге|ка|ке|ға|қа|кө|гө|ко|го|ga|ge|ka|ke|qa|ǵa)$/u;
// «eshkimge aitpa» (tell no one), "Hanım'ın evinde" (at the lady's): no one's name.
const NOBODY_OR_TITLE =
  /^(?:eshkim|ешкім|ешкимге|hech ?kim|ҳеч ?ким|эч ?ким|biröv|birov|бирөө|біреу|kim|ким|bey|hanım|hanim|abla|ağabey|abi|teyze|amca|hoca|usta|patron|эже|ага|апа|ака|опа|байке|ағай|апай|ana|ona|она|ота|ата|мама|папа|ука|сингил|сіңлі|иним|ini|uka|opa|aka|eje|apa|men|sen|siz|ular|hamma|мен|сен|сиз|сіз|алар|олар|барча|баар|ҳама|онҳо|вай|шумо|ман|мо|модар|падар|бародар|хоҳар|хоҷаин|хозяин)/iu;

function detectNamesBeforeKin(text: string): Detection[] {
  const found: Detection[] = [];
  for (const match of [
    ...(text.includes(',') ? text.matchAll(NAME_BEFORE_KIN) : []),
    ...(text.includes('(') ? text.matchAll(NAME_BEFORE_ROLE_IN_BRACKETS) : []),
    ...(text.includes(',') ? text.matchAll(NAME_BEFORE_IDENTIFIER) : []),
    ...(text.includes(':') ? text.matchAll(SURNAME_COMMA_GIVEN) : []),
    ...[
      ...(TELL_VERB.test(text) ? text.matchAll(DATIVE_BEFORE_TELL) : []),
      ...(/гӯй|гуй|бигӯ|бигу|гӯед|гуед/u.test(text) ? text.matchAll(TOLD_IN_TAJIK) : []),
      ...(mayMatch(POSSESSOR_BEFORE_HOUSE, text) ? text.matchAll(POSSESSOR_BEFORE_HOUSE) : []),
    ].filter((match) => {
      // «милицияга айтты», «дәрігерге», "rahbarga": the word without its ending must read as a name.
      const stem = titleCase(match[1].replace(DATIVE_ENDING, ''));
      return (
        mayBeSubjectName(titleCase(match[1])) &&
        !NOBODY_OR_TITLE.test(match[1]) &&
        (looksLikeName(stem) ||
          hasRegionNameShape(stem) ||
          GIVEN_NAMES.has(stem.toLowerCase()) ||
          // «тилекке айттыңбы?» in a chat's message: names are written small there, nouns are not the rule.
          (/^\p{Ll}/u.test(match[1]) && CHAT_MESSAGE_BEFORE.test(lineBefore(text, match.index))))
      );
    }),
  ]) {
    const name = match[1];
    const notName = (word: string) =>
      isNeverName(word) ||
      CUE_WORD.test(word) ||
      NETWORK_OR_CONTACT_WORD.test(word) ||
      RUSSIAN_NOUNS.has(word.toLowerCase()) ||
      (isPlace(word) && !GIVEN_NAMES.has(word.toLowerCase()));
    if (name.split(/[ \t,]+/u).some(notName)) continue;
    // «Кейіннен, жәбірленушінің ағасы …», "Separately, the victim's mother …": an opening word
    // before kin is a name only after a form's label or when it reads as one.
    const afterLabel = /:[ \t]*$/u.test(text.slice(Math.max(0, match.index - 3), match.index));
    const nameLike = (word: string) =>
      looksLikeName(word) || hasRegionNameShape(word) || GIVEN_NAMES.has(word.toLowerCase());
    // A chat's messages write names small; a small word opening a sentence there is no capital's guess.
    const smallInChat = /^\p{Ll}/u.test(name) && CHAT_MESSAGE_BEFORE.test(lineBefore(text, match.index));
    if (!afterLabel && !smallInChat && startsSentence(text, match.index) && !name.split(/[ \t,]+/u).every(nameLike))
      continue;
    found.push(detection('PERSON', text, match.index + match[0].indexOf(name), name));
  }
  return found;
}

function detectPeopleByContext(text: string, birthDates: Detection[]): Detection[] {
  const found: Detection[] = [
    ...detectPeopleByForm(text),
    ...detectNamePartFields(text),
    ...detectNamesBeforeKin(text),
    ...detectNicknames(text),
  ];
  for (const birth of birthDates) {
    if (BORN_OPENING.test(text.slice(Math.max(0, birth.start - 12), birth.start))) {
      const named = NAME_AFTER_BIRTH.exec(text.slice(birth.end, birth.end + 40));
      const nameWord = (word: string) =>
        looksLikeName(word) || mayBeSubjectName(word) || /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u.test(word);
      if (named && named[1].split(/[ \t]+/u).every(nameWord))
        found.push(detection('PERSON', text, birth.end + named[0].length - named[1].length, named[1]));
    }
    const owner = BIRTH_OWNER_BEFORE.exec(text.slice(Math.max(0, birth.start - 70), birth.start));
    if (!owner) continue;
    const words = owner[1].split(/[ \t]+/u);
    // From the last word back, while each may be a name: a word no list knows stops nothing.
    let first = words.length;
    while (first > 0 && (looksLikeName(words[first - 1]) || mayBeSubjectName(words[first - 1]))) first--;
    if (first === words.length) continue;
    const name = words.slice(first).join(' ');
    const start = birth.start - owner[0].length + owner[0].indexOf(owner[1]) + owner[1].length - name.length;
    found.push(detection('PERSON', text, start, name));
  }
  if (/[A-Za-z]/.test(text)) {
    for (const match of text.matchAll(LONE_LATIN_WORD)) {
      const word = match[0];
      const start = match.index;
      const before = text.slice(Math.max(0, start - 16), start);
      const after = text.slice(start + word.length, start + word.length + 16);
      // Only a word standing alone: a run of capitals gets the run's rules.
      if (/\p{Lu}\p{L}*[ \t]+$/u.test(before) || /^[ \t]+\p{Lu}/u.test(after)) continue;
      const spoken = SPEECH_AFTER.test(after) || (SPEECH_BEFORE.test(before) && /^[ \t]*[,.]/u.test(after));
      const object = PERSON_OBJECT_BEFORE.test(before) && /^(?:[ \t]+\p{Ll}|[,.;])/u.test(after);
      // English plurals speak too ("Officials said"): a word in -s only when listed as a name.
      const plural = /s$/u.test(word) && !looksLikeName(word);
      if (
        (spoken || object) &&
        !plural &&
        mayBeSubjectName(word) &&
        !/^(?:The|This|That|He|She|They|It|We|You|I)$/u.test(word)
      )
        found.push(detection('PERSON', text, start, word));
    }
    // "…by Mujib Sharifi, who promised…", "Aigul Serik contacted him": one to three words no list
    // knows, each possibly a name, before what only a person does.
    for (const match of mayMatch(LATIN_RUN_BEFORE_PERSON_ACT, text) ? text.matchAll(LATIN_RUN_BEFORE_PERSON_ACT) : []) {
      const words = match[1].split(/[ \t]+/u);
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      if (/(?<![\p{L}])(?:the|a|an|of|in|at|to)[ \t]+$/iu.test(before)) continue;
      // English plurals act too ("Officials had arranged"): a word in -s only when listed as a name.
      const named = (word: string) =>
        looksLikeName(word) || (mayBeSubjectName(word) && !(words.length === 1 && /s$/u.test(word)));
      if (words.every(named) && !isPlace(match[1])) found.push(detection('PERSON', text, match.index, match[1]));
    }
    for (const match of text.includes("'") || text.includes('’') ? text.matchAll(TURKISH_PROPER_CASE) : []) {
      const word = match[1];
      // After another capitalised word the run's rules decide ("Türk Ceza Kanunu'nun", "Yavuz Bey'in").
      // After "the" an English text names a place ("the Ewa'a shelter").
      const before = text.slice(Math.max(0, match.index - 20), match.index);
      const inRun = /\p{Lu}\p{L}*[ \t]+$/u.test(before) || /(?<![\p{L}])(?:the|an?)[ \t]+$/iu.test(before);
      // The ending stands after the apostrophe, so the word itself is read whole («Gülten» is no «Gül» + ending).
      const proper =
        !isNeverName(word) &&
        // A given name that is also a town («Murat») under an ending a person takes: whose, whom, with whom.
        (!isPlace(word) || (GIVEN_NAMES.has(word.toLowerCase()) && PERSONAL_TURKISH_ENDING.test(match[2]))) &&
        !CUE_WORD.test(word) &&
        !HONORIFIC.test(word) &&
        !NETWORK_OR_CONTACT_WORD.test(word) &&
        !NAMES_THAT_ARE_WORDS.has(word.toLowerCase());
      if (!inRun && proper) found.push(detection('PERSON', text, match.index, match[0]));
    }
    for (const match of text.includes('-') ? text.matchAll(KOREAN_CAPITALS) : []) {
      if (EAST_ASIAN_SURNAME.test(match[1])) found.push(detection('PERSON', text, match.index, match[0]));
    }
  }
  const nameWord = (word: string) => looksLikeName(word) || mayBeSubjectName(word);
  for (const match of text.includes('/') ? text.matchAll(TICKET_NAME) : []) {
    // The format says it is a name, even one that is also a place («MADINA»).
    const words = match[0].split(/[/ \t]/u);
    if (!words.some((word) => isNeverName(titleCase(word)) || IDENTIFIER_ACRONYM.test(word)))
      found.push(detection('PERSON', text, match.index, match[0]));
  }
  for (const match of text.includes(',') ? text.matchAll(VOCATIVE_IN_QUOTE) : []) {
    const word = match[1];
    const lower = word.toLowerCase();
    // «Мөлдір, қорықпа», «Вера, не плачь»: a "don't be afraid" after the word says it is the one
    // spoken to, though the word is also a dictionary word; so does a list of given names.
    const comforted = DO_NOT_FEAR_AFTER.test(
      text.slice(match.index + match[0].length, match.index + match[0].length + 16),
    );
    const wordToo = isRussianNoun(word) || REGION_WORDS.has(lower) || NAMES_THAT_ARE_WORDS.has(lower);
    const dialogue = /^[—–]/u.test(match[0].trimStart());
    // «Знай, куда…»: a short word no list knows is an imperative more often than a name.
    if (
      (word.length > 4 || GIVEN_NAMES.has(lower)) &&
      !INTERJECTION.test(word) &&
      !isNeverName(word) &&
      !CUE_WORD.test(word) &&
      (!wordToo || comforted || (GIVEN_NAMES.has(lower) && dialogue)) &&
      // «— Конечно, …», "— Actually, …": a line of dialogue opens with many words; a name there
      // is listed, shaped like one, or comforted.
      (!dialogue || comforted || looksLikeName(word) || hasRegionNameShape(word) || GIVEN_NAMES.has(lower)) &&
      !(isPlace(word) && !GIVEN_NAMES.has(lower))
    )
      found.push(detection('PERSON', text, match.index + match[0].indexOf(word), word));
  }
  for (const match of text.includes(',') ? text.matchAll(VOCATIVE_BEFORE_ENDEARMENT) : []) {
    // No one calls a place «доченька»: only a known non-name or a dictionary noun («Мама») is vetoed.
    const word = match[1];
    if (!isNeverName(word) && !CUE_WORD.test(word) && !RUSSIAN_NOUNS.has(word.toLowerCase()))
      found.push(detection('PERSON', text, match.index, word));
  }
  for (const match of text.includes(':') ? text.matchAll(ANSWER_NAME) : []) {
    const word = match[1];
    if (!isNeverName(word) && !isRussianNoun(word) && !REGION_WORDS.has(word.toLowerCase()) && !INTERJECTION.test(word))
      found.push(detection('PERSON', text, match.index + match[0].lastIndexOf(word), word));
  }
  for (const match of SELF_INTRODUCED_NEEDS.test(text) ? text.matchAll(SELF_INTRODUCED) : []) {
    const word = match[1];
    if (FUNCTION_WORD.test(word.toLowerCase()) || isNeverName(titleCase(word))) continue;
    found.push(detection('PERSON', text, match.index + match[0].length - word.length, word));
  }
  for (const match of text.includes('(') ? text.matchAll(NAME_BEFORE_HANDLE) : []) {
    // The first word must read as a name; a surname after it may be any word («Кая»).
    const [first, ...rest] = match[1].split(/[ \t]+/u);
    if (nameWord(first) && !rest.some((word) => isNeverName(word) || isPlace(word)))
      found.push(detection('PERSON', text, match.index, match[1]));
  }
  return found;
}

const NAMED_AFTER_BEFORE =
  /(?:фонд\p{L}*|университет\p{L}*|школ\p{L}*|институт\p{L}*|музе\p{L}*|театр\p{L}*|улиц\p{L}*|проспект\p{L}*|парк\p{L}*|преми\p{L}*|центр\p{L}*|библиотек\p{L}*|стадион\p{L}*|больниц\p{L}*|академи\p{L}*|колледж\p{L}*|лице\p{L}*|гимнази\p{L}*|аэропорт\p{L}*)[ \t]+(?:№[ \t]?\d+[ \t]+|\p{Lu}{2,5}[ \t]+)?(?:имени|им\.)[ \t]+(?:\p{Lu}\.[ \t]?){0,2}$|(?:памятник(?:а|е|у|ом)?|пик[аеу]?|ҳайкал\p{L}*|хайкал\p{L}*|peak)[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?$/iu;
// …and a run of capitals that holds the thing's own word ("Lenin Peak", «Пик Ленина»).
const NAMED_THING_WORD =
  /(?:^|[ \t])(?:Пик|Peak|Köprüsü\p{L}*|Üniversitesi\p{L}*|Camii\p{L}*|University|Bridge|Mosque|Mausoleum|Museum)(?=[ \t'’]|$)/u;
// After the name, the thing named after someone ("Lenin Peak", "Fatih Sultan Mehmet Köprüsü",
// "Yıldız Teknik Üniversitesi", "Salah Al Din Street").
const NAMED_AFTER_AFTER =
  /^(?:['’]\p{L}{1,5})?[ \t]+(?:\p{Lu}\p{Ll}+[ \t]+)?(?:Peak|Köprüsü\p{L}*|Üniversitesi\p{L}*|Camii\p{L}*|University|Bridge|Mosque|Mausoleum|Museum|Memorial|Monument|Statue|Street|Road|St\.|Rd\.?|Avenue|Tower|Building)(?![\p{L}])/u;
// The same in Turkic order: «әл-Фараби атындағы университет», «Навоий номидаги мактаб».
const NAMED_AFTER_IN_TURKIC =
  /^[ \t]+(?:атындағы|атындагы|atyndaǵy|atındağı|atyndagy|номидаги|nomidagi)(?:[ \t]+\p{L}+){0,3}[ \t]+(?:университет|мектеп|мектеб|школ|лицей|гимнази|академи|колледж|институт|орталы|театр|музей|мешіт|мечит|кітапхана|китепкана|стадион|аэропорт|әуежай|аурухана|оорукана|мактаб|maktab|universitet|akademiya|kollej|litsey|institut|markaz|teatr|muzey|mektep|ýniversitet|akademı|kitapxana|kutubxona|кутубхона)/iu;
function detectPeople(text: string, birthDates: Detection[] = []): Detection[] {
  const things = namedThings(text);
  return (
    [...detectPeopleAnywhere(text), ...detectPeopleByContext(text, birthDates)]
      .flatMap((person) => {
        const before = text.slice(Math.max(0, person.start - 16), person.start);
        if (!STREET_WORD_BEFORE.test(before)) return [person];
        // The first word names the street or place; a name may follow it («района Рудаки Наргис Сафарова»).
        const rest = /^\S+\s+(?=\p{Lu})/u.exec(person.text);
        return rest
          ? [detection('PERSON', text, person.start + rest[0].length, person.text.slice(rest[0].length))]
          : [];
      })
      .filter((person) => !things.some((thing) => person.start < thing.end && person.end > thing.start))
      // «Фонд имени Чингиза Айтматова», «академия МВД им. Б. Бейсенова», «у памятника Абаю»: an
      // institution or a monument named after someone names no one here.
      .filter((person) => !NAMED_AFTER_BEFORE.test(text.slice(Math.max(0, person.start - 40), person.start)))
      .filter((person) => !NAMED_AFTER_IN_TURKIC.test(text.slice(person.end, person.end + 80)))
      .filter(
        (person) =>
          !NAMED_AFTER_AFTER.test(text.slice(person.end, person.end + 40)) && !NAMED_THING_WORD.test(person.text),
      )
      // A capital inside a word opens no name ("FlyArystan", «WhatsApp-группах»): what follows that word may.
      .flatMap((person) => {
        if (!/\p{L}/u.test(text[person.start - 1] ?? '')) return [person];
        const rest = /^\S+\s+(?=\p{Lu})/u.exec(person.text);
        return rest
          ? [detection('PERSON', text, person.start + rest[0].length, person.text.slice(rest[0].length))]
          : [];
      })
  );
}

/**
 * Arabic names of the destinations, built with the article or a filiation word: "Yousef Al
 * Nuaimi", «Фатима аль-Сувейди», «Абдулла бин Саид аль-Фаласи». The words before the article
 * must not be a place or institution ("Ras Al Khaimah", "Abu Dhabi" are places).
 */
// The article before a sun letter takes its sound: «Хамад аш-Шамси», "Nasser as-Suwaidi".
const SUN_LETTER_ARTICLE = '(?:аш|ас|ад|ат|ар|аз|ан|ash|as|ad|at|ar|az|an)-(?=\\p{Lu})';
const ARABIC_NAME = requiring(
  /[ \t](?:al|аль|әл|ал|эль|el|аш|ас|ад|ат|ар|аз|ан|ash|as|ad|at|ar|az|an)-|[ \t]Al[ \t]/iu,
  new RegExp(
    `(?<![\\p{L}])${WORD}(?:[ \\t]+${WORD}){0,2}(?:[ \\t]+(?:bin|ibn|бин|ибн)[ \\t]+${WORD})?[ \\t]+(?:al-|аль-|әл-|ал-|эль-|el-|Al-|Al[ \\t]|El-|${SUN_LETTER_ARTICLE})${WORD}`,
    'gu',
  ),
);

// "Saeed bin Hamdan": a name, the filiation word, the father's name, with no article after.
const FILIATION_NAME = requiring(
  /[ \t](?:bin|ibn|бин|ибн)[ \t]/u,
  new RegExp(`(?<![\\p{L}])${WORD}[ \\t]+(?:bin|ibn|бин|ибн)[ \\t]+${WORD}(?![\\p{L}-])`, 'gu'),
);

function detectArabicNames(text: string): Detection[] {
  const found: Detection[] = [];
  for (const match of mayMatch(FILIATION_NAME, text) ? text.matchAll(FILIATION_NAME) : []) {
    if (!match[0].split(/[ \t]+/u).some((word) => isNeverName(word) || (isPlace(word) && !isGivenName(word))))
      found.push(detection('PERSON', text, match.index, match[0]));
  }
  for (const match of mayMatch(ARABIC_NAME, text) ? text.matchAll(ARABIC_NAME) : []) {
    const words = match[0].split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word) && !/^(?:Al|El)$/u.test(word));
    const beforeArticle = match[0].split(
      /[ \t]+(?:al-|аль-|әл-|ал-|эль-|el-|Al-|Al[ \t]|El-|(?:аш|ас|ад|ат|ар|аз|ан|ash|as|ad|at|ar|az|an)-)/u,
    )[0];
    if (isPlace(match[0]) || isPlace(beforeArticle)) continue;
    if (words.some((word) => isNeverName(word) || BUILDING_OR_STREET.test(word) || isPlaceWithEnding(word))) continue;
    found.push(detection('PERSON', text, match.index, match[0]));
  }
  return found;
}
const BUILDING_OR_STREET =
  /^(?:Building|Tower|Heights|Residence|Plaza|Street|Road|Villa|Mall|Hotel|Centre|Center|Market)$/u;

const EAST_ASIAN_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}-]{0,12}(?:[ \t]+\p{Lu}[\p{Ll}-]{0,12}){1,2}(?![\p{L}])/gu;

const isChineseFullName = (words: string[]) =>
  words.length === 2 && CHINESE_SURNAMES.has(words[0].toLowerCase()) && PINYIN_GIVEN_NAME.test(words[1]);
// A visa or a manifest types the name in capitals ("WU LANFANG").
const CHINESE_NAME_IN_CAPITALS = /(?<![\p{L}])[A-Z]{1,5}[ \t]+[A-Z]{4,12}(?![\p{L}])/gu;

/** Chinese and Korean names (name-shapes.ts): a surname syllable and a given name of their shape. */
function detectEastAsianNames(text: string): Detection[] {
  const found: Detection[] = [];
  for (const match of text.matchAll(CHINESE_NAME_IN_CAPITALS)) {
    const words = match[0].split(/[ \t]+/u).map(titleCase);
    if (isChineseFullName(words) && !words.some(isNeverName) && !isPlace(words.join(' ')))
      found.push(detection('PERSON', text, match.index, match[0]));
  }
  for (const match of text.matchAll(EAST_ASIAN_RUN)) {
    const words = match[0].split(/[ \t]+/);
    // One-syllable words are often also places (Van, Wang): only a place as a whole is vetoed.
    if (words.some(isNeverName) || isPlace(match[0]) || words.every(isPlace)) continue;
    const latin = /^[A-Za-z-\s]+$/u.test(match[0]);
    const isName = latin
      ? (EAST_ASIAN_SURNAME.test(words[0]) &&
          words
            .slice(1)
            .some(
              (word) =>
                EAST_ASIAN_GIVEN_NAME.test(word) ||
                (CHINESE_ONLY_SURNAME.test(words[0]) && words.length === 2 && EAST_ASIAN_SURNAME.test(word)),
            )) ||
        isChineseFullName(words)
      : // Single letters side by side are a heading spaced out («П Р О Т О К О Л»), not syllables («Кан Сын У»).
        words.filter((word) => word.length === 1).length < 2 &&
        words.every((word) => PALLADIUS_SYLLABLE.test(word)) &&
        (words.some((word) => PALLADIUS_MARKER.test(word)) ||
          (words.length === 3 && words.every((word) => word.length <= 3)));
    if (isName) found.push(detection('PERSON', text, match.index, match[0]));
  }
  return found;
}

/** A word before or after a name that is none of it: a role, an institution, a place, a common word. */
const isNotNameLead = (word: string) =>
  CUE_WORD.test(word) ||
  isNeverName(word) ||
  NETWORK_OR_CONTACT_WORD.test(word.replace(/['’ʼ]\p{L}*$/u, '')) ||
  (!looksLikeName(word) &&
    (isPlace(word) ||
      isPlaceInRussianCase(word) ||
      isPlaceWithEnding(word) ||
      REGION_WORDS.has(word.toLowerCase()) ||
      isRussianNoun(word)));

function detectPeopleAnywhere(text: string): Detection[] {
  const cuedAt = personCueTest(text);
  const found: Detection[] = [
    ...detectNamesInAnyCase(text, cuedAt),
    ...detectArabicNames(text),
    ...detectEastAsianNames(text),
  ];
  for (const pattern of [CAPITALS_BEFORE_INITIALS, CAPITALS_COMMA_GIVEN]) {
    if (!mayMatch(pattern, text)) continue;
    for (const match of text.matchAll(pattern)) {
      const [surname, given] = match[0].split(/[\s,]+/u);
      const name = looksLikeName(surname) || (given !== undefined && /\p{Ll}/u.test(given) && looksLikeName(given));
      if (name && !isNeverName(surname)) found.push(detection('PERSON', text, match.index!, match[0].trimEnd()));
    }
  }
  for (const pattern of [INITIALS_AFTER, INITIALS_BEFORE, TURKIC_PATRONYMIC]) {
    if (!mayMatch(pattern, text)) continue;
    for (const match of text.matchAll(pattern)) {
      let name = match[0].replace(/\s+$/u, '');
      let start = match.index!;
      // A role before the name is not part of it («Тергөөчү К.Б. Кулуева»); before a patronymic
      // name, nor an institution, a place or a common word («Милиция Эрлан Таалайбек уулуну»,
      // «Кыргызстана Нурдин кызы Миргуль»); a surname before initials is kept («Ким Е.В.»).
      for (
        let first = /^(\S+)\s+/u.exec(name);
        first && (pattern === TURKIC_PATRONYMIC ? isNotNameLead(first[1]) : CUE_WORD.test(first[1]));
        first = /^(\S+)\s+/u.exec(name)
      ) {
        start += first[0].length;
        name = name.slice(first[0].length);
      }
      // The word after a patronymic is the surname unless it is a place («… Таалай кызы Москва шаары»).
      const last = /\s(\S+)$/u.exec(name)?.[1];
      if (
        pattern === TURKIC_PATRONYMIC &&
        last &&
        !new RegExp(`^${PATRONYMIC_WORD}$`, 'u').test(last) &&
        isNotNameLead(last)
      )
        name = name.slice(0, -last.length).trimEnd();
      const words = name.split(/\s+/).filter((word) => /\p{Ll}/u.test(word));
      if (words.some(isNeverName) || !/\p{L}{2}/u.test(name)) continue;
      found.push(detection('PERSON', text, start, name));
    }
  }
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const cued = cuedAt(match.index!);
    const words = [...match[0].matchAll(/\S+/gu)].map((word, wordIndex) => {
      const core = word[0].replace(POSSESSIVE, '');
      const start = match.index! + word.index!;
      // Inside a sentence a capital marks a proper noun, and the region's name shapes decide; at
      // a sentence's start too many Kazakh and Kyrgyz words share them («Айлық», «Ақша»).
      const name =
        looksLikeName(core) ||
        // «…с психологом Ольга впервые рассказала»: a given name that is also a village, before a
        // verb in the feminine or masculine past, is the person who acted.
        (GIVEN_NAMES.has(core.toLowerCase()) &&
          isPlace(core) &&
          /^[ \t]+(?:\p{Ll}+[ \t]+)?\p{Ll}{2,}(?:ла|лась|л|лся)(?![\p{L}])/u.test(
            text.slice(start + core.length, start + core.length + 40),
          )) ||
        (ENDEARED_NAME.test(core) && !isNeverName(core) && !isPlace(core)) ||
        (hasRegionNameShape(core) &&
          (!startsSentence(text, start) ||
            VERB_AFTER.test(text.slice(start + core.length, start + core.length + 30)))) ||
        // «связались с Балаусой.»: an unlisted name in the instrumental ends like an adjective; a
        // capitalised adjective inside a sentence has its noun after it, a name a stop or «и».
        (INSTRUMENTAL_OF_NAME.test(core) &&
          isUnlistedProperNoun(`${core.slice(0, -2)}а`) &&
          !isRussianNoun(core) &&
          /^(?:[ \t]*[.,;:!?)»"]|[ \t]+(?:и|или|а|но)[ \t])/u.test(
            text.slice(start + core.length, start + core.length + 6),
          ) &&
          MID_SENTENCE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) &&
          !startsSentence(text, start)) ||
        // The word's own reading first: it is cached, the text around it is not.
        (isUnlistedProperNoun(core) &&
          MID_SENTENCE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) &&
          !startsSentence(text, start) &&
          !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 8), start)) &&
          !/[«"“„]$/u.test(text.slice(Math.max(0, start - 1), start)));
      // «в Чехове», «из Королёва»: a place after «в/из/на», though shaped like a surname.
      const placeAfterPreposition =
        text[start - 1] === ' ' &&
        PREPOSITION_LAST_LETTER.test(text[start - 2] ?? '') &&
        PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 8), start)) &&
        (isPlace(core) || isPlaceInRussianCase(core)) &&
        !isGivenName(core);
      if (placeAfterPreposition)
        return { start, core, length: word[0].length, name: false, subject: false, ends: true, ending: '' };
      // The subject rule reads what follows the word: that is not part of the name.
      const subject = !name && wordIndex === 0 && startsSentence(text, start) && isSentenceSubject(text, start, core);
      const ending = word[0].slice(core.length);
      return {
        start,
        core,
        length: word[0].length,
        name: name || subject,
        subject,
        ends: ending !== '',
        ending: /^['’]s$/u.test(ending) ? '' : ending,
      };
    });
    // A short run opening a sentence, followed by what only a person is or does (", an Afghan
    // national", ", born …", "was born", "now lives at", «, Türkmenistan'daki annesini»): its
    // words no list knows are the person's name.
    if (
      words.length <= 3 &&
      PERSON_AFTER_RUN.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 48)) &&
      startsSentence(text, words[0].start) &&
      !words.some((word) => word.ends) &&
      // A listed given name that is also a word or a place ("Ana") is the person's here.
      words.every((word) => word.name || mayBeSubjectName(word.core) || GIVEN_NAMES.has(word.core.toLowerCase()))
    )
      for (const word of words) word.name = true;
    // Words of a place of two or three words ("Central Asia", "Ras Al Khaimah") are not a name.
    const inPlacePhrase = words.map(() => false);
    for (let index = 0; index < words.length; index++) {
      for (const length of [3, 2]) {
        const phrase = words.slice(index, index + length);
        if (phrase.length === length && isPlace(phrase.map((word) => word.core).join(' '))) {
          for (let member = index; member < index + length; member++) inPlacePhrase[member] = true;
        }
      }
    }
    // The last word of a run right before a Turkic road or street word names the road («Жібек жолы»).
    // A title before the road word («Курманжан Датка көчөсү») takes the name before it along.
    const last = words[words.length - 1];
    const afterLast = text.slice(last.start + last.core.length, last.start + last.core.length + 40);
    // «Шабдан Баатыр к., 12»: the Kyrgyz street word shortened, in lower case before the number.
    if (ROAD_WORD_AFTER.test(afterLast) || /^[ \t]+к\.,?[ \t]*\d/u.test(afterLast)) {
      inPlacePhrase[words.length - 1] = true;
      // «Жибек Жолу проспектиси»: the road's own word closes the run, and the name before it is the road's.
      if (words.length > 1 && ROAD_NAME_WORD.test(last.core)) inPlacePhrase[words.length - 2] = true;
      if (words.length > 1 && ROAD_TITLE.test(last.core)) inPlacePhrase[words.length - 2] = true;
      // «Amir Temur shoh ko‘chasi»: the avenue's title follows a famous name of two words.
      if (words.length > 1 && /^[ \t]+(?:shoh|шоҳ)[ \t]/u.test(afterLast)) inPlacePhrase[words.length - 2] = true;
    }
    // «Жибек Жолу к., 45»: a road's own word closing the run names the road with the word before it.
    if (words.length > 1 && ROAD_NAME_WORD.test(last.core))
      inPlacePhrase[words.length - 1] = inPlacePhrase[words.length - 2] = true;
    // A holiday named with another («Наурыз и Курбан айт», "Navro'z va Qurbon hayiti") or before
    // its own word in the run ("Ramazan Bayramı").
    if (HOLIDAY_JOINED_AFTER.test(afterLast)) inPlacePhrase[words.length - 1] = true;
    // "the Ewa'a shelter", "the Rixos hotel": a name between "the" and a kind of place names the place;
    // "a Moldovan citizen": between "a" and "citizen" a people.
    if (
      KIND_OF_PLACE_AFTER.test(text.slice(last.start + last.length, last.start + last.length + 20)) &&
      (/^(?:The|A|An)$/u.test(words[0].core) ||
        /(?<![\p{L}])(?:the|an?)[ \t]+$/iu.test(text.slice(Math.max(0, words[0].start - 5), words[0].start)))
    )
      inPlacePhrase.fill(true);
    words.forEach((word, index) => {
      if (index > 0 && HOLIDAY_WORD.test(word.core)) inPlacePhrase[index - 1] = true;
      // «Улица Ленина в тот вечер…»: after a capitalised street word, the street's name.
      if (index > 0 && STREET_WORD_BEFORE.test(`${words[index - 1].core} `)) inPlacePhrase[index] = true;
    });
    words.forEach((word, index) => (word.name &&= !inPlacePhrase[index] && !HONORIFIC.test(word.core)));
    // A name right before an institution word names the institution ("Barimbek Beisenov Police
    // Academy"), not a person in the case.
    for (let index = words.length - 1; index > 0; index--) {
      // A people's stem inside a country's name («Өзбекстан») names no institution.
      if (!isInstitutionWord(words[index].core) || isCountry(words[index].core) || isPlace(words[index].core)) continue;
      // An ending after an apostrophe closes the name before it ("Platon Nikolaev's Russian passport").
      for (
        let before = index - 1;
        before >= 0 &&
        !isInstitutionWord(words[before].core) &&
        !(words[before].ends && (words[before].ending === '' || before < index - 1));
        before--
      ) {
        words[before].name = false;
        inPlacePhrase[before] = true;
      }
    }
    // A capitalised word next to a name is part of it ("Aziza Umarova", "Mary Smith"), unless it
    // is a cue word or a known non-name; a cue vouches for the word after it.
    // Read once per word and only for the words a join asks about.
    const joinableAt: (boolean | undefined)[] = [];
    const joinable = (index: number) => (joinableAt[index] ??= isJoinable(index));
    const isJoinable = (index: number) => {
      const word = words[index];
      return (
        !isNeverName(word.core) &&
        !HONORIFIC.test(word.core) &&
        !DIRECTION_WORD.test(word.core) &&
        !isPlaceWithEnding(word.core) &&
        // «Ásel Dýbaıdaǵy qonaqúıde»: what is somewhere (in Dubai) follows the name, it is not part of it.
        !(index > 0 && LOCATIVE_ADJECTIVE.test(word.core)) &&
        !INTERJECTION.test(word.core) &&
        !CUE_WORD.test(word.core) &&
        // "Qizlar Dildora opaning…" (the girls): a plural opening the sentence is no one's name.
        !(index === 0 && /(?:лар|лер|lar|ler)$/u.test(word.core) && !looksLikeName(word.core)) &&
        // «Милиция Эрлан…»: a Russian noun starting the sentence is not the name's (a Kazakh or
        // Kyrgyz word may be: «Мөлдір Есенжолова»), unless a surname follows («Талант Сыдыков»).
        !(
          index === 0 &&
          RUSSIAN_NOUNS.has(word.core.toLowerCase()) &&
          !looksLikeName(word.core) &&
          !(words[1] && SURNAME_SHAPE.test(words[1].core)) &&
          startsSentence(text, word.start)
        ) &&
        // «Уроженка Согдийской области»: an adjective before a region's word names the region.
        !(
          ADJECTIVE_ENDING.test(word.core) &&
          REGION_WORD_AFTER.test(text.slice(word.start + word.core.length, word.start + word.core.length + 14))
        )
      );
    };
    const canJoin = (index: number) => index >= 0 && index < words.length && !inPlacePhrase[index] && joinable(index);
    // A title vouches for the word after it ("Mrs Thistlewood"), as a cue before the run does.
    const titled = (index: number) => index > 0 && TITLE.test(words[index - 1].core);
    // A cue word inside the run vouches for the word after it («Жабырлануучу Чынара»), and a
    // naming word after a word vouches for it («Калыйкан деген», "X by name").
    const afterCue = (index: number) => index > 0 && CUE_WORD.test(words[index - 1].core);
    const namedAfter = (index: number) =>
      (index < words.length - 1 && HONORIFIC.test(words[index + 1].core)) ||
      (index === words.length - 1 &&
        NAMING_AFTER.test(
          text.slice(words[index].start + words[index].core.length, words[index].start + words[index].core.length + 16),
        ));
    const inName = words.map(
      (word, index) =>
        word.name ||
        (((cued && index === 0) || titled(index) || afterCue(index) || namedAfter(index)) && canJoin(index)),
    );
    for (let pass = 0; pass < 2; pass++) {
      inName.forEach((member, index) => {
        if (
          !member &&
          canJoin(index) &&
          ((inName[index - 1] && !words[index - 1].subject && !words[index - 1].ends) ||
            (inName[index + 1] && !words[index].ends))
        )
          inName[index] = true;
      });
    }
    let first = -1;
    words.forEach((word, index) => {
      if (inName[index] && first < 0) first = index;
      if (first >= 0 && (!inName[index + 1] || word.ends || index === words.length - 1)) {
        const end = words[index].start + words[index].core.length + words[index].ending.length;
        // The title goes with the name: it tells the person's sex, and "Mrs [PERSON-1]" half names her.
        const start = titled(first) ? words[first - 1].start : words[first].start;
        found.push(detection('PERSON', text, start, text.slice(start, end)));
        first = -1;
      }
    });
  }
  return found;
}

// Every word and run is bounded and every pattern starts after a non-letter, so no pattern can
// rescan a long run of letters from each of its positions (linear time).
const NAME_WORD = `\\p{Lu}[\\p{L}${APOSTROPHE.slice(1, -1)}-]{0,30}`;
const ANY_WORD = `\\p{L}[\\p{L}${APOSTROPHE.slice(1, -1)}-]{0,30}`;
// The second word of a Kazakh or Kyrgyz street name is lower case («Қабанбай батыр», «Төле би»);
// a capitalised word before the street name is more often a person's name.
const LOWER_WORD = `\\p{Ll}[\\p{L}-]{0,30}`;
const STREET_NAME = `[\\p{Lu}\\d][\\p{L}\\d-]{0,30}(?:[ \\t]+${ANY_WORD}){0,2}?`;
const HOUSE = `\\d{1,4}[\\p{L}]?(?:[/-]\\d{1,4})?`;
const ADDRESS_PATTERNS = [
  // Korean road addresses in Hangul: the road (-로, -길, with its 번길) and the building's number,
  // a floor or a unit after it («공단로30번길 20», «화성로 40-6 1층»).
  requiring(
    /[로길]/u,
    /(?<![\p{L}\p{N}])[\p{Script=Hangul}\d]{1,12}(?:로|길)(?:[ \t]?\d{1,4}번길)?[ \t]?\d{1,4}(?:-\d{1,4})?(?:[ \t]\d{1,3}(?:층|호))?(?![\p{N}])/gu,
  ),
  // A Polish avenue: «al.» or «aleja», its capitalised name and the number («al. Jerozolimskie 76»).
  // Only so: «al.» ends other words too.
  requiring(
    /(?<![\p{L}])(?:al\.|aleja|alei)[ \t]+\p{Lu}/u,
    new RegExp(
      `(?<![\\p{L}]|et[ \\t])(?:al\\.|aleja|alei)[ \\t]+${NAME_WORD}(?:[ \\t]+${NAME_WORD})?[ \\t]+\\d{1,4}[a-z]?(?:\\/\\d{1,4})?(?:[ \\t]+m\\.[ \\t]*\\d{1,4})?(?![\\p{L}\\p{N}])`,
      'gu',
    ),
  ),
  // Chinese in pinyin, after "at" or an address's label: the number, the road and its word, a room
  // («at 183 Jiefang Lu, Room 418»). Not after a plate: a driver may be called "Wang Jie".
  requiring(
    /[ \t](?:Lu|Dajie|Donglu|Xilu|Nanlu|Beilu)(?![\p{L}])/u,
    new RegExp(
      `(?<=(?:^|[^\\p{L}])(?:[Aa]t|[Aa]ddress:|[Аа]дрес:|[Mm]anzil:)[ \\t])\\d{1,5}[ \\t]+${NAME_WORD}(?:[ \\t]+${NAME_WORD})?[ \\t]+(?:Lu|Dajie|Donglu|Xilu|Nanlu|Beilu)(?![\\p{L}])(?:,?[ \\t]*(?:Room|Rm\\.?|Flat|Apt\\.?|Unit)[ \\t]*\\d{1,5})?`,
      'gu',
    ),
  ),
  // Chinese: the road, its number with 号, then the building, unit and room («人民路128号3栋502室»).
  requiring(
    /号/u,
    /(?<![\p{Script=Han}])\p{Script=Han}{1,10}(?:路|街|道|巷)\d{1,5}号(?:\d{1,4}(?:栋|幢|号楼|单元|楼|层|室|号))*/gu,
  ),
  // Russian: a street or micro-district, then a house number with or without «д.» («ул. Абая, 150»,
  // «пр. Достык 5», «ул. Ленина, 4-57», «мкр. Самал-2, дом 5, кв. 3»).
  new RegExp(
    `(?:(?:г\\.|город)[ \\t]?${NAME_WORD},?[ \\t]*)?(?<![\\p{L}])(?:ул\\.|улица|пр\\.|пр-т|просп\\.|проспект|пер\\.|переулок|б-р|бульвар|шоссе|наб\\.|набережная|мкр\\.?|микрорайон|мкрн\\.?)[ \\t]*${STREET_NAME},?[ \\t]*(?:(?:д\\.|дом)[ \\t]*)?${HOUSE}(?![\\d])(?:,?[ \\t]*(?:корп\\.|к\\.)[ \\t]*\\d{1,4})?(?:,?[ \\t]*(?:кв\\.|квартира)[ \\t]*\\d{1,4})?`,
    'gu',
  ),
  // Kazakh: «Абай көшесі, 45-үй, 12-пәтер», «Достық даңғылы, 5», after an optional city.
  requiring(
    /көшесі|даңғылы|ауданы|ш\.а\./u,
    new RegExp(
      `(?<![\\p{L}])(?:${NAME_WORD}[ \\t]+(?:қаласы|ауданы),?[ \\t]*)?${NAME_WORD}(?:[ \\t]+${LOWER_WORD})?[ \\t]+(?:көшесі|даңғылы|шағын[ \\t]ауданы|ш\\.а\\.),?[ \\t]*${HOUSE}(?:[ \\t]*-?үй)?(?:,?[ \\t]*\\d{1,4}[ \\t]*-?пәтер)?`,
      'gu',
    ),
  ),
  // Kyrgyz: «Бишкек ш., Чүй көч., 120», «Манас көчөсү, 5».
  requiring(
    /көч|проспектиси|пр\./u,
    new RegExp(
      `(?<![\\p{L}])(?:${NAME_WORD}[ \\t]+ш\\.,?[ \\t]*)?${NAME_WORD}(?:[ \\t]+${LOWER_WORD})?[ \\t]+(?:көч\\.|көчөсү|проспектиси|пр\\.),?[ \\t]*${HOUSE}(?:[ \\t]*-?үй)?(?:,?[ \\t]*\\d{1,4}[ \\t]*-?батир)?`,
      'gu',
    ),
  ),
  // Uzbek, both scripts: «Toshkent sh., Amir Temur ko‘chasi, 5-uy», «Chilonzor tumani, 12-kvartal, 5-uy, 7-xonadon».
  requiring(
    /chasi|кўчаси|kvartal|mavze|мавзе|квартал/u,
    new RegExp(
      `(?<![\\p{L}])(?:${NAME_WORD}[ \\t]+(?:sh\\.|shahri|tumani|mahallasi|ш\\.|шаҳри|тумани|маҳалласи),?[ \\t]*){0,2}(?:${NAME_WORD}(?:[ \\t]+${NAME_WORD})?[ \\t]+(?:ko${APOSTROPHE}?chasi|кўчаси|kochasi|shoh[ \\t]ko${APOSTROPHE}?chasi)|\\d{1,3}-(?:kvartal|mavze|мавзе|квартал)),?[ \\t]*\\d{1,4}(?:-uy|-уй)?(?:,?[ \\t]*\\d{1,4}-(?:uy|уй))?(?:,?[ \\t]*\\d{1,4}-(?:xonadon|хонадон))?`,
      'gu',
    ),
  ),
  // English, any case: "12 Baker Street", "15 abay avenue", "127 Marsh Lane, Flat 2".
  new RegExp(
    `(?<![\\p{L}\\d])\\d{1,5}[A-Za-z]?[ \\t]+(?:${ANY_WORD}[ \\t]+){1,3}(?:street|st\\.|avenue|ave\\.|road|rd\\.|lane|boulevard|blvd\\.|drive|dr\\.|square|sq\\.|highway|prospekt|ko${APOSTROPHE}?chasi)(?![\\p{L}])(?:,[ \\t]*(?:apt\\.?|flat|apartment)[ \\t]*\\d{1,4})?`,
    'giu',
  ),
  // United Arab Emirates: "Villa 5, Street 12, Al Barsha", "Building 14, Apt. 603", "P.O. Box 12345, Dubai".
  new RegExp(
    `(?<![\\p{L}])(?:(?:Villa|Building|Bldg\\.?|Flat|Apt\\.?|Apartment|Office|Shop)[ \\t]*\\d{1,5}[A-Z]?,?[ \\t]*){0,2}(?:Street|St\\.)[ \\t]*\\d{1,4}(?:,[ \\t]*(?:Al|Jumeirah|Deira|Bur|Umm)[ \\t]+${NAME_WORD}(?:[ \\t]+\\d{1,2})?)?`,
    'gu',
  ),
  /(?<![\p{L}])(?:Villa|Building|Bldg\.?)[ \t]*\d{1,5}[A-Z]?,[ \t]*(?:Apt\.?|Flat|Apartment)[ \t]*\d{1,5}/gu,
  /(?<![\p{L}])P\.?[ \t]?O\.?[ \t]?Box[ \t]*\d{3,6}(?:,[ \t]*\p{Lu}[\p{L}-]{0,30})?/giu,
  // Turkey: "Atatürk Cad. No: 12", "Kocatepe Mahallesi, Lale Sokak No: 5", "Papatya Sk. No: 5/3".
  requiring(
    /Caddesi|Cad\.|Cd\.|Sokak|Sokağı|Sk\.|Bulvarı|Blv\./u,
    new RegExp(
      `(?<![\\p{L}])(?:${NAME_WORD}[ \\t]+(?:Mahallesi|Mah\\.),?[ \\t]*)?(?:${NAME_WORD}[ \\t]+){1,3}(?:Caddesi|Cad\\.|Cd\\.|Sokak|Sokağı|Sk\\.|Bulvarı|Blv\\.)[ \\t]*(?:,[ \\t]*)?No[ \\t]?[:.]?[ \\t]?\\d{1,4}(?:/\\d{1,4})?`,
      'gu',
    ),
  ),
  // A neighbourhood and its street without a number: "Kocatepe Mah., Lale Sk.".
  requiring(
    /Mahallesi|Mah\./u,
    new RegExp(
      `(?<![\\p{L}])${NAME_WORD}[ \\t]+(?:Mahallesi|Mah\\.),[ \\t]*${NAME_WORD}[ \\t]+(?:Sokak|Sk\\.|Caddesi|Cad\\.)`,
      'gu',
    ),
  ),
];

const RU_MONTHS = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const UZ_MONTHS = 'yanvar|fevral|mart|aprel|may|iyun|iyul|avgust|sentabr|oktabr|noyabr|dekabr';
const UZ_CYRILLIC_MONTHS = 'январ|феврал|март|апрел|май|июн|июл|август|сентабр|октабр|ноябр|декабр';
const KK_MONTHS = 'қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан';
const TR_MONTHS = 'Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık';
const TG_MONTHS = 'январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр';
const NOMINATIVE_MONTHS = 'январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь';
const ORDINAL_DAYS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-first';
const KK_LATIN_MONTHS =
  'qa[ńñn]tar|aqpan|na[uý]r[yı]z|s[aäá][uý][iı]r|mamyr|ma[uý]sym|(?:s|ş|sh)[iı]lde|tamyz|qyrk[uüú][iı]e?k|qazan|qara(?:s|ş|sh)a|jeltoqsan';
const DATE = new RegExp(
  [
    // Also with a space after each dot («01. 05. 1983») and the Kyrgyz «-ж.» or a Turkish ending after it.
    // An OCR'd scan may put a space before the first dot too («05 .06.1997»).
    "\\d{1,2}[ ]?\\.[ ]?\\d{1,2}[ ]?\\.[ ]?(?:19|20)\\d{2}(?:-?ж\\.|['’](?:da|de|ta|te))?",
    '(?:19|20)\\d{2}-\\d{2}-\\d{2}',
    `(?:${EN_MONTHS})\\s\\d{1,2}(?:st|nd|rd|th),?\\s(?:19|20)\\d{2}`,
    `\\d{1,2}\\s(?:${RU_MONTHS})\\s(?:19|20)\\d{2}(?:\\sгода|\\sг\\.)?`,
    // A deed's day in quotes: «01» июня 2001 г.
    `[«"]\\d{1,2}[»"]\\s(?:${RU_MONTHS})\\s(?:19|20)\\d{2}(?:\\sгода|\\sг\\.)?`,
    `\\d{1,2}\\s(?:${EN_MONTHS})\\s(?:19|20)\\d{2}`,
    `\\d{1,2}\\s(?:${KK_MONTHS})\\p{Ll}*\\s(?:19|20)\\d{2}`,
    `(?:${EN_MONTHS})\\s\\d{1,2},\\s(?:19|20)\\d{2}`,
    `(?:19|20)\\d{2}-yil\\s\\d{1,2}-(?:${UZ_MONTHS})(?:da)?`,
    `(?:19|20)\\d{2}\\sйил\\s\\d{1,2}\\s(?:${UZ_CYRILLIC_MONTHS})\\p{Ll}*`,
    `(?:19|20)\\d{2}\\sжылғы\\s\\d{1,2}\\s(?:${KK_MONTHS})\\p{Ll}*`,
    '\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2}',
    // Turkish («15 Mayıs 1967») and Tajik («3 апрели соли 1984») month names.
    `\\d{1,2}\\s(?:${TR_MONTHS})\\s(?:19|20)\\d{2}(?:['’](?:da|de|ta|te))?`,
    // A Turkish year under its locative ending («1966'da»): a birth date only with the verb after it.
    "(?:19|20)\\d{2}['’](?:da|de|ta|te)",
    `\\d{1,2}\\s(?:${TG_MONTHS})и?\\s(?:соли\\s)?(?:19|20)\\d{2}`,
    // Kazakh in Latin letters: «1982 jylğy 19 qazanda».
    `(?:19|20)\\d{2}\\s(?:jylğy|jylǵy|jylgy|jyly|jılğı|jılı)\\s\\d{1,2}\\s\\p{Ll}{3,12}`,
    '\\d{1,2}-\\d{1,2}-(?:19|20)\\d{2}',
    // A two-digit year and a month with a year count only after a birth cue ("DOB 5.3.99", "born in March 1999").
    '\\d{1,2}[./]\\d{1,2}[./]\\d{2}(?!\\d)(?![./]\\d)',
    `(?:${EN_MONTHS})\\s(?:19|20)\\d{2}`,
    '(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\\s(?:19|20)\\d{2}(?:\\sгода|\\sг\\.)?',
    `(?:the\\s)?\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?(?:${EN_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s(?:19|20)\\d{2}`,
    // A booking's or a visa's form: "25-Apr-1988".
    '\\d{1,2}([-/])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\1(?:19|20)\\d{2}',
    // Kyrgyz and Uzbek: the day and the month's name joined by a hyphen, the year after or before
    // it («21-ноябрь 1995-жыл», «1997-йил 6-апрел»), and Kazakh in Latin letters («13 qyrküiek 1986»).
    `\\d{1,2}-(?:${NOMINATIVE_MONTHS})\\p{Ll}*,?\\s(?:19|20)\\d{2}(?:-?(?:жыл|жылы|ж\\.))?`,
    `(?:19|20)\\d{2}[ -]?(?:йил|yil)(?:ning|нинг)?\\s\\d{1,2}[ -]?(?:${UZ_CYRILLIC_MONTHS}|${TG_MONTHS}|${UZ_MONTHS})\\p{Ll}*`,
    // The day as an English ordinal word ("the twenty-second of October 1999").
    `(?:the\\s)?(?:${ORDINAL_DAYS})\\s(?:of\\s)?(?:${EN_MONTHS}),?\\s(?:19|20)\\d{2}`,
    `\\d{1,2}\\s(?:${KK_LATIN_MONTHS})\\s(?:19|20)\\d{2}`,
    // Turkmen: «17-nji maý 1992», «1979-njy ýylda».
    `\\d{1,2}-n[jy]{1,2}[iy]?\\s(?:ýanwar|fewral|mart|aprel|maý|iýun|iýul|awgust|sentýabr|oktýabr|noýabr|dekabr)\\s(?:19|20)\\d{2}(?:\\sýylda)?`,
    '(?:19|20)\\d{2}-n[jy]{1,2}[iy]?\\sýylda',
    // Kazakh and Kyrgyz: the year, «жылы», the day and the month in any of its case forms.
    '(?:19|20)\\d{2}[ -]?(?:жылы|жылғы|жылдын|ж\\.)[ \\t,]*\\d{1,2}[ -]?\\p{L}{3,12}',
    // Uzbek, the day, the month and the year apart («11 avgust 1984 yilda tug‘ilgan»).
    `\\d{1,2}[ -](?:${UZ_MONTHS}|${UZ_CYRILLIC_MONTHS})\\p{Ll}*,?\\s(?:19|20)\\d{2}(?:[ -](?:йил|yil)(?:da|да)?(?![\\p{L}]))?`,
    // A wanted notice's Roman month («28 XII 1984»), a Korean card's year first («1994.12.16»), Chinese («2000年8月22日»).
    // The Roman month also between dots («26.VIII.1983»), the year first also with slashes («1995/01/11»).
    '\\d{1,2}(?:\\s|\\.)(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\\s|\\.)(?:19|20)\\d{2}',
    '(?:19|20)\\d{2}(?:\\.\\d{1,2}\\.|/\\d{1,2}/)\\d{1,2}(?!\\d|[./]\\d)',
    // A Russian month shortened with its dot («4 авг. 1995»).
    '\\d{1,2}\\s(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\\.\\s(?:19|20)\\d{2}',
    '(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日',
    // The year alone with its year word, last, so the day and month after it are taken when they follow.
    '(?:19|20)\\d{2}(?:-yilda|\\sйилда|\\sжылы)',
  ].join('|'),
  'giu',
);
const BIRTH_BEFORE =
  /(?<![\p{L}])(?:родил\p{L}*|родивш\p{L}*|рожд\p{L}*|born(?:\son)?|b\.|year of birth|date of birth|birth date|birthdate|DOB|д\.\s?р\.|д\/р|(?<![\p{L}])ДР|tu[gğḡ]['ʻʼ‘’`]?il\p{L}*|туғил\p{L}*|туған|туылған|туулган|төрөлгөн|туған күні|туулган күнү|соли таваллуд|таваллуд\p{L}*|t[uúý]{1,2}[ǵğg]an|г\.\s?р\.|doglan|doğum tarihi|doğum|D0B|\(d\.|d\.\s?t\.|d\.\s?tarihi)\.?(?:[ \t]*\([\p{L}/.\- ]{2,12}\))?(?:(?:\s\p{L}{1,20}){0,2}|(?:\s\p{L}{1,20}){3,5}[ \t]*[:—–-])[\s:,—–-]*$/iu;
const BIRTH_AFTER =
  /^[\s,]*(?:-?ж\.\s?)?(?:-?(?:yilda|йилда|жылы)\s)?(?:(?:j[yı]l[yı]\s)?t[uúý]{1,2}[ǵğg]an|j\.\s?t\.|y\.\s?t\.|doğumlu|года рождения|рождения|г\.\s?рожд\.?|рожд\.|г\.\s?р\.|г\.р|tu[gğḡ]['ʻʼ‘’`]?il\p{L}*|туғил\p{L}*|туған|туылған|жылы туған|жылы туулган|туулган|төрөлгөн|ж\.\s?т\.|(?:куни|kuni)\s(?:туғилган|tug['ʻʼ‘’`]?ilgan)|таваллуд\p{L}*|doglan|doğ\.)/iu;
const YEAR = '(?<!\\d)(?:19|20)\\d{2}(?!\\d)';
// A year or date of birth with its cue, in each language; the cue is part of the redaction.
const BIRTH_PATTERNS = [
  new RegExp(
    `${YEAR}[ \\t]?(?:г\\.[ \\t]?)?(?:г\\.[ \\t]?р\\.|г\\.р(?![\\p{L}])|года[ \\t]рождения|ж\\.[ \\t]?т\\.)`,
    'gu',
  ),
  new RegExp(
    `${YEAR}(?:[ \\t]|-)?(?:жылы|жылғы|-?ж\\.)(?:[ \\t]\\d{1,2}[ \\t]?-?\\p{L}{3,12})?[ \\t](?:туған|туылған|туулган|төрөлгөн)`,
    'gu',
  ),
  // «1998-жылы туулгам»: the year alone before a first-person verb of birth.
  new RegExp(
    `${YEAR}(?=(?:[ \\t]|-)?(?:жылы|жылғы)[ \\t](?:туулгам|туулганмын|туғанмын|туылғанмын)(?![\\p{L}]))`,
    'gu',
  ),
  new RegExp(
    `${YEAR}(?:[ \\t]|-)(?:yilda|yil|йилда|йил)(?:[ \\t]\\d{1,2}-?[ \\t]?\\p{L}{3,12})?[ \\t](?:tu[gğḡ]${APOSTROPHE}?ilgan|туғилган)`,
    'giu',
  ),
  new RegExp(
    `(?<![\\p{L}])(?:born(?:[ \\t](?:in|on))?|DOB|D\\.O\\.B\\.|date[ \\t]of[ \\t]birth)[ \\t:,]*(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./](?:19|20)\\d{2}|\\d{1,2}[ \\t](?:${EN_MONTHS})[ \\t](?:19|20)\\d{2}|(?:${EN_MONTHS})[ \\t]\\d{1,2},[ \\t](?:19|20)\\d{2}|${YEAR}(?!年|[./-]\\d))`,
    'giu',
  ),
  new RegExp(
    `(?<![\\p{L}])(?:родил(?:ся|ась)|родивш\\p{L}*|рождени[яе])[ \\t](?:в[ \\t])?(?:19|20)\\d{2}[ \\t]?(?:году|г\\.)`,
    'giu',
  ),
  // Day, month and year apart after a birth cue, as a scan reads a form («Д.Р. 26 12 1981»).
  new RegExp(
    `(?<![\\p{L}])(?:д\\.[ \\t]?р\\.|DOB|D0B|date[ \\t]of[ \\t]birth|дата[ \\t]рождения)[ \\t:]*\\d{1,2}[ \\t]\\d{1,2}[ \\t]${YEAR}`,
    'giu',
  ),
  // Undivided after its cue ("date of birth as 12042004"): a day, a month and a year.
  new RegExp(
    `(?<![\\p{L}])(?:date[ \\t]of[ \\t]birth|DOB|дата[ \\t]рождения|туған[ \\t]күні|tug['ʻʼ‘’\`]?ilgan[ \\t]sana\\p{L}{0,4})(?:[ \\t]+\\p{L}{1,12}){0,3}[ \\t:]*(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\\d{2}(?!\\d)`,
    'giu',
  ),
  // A booking's passport record (SSR DOCS): type, country, number, nationality, then the date of
  // birth ("HK1-P-KAZ-N94720580-KAZ-02OCT01-F").
  /(?<=DOCS[ \t]+[A-Z]{2}\d-[A-Z]{1,2}-[A-Z]{3}-[A-Z0-9]{5,15}-[A-Z]{3}-)\d{2}[A-Z]{3}\d{2}(?=-[MFX])/gu,
  // A two-digit year with «г.р.» («95 г.р.»): the cue says it is a year of birth.
  /(?<![\p{L}\d.,])\d{2}[ \t]?г\.[ \t]?р\./gu,
  // A cue, at most two words, then a bare year: «туулган жылы 1993», «г.р. 1988», «соли таваллудаш 1976».
  new RegExp(
    `(?<![\\p{L}])(?:г\\.[ \\t]?р\\.|туулган|туған|туылған|туғилган|tu[gğ]${APOSTROPHE}?ilgan|t[uúý]{1,2}[ǵğg]an|таваллуд\\p{L}*|doglan)(?:[ \\t]+\\p{L}{1,12}){0,2}[ \\t:,—–-]*${YEAR}(?:j\\.|ж\\.)?(?![-./]?\\p{L}|[-./]\\d|[ \\t](?:yil|йил|жылы|жылғы|jylǵy|jyly)[ \\t]\\d|[ \\t](?:yildan|йилдан|жылдан|жылдан|jyldan|jıldan|yıldan|солаи|since))`,
    'giu',
  ),
  // The year of birth after the words saying whose it is, from where («Год рождения подозреваемого, по данным …, — 1969»).
  new RegExp(
    `(?<![\\p{L}])(?:год[ \\t]рождения|year[ \\t]of[ \\t]birth)(?:,?[ \\t]+\\p{L}{1,20}){1,6},?[ \\t]*[—–:-][ \\t]*${YEAR}`,
    'giu',
  ),
  // "born in Osh in 1998": the year after the birthplace.
  new RegExp(
    // The year first, so the look behind runs only where a year stands (linear time).
    `${YEAR}(?<=(?:(?<![\\p{L}])(?:[Ss]he|[Hh]e|I|[Ww]ho)[ \\t]+(?:was[ \\t]+)?|,[ \\t]+)born[ \\t]+in[ \\t]+\\p{Lu}[\\p{L}'’-]{0,30}(?:,?[ \\t]+\\p{Lu}[\\p{L}'’-]{0,30}){0,3},?[ \\t]+in[ \\t]+\\d{4})(?![./-]\\d)`,
    'gu',
  ),
  // Kyrgyz «1998-ж.т.», Tajik «1998 соли таваллуд».
  new RegExp(`${YEAR}(?:-?ж\\.[ \\t]?т\\.|[ \\t]соли[ \\t]таваллуд)`, 'gu'),
  // Turkish: «1999 doğumlu».
  new RegExp(`${YEAR}(?:[ \\t]|['’](?:da|de|ta|te)[ \\t])doğumlu`, 'gu'),
  // Tajik: «соли 1970 таваллуд шудааст».
  new RegExp(`(?<=соли[ \\t])${YEAR}(?=[ \\t]таваллуд)`, 'gu'),
  // Kazakh in Latin letters: "2000 jyly tuǵan", "2000 jılı tuğan".
  new RegExp(`${YEAR}[ \\t-]?(?:jyly|jılı|jili|zhyly|j\\.)[ \\t]?t[uúýw]{1,2}[ǵğg]an`, 'giu'),
  // "born in 1999", "b. 1999", "year of birth: 1999", «год рождения 1999».
  new RegExp(
    `(?<![\\p{L}])(?:born[ \\t]in|b\\.|year[ \\t]of[ \\t]birth|год[ \\t]рождения|туған[ \\t]жылы|tug${APOSTROPHE}?ilgan[ \\t]yili)[ \\t:,-]*${YEAR}`,
    'giu',
  ),
];

// Turkic order: the date, where, then the birth verb («… 10 маусымда Түркістан облысында туған»,
// «… дар ноҳияи Ҳисор таваллуд шудааст»): the verb within the same clause makes it a birth date.
const BIRTH_VERB_LATER =
  /^[^.;:,\n\d]{1,45}?(?<![\p{L}])(?:туулгам|туулганмын|туғанмын|туылғанмын|tu[gğ]['ʻʼ‘’`]?ilganman|туғилганман|t[uúý]{1,2}[ǵğg]anmyn|таваллуд шудаам|туған|туылған|туулган|туғилган|tug['ʻʼ‘’`]?ilgan|t[uúý]{1,2}[ǵğg]an|таваллуд|doğ(?:du|dum|duk|muş|an|duğu)|дүниеге келген|дүйнөгө келген|dunyoga kelgan|дунёга келган|ба дунё омад\p{L}*|dünyaya gel\p{L}*)(?![\p{L}])/iu;

// «ТУРСУНОВА Барно Кувончбековна (24.05.1987)»: a date in brackets after a full name is the person's date of birth.
const PATRONYMIC_BEFORE_BRACKET =
  /(?:вич|вна|вны|ична|qizi|o['ʻʼ‘’`]?g['ʻʼ‘’`]?li|кызы|қызы|уулу|ұлы|ulı|uly|kyzy)[ \t]?\($/iu;

// «…, 1996-yil 2-martda tug‘ilgan, 28.08.2021 Dubayga uchib ketgan»: the verb closes the date before
// it, and the next date (the flight) is no birth date.
const PAST_BIRTH_VERB =
  /\d[\p{L}\d.-]*[ \t]+(?:tu[gğḡ]['ʻʼ‘’`]?ilgan|туғилган|туған|туылған|туулган|төрөлгөн|таваллуд|t[uúý]{1,2}[ǵğg]an|born|родил(?:ась|ся))[ \t,]*$/iu;

/** «место и дата рождения: г. Ош, …», "Doğum yeri ve tarihi: Taşkent, …": the birthplace between cue and date. */
const PLACE_AND_DATE_OF_BIRTH_BEFORE =
  /(?:место и дата рождения|дата и место рождения|место\/дата рождения|place and date of birth|date and place of birth|place\/date of birth|doğum yeri ve tarihi|doğum tarihi ve yeri|doğum yeri ?\/ ?tarihi|туған жері мен күні|туған жері,? күні|туған күні мен жері|туулган жери жана күнү|туулган жери,? күнү|tu[gğ]['ʻʼ‘’`]?ilgan joyi va sanasi|туғилган жойи ва санаси|ҷой ва санаи таваллуд)[\s:—–/-]*[^\d\n]{0,40}$/iu;

// «Следователь: Дата рождения?⏎Свидетель: 30.09.1971.», "Q: When and where were you born?⏎A: On 18 July
// 2001, in …": the answer to a question on the date of birth.
const BIRTH_QUESTION_BEFORE_ANSWER =
  /(?:дат\p{L} рождения|когда (?:вы )?родил\p{L}*|date of birth|when (?:and where )?were you born|туған күні\p{L}*|туулган күнү\p{L}*|tug['ʻʼ‘’`]?ilgan sana\p{L}*|туғилган сана\p{L}*|санаи таваллуд|doğum tarihi\p{L}*)[^\n]{0,20}[?.][ \t]*\n[^\n:]{1,30}:[ \t]*(?:(?:on|в|в ночь на)[ \t]+)?(?:(?!(?:yes|no|well|да|нет|ну|ооба|жок|иә|жоқ|ha|yo['ʻ‘’]?q|hawa|ýok|evet|hayır)[ \t]*,)\p{Lu}[^\n,:]{1,60},[ \t]*)?$/iu;

// "born in Osh, Kyrgyzstan, on 12 March 1998", «родилась в г. Ош 12 марта 1998 г.»: the birthplace
// between the verb and the date; after a name too ("Aigerim was born in Osh on …"), not after an
// institution or a plan ("The Initiative was born in Bishkek in 2015").
const BORN_IN_PLACE_BEFORE =
  /(?:(?<![\p{L}])(?:[Ss]he|[Hh]e|I|[Ww]ho|[Yy]ou|(?<!(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts)[ \t]+(?:\p{L}+[ \t]+)?)(?!(?:Centre|Center|Initiative|Coalition|Alliance|Programme|Program|Project|Network|Foundation|Fund|Union|Association|Organi[sz]ation|Movement|Company|Idea|Law|Campaign)[ \t])\p{Lu}\p{Ll}+[ \t]+was)[ \t]+(?:was[ \t]+|were[ \t]+)?born|,[ \t]+born|(?:^|\n)[ \t]*[Bb]orn|(?<![\p{L}])(?:родил(?:ся|ась)|родивш\p{L}*))[ \t]+(?:in|в|во)[ \t]+(?:г\.[ \t]?|с\.[ \t]?)?\p{Lu}[\p{L}'’-]{0,30}(?:,?[ \t]+\p{Lu}[\p{L}'’-]{0,30}){0,3},?[ \t]+(?:on[ \t]+(?:the[ \t]+)?|in[ \t]+)?$/u;
// «возраст: 29 лет (05.06.1994)», "age 29 (05.06.1994)": a full date in brackets after an age.
const AGE_BEFORE_BRACKET =
  /(?<![\p{L}])(?:возраст|age|жасы|жашы|yoshi|ёши|yaşı|синну сол)\p{L}{0,3}:?[ \t]*\d{1,2}[ \t]*\p{L}{0,5}\.?[ \t]*\($/iu;
// «13 июл 1977 йил»: the year's word after it is the date's.
const YEAR_WORD_AFTER = /^[ -](?:йил|yil|жыл|jyl|ýyl)(?![\p{L}])/u;

function detectBirthDates(text: string, dates: RegExpExecArray[]): Detection[] {
  const found: Detection[] = [];
  for (const match of dates) {
    // A full date may sit further from its cue («дата рождения ребёнка потерпевшей — …»).
    const reach = /(?:19|20)\d{2}/u.test(match[0]) ? 60 : 25;
    const before = text.slice(Math.max(0, match.index! - reach), match.index!);
    const after = text.slice(match.index! + match[0].length, match.index! + match[0].length + 60);
    const cueAfter = BIRTH_AFTER.exec(after);
    // A trailing cue («г.р.», «туған») is redacted with the date: it says the date is a birth date.
    if (cueAfter) found.push(detection('BIRTH_DATE', text, match.index!, match[0] + cueAfter[0]));
    else if (
      BIRTH_QUESTION_BEFORE_ANSWER.test(text.slice(Math.max(0, match.index! - 90), match.index!)) ||
      BORN_IN_PLACE_BEFORE.test(text.slice(Math.max(0, match.index! - 70), match.index!)) ||
      AGE_BEFORE_BRACKET.test(text.slice(Math.max(0, match.index! - 30), match.index!)) ||
      (BIRTH_BEFORE.test(before) && !PAST_BIRTH_VERB.test(before)) ||
      PATRONYMIC_BEFORE_BRACKET.test(before) ||
      BIRTH_VERB_LATER.test(after) ||
      PLACE_AND_DATE_OF_BIRTH_BEFORE.test(text.slice(Math.max(0, match.index! - 90), match.index!))
    )
      found.push(detection('BIRTH_DATE', text, match.index!, match[0] + (YEAR_WORD_AFTER.exec(after)?.[0] ?? '')));
  }
  for (const pattern of BIRTH_PATTERNS) {
    for (const match of text.matchAll(pattern)) found.push(detection('BIRTH_DATE', text, match.index!, match[0]));
  }
  return found;
}

export function detectLanguageEntities(text: string): Detection[] {
  const addresses = ADDRESS_PATTERNS.filter((pattern) => mayMatch(pattern, text)).flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) =>
      detection('ADDRESS', text, match.index!, match[0].replace(/[\s,]+$/u, '')),
    ),
  );
  // Every date, read once: for dates of birth, and so no month inside one is taken for a person.
  const dates = [...text.matchAll(DATE)];
  const birthDates = detectBirthDates(text, dates);
  // A month's name inside a date is no person («9 Ekim 2022», «12 Kasım 1990»). Each position
  // holds the date it is in, so the test is one look-up per person (linear time).
  const dateAt = new Int32Array(text.length).fill(-1);
  for (const match of dates) dateAt.fill(match.index, match.index, match.index + match[0].length);
  const people = detectPeople(text, birthDates)
    .filter((person) => dateAt[person.start] < 0 || dateAt[person.start] !== dateAt[person.end - 1])
    // «аль-Мансури Халид»: the article glued before a name is the name's.
    .map((person) => {
      const article = /(?<![\p{L}])(?:аль|эль|әл|ал|al|el)-$/u.exec(
        text.slice(Math.max(0, person.start - 4), person.start),
      );
      return article ? detection('PERSON', text, person.start - article[0].length, article[0] + person.text) : person;
    });
  birthDates.push(...datesAfterPeople(text, people));
  birthDates.push(...theSameDatesAgain(text, dates, birthDates));
  const index = new PeopleIndex(people);
  return [
    ...birthDates,
    ...[...addresses, ...detectAddressPhrases(text)].map((address) => leaveNameToPerson(text, address, index)),
    ...people,
  ];
}

/** People by the positions they cover and where they end: look-ups in constant time, not scans. */
class PeopleIndex {
  readonly covering = new Map<number, Detection>();
  readonly endingAt = new Map<number, Detection>();
  constructor(readonly people: Detection[]) {
    for (const person of people) this.add(person);
  }
  replace(old: Detection, person: Detection) {
    this.people.splice(this.people.indexOf(old), 1, person);
    this.add(person);
  }
  private add(person: Detection) {
    // The person starting first, then reaching furthest, holds a position («Нұрпейісов Д.» over
    // «Нұрпейісов» and over «Д. Қарағанды»).
    for (let position = person.start; position < person.end; position++) {
      const known = this.covering.get(position);
      if (!known || person.start < known.start || (person.start === known.start && person.end > known.end))
        this.covering.set(position, person);
    }
    this.endingAt.set(person.end, person);
  }
}

/**
 * «ГОРЕЛОВА Анна Петровна — 26.08.1991», "UVAROVA ESENIYA, 22.10.1970;", «ФИО | 07.05.1983 |»:
 * a full date right after a person in a list or register is the person's date of birth. After a
 * comma only when the date ends the entry, so "Petrova, 12.03.2019 she was detained" stays a date.
 */
const DATE_AFTER_PERSON =
  /^[ \t]*(?:[—–|(-]|,(?=[ \t]*\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}[ \t]*(?:[;,.)|\n]|$)))[ \t]*(\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d{2}|\d{2}(?=\))))(?!\d)/u;
// «Нурова Айгерим Бакытовна 12.03.1998»: a full name and, after a space alone, a date closing the
// entry, of a year before 2016 (a hearing's date after a name is more recent).
const DATE_CLOSING_ENTRY_AFTER_NAME =
  /^[ \t]+(\d{1,2}\.\d{1,2}\.((?:19|20)\d{2}))(?=[ \t]*(?:г\.?[ \t]?р(?:ожд)?\.?)?[ \t]*(?:[;,)|\n]|\.?$|\.[ \t]*\n))/u;
function datesAfterPeople(text: string, people: Detection[]): Detection[] {
  return people.flatMap((person) => {
    const date = DATE_AFTER_PERSON.exec(text.slice(person.end, person.end + 24));
    if (date) return [detection('BIRTH_DATE', text, person.end + date[0].length - date[1].length, date[1])];
    const closing =
      person.text.includes(' ') && DATE_CLOSING_ENTRY_AFTER_NAME.exec(text.slice(person.end, person.end + 24));
    return closing && Number(closing[2]) < 2016
      ? [detection('BIRTH_DATE', text, person.end + closing[0].length - closing[1].length, closing[1])]
      : [];
  });
}

/** The calendar days a numeric date may stand for: day and month read both ways when it is unclear. */
function calendarDays(date: string): string[] {
  const parts =
    /((?:19|20)\d{2})[ ./-]+(\d{1,2})[ ./-]+(\d{1,2})(?!\d)|(\d{1,2})[ ./-]+(\d{1,2})[ ./-]+((?:19|20)\d{2})/u.exec(
      date,
    );
  if (!parts) return [];
  const [year, first, second] = parts[1] ? [parts[1], parts[2], parts[3]] : [parts[6], parts[4], parts[5]];
  const day = (month: string, dayOfMonth: string) => `${year}-${Number(month)}-${Number(dayOfMonth)}`;
  return parts[1] ? [day(first, second)] : [day(second, first), day(first, second)];
}

/**
 * «Дата рождения по загранпаспорту: 1970/11/03; по внутреннему — 03.11.1970»: a date of birth
 * written again in another form, for another document, is the same personal datum.
 */
function theSameDatesAgain(text: string, dates: RegExpExecArray[], birthDates: Detection[]): Detection[] {
  const known = new Set(birthDates.flatMap((birth) => calendarDays(birth.text)));
  if (known.size === 0) return [];
  const covered = new Uint8Array(text.length);
  for (const birth of birthDates) covered.fill(1, birth.start, birth.end);
  return dates
    .filter((date) => !covered[date.index] && calendarDays(date[0]).some((day) => known.has(day)))
    .map((date) => detection('BIRTH_DATE', text, date.index, date[0]));
}

/**
 * «Жәбірленуші Қадырбекова Нұргүл Ақылбекқызы Құдайберген даңғылы, 15»: Turkic order puts the
 * street right after the person, and the street's name may be a name too. A word that continues
 * the person found just before the address (a patronymic, a surname, a given name) is the
 * person's, not the street's, when a capitalised street name still follows it.
 */
/** The kind of street or quarter ("Mah.", «көшесі»): the word before it is the street's name. */
const isStreetWord = (word: string) =>
  /\.$/u.test(word) ||
  /^(?:Mahallesi|Caddesi|Sokak|Sokağı|Bulvarı|Street|Avenue|Road)$/u.test(word) ||
  ROAD_WORD_AFTER.test(` ${word}`);

function leaveNameToPerson(text: string, address: Detection, people: PeopleIndex): Detection {
  let current = address;
  // Turkish quarters and streets are named after people whole ("Mimar Hayrettin Mah."): left as found.
  if (/(?<![\p{L}])(?:Mah|Mh|Cad|Sok|Sk)(?![\p{L}])/u.test(address.text)) return address;
  // A person found over the address's first words keeps them, when a street name still follows.
  const over = people.covering.get(current.start);
  if (over && over.start < current.start) {
    const rest = /^[ \t]+(?=\p{Lu}\S*)/u.exec(text.slice(over.end, current.end));
    const next = /^\S+/u.exec(text.slice(over.end).trimStart())?.[0] ?? '';
    if (!rest || over.end >= current.end || isStreetWord(next)) return current;
    const start = over.end + rest[0].length;
    current = detection('ADDRESS', text, start, text.slice(start, current.end));
  }
  for (;;) {
    const person = /^[ \t]$/u.test(text[current.start - 1] ?? '') ? people.endingAt.get(current.start - 1) : undefined;
    const word = /^(\S+)[ \t]+(\p{Lu}\S*)/u.exec(current.text);
    if (!person || !word || isStreetWord(word[2])) return current;
    const name = word[1];
    const nameLike =
      looksLikeName(name) ||
      new RegExp(`^${PATRONYMIC_WORD}$`, 'iu').test(name) ||
      /\p{Ll}(?:қызы|кызы|qyzy|qizi|ұлы|уулу|uly|o['ʻʼ‘’`]?g['ʻʼ‘’`]?li)$/iu.test(name);
    if (!nameLike) return current;
    const extended = detection('PERSON', text, person.start, text.slice(person.start, current.start + name.length));
    people.replace(person, extended);
    current = detection('ADDRESS', text, current.start + word[0].length, current.text.slice(word[0].length));
  }
}
