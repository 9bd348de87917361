/**
 * Given names of the region built from the elements Turkic and Persian names are made of (-bek,
 * -gul, -jon, -nisa, -iddin, -ulla, -murat, -berdi, Abdu-, Gul-…), for the names no list holds.
 * Demonyms and places built alike (Uzbek, Andijan, Dubai) are vetoed before this is asked.
 */
export const NAME_ELEMENTS = new RegExp(
  [
    '^\\p{Lu}\\p{Ll}{1,}(?:bek|gul|gül|guli|jon|zhan|dzhan|nisa|niso|iddin|uddin|ulla|ullo|mirza|murat|myrat|berdi|berdy|geldi|gylych|aiym|ayim|sulu|jamal|zhamal|bibi)$',
    '^\\p{Lu}\\p{Ll}{1,}(?:бек|гүл|гуль|гул|гули|жон|жан|ниса|нисо|иддин|уддин|улла|улло|мирза|мурат|мырат|берди|берды|гелди|айым|сұлу|сулуу|жамал|биби)$',
    // Turkmen Ogul- (Ogulbibi, Ogulnabat, Ogulgerek).
    '^(?:Abdu|Абду|Gul(?:n|sh|z|b|j|d|ru|mi|ch)|Гуль|Гүл|Гул(?:ш|з|б|ж|д|ру|ми|ча)|(?:Ogul|Огул)(?!lar|lyk|luk|ly|лар|лук))\\p{Ll}{2,}$',
  ].join('|'),
  'u',
);

/**
 * Weaker: the openings and endings many of the region's given names share (Ай-, Ақ-, Ер-, Нұр-,
 * Жан-, Бүбү-, Дил-, Шах-, Мех-, Бах-; -лан, -дос, -бол, -нат, -нара, -зада, -гиз, -хон). Read
 * only inside a sentence, where a capital marks a proper noun, and never for a dictionary word
 * (names.json `wordsShapedLikeNames`: «Футбол», «Сенат», "Aisle").
 */
export const REGION_NAME_SHAPE = new RegExp(
  [
    '^(?:Ай|Ai|Ay|Aý|Ақ|Aq|Ак|Ak|Ер|Yer|Жан|Zhan|Нұр|Нур|Nur|Бек|Bek|Бүбү|Bübü|Bubu|Дил|Dil|Шах|Shah|Shakh|Мех|Meh|Mekh|Бах|Bakh|Зул|Zul)\\p{Ll}{2,}$',
    '^\\p{Lu}\\p{Ll}{2,}(?:лан|lan|дос|dos|бол|bol|нат|nat|нара|nara|нура|nura|зада|zada|гиз|гис|giz|gis|хон|xon|khon)$',
  ].join('|'),
  'u',
);

/**
 * The shape of the region's surnames and patronymics, in Cyrillic and Latin letters: Russian
 * -ов/-ева/-ин with Kazakh, Kyrgyz and Uzbek case endings after them, -enko, -zoda, -ович/-овна,
 * -ұлы/-қызы, Polish -ski/-ska/-wicz. Its own module so the name-list generator can list the dictionary words that have
 * this shape too («Один», «Снова», "Train").
 */
export const SURNAME_SHAPE = new RegExp(
  [
    // Kazakh, Kyrgyz and Uzbek case endings follow the Russian ones («Бекмағамбетоваға», «Тілеубердиевтің»).
    '^\\p{Lu}\\p{Ll}+(?:ов|ев|ёв|ин|ова|ева|ёва|ина|енко|бекова?|баева?|заде|зода)(?:а|у|ым|ом|ой|ою|е|ых|ыми|им|ого|ому|ую|тың|тің|тан|тен|қа|ке|ға|ге|ның|нің|на|не|ны|ні|мен|пен|нинг|га|ни|дан|да|та)?$',
    // Uzbek Latin stems carry o‘ and g‘ apostrophes ("Yo'ldoshev", "Xo'jayeva").
    // Turkmen Latin (-ýew, -owa) and Kazakh Latin patronymics (-qyzy, -qızı, -ulı) too.
    "^\\p{Lu}[\\p{Ll}'ʻʼ‘’`]+(?:ov|ev|yev|iyev|ova|eva|yeva|iyeva|in|ina|enko|skiy|skaya|bekov|bekova|zoda|zade|uly|kyzy|ovich|ovna|evich|evna|ýew|ýewa|yýew|yýewa|ow|owa|ew|ewa|qyzy|qızı|kızı|ulı|uulu|ski|ska|cki|cka|wicz|czyk)(?:ni|ga|ning|dan|da|tan|ten|ke|qa|ny|nyň|niň|na|ne)?$",
    '^\\p{Lu}\\p{Ll}+(?:ович|евич|ьич|овна|евна|ична|инична|ұлы|қызы|улы|кызы|uly|kyzy|ovna|evna)(?:а|у|ем|ом|е|ой|ы|ның|на|ға|ны)?$',
  ].join('|'),
  'u',
);

/**
 * Chinese and Korean names as the region writes them: a pinyin, Wade–Giles or Revised
 * Romanization syllable or two ("Wang Xiuying", "Kim Min-jun", "Hsu Chia-hui"), and the Russian
 * (Palladius) spelling of Chinese syllables («Чжан Вэй», «Ли Цзюнь») or one-syllable Korean words
 * in Cyrillic («Ким Сон Хо»).
 */
const SYLLABLE =
  '(?:zh|ch|sh|hs|ts|kk|tt|pp|ss|jj|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|yeo|wae|yae|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|eo|ae|oe|wa|wo|we|wi|yu|eu|ya|ye|yo|ee|oo|oi|a|o|e|i|u|ü)(?:ng|n|k|l|m|p|t|rk)?';
export const EAST_ASIAN_SURNAME = new RegExp(`^[A-Z](?:${SYLLABLE})$`, 'iu');
/** A given name with a syllable only Chinese romanisation writes (x, q without u, zh), or hyphenated. */
/** A surname only Chinese romanisation writes (Zhang, Xu, Qian, Liu, Zhao): then one syllable is a given name ("Zhang Wei"). */
export const CHINESE_ONLY_SURNAME = /^(?:\p{Lu}\p{Ll}*(?:iu|ao|uang)|(?:Zh|X|Q)\p{Ll}+)$/u;
export const EAST_ASIAN_GIVEN_NAME = new RegExp(
  `^(?:(?=[^-]*(?:x|q(?!u)|zh))\\p{Lu}(?:${SYLLABLE}){1,2}|\\p{Lu}(?:${SYLLABLE})-(?:${SYLLABLE}))$`,
  'iu',
);
/**
 * The commonest Chinese surnames in pinyin (the hundred that cover most of China's people): before
 * a given name of two pinyin syllables ("Wang Yifan", "WU LANFANG") they make a name that has none
 * of the letters only pinyin writes.
 */
export const CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang ' +
    'han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng wei su lü lu ding ren shen yao ' +
    'cui zhong tan fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu hou yin xue yan duan lei long tao ' +
    'mao hao gu gong shao wan qian dai mo kong xiang chang kang niu qi ou geng mu zhan'
  ).split(' '),
);
const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|ü)';
export const PINYIN_GIVEN_NAME = new RegExp(`^\\p{Lu}(?:${PINYIN_SYLLABLE}){2}$`, 'iu');

/** Palladius syllables no Russian word has: чж, цз, сюй, шэ, жэ, чэ, цэ, вэй, -эй, -юнь, -ынь. */
export const PALLADIUS_SYLLABLE = /^\p{Lu}\p{Ll}{0,5}$/u;
// Korean in Cyrillic letters: чх- (Чхве), -ён (Хён, Чон Мён).
export const PALLADIUS_MARKER = /чж|цз|сю|шэ|жэ|чэ|цэ|вэй|эй$|юнь$|ынь$|эн$|ань$|янь$|^чх|ён$/iu;
