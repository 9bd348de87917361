import { GIVEN_NAMES, REGION_WORDS } from './gazetteer';
import { isNeverName, isPlace, isRussianNoun, titleCase, FUNCTION_WORD } from './language';
import { mayMatch, requiring } from './required-words';
import type { Detection } from './types';

/**
 * Names by the frame a sentence puts around them, whatever the lists hold: what someone is called
 * ("known to her as "Bobo"", "asked to be called Zara"), the subject of a life story's opening
 * («Канышай 2023-жылы Сеулга кеткен», "Meerim, 17, was …"), the one named by «… деган одам», a
 * card's holder («…nıñ atındağı … kartasyna»), whom one went with («Áselmen birge», «вместе с
 * Камилой»), and a record's "SURNAME, Given" after a person's label. A place, a country, an
 * institution, a role or a dictionary word in the frame is none. Pure and linear: each pattern is
 * one pass.
 */
const NAME = "\\p{Lu}[\\p{Ll}'’ʻ-]{1,20}";
const TWO_NAMES = `${NAME}(?:[ \\t]${NAME})?`;

// The person whose age follows in brackets, as shelters, NGOs and reports write it («Манижа (23 сола)
// мегӯяд»): fourteen to seventy-nine; a bare number only before a comma or a verb of telling or
// arriving ("Tolkun (17) admitted", "Tolkun (20), Kırgızistan'dan"), never in a list of counts
// ("Construction (34), Agriculture (18)"), a table's (23) or a phone's operator code.
const AGE_UNIT =
  '(?:сола|солаи|лет|года?|yaş\\p{L}*|жаста|жашта|jasta|yosh\\p{L}*|ёш\\p{L}*|years?(?:[ \\t]old)?|y\\.o\\.)';
const AGE_VERB =
  '(?:admitted|arrived|said|says|told|left|reported|stated|dedi|anlattı|söyledi|айтты|айтат|сказала?|рассказала?|сообщила?|мегӯяд|гуфт|aytdi|gapirdi|aytishicha)';
const NAME_BEFORE_AGE = requiring(
  /\([1-7]\d/u,
  new RegExp(
    `(?<![\\p{L}'’-])(${NAME})(?=[ \\t]+\\((?:1[4-9]|[2-7]\\d)(?:[ \\t]*${AGE_UNIT}\\)|\\)(?=,|[ \\t]+${AGE_VERB}(?![\\p{L}]))))`,
    'dgu',
  ),
);
// The name before the honorific one calls a person by («Alo Murat abi», «Гулнора опа»): a given name
// there beats a place's reading (a town Murat, a river); a town alone does not ("Samsun abi").
const NAME_BEFORE_HONORIFIC = requiring(
  /abi|abla|hanım|bey|aka|opa|ака|опа|эже|апа|апай|ағай|байке|aga|apa/u,
  new RegExp(
    `(?<![\\p{L}'’-])(${NAME})(?=[ \\t]+(?:abi|abla|hanım|bey|aka|opa|ака|опа|эже|апа|апай|ағай|байке|aga|apa)(?![\\p{L}]))`,
    'dgu',
  ),
);

// "(33), Georgians (23)", "Construction (34), Agriculture (18)": counts listed one after another.
const COUNT_IN_LIST = /\(\d{1,3}\)[ \t]*(?:,|and|ve|и|va|və)?[ \t]*$/u;
const COUNT_IN_LIST_AFTER = /^[ \t]+\(\d{1,3}\)[ \t]*(?:,|and|ve|и|va|və)[ \t]*(?:and[ \t]+)?\p{Lu}\p{L}+[ \t]+\(\d/u;

const FRAMES: RegExp[] = [
  // "known to her as "Bobo"", "asked to be called Zara", "introduced herself as Lola".
  requiring(
    /known|called|introduced|went[ \t]by/u,
    new RegExp(
      `(?<![\\p{L}])(?:known(?:[ \\t]to[ \\t](?:her|him|them|us|me|everyone|the[ \\t]\\p{L}{3,10}))?(?:[ \\t]only)?[ \\t]as|(?:asked|wanted|liked)[ \\t]to[ \\t]be[ \\t]called|introduced[ \\t](?:herself|himself)[ \\t]as|went[ \\t]by)[ \\t]+[«"“']?(${TWO_NAMES})`,
      'dgu',
    ),
  ),
  // A life story's subject at its opening, before the year it begins with in the region's languages,
  // or before the age ("Meerim, 17, was …"); a dictionary word there is an institution's or a plan's.
  requiring(
    /\d[ -]?-?(?:жылы|йилда|yilda|jyly|jılı|ж\.)|,[ \t]\d/u,
    new RegExp(
      `(?:^|\\n|[.!?][ \\t]+)(${NAME})(?=[ \\t]+(?:19|20)\\d{2}[ -]?(?:-?жылы|-?йилда|-?yilda|-?jyly|-?jılı|-?ж\\.)|,[ \\t]\\d{1,2},[ \\t](?:was|is|had|has|said|told|from|left|came|went|worked))`,
      'dgu',
    ),
  ),
  // «Алламберген деган одам», "Bobur ismli yigit": the word for a person after the naming word.
  requiring(
    /деган|деген|degan|degen|исмли|ismli|атты|аттуу|есімді|esimdi/u,
    new RegExp(
      `(${NAME})(?=[ \\t]+(?:деган|деген|degan|degen|исмли|ismli|атты|аттуу|есімді|esimdi)[ \\t]+(?:одам|odam|адам|adam|киши|кісі|kishi|kisi|аёл|ayol|әйел|аял|қыз|кыз|qiz|qyz|йигит|yigit|жигит|жігіт|эркек|erkak|шахс|shaxs|бала|bala)(?![\\p{L}]))`,
      'dgu',
    ),
  ),
  // A card or an account in someone's name: «Jūmabekovanıñ atındağı … kartasına», «… номидаги карта»;
  // a university «әл-Фараби атындағы» is named after someone who is no one here.
  requiring(
    /atındağı|atyndaǵy|atyndağy|атындағы|атындагы|nomidagi|номидаги|nomiga|номига/u,
    new RegExp(
      `(${NAME})(?=[ \\t]+(?:atındağı|atyndaǵy|atyndağy|атындағы|атындагы|nomidagi|номидаги|nomiga|номига)(?![\\p{L}])[^\\n]{0,40}(?:карт|kart|card|шот|счет|счёт|hisob|hesap))`,
      'dgu',
    ),
  ),
  // Whom one went with: «Áselmen birge», «Меруертпен бірге», «вместе с Камилой».
  requiring(
    /birge|бірге|бирге|birga|бирга/u,
    new RegExp(`(${NAME}(?:men|pen|ben|мен|пен|бен))(?=[ \\t]+(?:birge|бірге|бирге|birga|бирга)(?![\\p{L}]))`, 'dgu'),
  ),
  // Not an adjective of a place («вместе с Бишкекской и Ошской областями»).
  requiring(
    /[Вв]месте/u,
    new RegExp(`(?<![\\p{L}])[Вв]месте[ \\t]со?[ \\t]+(${NAME}(?<!ск|цк)(?:ой|ей|ом|ем|ым|им))(?![\\p{L}])`, 'dgu'),
  ),
  NAME_BEFORE_AGE,
  NAME_BEFORE_HONORIFIC,
  // A record's "SURNAME, Given" before its next field ("Subject: OGAI, Altynai | DOB: …").
  requiring(
    /(?:ubject|ame|lient|ictim|erson|efendant|itness|ФИО)[ \t]*:/u,
    new RegExp(
      `(?<=(?:[Ss]ubject|[Nn]ame|[Cc]lient|[Vv]ictim|[Pp]erson|[Dd]efendant|[Ww]itness|ФИО)[ \\t]*:[ \\t]{1,3})(\\p{Lu}[\\p{L}'’-]{1,20},[ \\t]${NAME})(?=[ \\t]*[|;])`,
      'dgu',
    ),
  ),
];
// "known as Him", "asked to be called Doctor", "Tuesday": a pronoun, a role, a day or a body is no one.
const NOT_IN_FRAME =
  /^(?:He|She|They|It|We|You|I|Him|Her|Them|Me|Us|Then|There|In|On|At|By|From|Since|After|Before|During|Police|Mr|Mrs|Ms|Women|Men|Girls|Boys|Children|Victims|Workers|Adults|Minors|Persons|People|Others|Doctor|Sister|Brother|Manager|Boss|Chief|Director|Teacher|Mother|Father|Auntie|Uncle|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Islam|Muslims?|Christians?|Amnesty|Caritas|Baro)$/u;

export function detectNamesByFrame(text: string): Detection[] {
  const found: Detection[] = [];
  for (const [index, pattern] of FRAMES.entries()) {
    if (!mayMatch(pattern, text)) continue;
    for (const match of text.matchAll(pattern)) {
      const name = match[1];
      // What one asks to be called may be a flower or a town ("Zara"): a place does not veto it;
      // what a region was known as is a place ("known to the British as Turkestan").
      const placeAllowed =
        (index === 0 && /called/u.test(match[0])) ||
        (pattern === NAME_BEFORE_HONORIFIC && GIVEN_NAMES.has(name.toLowerCase()));
      const words = name.split(/[ \t,]+/u);
      const core = (word: string) =>
        word.replace(/(?:men|pen|ben|мен|пен|бен|nıñ|niñ|ның|нің|ой|ей|ом|ем|ым|им)$/u, '');
      const plainWord = (word: string) =>
        NOT_IN_FRAME.test(word) ||
        isNeverName(word) ||
        isNeverName(titleCase(word)) ||
        (!placeAllowed && (isPlace(word) || isPlace(core(word)))) ||
        REGION_WORDS.has(word.toLowerCase()) ||
        REGION_WORDS.has(core(word).toLowerCase()) ||
        isNeverName(titleCase(core(word))) ||
        FUNCTION_WORD.test(word.toLowerCase()) ||
        (/\p{Script=Cyrillic}/u.test(word) && isRussianNoun(word));
      if (words.some(plainWord)) continue;
      const [start, end] = match.indices![1];
      // "followed by Kyrgyz (33), Georgians (23)": a people counted, in English plural, is no one; nor a
      // word in a list of counts.
      if (
        pattern === NAME_BEFORE_AGE &&
        ((/^[A-Z][a-z]+s$/u.test(name) && !GIVEN_NAMES.has(name.toLowerCase())) ||
          COUNT_IN_LIST.test(text.slice(Math.max(0, start - 40), start)) ||
          COUNT_IN_LIST_AFTER.test(text.slice(end, end + 50)))
      )
        continue;
      found.push({ type: 'PERSON', start, end, text: name });
    }
  }
  return found;
}

/**
 * A name joined to a person's by «and» is a person's too ("the passports of Zarina Orazova and
 * Hongmei", «вербовке Джерен Бердыевой и Мадины», "Lola va Dilnoza"), when it is one capitalised
 * word no list reads as a place, an institution, a thing or a noun, and no capital follows it.
 */
// Not «bilan», «менен»: after a noun they mean «with», and the next word starts a new phrase; «ile»
// after a person's name joins two people ("Zhanar ile Ogulbike bende").
const AND = '(?:and|и|ва|va|ve|ile|hem|және|жана|а также)';
const COORDINATED_AFTER = new RegExp(`^,?[ \\t]+${AND}[ \\t]+(${NAME})(?![\\p{L}'’-])(?![ \\t]+\\p{Lu})`, 'u');
const COORDINATED_BEFORE = new RegExp(`(?<![\\p{L}'’-])(${NAME})[ \\t]+${AND}[ \\t]+$`, 'u');
const TURKISH_WEEKDAY = /^(?:Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi|Pazar)$/u;
export function findCoordinatedNames(text: string, people: Detection[]): Detection[] {
  const found: Detection[] = [];
  const plainWord = (word: string) =>
    NOT_IN_FRAME.test(word) ||
    isNeverName(word) ||
    isPlace(word) ||
    REGION_WORDS.has(word.toLowerCase()) ||
    FUNCTION_WORD.test(word.toLowerCase()) ||
    (/\p{Script=Cyrillic}/u.test(word) && isRussianNoun(word));
  for (const person of people) {
    const after = COORDINATED_AFTER.exec(text.slice(person.end, person.end + 40));
    // After «ile» («with») comes a place, a day or a language as often as a person ("Ayşe ile
    // Antalya'ya", "ile Pazartesi", "ile Rusça").
    const withWord =
      after !== null &&
      /^,?[ \t]+ile[ \t]/u.test(after[0]) &&
      (/['’]/u.test(after[1]) || /(?:ça|çe|ca|ce)$/u.test(after[1]) || TURKISH_WEEKDAY.test(after[1]));
    if (after && !withWord && !plainWord(after[1])) {
      const start = person.end + after[0].length - after[1].length;
      found.push({ type: 'PERSON', start, end: start + after[1].length, text: after[1] });
    }
    const before = COORDINATED_BEFORE.exec(text.slice(Math.max(0, person.start - 40), person.start));
    // A sentence's first word is capitalised whatever it is: only a word inside the sentence.
    const sentenceStart =
      before && /(?:^|[.!?:;]\s*|\n\s*)$/u.test(text.slice(0, person.start - before[0].length).slice(-3));
    if (before && !sentenceStart && !plainWord(before[1])) {
      const start = person.start - before[0].length;
      found.push({ type: 'PERSON', start, end: start + before[1].length, text: before[1] });
    }
  }
  return found;
}
