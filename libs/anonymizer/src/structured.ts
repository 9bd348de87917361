import { IBAN_LENGTHS, isValidIban, isValidIin, passesLuhn } from './checksums';
import { mayMatch, requiring } from './required-words';
import type { Detection, EntityType } from './types';

/** Detectors of identifiers with a fixed format. Each returns every match it is sure of. */

const digitsOf = (text: string) => text.replace(/\D/g, '');

function matches(
  text: string,
  pattern: RegExp,
  type: EntityType,
  accept: (match: RegExpExecArray) => boolean = () => true,
) {
  const found: Detection[] = [];
  if (!mayMatch(pattern, text)) return found;
  for (const match of text.matchAll(pattern)) {
    const group = match.groups?.value ?? match[0];
    const start = match.index! + match[0].indexOf(group);
    if (accept(match as RegExpExecArray)) found.push({ type, start, end: start + group.length, text: group });
  }
  return found;
}

/** True when one of the cue words ends within `distance` characters before `index`. */
function cuedBefore(text: string, index: number, cue: RegExp, distance = 40): boolean {
  return cue.test(text.slice(Math.max(0, index - distance), index));
}

const LOCAL_PART = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_PART = /[\p{L}\p{N}.-]/u;
const TOP_LEVEL = /\.\p{L}{2,}$/u;
const DOMAIN_LABELS = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

/**
 * E-mail addresses, anchored on each `@` and widened over at most 64 characters of local part and
 * 255 of domain (RFC 5321 limits): linear in the text, where a regular expression that starts
 * anywhere is quadratic on long runs of letters.
 */
function detectEmails(text: string): Detection[] {
  const found: Detection[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > Math.max(lastEnd, at - 64) && LOCAL_PART.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < Math.min(text.length, at + 256) && DOMAIN_PART.test(text[end])) end++;
    let domain = text.slice(at + 1, end);
    while (domain.endsWith('.') || domain.endsWith('-')) domain = domain.slice(0, -1);
    if (start === at || !TOP_LEVEL.test(domain) || !DOMAIN_LABELS.test(domain)) continue;
    end = at + 1 + domain.length;
    found.push({ type: 'EMAIL', start, end, text: text.slice(start, end) });
    lastEnd = end;
  }
  return found;
}

const SOCIAL_HOSTS =
  '(?:t\\.me|telegram\\.me|vk\\.com|ok\\.ru|instagram\\.com|facebook\\.com|fb\\.com|tiktok\\.com|wa\\.me|twitter\\.com|x\\.com|youtube\\.com|linkedin\\.com|threads\\.net|snapchat\\.com)';
const PROFILE_URL = new RegExp(`(?:https?:\\/\\/)?(?:[a-z]{1,8}\\.)?${SOCIAL_HOSTS}\\/[^\\s,;)»"]+[^\\s,;)»".]`, 'giu');
const AT_HANDLE = /(?<![\p{L}\p{N}._%+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_])/gu;
// A user name after the service that holds it, without an @ ("instagram aziza.karimova",
// Skype's "live:…", Discord's "name#1234", «в Телеге …»,
// «в телеграме: work_kz»): Latin letters with a dot, underscore or digit, or after a word for the account.
const SERVICE =
  '(?:instagram|insta|инстаграм\\p{L}*|инсте|инста|telegram|телеграм\\p{L}*|телеграмм\\p{L}*|тг|tiktok|тикток\\p{L}*|тик-ток\\p{L}*|vk|вк|вконтакте|facebook|фейсбук\\p{L}*|snapchat|twitter|твиттер\\p{L}*|odnoklassniki|одноклассник\\p{L}*|imo|signal|wechat|weixin|вичат\\p{L}*|kakaotalk|kakao|skype|скайп\\p{L}*|discord|дискорд\\p{L}*|likee|line(?=[ \\t]+ID)|телег(?:а|е|и|у|ой)|youtube|ютуб\\p{L}*|twitch|linkedin)';
// What every SERVICE alternative holds (case folded alike), searched for before the patterns built on it;
// each pattern has no letter before the service, so neither do its words («статистика» holds no «тик»).
const SERVICE_WORDS =
  /(?<![\p{L}])(?:insta|инст|telegram|телег|тг|tiktok|тик|vk|вк|facebook|фейсбук|snapchat|twitter|твиттер|odnoklassniki|одноклассник|imo|signal|wechat|weixin|вичат|kakao|skype|скайп|discord|дискорд|likee|line|youtube|ютуб|twitch|linkedin)/iu;
const ACCOUNT_WORD =
  '(?:account|username|user name|nickname|nick|profile|page|channel|ID(?![\\p{L}\\p{N}])|kullanıcı adı|hesabı|paraq\\p{L}*|аккаунт\\p{L}*|ник\\p{L}*|профил\\p{L}*|страниц\\p{L}*|канал\\p{L}*|логин\\p{L}*|akkaunt\\p{L}*|sahifa\\p{L}*|парақша\\p{L}*|баракча\\p{L}*|саҳифа\\p{L}*|sahypa\\p{L}*)';
// «Instagram желісіндегі …», «в сети Instagram …»: the network named between service and user name.
const NETWORK_WORD =
  "(?:желісіндегі|желісінде|желисиндеги|тармоғидаги|tarmog[ʻ'‘’]?idagi|желіде|сетевой|network|ulgamynda|шабака\\p{L}*)";
const NAMED_HANDLE = requiring(
  SERVICE_WORDS,
  new RegExp(
    `(?<![\\p{L}])${SERVICE}(?:['’ʼ-]\\p{L}{1,6})?(?![\\p{L}])(?<between>[ \\t]+${NETWORK_WORD})?(?<account>[ \\t-]+${ACCOUNT_WORD})?(?:[ \\t]+(?:is|was|as|—|=|это|under[ \\t]+the[ \\t]+(?:name|nickname|handle)|под[ \\t]+(?:ником|именем))(?![\\p{L}]))?[ \\t]*[:,-]?[ \\t]*[«"“']?(?<value>(?:live:)?[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_])(?:#\\d{4})?)(?![\\p{L}\\p{N}@])`,
    'giu',
  ),
);
// «ник aziza_95», "username: work.kz": a user name after the word for one, any service.
const ACCOUNT_HANDLE = requiring(
  /(?<![\p{L}])(?:ник|именем|логин|nick|username|user name|login|akkaunt|foydalanuvchi|nik|аккаунт|профил)/iu,
  new RegExp(
    `(?<![\\p{L}])(?:ник(?:ом|а|у)?|под[ \\t]+именем|никнейм\\p{L}*|логин\\p{L}*|nickname|username|user name|login|akkaunt(?:[ \\t]+nomi)?|foydalanuvchi[ \\t]+nomi|nik|аккаунт\\p{L}*|профил\\p{L}*)[ \\t]*[:-]?[ \\t]*[«"“']?(?<value>@?[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_]))(?![\\p{L}\\p{N}@])`,
    'giu',
  ),
);
// The service under a Turkic ending, then its page word («instagramdagi sahifasi noziya_sharipova»).
const HANDLE_AFTER_SERVICE_PAGE = requiring(
  SERVICE_WORDS,
  new RegExp(
    `(?<![\\p{L}])${SERVICE}\\p{Ll}{1,6}[ \\t]+(?:sahifa|саҳифа|paraq|парақ|баракча|akkaunt|аккаунт|kanal|канал)\\p{L}*[ \\t]*[:—–-]?[ \\t]*(?<value>[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_]))(?![\\p{L}\\p{N}@])`,
    'giu',
  ),
);
// Turkic order, the user name before the page word («Instagram-дағы aigerim.abroad86 парақшасында»,
// «Instagramdagi visa_travel55 sahifasi»), and «на странице viza_koreya_uz».
const HANDLE_BEFORE_PAGE =
  /(?<![\p{L}\p{N}@._/-])(?<value>[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_]))[ \t]+(?:парақша|баракча|paraqsha|baraqcha|sahifa|саҳифа|sahypa|аккаунт|akkaunt|канал|kanal)\p{L}*/gu;
// "posted by s_moraru on Telegram"; «Саҳифаи Instagram-и даъваткунанда: haydarov.shop» (the service,
// a word or two, a colon): a user name with a dot, an underscore or a digit.
const HANDLE_BEFORE_SERVICE = requiring(
  SERVICE_WORDS,
  new RegExp(
    `(?<![\\p{L}])(?:posted by|sent by|user|пользовател\\p{L}*)[ \\t]+(?<value>[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_]))[ \\t]+(?:on|in|в|из)[ \\t]+${SERVICE}(?![\\p{L}])`,
    'giu',
  ),
);
// «kunduz_almazkyzy деген Instagram аккаунту», "… adlı Instagram hesabı": the user name, a naming word, the service.
const HANDLE_NAMED_BEFORE_SERVICE = requiring(
  /деген|деп аталған|degan|degen|atty|atly|атты|аттуу|adlı|isimli|номли|nomli/iu,
  new RegExp(
    `(?<![\\p{L}\\p{N}@._])(?<value>(?=[A-Za-z0-9_.]*[._\\d])[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_]))[ \\t]+(?:деген|деп аталған|degan|degen|atty|atly|атты|аттуу|adlı|isimli|номли|nomli)[ \\t]+${SERVICE}(?![\\p{L}])`,
    'giu',
  ),
);
const HANDLE_AFTER_SERVICE_WORDS = requiring(
  SERVICE_WORDS,
  new RegExp(
    `(?<![\\p{L}])${SERVICE}(?:['’ʼ-]\\p{L}{1,6})?(?:[ \\t]+\\p{L}{2,20}){1,2}:[ \\t]*(?<value>(?=[A-Za-z0-9_.]*[._\\d])[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_]))(?![\\p{L}\\p{N}@])`,
    'giu',
  ),
);
// «Telegramda job_almaty6 nomi bilan yozishgan»: the service, then the user name «by the name».
const HANDLE_BEFORE_BY_NAME = requiring(
  SERVICE_WORDS,
  new RegExp(
    `(?<![\\p{L}])${SERVICE}\\p{Ll}{0,4}[ \\t]+(?<value>[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_]))[ \\t]+(?:nomi[ \\t]+bilan|номи[ \\t]+билан)`,
    'giu',
  ),
);
const HANDLE_AFTER_PAGE =
  /(?<![\p{L}])(?:на[ \t]+странице|страниц[аеуы]|page|саҳифаи|sahifai)[ \t]*[—–:-]?[ \t]*[«"“']?(?<value>[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_]))(?![\p{L}\p{N}@])/giu;
// What both need: a page word (one scan, so texts without one skip the two patterns).
const PAGE_WORD =
  /nomi bilan|номи билан|парақша|баракча|paraqsha|baraqcha|sahifa|саҳифа|sahypa|аккаунт|akkaunt|канал|kanal|страниц|page/iu;
/**
 * A user name without a dot, underscore or digit: a whole lower-case Latin word that is no common
 * word, in Cyrillic text («вела инстаграм gulayymmom») or where a phrase ends after it ("His Telegram
 * is krolr and…").
 */
const COMMON_WORD =
  /^(?:is|was|were|are|has|had|have|and|or|of|the|a|an|to|in|on|at|by|with|for|from|that|this|which|who|it|its|not|no|also|only|then|now|still|used|uses|using|blocked|banned|deleted|closed|opened|down|free|popular|available|shows|showed|listed|where|since|under|account|accounts|page|pages|profile|profil|channel|channels|kanal|kanali|sahifa|sahifasi|manzil|manzili|hesap|group|chat|chats|number|name|names|holder|owner|details|messages|message|calls|call|video|videos|photo|photos|post|posts|story|stories|link|links|ad|ads|advert|adverts|says|said|called|named|belonged|belongs|user|users|id|handle|kullanıcı|adı|hesabı|bir|ve|ile|da|de|bu|için|orqali|arqyly|аркылуу|арқылы|i|he|she|we|you|they|me|him|her|us|them|his|our|their|my|your)$/iu;
const latinAmongCyrillic = (text: string, index: number) =>
  /\p{Script=Cyrillic}/u.test(text.slice(Math.max(0, index - 40), index));
const plausibleHandle = (text: string, match: RegExpExecArray) => {
  const value = match.groups!.value;
  const start = match.index! + match[0].lastIndexOf(value);
  // Part of a word: «akkauntidan», "Instagram'daki", "Nikolaev".
  if (/[\p{L}'’ʻ`]/u.test(text[start - 1] ?? '') || /^['’ʻ`]\p{L}/u.test(text.slice(start + value.length)))
    return false;
  if (/[._\d]/.test(value)) return true;
  if (!/^[a-z][a-z_]{3,}$/.test(value) || COMMON_WORD.test(value)) return false;
  return (
    latinAmongCyrillic(text, start) ||
    /^[ \t]*(?:[,.;:)»"]|(?:and|ve|va)[ \t]|$)/u.test(text.slice(start + value.length, start + value.length + 6))
  );
};
// A word for a user name in any of the languages, a service's short name, or "handle", "user",
// "profile", then a run spelt like a user name ("kullanıcı adı: mehmet_34", "her handle was
// nilufar.uz", "IG: aizhan.nur", «лақап аты: aru_kz», «номи корбар: sitora_tj»).
const HANDLE_AFTER_HANDLE_WORD = requiring(
  /(?<![\p{L}])(?:kullanıcı|handle|user|IG|TG|inst|пользовател|taxallus|лақап|корбар|ник|profile|логин|account)/iu,
  /(?<![\p{L}])(?:kullanıcı[ \t]+ad\p{L}*|handle|user(?:[ \t]?name)?|IG|TG|inst|имя[ \t]+пользователя|taxallus\p{L}*|лақап[ \t]+ат\p{L}*|номи[ \t]+корбар\p{L}*|ник\p{L}{0,4}|profile|логин\p{L}*|(?:from|on|via)[ \t]+(?:the|her|his|their|an?)[ \t]+account)(?![\p{L}])(?:[ \t]+(?:was|is))?(?:[ \t]*[:=—–-][ \t]*|[ \t]+)[«"“']?(?<value>@?[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_]))(?![\p{L}\p{N}@])/giu,
);
// Spelt like a user name; "profile no.123" is a number, and "KZ80 9980 …" an account's start.
const isHandleAfterHandleWord = (match: RegExpExecArray) =>
  spelledLikeHandle(match) &&
  // "1.2k calls", "10GB", "v2.0": a quantity or a version, not a user name.
  /^@?[A-Za-z_]/u.test(match.groups!.value) &&
  (match.groups!.value.match(/[A-Za-z]/gu) ?? []).length >= 2 &&
  !/^(?:(?:no|nr|n|№)\.|[A-Za-z]{2}\d{2})/iu.test(match.groups!.value);
const spelledLikeHandle = (match: RegExpExecArray) =>
  /[A-Za-z]/u.test(match.groups!.value) && /[._\d]/u.test(match.groups!.value);
const isNamedHandle = (text: string) => (match: RegExpExecArray) =>
  // «Telegram arnasy: …», "Telegram akkaunti: …": a word labelling what follows, not a user name.
  !(/^\p{Ll}+$/u.test(match.groups!.value) && /^[ \t]*:/u.test(text.slice(match.index! + match[0].length))) &&
  // «Imo: 917 123 456»: the first group of a phone number, which the phone patterns take whole.
  !(/^\d+$/.test(match.groups!.value) && /^[ \t-]\d/.test(text.slice(match.index! + match[0].length))) &&
  // "The Telegram channel was administered by …": after "was" or "is", a plain word must read as a user name.
  ((match.groups!.account !== undefined &&
    !(
      /[ \t](?:is|was)[ \t]*$/iu.test(match[0].slice(0, match[0].length - match.groups!.value.length)) &&
      !plausibleHandle(text, match)
    )) ||
    // After a colon, anything but a word of the sentence ("on Instagram: she said").
    (/:[ \t]*$/.test(match[0].slice(0, match[0].length - match.groups!.value.length)) &&
      !COMMON_WORD.test(match.groups!.value)) ||
    plausibleHandle(text, match));

// `%2B` is a percent-encoded `+` in a URL query; «00» after a dash ends a reference («KZ-2019-ALM-0093»).
const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}+])(?:\(\+\d{1,3}\)[ \t]?\d[\d \t().-]{6,20}\d|(?:\+|%2B|(?<!-)00|\((?=\d{2,3}\)))[ \t]?\d[\d \t().-]{7,20}\d|\(?8[ \t.-]?\(?\d[\d \t().-]{7,20}\d|0[ \t-]?\(?[579]\d{1,2}\)?[\d \t().-]{5,12}\d|0[ \t]?\(\d{3}\)[ \t]?\d{3}[ \t]?\d{2}[ \t]?\d{2}|010[ \t-]?\d{4}[ \t-]?\d{4})(?!\d)/giu;
const COUNTRY_CODES = [
  '7',
  '998',
  '996',
  '992',
  '993',
  '994',
  '995',
  '90',
  '971',
  '82',
  '86',
  '380',
  '375',
  '374',
  '373',
  '1',
  '44',
  '49',
  '33',
  '39',
  '34',
  '966',
  '974',
  '965',
  '973',
  '968',
  '60',
  '66',
  '84',
  '62',
  '91',
  // Afghanistan, Iran, Pakistan, Mongolia, Poland, Romania, Czechia («0093 72 …»).
  '93',
  '98',
  '92',
  '976',
  '48',
  '40',
  '420',
];
const PHONE_CUE_WORDS =
  "(тел\\.?[ \\t]?ном\\.?|тел\\.?|телефон\\p{L}*|моб\\.?|номер\\p{L}*|nomer\\p{L}*|phone|tel\\.?|mobile|WhatsApp|Telegram|Viber|ватсап\\p{L}*|вотсап\\p{L}*|вацап\\p{L}*|вайбер\\p{L}*|телеграм\\p{L}*|telefon\\p{L}*|raqam\\p{L}*|нөмір\\p{L}*|барои тамос|тамос|bog['ʻ‘’`]?lanish|боғланиш|reached at|contacted at|numara\\p{L}*|landline|call back to|n[öo]m[ıi]r\\p{L}*|(?<![\\p{L}])(?:imo|имо|signal|рақам\\p{L}*|смс|sms|звонил\\p{L}*|звоните|звони|позвони\\p{L}*|обращаться|обращайтесь|called|contacted|call(?=[ \\t:]+(?:(?:me|her|him|us|them|on|at)[ \\t:]+)?(?:[+\\d(]|$))|[iİ]rtibat|(?:with|on|at) the number|для связи|пишите|напишите|кабарлаш\\p{L}*|xabar[ \\t]+ber\\p{L}*|хабар[ \\t]+бер\\p{L}*|habarlaş\\p{L}*|iletişim))";
const PHONE_CUE = new RegExp(`${PHONE_CUE_WORDS}[^\\p{L}]{0,12}$`, 'iu');
// The cue may stand a few words before («с городского номера в Ашхабаде …», «Телефон матери: …»).
const PHONE_CUE_NEAR = new RegExp(`${PHONE_CUE_WORDS}(?:[ \\t:,]+\\p{L}{1,15}){0,3}[^\\p{L}]{0,12}$`, 'iu');
// A bare run of digits is a phone only where a phone is named: «номер» alone also numbers cases.
const BARE_PHONE_CUE_WORDS =
  "(тел\\.?|телефон\\p{L}*|моб\\.?|phone(?: number)?|tel\\.?|mobile|WhatsApp|Telegram|Viber|telefon\\p{L}*|барои тамос|тамос|bog['ʻ‘’`]?lanish|reached at|нөмір\\p{L}*|n[öo]m[ıi]r\\p{L}*|байланыс\\p{L}*|звони|позвони\\p{L}*|aloqa|алоқа|habarlaş\\p{L}*|кабарлаш\\p{L}*|(?:my|his|her|their)[ \\t]+numbers?(?:[ \\t]+(?:is|are|was))?|номер\\p{L}*(?=[ \\t]+(?:телефона|получателя|абонента))|call(?=[ \\t:]+(?:(?:me|her|him|us|them|on|at)[ \\t:]+)?(?:[+\\d(]|$)))";
// Right before the number, a phone's own name («тел.», "WhatsApp", «Тамос:»), not «номер», which numbers passports too.
const NAMED_PHONE_CUE =
  /(?<![\p{L}])(?:тел\.?|телефон(?:и|а|у|ом|е|ы)?|моб\.?|phone(?: number)?|tel\.?|mobile|WhatsApp|Telegram|Viber|telefon(?:i|u|ı)?|тамос|bog['ʻ‘’`]?lanish|байланыс\p{L}{0,3})(?![\p{L}])(?:[ \t]+\p{L}{1,10}\.?){0,2}[^\p{L}]{0,12}$/iu;
const BARE_PHONE_CUE_NEAR = new RegExp(`${BARE_PHONE_CUE_WORDS}(?:[ \\t]+\\p{L}{1,15}){0,3}[^\\p{L}]{0,12}$`, 'iu');
// With the trunk 0 or the country code without its + («0 (999) 36 60 71», «996-777-111289»).
const LOCAL_PHONE =
  /(?<![\p{L}\p{N}+])(?:(?:0[ \t]?)?\(?\d{2,3}\)?[ \t-]\d{2,3}(?:[ \t-]?\d{2,3}){1,2}|(?:99[2368]|7)[ \t-]\d{2,3}[ \t-]\d{6,7})(?![\d])/gu;
// The region's country code, then the operator and the number apart («996 706 826291»): a phone's own shape.
const REGION_CODE_PHONE = /(?<![\p{L}\p{N}+])99[2368][ \t-]\d{2,3}[ \t-]\d{6,7}(?![\d])/gu;
// The region's country code without its +, then a mobile in its usual groups: twelve digits for
// Uzbekistan, Kyrgyzstan and Tajikistan («998 90 123 45 67»), eleven for Kazakhstan and Russia
// («7 701 123 45 67», a mobile's 7 or 9 after the code).
// Turkmenistan's code before eight digits («993 61 661 393»), Turkey's before a mobile's ten
// («90 555 571 9937»).
const COUNTRY_CODE_GROUPED_PHONE =
  /(?<![\p{L}\p{N}+.,])(?:99[2368][ \t-]\d{2,3}(?:[ \t-]\d{2,4}){2,3}|7[ \t-]\(?[79]\d{2}\)?(?:[ \t-]\d{2,4}){2,3}|90[ \t-]5\d{2}[ \t-]\d{3}[ \t-]\d{2}[ \t-]?\d{2})(?![\d]|[.,]\d)/gu;
const COUNTRY_CODE_LENGTHS: Record<string, number> = { '7': 11, '90': 12, '993': 11 };
const isCountryCodeGroupedPhone = (text: string, match: RegExpExecArray) =>
  digitsOf(match[0]).length === (COUNTRY_CODE_LENGTHS[/^(?:993|90|7)/u.exec(match[0])?.[0] ?? ''] ?? 12) &&
  // «998 400 000 000 сумов»: a sum.
  !/[ \t-]000(?:[ \t-]000)+$/u.test(match[0]) &&
  !MONEY_AFTER.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 12));
// An Uzbek or Tajik mobile without the country code, its operator in brackets or its last groups
// dashed («(94) 533 52 72», «95 666-83-06»): a phone's own spelling; in spaces alone only where named.
// The bracket holds an operator's code (a region's «(14)», a count's «(25)» are none).
const MOBILE_WITHOUT_CODE =
  /(?<![\p{L}\p{N}+-])(?:\((?:[3-9]\d|20|11|00)\)[ \t]?\d{3}[ \t-]?\d{2}[ \t-]?\d{2}|\d{2}[ \t]\d{3}-\d{2}-\d{2})(?![\d]|[-.]\d)/gu;
// Dotted groups, 3-3-2-2, where a phone is named ("тел. 701.123.45.67").
const DOTTED_PHONE = /(?<![\p{L}\p{N}+.])(?:[78][ .])?\(?\d{3}\)?\.\d{3}\.\d{2}\.\d{2}(?![\d]|\.\d)/gu;
// An area code in brackets and dashed groups ("(50) 515-20-25") is a phone's own spelling.
const BRACKETED_PHONE = /(?<![\p{L}\p{N}+])\(\d{2,3}\)[ ]?\d{3}-\d{2}-\d{2}(?![\d])/gu;
// Uzbek and Kazakh word order names the phone after the number: «… raqamidan», «… нөмірінен».
const PHONE_CUE_AFTER =
  /^[^\p{L}\p{N}]{0,3}(?:raqam\p{L}*|рақам\p{L}*|нөмір\p{L}*|номер\p{L}*|телефон\p{L}*|telefon\p{L}*|numara\p{L}*|on[ \t]+(?:WhatsApp|Viber|Telegram|Signal|imo))/iu;
// A city code and dashed pairs, with the national 8 before them («8 63 80-42-32»).
// A four-digit city code and a one-digit first group too («0 (3222) 2-08-12», «(3422) 4-51-60»).
const DASHED_LOCAL_PHONE = /(?<![\p{L}\p{N}+])(?:(?:8|0)[ -]?)?\(?\d{2,4}\)?[ -]?\d{1,2}-\d{2}-\d{2}(?!\d)/gu;
const cuedAfter = (text: string, end: number, cue: RegExp) => cue.test(text.slice(end, end + 20));
// Where a phone is named, digits in two to five groups, six to twelve of them, as each country groups
// them («8 (12) 955747», "022 65 35 75", «0 (709) 058-469», "682 386 236", "02-7393-9378").
const GROUPED_PHONE = /(?<![\p{L}\p{N}+/№-])(?:\(?\d{1,4}\)?[ \t-]){1,4}\d{2,7}(?![\d]|[/.]\d)/gu;
// Seven digits at least: hotlines (116 111) are no one's.
const isGroupedPhone = (text: string, match: RegExpExecArray) => {
  const count = digitsOf(match[0]).length;
  return (
    count >= 7 &&
    count <= 12 &&
    !/^(?:19|20)\d{2}\b/u.test(match[0]) &&
    // «Date of birth: 25 12 1990»: a day, a month and a year apart.
    !/^(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d{2}$/u.test(match[0]) &&
    // «… kartasiga 1 300 000 so‘m»: a sum.
    !MONEY_AFTER.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 12)) &&
    cuedBefore(text, match.index!, PHONE_CUE_NEAR, 50)
  );
};
// Twelve digits with a country code of the region ("998978638363") where a phone is named.
const PHONE_WITH_CODE = /(?<![\p{L}\p{N}+])(?:994|995|971|380|375)\d{9}(?![\p{L}\p{N}])/gu;
// Uzbekistan's, Kyrgyzstan's and Tajikistan's code and nine digits, Turkmenistan's and eight
// («998911975416», «99361661393»): no identifier of the region has that shape (an IIN's month would
// be 29 to 89), so no cue is needed.
const REGION_PHONE_WITH_CODE = /(?<![\p{L}\p{N}+.,/№-])(?:99[268]\d{9}|993[1-8]\d{7})(?![\p{L}\p{N}]|[.,]\d)/gu;
// A Kazakh or Russian mobile with its 7 («77782147044», «79059528837»), where a phone or a contact is
// named: documents take eleven digits too.
const MOBILE_WITH_SEVEN = /(?<![\p{L}\p{N}+.,/№-])7(?:7[0-8]|9\d)\d{8}(?![\p{L}\p{N}]|[.,]\d)/gu;
// Ten or eleven digits in one run («WhatsApp 7019876543», "Phone 77019876543"): a phone only
// where one is named, since case and document numbers take that shape too.
// Nine with the trunk 0 (Moldova's «079790601»), and a Korean mobile with dots ("010.4412.1066").
const BARE_PHONE = /(?<![\p{L}\p{N}+])(?:\d{10,11}|0\d{8}|01[016789]\.\d{3,4}\.\d{4})(?![\p{L}\p{N}])/gu;
// Nine digits right after a phone's name: a Tajik or Uzbek mobile without its country code.
const NINE_DIGIT_PHONE = /(?<![\p{L}\p{N}+])\d{9}(?![\p{L}\p{N}])/gu;
// A Korean mobile in its 3-4-4 groups ("010 3737 7924", "010-7024-6996"): its own shape.
const KOREAN_MOBILE = /(?<![\p{L}\p{N}+-])010[ -]\d{4}[ -]\d{4}(?![\p{L}\p{N}]|-\d)/gu;
// The words that number a thing, not a person: an invoice's, an order's, a case's («Invoice No.
// 998123456789», «Номер заказа: …», "Case 010-2019-0456").
const NUMBERING_BEFORE =
  /(?:№|#|No\.?|номер\p{L}*|number|invoice|order|заказ\p{L}*|фактур\p{L}*|faktura|tracking|трек\p{L}*|barcode|serial|ref(?:erence)?|заявк\p{L}*|ticket|код|code|ID|сч[её]т\p{L}*|case|дел[оа]|protocol|протокол\p{L}*|registry|реестр\p{L}*|model|модел\p{L}*|SKU|catalogue|P\/N|артикул)[^\p{L}\p{N}]{0,5}$/iu;
// A Chinese mobile in its 3-4-4 groups ("186 7036 5155") where a phone is named.
const CHINESE_MOBILE = /(?<![\p{L}\p{N}+])1[3-9]\d[ -]\d{4}[ -]\d{4}(?![\p{L}\p{N}])/gu;

// 8 800 … and +7 800 …: a toll-free line, an organisation's, never a person's.
const TOLL_FREE = /^[78]800/u;
// A number's groups may run on into a date after it («с номера +992 50 326 17 27 19.10.2024»)…
const DATE_AFTER_PHONE = /[ \t]+\(?\d{1,2}[./]\d{1,2}[./]\d{2}|[ \t]+\(?(?:19|20)\d{2}-\d/u;
/** Phones of every shape PHONE_CANDIDATE knows, each without a date that follows it. */
function phonesBeforeDates(text: string): Detection[] {
  const found: Detection[] = [];
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    // …or into a sum after it («+7 701 123 45 67 5000 тенге»).
    const money = MONEY_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12));
    const date = DATE_AFTER_PHONE.exec(text.slice(match.index, match.index + match[0].length + 12));
    const cut = date && date.index < match[0].length ? date.index : money ? match[0].search(/[ \t]+\d+$/u) : -1;
    const phone = [...(cut > 0 ? [match[0].slice(0, cut)] : []), match[0]].find(isPhone);
    if (phone) found.push({ type: 'PHONE', start: match.index, end: match.index + phone.length, text: phone });
  }
  return found;
}

function isPhone(candidate: string): boolean {
  const encoded = /^%2B/i.test(candidate);
  // "00971 …" dials abroad as "+971 …" does; "(992) 55 …" brackets the country code.
  const international = /^00[1-9]/.test(candidate) || /^\((?:998|996|992|993|994|995|971|90|82|7)\)/.test(candidate);
  const digits = digitsOf(encoded ? candidate.slice(3) : candidate).replace(/^00/, '');
  // A + leads only a telephone number: any country's code.
  if (/^\(?\+/u.test(candidate.trim()) || encoded) return digits.length >= 10 && digits.length <= 15;
  if (international) {
    return digits.length >= 10 && digits.length <= 15 && COUNTRY_CODES.some((code) => digits.startsWith(code));
  }
  // A city code in brackets after the trunk 0 (Turkish landlines, «0 (242) 625 36 42»).
  // Kyrgyz mobiles the same way, one digit shorter («0 (990) 910 251»).
  if (/^0\s?\(\d{3}\)/.test(candidate)) return digits.length === 11 || (digits.length === 10 && /^0[579]/.test(digits));
  // «8 (10 992) …»: 8, then 10 to dial abroad from Russia and Kazakhstan, then the country's code.
  if (digits.startsWith('810'))
    return digits.length >= 13 && digits.length <= 17 && COUNTRY_CODES.some((code) => digits.slice(3).startsWith(code));
  if (digits.startsWith('8')) return digits.length === 11;
  if (digits.startsWith('05')) return digits.length === 11 || digits.length === 10; // Turkish, Kyrgyz mobiles
  if (digits.startsWith('07') || digits.startsWith('09')) return digits.length === 10; // Kyrgyz mobiles, national form
  if (digits.startsWith('010')) return digits.length === 11; // Korean mobile
  return false;
}

// Twelve digits, also split in groups by a space, dash or dot ("870412 300416", "870-412-300-416").
const IIN = /(?<![\d-])\d{3}(?:[ .-]?\d{3}){3}(?![\d])/g;
// Six digits then six: a split IIN, the form most often typed by hand.
const SPLIT_IIN = /(?<![\d-])\d{6}[ .-]\d{6}(?![\d])/g;
// A Korean resident or alien registration number: the holder's birth date, a dash, seven digits.
const KOREAN_REGISTRATION = /(?<![\d-])\d{6}-[1-8]\d{6}(?![\d-])/g;
const isBirthDate = (yymmdd: string) => {
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
};
const PINFL = /(?<!\d)[1-6]\d{13}(?!\d)/g;
// The Emirates ID card's number (784-YYYY-NNNNNNN-N) has its own shape; an 11-digit number is a
// Turkish or foreigner's ID only after a cue.
const EMIRATES_ID = /(?<![\d-])784-?\d{4}-?\d{7}-?\d(?![\d-])/g;
const ELEVEN_DIGITS = /(?<![\d-])\d{11}(?![\d-])/g;
// After an ID's name, any run of 9 to 14 digits is that ID (Tajik and Russian tax numbers, a
// Kyrgyz PIN typed in groups); the Russian SNILS has a shape of its own (123-456-789 01).
const CUED_ID_DIGITS = /(?<![\d-])\d(?:[ -]?\d){8,13}(?![\d-])/g;
const SNILS = /(?<![\d-])\d{3}-\d{3}-\d{3}[ -]\d{2}(?![\d-])/g;
// The name of a national ID (also Moldova's IDNP, Poland's PESEL, Ukraine's РНОКПП), then optionally
// the word for "number" and its sign, and a few words ("ID number given in the lease, …"): after this
// a number of an ID's shape is one whatever its check digit (a typo does not make it anonymous).
const ID_CUE =
  /(?<![\p{L}])(ИИН|IIN|ЖСН|ЖШН|ПИНФЛ|PINFL|JShShIR|ЖШШИР|JSN|ИНН|INN|РМА|СНИЛС|SNILS|СТИР|STIR|TIN|ПИН|PIN|tax number|налогов\p{L}* номер\p{L}*|идентификационн\p{L}*|сәйкестендіру|identifikatsiya\p{L}*|идентификация\p{L}*|identification|identity|national id|T\.C\. Kimlik|T\.C\.|TC|Kimlik|ID(?![ -]?(?:card|карт))|IDNP|ИДНП|PESEL|РНОКПП|RNOKPP|ІПН|YKN|номер иностранца|yabancı kimlik\p{L}*|foreigner['’]s number)(?:[^\p{L}\p{N}]{0,3}(?:номер\p{L}*|нөмірі|номери|raqami|number|no\.?|№))?(?:[^\p{L}\p{N}]{1,3}\p{L}{1,20}){0,6}[^\p{L}\p{N}]{0,20}$/iu;

// An ID's name a few words back, unless a phone is named right before the number («Kakao ID
// sungmin_cho, phone 010 3737 7924»).
const cuedAsId = (text: string, index: number) =>
  cuedBefore(text, index, ID_CUE) && !cuedBefore(text, index, NAMED_PHONE_CUE, 20);

// Groups apart by one or two spaces (text pasted from a receipt keeps its double spaces).
// The year closing a date («25.10.2019 9417 1282 …») opens no card.
const CARD = /(?<!\d|\d[./-])(?:\d{4}[ -]{0,2}){3}\d{4}(?:[ -]{0,2}\d{1,3})?(?!\d)/g;
// A card printed with its middle masked ("4400 43** **** 1234"): still the card's own digits.
// Also "4405 6458 **** 8203" and "8600 **** **** 8175" (eight digits are enough to trace it).
const MASKED_CARD =
  /(?<![\d*])(?:[*xX•]{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}(?![\d*])|\d{4}[ -]?(?:\d{2}[*xX•]{2}[ -]?[*xX•]{4}|\d{4}[ -]?[*xX•]{4}|[*xX•]{4}[ -]?[*xX•]{4})[ -]?\d{4}(?![\d*]))/g;
// Every group masked but the last ("на карту **** **** **** 7652"): a card only where one is named.
const FULLY_MASKED_CARD = /(?<![\d*xX•])(?:[*xX•]{4}[ -]?){3}\d{4}(?![\d*])/g;
// Masked inside a group too ("4263 0108 2*** 0471"): first and last four digits, masks between.
const PARTLY_MASKED_CARD = /(?<![\d*])\d{4}[ -]?[\d*xX•]{4}[ -]?[\d*xX•]{4}[ -]?\d{4}(?![\d*])/g;
// A card number named as one may fail Luhn (sources have typos): the cue decides.
// The cue may be a few words before the number ("the card number on the receipt, 4169 …").
const CARD_CUE =
  /(?<![\p{L}])(карт\p{L}*|корт\p{L}*|card|karta\p{L}*|kartasi\p{L}*|картасы\p{L}*|visa|mastercard|humo|uzcard)(?:[^\p{L}\p{N}]{1,3}\p{L}{1,12}){0,4}[^\p{L}\p{N}]{0,20}$/iu;
// Upper or lower case, never mixed, so a following word is not read as the last group.
const IBAN = requiring(
  /[A-Za-z]{2}\d{2}/u,
  /(?<![\p{L}\p{N}])(?:[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}|[a-z]{2}\d{2}(?:[ -]?[a-z0-9]{4}){2,7})(?:[ -]?\d{1,4})?(?![\p{L}\p{N}])/gu,
);
// Typed in mixed case ("kz86125KZT5004100100"): an account only where one is named.
const MIXED_CASE_IBAN = requiring(
  /[A-Za-z]{2}\d{2}/u,
  /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{4}){2,7}(?:[ -]?\d{1,4})?(?![\p{L}\p{N}])/gu,
);
// An account named as one is an account even when a typo breaks its check digits.
const IBAN_CUE =
  /(?<![\p{L}])(IBAN|İBAN|ИБАН|сч[её]т\p{L}*|р\/с|account|hisob\p{L}*|ҳисоб\p{L}*|суратҳисоб\p{L}*|шот\p{L}*|есепшот\p{L}*|эсеп\p{L}*|эсеб\p{L}*|hesap|hesab\p{L}*|hasap\p{L}*)(?:[^\p{L}\p{N}]{1,3}\p{L}{1,12}){0,4}[^\p{L}\p{N}]{0,20}$/iu;

// A registered country's code and check digits, then the account in any grouping ("KZ 12 345 678
// 901 234 5678"): an IBAN when it runs to exactly its country's length. In lower case only glued to
// its check digits and in groups of four or none ("de89 3704 …"), so "at 12 …" stays a sentence's.
const IBAN_START = requiring(
  /[A-Za-z]{2}[ -]?\d{2}/u,
  /(?<![\p{L}\p{N}])(?:[A-Z]{2}[ -]?\d{2}|[a-z]{2}\d{2})(?=[ -]?[A-Za-z0-9])/gu,
);
const IBAN_GROUP = /[ -]?([A-Z0-9]{1,34}|[a-z0-9]{1,34})(?![A-Za-z0-9])/y;

function detectIbansOfRegisteredLength(text: string): Detection[] {
  const found: Detection[] = [];
  if (!mayMatch(IBAN_START, text)) return found;
  for (const start of text.matchAll(IBAN_START)) {
    const length = IBAN_LENGTHS.get(start[0].slice(0, 2).toUpperCase());
    if (length === undefined) continue;
    const lowerCase = /^[a-z]/u.test(start[0]);
    let compact = 4;
    let end = start.index + start[0].length;
    while (compact < length) {
      IBAN_GROUP.lastIndex = end;
      const group = IBAN_GROUP.exec(text);
      if (!group) break;
      if (lowerCase && (/[A-Z]/u.test(group[1]) || !(group[1].length === 4 || compact + group[1].length === length)))
        break;
      if (!lowerCase && /[a-z]/u.test(group[1])) break;
      // A bank's letters may open the account ("GB82 WEST …", "BY13 NBRB …"); words later are a
      // sentence in capitals ("FLIGHT BA 0123 LONDON HEATHROW").
      if (!/\d/u.test(group[1]) && compact > 4) break;
      compact += group[1].length;
      end += group[0].length;
    }
    if (compact === length) found.push({ type: 'IBAN', start: start.index, end, text: text.slice(start.index, end) });
  }
  return found;
}

// A bank account of twenty digits without a country code (Russia's «40817…», Uzbekistan's and
// Tajikistan's), as a whole or in the Russian groups 5-3-1-4-7: an account only where one is named.
const DOMESTIC_ACCOUNT = /(?<![\p{L}\p{N}])(?:\d{20}|\d{5} \d{3} \d \d{4} \d{7})(?![\p{L}\p{N}])/gu;
// Kyrgyzstan's sixteen digits, opening with its bank's code («Эсеп: 1180818138610042»): a card's
// length, but no card opens with 1. An account only right after the word for one.
const SIXTEEN_DIGIT_ACCOUNT = /(?<![\p{L}\p{N}])1\d{15}(?![\p{L}\p{N}])/gu;
// The word for an account itself, right before (not «Счёт-фактура», "Account ID", «Hisobot»).
const ACCOUNT_WORD_BEFORE =
  /(?<![\p{L}-])(?:эсеп|эсеби|есепшот\p{L}*|hisob(?:[ \t]+raqami)?|ҳисоб(?:[ \t]+рақами)?|сч[её]т|р\/с|account(?:[ \t]+(?:number|no\.?))?)[ \t]*[:№]?[ \t]*$/iu;
// Turkic languages name the account after its number: «TR82-… IBAN numaralı hesaba», «KZ… шотына»,
// «KG… эсебине», «… hisob raqamiga», «… hesabına».
const IBAN_CUE_AFTER =
  /^[ \t]*(?:IBAN|İBAN|(?:numaralı[ \t]+|нөмірлі[ \t]+|номерлүү[ \t]+|raqamli[ \t]+)?(?:hesab|hesap|шот|есепшот|эсеп|эсеб|hisob|ҳисоб|hasap)\p{L}*)(?![\p{L}])/iu;
const accountNamedAfter = (text: string, match: RegExpExecArray) =>
  IBAN_CUE_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 24));

// Also as a scan's text recognition reads it («ПАСП0РТ», "Passp0rt N0:").
const PASSPORT_CUE =
  /(паспорт\p{L}*|пасп0рт|passp0rt(?:[ \t]n0)?|passport\p{L}*|pasport\p{L}*|pasaport\p{L}*|төлқұжат\p{L}*|шиноснома\p{L}*|ID[- ]?карт\p{L}*|ID card|удостоверени\p{L}* личности|жеке куәлі\p{L}*|shaxsiy guvohnoma|travel document|проездн\p{L}* документ\p{L}*|вид\p{L}* на жительство|ВНЖ|residence permit|ikamet (?:izni|tezkeresi)|сери[ияю]|seriya\p{L}*|series|№)(?:[ \t]+(?:ӯ|вай|его|её|ее|her|his|uning|onun|анын|оның))?(?:[ \t]+(?:нөмірі|номери|номер\p{L}*|raqami|рақами|number|no\.?|numaras[ıi]))?[^\p{L}]{0,25}$/iu;
const PASSPORT_WORD = /паспорт|passport|pasport|pasaport|төлқұжат|шиноснома/iu;
// Turkish and Kazakh order name the passport after its number: «U12345678 numaralı pasaportla», «… nömirli jeke kuäligi».
const PASSPORT_CUE_AFTER =
  /^[ \t]*(?:numaralı[ \t]+|номерли[ \t]+|raqamli[ \t]+|нөмірлі[ \t]+|n[öó]m[iı]rl[iı][ \t]+)?(?:pasaport|паспорт|pasport|passport|жеке[ \t]+куәлі\p{L}*|jeke[ \t]+ku[äá]l[iı]\p{L}*)/iu;
// "150000000 тенге" is money wherever a passport was named before it.
const MONEY_AFTER =
  /^\s?(?:тенге|тг|сом|сум|so['ʻ‘’]?m|рубл\p{L}*|руб\.|доллар\p{L}*|долл\.|евро|лир\p{L}*|дирхам\p{L}*|KZT|KGS|UZS|TJS|RUB|USD|EUR|TRY|AED|tenge|som|roubles|rubles|dollars|lira|dirhams)(?![\p{L}])/iu;
const PASSPORT_LETTERED =
  /(?<![\p{L}\p{N}])(?:N\s?\d{8}|(?:AA|AB|AC|AD|AE|FA|FK|KA|AN|ID|FB)\s?\d{7})(?![\p{L}\p{N}])/gu;
// Not the end of a longer number («00971 58 7975334»).
// «серии 45 09 № 123456»: a Russian passport's series, then its number after «№», N or «номер».
// Not an e-ticket's number after its airline's code («№ 607-2672307876»).
const PASSPORT_CUED =
  /(?<![\p{L}\p{N}]|\d-|\d{3}[ \t])(?:\d{2}\s?\d{2}\s?(?:(?:№|N|номер)\s?)?\d{6}|\d{2}\s?(?:(?:№|N|номер)\s?)?\d{7}|[A-Za-zА-ЯЁ]{1,2}\s?(?:(?:№|raqami|номер|нөмірі|number)\s?)?\d{6,8}|\d{9}|[A-Z]{1,3}-[A-ZÄÇŇÖŞÜÝŽА-ЯЁ]{2}\s?\d{6,7})(?![\p{L}\p{N}])/gu;

// Kyrgyz plates may carry their country code before them ("KG 09 656 FFU").
const PLATE_LATIN = requiring(
  /\d\s?[A-Z]/u,
  /(?<![\p{L}\p{N}])(?:K[GZ]\s)?(?:\d{3}\s?[A-Z]{2,3}\s?\d{2}|\d{2}\s?[A-Z]\s?\d{3}\s?[A-Z]{2}|\d{2}\s?\d{3}\s?[A-Z]{3})(?![\p{L}\p{N}])/gu,
);
// "12 000 TJS" is money, not a plate.
const CURRENCIES = new Set(
  'KZT UZS KGS TJS TMT RUB AZN GEL AMD TRY AED USD EUR GBP CNY KRW SAR QAR KWD BHD OMR INR UAH BYN MDL'.split(' '),
);
// "25 MAR 2020", "07 SEP 2020": a date as passports and tickets print it, shaped like a Turkish plate.
const DATE_IN_CAPITALS = /^\d{2}\s(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s(?:19|20)\d{2}$/u;
// Tajik (1234 AB 01), Turkish (34 ABC 123) and Emirati (Dubai A 12345) plates.
const PLATE_TAJIK = /(?<![\p{L}\p{N}])\d{4}\s?[A-Z]{2}\s?\d{2}(?![\p{L}\p{N}])/gu;
const PLATE_TURKISH = /(?<![\p{L}\p{N}])(?:0[1-9]|[1-7]\d|8[01])\s[A-Z]{1,3}\s\d{2,4}(?![\p{L}\p{N}])/gu;
// Typed without spaces ("06MN733") it is a plate only after a word for one.
const PLATE_TURKISH_COMPACT =
  /(?<![\p{L}])(?:[Pp]lates?|[Pp]laka|госномер|номер|нөмір|raqam)\p{L}{0,8}[ \t:]{1,3}(?<value>(?:0[1-9]|[1-7]\d|8[01])[A-Z]{1,3}\d{2,4})(?![\p{L}\p{N}])/gu;
// …or in brackets after the make and model ("a grey Fiat Doblo (34TNX14)").
const PLATE_TURKISH_BRACKETED = /(?<=\p{L}[ \t]\()(?:0[1-9]|[1-7]\d|8[01])[A-Z]{1,3}\d{2,4}(?=\))/gu;
// After a word for a plate or a vehicle, any short run of capitals and digits with three digits or
// more is the plate ("plate N 99741", «гос. номер Y 502 VZC», «номерной знак O 81014», «с номером
// P 771 EDG», "a van registered B JG 324", "Vehicle: Toyota Alphard, B 7842 MV", "The plate 粤B·23663",
// «araç 34Y6442»), and before «plakalı».
const PLATE_AFTER_CUE = requiring(
  /plate|г\/н|номер|registered|vehicle|araç|aracı|unaa|унаа|registration|рақам|raqam|plaka|нөмір|знак|г\.[ \t]?р\.|грз|д\.[ \t]?н\.|rej|înmatricul|döwlet|牌/iu,
  /(?<![\p{L}])(?:[Pp]lates?(?:[ \t]+[\p{Ll}-]{1,12}){1,10}:|[Гг]\/[Нн]|[Нн]омер(?:ом|ами)|registered|[Vv]ehicles?(?:[ \t]+seen)?:(?:(?:[ \t]+\p{Lu}[\p{L}-]+){1,2},)?|araç|[Aa]racı|[Uu]naa\p{L}*|[Уу]наа\p{L}*|[Pp]lates?|[Pp]late number|[Rr]egistration(?! plate)|[Гг]ос\.?[ \t]?номер\p{L}*|[Гг]осномер\p{L}*|[Нн]омерн(?:ой|ым)[ \t]знак\p{L}*|[Мм]амлекеттик[ \t]номер\p{L}*|[Дд]авлатӣ[ \t]рақам\p{L}*|[Рр]ақами[ \t]давлатӣ|[Dd]avlat[ \t]raqami|[Pp]laka\p{L}*|[Нн]өмірі|(?:[Гг]ос(?:ударственн\p{L}*|\.)?[ \t]?)?[Рр]ег(?:истрационн\p{L}*|\.)[ \t]?знак\p{L}*|[Гг]\.[ \t]?р\.[ \t]?з\.|ГРЗ|[Гг]осзнак\p{L}*|[Дд]\.[ \t]?н\.[ \t]?з\.|[Нн]омерн(?:ий|им|ого)[ \t]знак\p{L}*|[Nn]r[ \t]rej\.|[Nn]umer\p{L}*[ \t]rejestracyjn\p{L}*|[Tt]ablic\p{L}*[ \t]rejestracyjn\p{L}*|înmatricul\p{L}*|[Dd]öwlet[ \t]belgi\p{L}*|[Дд]авлат[ \t]рақам\p{L}*|[Рр]ақами[ \t](?:мошин|нақлиёт)\p{L}*|[Пп]лита\p{L}*[ \t]рақам\p{L}*|[Аа]вто(?:унаа|машина)\p{L}*[ \t]номур\p{L}*|[Мм]емлекеттік(?:[ \t]тіркеу)?[ \t]нөмір\p{L}*|车牌(?:号码?)?[:：]?|牌照(?:号码?)?[:：]?)[ \t:—–-]{1,4}(?<value>[A-ZА-Я0-9\p{Script=Han}](?:[A-ZА-Я0-9]|[ ·-](?=[A-ZА-Я0-9])){3,11})(?![\p{L}\p{N}])/gu,
);
// Turkish, Kazakh, Kyrgyz, Uzbek and Turkmen put the plate before the word: «34ABC123 plakalı», «… нөмірлі
// көлік», «… номерлүү», «… raqamli», «… belgili».
const PLATE_BEFORE_CUE = requiring(
  /plakal|нөмірл|нөмерл|номерлүү|номерлуу|номериндеги|raqamli|рақамли|belgili|белгили/u,
  /(?<![\p{L}\p{N}])(?<value>[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){4,10}|\d{3}[ ]?[АВЕКМНОРСТУХ]{2,3}[ ]?\d{2})[ \t]+(?:plakal|нөмірл|нөмерл|номерлүү|номерлуу|(?:мамлекеттик|государственн\p{L}*)[ \t]+номериндеги|raqamli|рақамли|belgili|белгили)\p{L}*/gu,
);
// Right after a word for a vehicle ("the van BN 5723", «номер машины сопровождения 10 13146»): a run
// with a letter, or two groups of digits the second of four or more (never "a van 3 500 kg").
const PLATE_AFTER_VEHICLE = requiring(
  /(?<![\p{L}])(?:van|minivan|minibus|car|truck|lorry|bus|vehicle|номер)/iu,
  /(?<![\p{L}])(?:van|minivan|minibus|car|truck|lorry|bus|vehicles?|[Нн]омер[ \t](?:машины|автомобиля|авто|микроавтобуса|автобуса)(?:[ \t]\p{Ll}{3,15})?)[ \t:—–-]{1,3}(?<value>[A-ZА-Я0-9](?:[A-ZА-Я0-9]|[ -](?=[A-ZА-Я0-9])){3,9})(?![\p{L}\p{N}])/gu,
);
// A car's word, its make or model, then a plate of the region's shapes, in Latin capitals or the Cyrillic
// ones that look the same, typed for them («автомобиль «Нексия» 01 777 ААА», «мошини Opel 1234 ТТ 01»).
const PLATE_AFTER_CAR_AND_MODEL = requiring(
  /(?<![\p{L}])(?:автомоб|машин|мошин|avtomob|mashin|көлік|унаа)/iu,
  /(?<![\p{L}])(?:[Аа]втомоб\p{L}*|[Мм]ашин\p{L}*|[Мм]ошин\p{L}*|[Aa]vtomob\p{L}*|[Mm]ashin\p{L}*|[Кк]өлік\p{L}*|[Уу]наа\p{L}*)(?:[ \t]+(?:[«"][^»"\n]{1,20}[»"]|\p{Lu}[\p{L}-]{1,15})){0,2}[ \t,:—–-]{1,3}(?<value>\d{3}[ \t]?[A-ZАВЕКМНОРСТУХ]{2,3}[ \t]?\d{2}|\d{2}[ \t]?[A-ZАВЕКМНОРСТУХ][ \t]?\d{3}[ \t]?[A-ZАВЕКМНОРСТУХ]{2}|\d{2}[ \t]?\d{3}[ \t]?[A-ZАВЕКМНОРСТУХ]{3}|\d{4}[ \t]?[A-ZАВЕКМНОРСТУХ]{2}[ \t]?\d{2})(?![\p{L}\p{N}])/gu,
);
// "15 000 ТОО", "100 000 СОМ": companies and units counted after a car's word, not a plate.
const COMPANY_OR_UNIT = /(?:ТОО|ООО|ОАО|ЗАО|ОсОО|ТЫС|МЛН|СОМ|СУМ|РУБ|ТГ)$/u;
// A chat export's speaker after the message's time is a user name when spelt like one
// ("[12.03.2021 14:22] nurlan_bek: …", "12.03.2021, 14:22 - aziz.1990: …").
const CHAT_SPEAKER_HANDLE =
  /^[ \t]*(?:\[[^\]\n]{0,20}\d{1,2}:\d{2}[^\]\n]{0,12}\]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*[-–—]|\d{1,2}:\d{2}(?::\d{2})?)[ \t]*(?<value>@?\p{L}[\p{L}\d._]{1,30}[\p{L}\d])(?=:[ \t])/gmu;
// "Session1:", "Item.3:" open an agenda's lines: a user name has an underscore, a dot before letters or two digits.
const spelledLikeUserName = (match: RegExpExecArray) => /_|\.\p{L}|\d{2}/u.test(match.groups!.value);
const isPlateAfterVehicle = (match: RegExpExecArray) =>
  isCuedPlate(match) && (/[A-ZА-Я]/u.test(match.groups!.value) || /^\d{1,3}[ -]\d{4,6}$/u.test(match.groups!.value));
const isCuedPlate = (match: RegExpExecArray) => {
  const value = match.groups!.value;
  // Digits alone only in two groups (the Emirati "16 42629"), never one number.
  return (value.match(/\d/g) ?? []).length >= 3 && (value.match(/[ -]/g) ?? []).length <= 3 && !/^\d+$/.test(value);
};
const PLATE_EMIRATI =
  /(?<![\p{L}])(?:Dubai|Abu Dhabi|Sharjah|Ajman|Fujairah|Ras Al Khaimah|Umm Al Quwain)\s(?:(?:plates?|номер\p{L}*)\s)?(?<value>[A-Z]{1,2}\s?\d{1,5}|\d{1,2}[ \t]\d{4,5})(?![\p{L}\p{N}])/gu;
// The emirate in brackets after the plate ("N 71362 (Dubai)", "5 12345 (Abu Dhabi)": Abu Dhabi's and Sharjah's codes are numbers).
const PLATE_EMIRATI_BEFORE_EMIRATE =
  /(?<![\p{L}\p{N}]|(?:[Ff]light|[Рр]ейс|[Rr]eys|[Uu]çuş)[ \t])(?<value>[A-Z]{1,2}\s?\d{1,5}|\d{1,2}[ \t]\d{4,5})[ \t]?\((?:Dubai|Abu Dhabi|Sharjah|Ajman|Fujairah|Ras Al Khaimah|Umm Al Quwain|Дубай|Абу-Даби|Шарджа)\)/gu;
// Ukrainian plates: two letters of those Cyrillic and Latin share, four digits, two more ("CI 7096 PK").
const PLATE_UKRAINIAN = /(?<![\p{L}\p{N}])[ABCEHIKMOPTX]{2}[ \t]?\d{4}[ \t]?[ABCEHIKMOPTX]{2}(?![\p{L}\p{N}])/gu;
// Korean plates carry a Hangul syllable between their digits («349오 7842»).
// A Thai plate: one or two Thai consonants (a digit may lead them), then up to four digits («กข 7140»).
// Thai vowel and tone marks are no letters to \p{L}: the whole Thai block bounds it.
const PLATE_THAI = requiring(
  /[\u0E01-\u0E2E]/u,
  /(?<![\p{L}\p{N}\u0E00-\u0E7F])\d?[\u0E01-\u0E2E]{1,2}[ \t]?\d{1,4}(?![\p{L}\p{N}\u0E00-\u0E7F])/gu,
);
const PLATE_KOREAN = /(?<![\p{L}\p{N}])\d{2,3}\p{Script=Hangul}[ \t]?\d{4}(?![\p{L}\p{N}])/gu;
// Plates whose shape nothing else has: Chinese (a province's character, «粤B·8K123», written inside Chinese text
// without spaces), Belarusian (1234 AB-7), Azerbaijani and Armenian with dashes (10-AA-123), Georgian (AB-123-CD).
const PLATE_CHINESE =
  /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·• ]?[A-Z0-9]{5}(?![A-Za-z0-9])/gu;
const PLATE_DASHED = requiring(
  /[A-Z]{2}-\d/u,
  /(?<![\p{L}\p{N}-])(?:\d{4}[ \t]?[A-Z]{2}-\d|\d{2}-[A-Z]{2}-\d{3}|[A-Z]{2}-\d{3}-[A-Z]{2})(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu,
);
const PLATE_KYRGYZ = /(?<![\p{L}\p{N}])\d{2}\s?KG\s?\d{3}\s?[A-Z]{3}(?![\p{L}\p{N}])/gu;
// Kyrgyzstan's earlier plates, the region's letter, four digits, two letters ("B 6430 EM"), where a
// vehicle or its number is named ("Vitamin D 2000 IU", "Table B 2019 EU" are none).
const PLATE_KYRGYZ_EARLIER = /(?<![\p{L}\p{N}])[A-Z][ \t]\d{4}[ \t][A-Z]{2}(?![\p{L}\p{N}])/gu;
const VEHICLE_BEFORE =
  /(?:plate|number|номер\p{L}*|van|car|minivan|minibus|truck|bus|vehicle|авто\p{L}*|машин\p{L}*|унаа\p{L}*|мошин\p{L}*|көлік\p{L}*|дарегинде)[^.!?\n]{0,40}$/iu;
const PLATE_CYRILLIC =
  /(?<![\p{L}\p{N}])(?:[АВЕКМНОРСТУХ]\s?\d{3}\s?[АВЕКМНОРСТУХ]{2}|[авекмнорстух]\s?\d{3}\s?[авекмнорстух]{2})\s?\d{2,3}(?![\p{L}\p{N}])/gu;
// The Russian pattern typed in the Latin letters that look the same ("A123BC 77").
const PLATE_RUSSIAN_IN_LATIN =
  /(?<![\p{L}\p{N}])(?:[ABEKMHOPCTYX]\s?\d{3}\s?[ABEKMHOPCTYX]{2}|[abekmhopctyx]\s?\d{3}\s?[abekmhopctyx]{2})\s?\d{2,3}(?![\p{L}\p{N}])/gu;

// Kazakh and Uzbek word order puts the noun after the number: «… картасына», «… kartasiga».
const CARD_CUE_AFTER = /^[^\p{L}\p{N}]{0,3}(?:карта|karta|картасы|kartasi)/iu;
// A Chinese resident identity card: six digits of the place, the birth date YYYYMMDD, three digits
// and a check digit or X. Its eighteen digits could pass for a long card number; they are an ID.
const CHINESE_RESIDENT_ID = /(?<![\d-])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX](?![\d-])/g;
const WHOLE_CHINESE_RESIDENT_ID = new RegExp(`^${CHINESE_RESIDENT_ID.source}$`);
const isCard = (text: string, start: number, value: string) =>
  digitsOf(value).length >= 16 &&
  !WHOLE_CHINESE_RESIDENT_ID.test(value) &&
  (passesLuhn(digitsOf(value)) ||
    cuedBefore(text, start, CARD_CUE, 60) ||
    CARD_CUE_AFTER.test(text.slice(start + value.length, start + value.length + 12)));
// Without a cue, a valid checksum and the IIN's own structure (birth date YYMMDD, then a century
// and sex digit 1-6) tell an IIN from a case number.
const IIN_STRUCTURE = /^\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[1-6]/;
const isNationalId = (text: string, start: number, value: string) =>
  cuedBefore(text, start, ID_CUE) || (isValidIin(digitsOf(value)) && IIN_STRUCTURE.test(digitsOf(value)));

// A money transfer's control number (Western Union's MTCN, «Золотая Корона») has a phone's shape
// and names no one.
// A receipt's or a transfer's own number after its title («КВИТАНЦИЯ О ПЕРЕВОДЕ № …», «АУДАРЫМ
// ТҮБІРТЕГІ № …», "Receipt No."), and a case's («уголовного дела № …», «парвандаи № …»): a
// document's «№», not a passport's.
const RECEIPT_NUMBER =
  /(?:квитан[цс]и\p{L}*|интиқол\p{L}*|которуу|чег[иі]|перевод\p{L}*|түбіртег\p{L}*|аударым\p{L}*|чек\p{L}*|kvitansiya\p{L}*|o['ʻ‘’]?tkazma\p{L}*|receipt|transfer|makbuz\p{L}*|havale\p{L}*|ишi|(?<![\p{L}])(?:дел[оауе]|делом|іс|иш|ish|case|file|парвандаи|parvandai|dosya\p{L}*|esas))[ \t]*(?:№|No\.?|#)[ \t]*$/iu;
const TRANSFER_CONTROL_NUMBER =
  /(?:контрольн\p{L}*[ \t]номер\p{L}*|control[ \t]number|MTCN|бақылау[ \t]нөмір\p{L}*|nazorat[ \t]raqami|kontrol[ \t]numaras\p{L}*)[ \t:№#-]*$/iu;

/**
 * A passport's or identity card's machine-readable zone (ICAO Doc 9303): the holder's names, the
 * document number, the date of birth and a personal number, each where the format puts it. Lines of
 * capitals, digits and `<` fillers, also shortened, as a scan's text recognition reads them.
 */
// Passports (TD3), first line: the type, the issuing state, then SURNAME<<GIVEN<NAMES.
const MRZ_NAMES = /(?<![A-Z0-9<])[PIACV][A-Z<][A-Z<]{3}(?<value>[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)/g;
// Identity cards (TD1), third line: the names alone on their line.
const MRZ_NAME_LINE = /(?<=^|\n)[ \t]*(?<value>[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)<{2,}[ \t]*(?=\n|$)/g;
// Passports, second line: number, check digit, nationality, birth date, check digit, sex, expiry,
// check digit, personal number.
const MRZ_PASSPORT_DATA =
  /(?<![A-Z0-9<])(?<number>[A-Z0-9]{5,9})<{0,4}\d[A-Z<]{3}(?<birth>\d{6})\d[MFX<]\d{6}\d(?<personal>[A-Z0-9<]{0,14})/g;
// Identity cards, first line: type, state, number, check digit, optional data (a personal number);
// second line: birth date, check digit, sex, expiry, check digit, nationality.
const MRZ_CARD_FIRST =
  /(?<![A-Z0-9<])[IAC][A-Z<][A-Z<]{3}(?<number>[A-Z0-9]{5,9})<{0,4}\d(?<personal>[A-Z0-9<]{0,15})/g;
const MRZ_CARD_SECOND = /(?<![A-Z0-9<])(?<birth>\d{6})\d[MFX<]\d{6}\d[A-Z<]{3}/g;

function detectMachineReadableZone(text: string): Detection[] {
  if (!text.includes('<<')) return [];
  const found: Detection[] = [];
  const add = (type: Detection['type'], match: RegExpExecArray, group: string) => {
    const value = match.groups![group].replace(/<+$/u, '');
    if (value === '') return;
    const start = match.index + match[0].indexOf(match.groups![group]);
    found.push({ type, start, end: start + value.length, text: value });
  };
  // A passport's first line runs to 44 characters (a visa's to 36); a card's names line to 30, and
  // «AKHMETOVA<<ASEL<<…» opens with a letter a document type may have too.
  const lineLength = (index: number) => {
    const end = text.indexOf('\n', index);
    return (end < 0 ? text.length : end) - index;
  };
  const passportNames = [...text.matchAll(MRZ_NAMES)].filter((match) => lineLength(match.index) >= 34);
  for (const match of passportNames) add('PERSON', match, 'value');
  const cardData = [...text.matchAll(MRZ_CARD_SECOND)];
  for (const match of cardData) add('BIRTH_DATE', match, 'birth');
  // A card's names stand alone on a line below its data; a passport's first line is no such line.
  for (const match of cardData.length > 0 ? text.matchAll(MRZ_NAME_LINE) : []) {
    const end = match.index + match[0].length;
    if (!passportNames.some((names) => names.index < end && names.index + names[0].length > match.index))
      add('PERSON', match, 'value');
  }
  for (const match of text.matchAll(MRZ_PASSPORT_DATA)) {
    add('PASSPORT', match, 'number');
    add('BIRTH_DATE', match, 'birth');
    if (/\d{5}/u.test(match.groups!.personal)) add('NATIONAL_ID', match, 'personal');
  }
  for (const match of text.matchAll(MRZ_CARD_FIRST)) {
    add('PASSPORT', match, 'number');
    if (/\d{5}/u.test(match.groups!.personal)) add('NATIONAL_ID', match, 'personal');
  }
  return found;
}

// A thread of comments copied from a social network: each line opens with its author's user name
// ("baktygulm_60 Девочки, не ведитесь…", "kamola.abdullaeva подтверждаю…"), spelt as user names are
// (a dot, an underscore or a digit). Two such lines make the thread; one may be a file name or a code.
const COMMENT_AUTHOR =
  /^(?<value>(?=[a-z0-9_.]*[a-z])[a-z0-9_](?=[a-z0-9_.]*[._\d])[a-z0-9_.]{2,30}[a-z0-9_])[ \t]+(?=[\p{L}«"])/gmu;
// File names, versions, commit hashes, web addresses and numbered labels open lines too.
const NOT_AN_AUTHOR =
  /\.(?:[a-z]{2,4}\d?)$|^v\d|^[0-9a-f]{7,40}$|^(?:www|step|section|ch|rev|fy|q\d|utf|ipv|covid|x86|tbl|kg|file|data|report|interview|table|img|doc)[._\d]|^[^a-z]*[a-z]{0,2}[^a-z]*$/u;
function commentAuthors(text: string): Detection[] {
  const authors = matches(text, COMMENT_AUTHOR, 'HANDLE', (match) => !NOT_AN_AUTHOR.test(match.groups!.value));
  return authors.length >= 2 ? authors : [];
}

export function detectStructured(text: string): Detection[] {
  // A plate named by its vehicle word is no phone, though «номер» cues phones too («номер машины 10 13146»).
  const vehiclePlates = matches(text, PLATE_AFTER_VEHICLE, 'PLATE', isPlateAfterVehicle);
  const plateAt = new Set(vehiclePlates.map((plate) => `${plate.start}:${plate.end}`));
  const found = [
    ...detectMachineReadableZone(text),
    ...detectEmails(text),
    ...matches(text, PROFILE_URL, 'HANDLE'),
    ...matches(text, AT_HANDLE, 'HANDLE'),
    ...commentAuthors(text),
    ...matches(text, CHAT_SPEAKER_HANDLE, 'HANDLE', spelledLikeUserName),
    ...matches(text, HANDLE_AFTER_HANDLE_WORD, 'HANDLE', isHandleAfterHandleWord),
    ...matches(text, NAMED_HANDLE, 'HANDLE', isNamedHandle(text)),
    ...matches(text, HANDLE_BEFORE_SERVICE, 'HANDLE'),
    ...matches(text, HANDLE_AFTER_SERVICE_WORDS, 'HANDLE'),
    ...matches(text, HANDLE_NAMED_BEFORE_SERVICE, 'HANDLE'),
    ...matches(
      text,
      ACCOUNT_HANDLE,
      'HANDLE',
      (match) => /@/.test(match.groups!.value) || plausibleHandle(text, match),
    ),
    ...(PAGE_WORD.test(text)
      ? [
          ...matches(text, HANDLE_BEFORE_PAGE, 'HANDLE', (match) => plausibleHandle(text, match)),
          // After a dash or the service's page word a plain word is the sentence's ("страница — home",
          // «sahifasi yopilgan», the page is closed): a user name there has a dot, an underscore or a digit.
          ...matches(
            text,
            HANDLE_AFTER_PAGE,
            'HANDLE',
            (match) => plausibleHandle(text, match) && (!/[—–:-]/u.test(match[0]) || spelledLikeHandle(match)),
          ),
          ...matches(text, HANDLE_AFTER_SERVICE_PAGE, 'HANDLE', spelledLikeHandle),
          ...matches(text, HANDLE_BEFORE_BY_NAME, 'HANDLE', spelledLikeHandle),
        ]
      : []),
    ...matches(
      text,
      IBAN,
      'IBAN',
      (match) =>
        isValidIban(match[0]) || cuedBefore(text, match.index!, IBAN_CUE, 60) || accountNamedAfter(text, match),
    ),
    ...detectIbansOfRegisteredLength(text),
    ...matches(
      text,
      MIXED_CASE_IBAN,
      'IBAN',
      (match) => cuedBefore(text, match.index!, IBAN_CUE, 60) || accountNamedAfter(text, match),
    ),
    ...matches(
      text,
      DOMESTIC_ACCOUNT,
      'IBAN',
      (match) => cuedBefore(text, match.index!, IBAN_CUE, 60) || accountNamedAfter(text, match),
    ),
    ...matches(text, SIXTEEN_DIGIT_ACCOUNT, 'IBAN', (match) => cuedBefore(text, match.index!, ACCOUNT_WORD_BEFORE, 20)),
    ...matches(text, CARD, 'CARD', (match) => isCard(text, match.index!, match[0])),
    ...matches(text, MASKED_CARD, 'CARD'),
    ...matches(text, FULLY_MASKED_CARD, 'CARD', (match) => cuedBefore(text, match.index!, CARD_CUE, 40)),
    ...matches(text, PARTLY_MASKED_CARD, 'CARD', (match) => /[*xX•]/u.test(match[0])),
    ...matches(text, IIN, 'NATIONAL_ID', (match) => isNationalId(text, match.index!, match[0])),
    ...matches(text, SPLIT_IIN, 'NATIONAL_ID', (match) => isNationalId(text, match.index!, match[0])),
    ...matches(text, PINFL, 'NATIONAL_ID'),
    ...matches(text, EMIRATES_ID, 'NATIONAL_ID'),
    ...matches(text, CHINESE_RESIDENT_ID, 'NATIONAL_ID'),
    ...matches(text, ELEVEN_DIGITS, 'NATIONAL_ID', (match) => cuedAsId(text, match.index!)),
    ...matches(text, CUED_ID_DIGITS, 'NATIONAL_ID', (match) => cuedAsId(text, match.index!)),
    ...matches(text, SNILS, 'NATIONAL_ID'),
    ...matches(text, PASSPORT_LETTERED, 'PASSPORT'),
    ...matches(
      text,
      PASSPORT_CUED,
      'PASSPORT',
      // Lists of seized passports name the word once and the numbers long after.
      (match) =>
        !MONEY_AFTER.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 12)) &&
        !cuedBefore(text, match.index!, RECEIPT_NUMBER, 40) &&
        // The nearest cue names the number: «тел.» right before it makes a phone of it.
        !cuedBefore(text, match.index!, NAMED_PHONE_CUE, 20) &&
        (cuedBefore(text, match.index!, PASSPORT_CUE) ||
          cuedBefore(text, match.index!, PASSPORT_WORD, 160) ||
          cuedAfter(text, match.index! + match[0].length, PASSPORT_CUE_AFTER)),
    ),
    ...phonesBeforeDates(text),
    ...matches(
      text,
      LOCAL_PHONE,
      'PHONE',
      (match) =>
        cuedBefore(text, match.index!, PHONE_CUE, 30) ||
        cuedAfter(text, match.index! + match[0].length, PHONE_CUE_AFTER),
    ),
    ...matches(text, BRACKETED_PHONE, 'PHONE'),
    ...matches(
      text,
      DASHED_LOCAL_PHONE,
      'PHONE',
      (match) =>
        cuedBefore(text, match.index!, PHONE_CUE, 30) ||
        cuedAfter(text, match.index! + match[0].length, PHONE_CUE_AFTER),
    ),
    ...matches(
      text,
      BARE_PHONE,
      'PHONE',
      (match) =>
        cuedBefore(text, match.index!, BARE_PHONE_CUE_NEAR, 40) ||
        cuedAfter(text, match.index! + match[0].length, PHONE_CUE_AFTER),
    ),
    ...matches(
      text,
      PHONE_WITH_CODE,
      'PHONE',
      (match) =>
        cuedBefore(text, match.index!, PHONE_CUE, 30) ||
        cuedAfter(text, match.index! + match[0].length, PHONE_CUE_AFTER),
    ),
    ...matches(
      text,
      REGION_PHONE_WITH_CODE,
      'PHONE',
      (match) =>
        !MONEY_AFTER.test(text.slice(match.index! + match[0].length, match.index! + match[0].length + 12)) &&
        (cuedBefore(text, match.index!, PHONE_CUE, 30) || !cuedBefore(text, match.index!, NUMBERING_BEFORE, 30)),
    ),
    ...matches(text, KOREAN_MOBILE, 'PHONE', (match) => !cuedBefore(text, match.index!, NUMBERING_BEFORE, 30)),
    ...matches(
      text,
      MOBILE_WITH_SEVEN,
      'PHONE',
      (match) =>
        cuedBefore(text, match.index!, BARE_PHONE_CUE_NEAR, 40) ||
        cuedAfter(text, match.index! + match[0].length, PHONE_CUE_AFTER),
    ),
    ...matches(text, NINE_DIGIT_PHONE, 'PHONE', (match) => cuedBefore(text, match.index!, NAMED_PHONE_CUE, 20)),
    ...matches(text, CHINESE_MOBILE, 'PHONE', (match) => cuedBefore(text, match.index!, PHONE_CUE, 30)),
    ...matches(text, GROUPED_PHONE, 'PHONE', (match) => isGroupedPhone(text, match)),
    ...matches(text, REGION_CODE_PHONE, 'PHONE'),
    ...matches(text, COUNTRY_CODE_GROUPED_PHONE, 'PHONE', (match) => isCountryCodeGroupedPhone(text, match)),
    ...matches(text, MOBILE_WITHOUT_CODE, 'PHONE'),
    ...matches(
      text,
      DOTTED_PHONE,
      'PHONE',
      // An IP address has the same dotted shape.
      (match) => cuedBefore(text, match.index!, PHONE_CUE_NEAR, 50) && !/IP[ \t:]*$/u.test(text.slice(0, match.index!)),
    ),
    ...matches(text, KOREAN_REGISTRATION, 'NATIONAL_ID', (match) => isBirthDate(match[0].slice(0, 6))),
    ...matches(text, PLATE_LATIN, 'PLATE', (match) => !CURRENCIES.has(match[0].slice(-3))),
    ...matches(text, PLATE_KYRGYZ, 'PLATE'),
    ...matches(
      text,
      PLATE_KYRGYZ_EARLIER,
      'PLATE',
      (match) =>
        cuedBefore(text, match.index!, VEHICLE_BEFORE, 60) ||
        /^[ \t]+(?:мамлекеттик|государственн\p{L}*)/u.test(text.slice(match.index! + match[0].length)),
    ),
    ...matches(text, PLATE_CHINESE, 'PLATE'),
    ...matches(text, PLATE_DASHED, 'PLATE'),
    ...matches(text, PLATE_KOREAN, 'PLATE'),
    ...matches(text, PLATE_THAI, 'PLATE'),
    ...matches(text, PLATE_UKRAINIAN, 'PLATE'),
    ...matches(text, PLATE_CYRILLIC, 'PLATE'),
    ...matches(text, PLATE_RUSSIAN_IN_LATIN, 'PLATE'),
    ...matches(text, PLATE_TAJIK, 'PLATE'),
    ...matches(
      text,
      PLATE_TURKISH,
      'PLATE',
      (match) => !CURRENCIES.has(match[0].split(/\s/)[1]) && !DATE_IN_CAPITALS.test(match[0]),
    ),
    ...matches(
      text,
      PLATE_EMIRATI,
      'PLATE',
      (match) => !MONEY_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12)),
    ),
    ...matches(text, PLATE_EMIRATI_BEFORE_EMIRATE, 'PLATE'),
    ...matches(text, PLATE_TURKISH_BRACKETED, 'PLATE'),
    ...matches(text, PLATE_TURKISH_COMPACT, 'PLATE'),
    ...matches(text, PLATE_AFTER_CUE, 'PLATE', isCuedPlate),
    ...matches(
      text,
      PLATE_AFTER_CAR_AND_MODEL,
      'PLATE',
      (match) => !CURRENCIES.has(match.groups!.value.slice(-3)) && !COMPANY_OR_UNIT.test(match.groups!.value),
    ),
    ...matches(text, PLATE_BEFORE_CUE, 'PLATE', isCuedPlate),
  ];
  return [
    ...found.filter(
      (detection) =>
        (detection.type !== 'PHONE' && detection.type !== 'PLATE') ||
        (!(detection.type === 'PHONE' && plateAt.has(`${detection.start}:${detection.end}`)) &&
          !(detection.type === 'PHONE' && TOLL_FREE.test(digitsOf(detection.text))) &&
          !TRANSFER_CONTROL_NUMBER.test(text.slice(Math.max(0, detection.start - 30), detection.start))),
    ),
    ...vehiclePlates,
    ...coordinatedPlates(text, [...found, ...vehiclePlates]),
  ];
}

/**
 * "vehicles C 17140 and B 95028", «301 ACB 19 и 268 AUR 17»: a run after a plate and "and" or a
 * comma, of the plate's own shape (letters for letters, digits for digits), is a plate too.
 */
const COORDINATED_RUN =
  /^[ \t]*(?:,|and|и|ва|ve|және|жана|va)[ \t]+([A-ZА-Я0-9](?:[A-ZА-Я0-9]|[ -](?=[A-ZА-Я0-9])){3,11})(?![\p{L}\p{N}])/u;
const shapeOf = (plate: string) => plate.replace(/[A-ZА-Я]/gu, 'A').replace(/\d/gu, '9');
function coordinatedPlates(text: string, found: Detection[]): Detection[] {
  const coordinated: Detection[] = [];
  // Each plate found may lead another ("C 17140, B 95028 and A 33412").
  const queue = found.filter((detection) => detection.type === 'PLATE');
  for (let plate = queue.shift(); plate !== undefined; plate = queue.shift()) {
    const next = COORDINATED_RUN.exec(text.slice(plate.end, plate.end + 40));
    if (!next || shapeOf(next[1]) !== shapeOf(plate.text)) continue;
    if (CURRENCIES.has(next[1].slice(-3)) || COMPANY_OR_UNIT.test(next[1])) continue;
    const start = plate.end + next[0].length - next[1].length;
    const another: Detection = { type: 'PLATE', start, end: start + next[1].length, text: next[1] };
    coordinated.push(another);
    queue.push(another);
  }
  return coordinated;
}
