import names from './data/names.json';

/**
 * Given names and surnames, generated from @faker-js/faker's person lists (MIT licence) by
 * scripts/generate-name-gazetteer.ts; `names.source` names the version. Nothing is added by hand:
 * names that are not listed are found by morphology (-ов/-ова, -ович, -ұлы, o'g'li…) and cues.
 * Stored in lower case so «ИВАНОВ», «Иванов» and "ivanov" look the same up.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(names.givenNames.map((name) => name.toLowerCase()));
export const SURNAMES: ReadonlySet<string> = new Set(names.surnames.map((name) => name.toLowerCase()));
export const GAZETTEER_SOURCE = names.source;

/** Words that introduce a person in case files; the capitalised words after them are a name. */
const PERSON_CUE_WORDS =
  /(?:гражданк[аиуеой]|гражданин[аеу]?|гр\.|потерпевш(?:ая|ий|ей|его|ую|ему|им|ей)|обвиняем(?:ая|ый|ой|ого|ую|ому|ым)|подсудим(?:ая|ый|ой|ого|ую|ому|ым)|осужденн(?:ая|ый|ой|ого|ую|ому|ым)|осуждённ(?:ая|ый|ой|ого|ую|ому|ым)|свидетел(?:ь|я|ю|ем|ьница|ьницы|ьницу)|задержанн(?:ая|ый|ой|ого|ую)|подозреваем(?:ая|ый|ой|ого|ую)|жәбірленуші|айыпталушы|куәгер|сотталушы|жабырлануучу|айыпталуучу|күбө|jabrlanuvchi|ayblanuvchi|guvoh|судланувчи|жабрланувчи|айбланувчи|гувоҳ|по имени|по фамилии|the victim|victim|the defendant|defendant|the accused|accused|witness|by the name of|Mr\.?|Ms\.?|Mrs\.?|Miss|Dr\.?)/;
export const PERSON_CUES = new RegExp(`(?<![\\p{L}])${PERSON_CUE_WORDS.source}[,:]?\\s+$`, 'iu');
/** Where a cue and the space after it end, anywhere in a text (a superset of the ends PERSON_CUES accepts). */
export const PERSON_CUE_ENDS = new RegExp(`${PERSON_CUE_WORDS.source}[,:]?\\s+`, 'giu');

/** Capitalised words that are never a person's name in these texts: places of the region and its destinations (some of which the gazetteer source also lists as given names: Georgia, Jordan, Samara), words of court and region names, and the Arabic article of place names. */
export const NOT_NAMES = new Set(
  `Республика Республики Республике Казахстан Казахстана Казахстане Узбекистан Узбекистана Кыргызстан Кыргызстана Таджикистан
Таджикистана Россия России Турция Турции ОАЭ Дубай Дубае Алматы Астана Астаны Шымкент Ташкент Ташкента Бишкек Бишкека Душанбе
Москва Москвы Москве Стамбул Стамбуле Корея Кореи Суд Суда Прокуратура Прокуратуры МВД ДВД ОВД УК РК РФ КР РТ РУз Уголовного
Кодекса Статья Статьи The A An In On At Court Criminal Code Article Kazakhstan Uzbekistan Kyrgyzstan Tajikistan Russia Turkey
Dubai Almaty Tashkent Bishkek Dushanbe Moscow Istanbul Korea Police Prosecutor Prosecutor's Office Ministry IOM NGO UAE
January February March April May June July August September October November December
Азербайджана Азербайджане Грузии Туркменистана Туркменистане Кыргызстане Таджикистане Узбекистане Армении Украины Беларуси
Молдовы Китая Монголии Ирана Афганистана Кореи Корею Турцию Россию For After During Before Between Since From When While This That
Upon Under Following According Republic Federation Emirates Arab United
Республики Республикой Федерации Российской Кыргызской Tergov Sud Mah Cad Sok Building Apt Apartment Flat Heights
Январь Февраль Март Апрель Май Июнь Июль Август Сентябрь Октябрь Ноябрь Декабрь
Georgia Jordan India China Israel Chelsea Sydney Paris Florence Adelaide Lima Savannah Al Ras Khaimah Abu Dhabi
Region Regional Oblast Province District City Town Village Municipal Inter-district Specialized Specialised Appeal Appellate
Область Области Областной Областного Район Района Районный Районного Городской Городского Межрайонный Межрайонного
Samara Самара Самары Novosibirsk Yekaterinburg Kazan Omsk Chelyabinsk Orenburg Tyumen Osh Jalal-Abad Khujand Samarkand Bukhara
Namangan Andijan Fergana Karaganda Aktobe Atyrau Shymkent Astana Antalya Ankara Izmir Sharjah Ajman Seoul Busan Incheon
Дело Дела Делу Группа Группы Группе Группу Банда Банды Приговор Case Group Gang
Адам Адамды Адамдар Адамдарды Адамның Адамға`.split(/\s+/),
);
