import names from './data/names.json';
import places from './data/places.json';

/**
 * Given names and surnames, generated from @faker-js/faker's person lists (MIT licence) by
 * scripts/generate-name-gazetteer.ts; `names.source` names the version. Nothing is added by hand:
 * names that are not listed are found by morphology (-ов/-ова, -ович, -ұлы, o'g'li…) and cues.
 * Stored in lower case so «ИВАНОВ», «Иванов» and "ivanov" look the same up.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(names.givenNames.map((name) => name.toLowerCase()));
/** Given names of a list whose origin is not stated (russian_name): matched only as written. */
export const MORE_GIVEN_NAMES: ReadonlySet<string> = new Set(names.moreGivenNames.map((name) => name.toLowerCase()));
export const SURNAMES: ReadonlySet<string> = new Set(names.surnames.map((name) => name.toLowerCase()));
export const GAZETTEER_SOURCE = names.source;
/** Names that are also words ("General", "Will") and words shaped like surnames («Один», "Train"): alone, words. */
export const NAMES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(
  names.namesThatAreWords.map((name) => name.toLowerCase()),
);
export const WORDS_SHAPED_LIKE_SURNAMES: ReadonlySet<string> = new Set(names.wordsShapedLikeSurnames);
export const WORDS_SHAPED_LIKE_NAMES: ReadonlySet<string> = new Set(names.wordsShapedLikeNames);
/** Proper nouns of the Russian dictionary that no list holds as a name, most of them places («Евразия»). */
export const PROPER_NOUNS_NOT_NAMES: ReadonlySet<string> = new Set(names.properNounsNotNames);
/** Kazakh and Uzbek dictionary words, lower-case («ақша», «маош», "maosh"). */
export const REGION_WORDS: ReadonlySet<string> = new Set(names.regionWords);
/** Russian dictionary stems that can be a sentence's subject («женщина», «полиция»), lower-case. */
export const RUSSIAN_NOUNS: ReadonlySet<string> = new Set(names.russianNouns);

/**
 * Every country and territory in the languages of the cases, from the ICU data the runtime carries
 * (Unicode CLDR): «Молдова», "Bahrain", «Қазақстан», "Türkiye". A country is never a person.
 */
const QUALIFIED_COUNTRY =
  /^(?:south|north|republic of|республика|южная|северная|janubiy|shimoliy|жанубий|шимолий|оңтүстік|солтүстік|түштүк|түндүк|güney|kuzey|cənubi|şimali)\s(\p{L}{4,})$/iu;
export const COUNTRY_NAMES: ReadonlySet<string> = (() => {
  const names = new Set<string>();
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  for (const locale of ['en', 'ru', 'kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk', 'tr', 'az', 'ko']) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const first of letters) {
      for (const second of letters) {
        try {
          const name = display.of(first + second);
          if (!name) continue;
          names.add(name.toLowerCase());
          // The head word of a country named with a direction or as a republic («Республика
          // Корея», "Janubiy Koreya"), written alone in case texts.
          const head = QUALIFIED_COUNTRY.exec(name)?.[1].toLowerCase();
          if (head && !GIVEN_NAMES.has(head)) names.add(head);
        } catch {
          // Not a region code this runtime knows.
        }
      }
    }
  }
  // The name Kyrgyz speech and press give Russia, where CLDR writes «Россия».
  names.add('орусия');
  return names;
})();
/** Places of the region and its destinations, lower case, one or more words (see data/places.json). */
// Two Latin letters are a word far more often than a place ("of", "is"); «Ош» is a city.
export const PLACES: ReadonlySet<string> = new Set(
  places.places.map((place) => place.toLowerCase()).filter((place) => place.length > 2 || !/^[a-z]+$/.test(place)),
);

/** Words that introduce a person in case files; the capitalised words after them are a name. */
const PERSON_CUE_WORDS =
  /(?:j[aáä]b[iı]rlen[uý](?:sh|ş)[iı]|sottal[uý](?:sh|ş)[yı]|k[uúý][aáä]ger|гражданк[аиуеой]|гражданин[аеу]?|гр\.|потерпевш(?:ая|ий|ей|его|ую|ему|им|ей)|пострадавш(?:ая|ий|ей|его|ую|ему|им|ие|их)|обвиняем(?:ая|ый|ой|ого|ую|ому|ым)|подсудим(?:ая|ый|ой|ого|ую|ому|ым)|осужденн(?:ая|ый|ой|ого|ую|ому|ым)|осуждённ(?:ая|ый|ой|ого|ую|ому|ым)|свидетел(?:ь|я|ю|ем|ьница|ьницы|ьницу)|задержанн(?:ая|ый|ой|ого|ую)|подозреваем(?:ая|ый|ой|ого|ую)|жәбірленуші|айыпталушы|куәгер|сотталушы|жабырлануучу|айыпталуучу|күбө|jabrlanuvchi|ayblanuvchi|guvoh|судланувчи|жабрланувчи|айбланувчи|гувоҳ|по имени|по фамилии|the victim|victim|the defendant|defendant|the accused|accused|witness|by the name of|Mr\.?|Ms\.?|Mrs\.?|Miss|Dr\.?|(?:her|his) name (?:was|is)|known as|known only as|knew only as|named|держатель|держателя|(?:card )?holder|in the name of|ба номи|на имя|belonged to|belonging to|по прозвищу|nicknamed|(?:меня )?зовут|my name is|i am|i'?m|ask for|foreman|manager|бригадир|прораб|victim:|adı soyadı:?|mağdur|san[ıi]k|şüpheli|tanık|полиция|милиция|polis|call(?:ed|s) (?:herself|himself)|называ(?:ет|ют|ла|л|ли) себя|(?:a )?(?:man|woman) called|со слов|юрист(?:а|ом|у)?|адвокат(?:а|ом|у)?|переводчи(?:к|ка|ком|ца|цы)|tarjimon|таржимон|lawyer|interpreter|рекрутер(?:а|ом|у)?»?|вербовщи(?:к|ка|ком|ца|цы)|представлявшаяся|представившаяся|представившийся|назвавшаяся|назвавшийся|водител(?:ь|я|ем|ю)|айдоочу|жүргізуші|haydovchi|ҳайдовчи|driver|(?:её|ее|его|их) (?:сестр[аыуе]|брат[аоу]?|муж[аеу]?|жен[аыуе]|дочь|дочери|сын[аоу]?|мать|матери|отец|отца|подруг[аиуе])|(?:her|his|their|my|our) (?:sister|brother|husband|wife|daughter|son|mother|father|friend|cousin)|(?:mother|father|sister|brother|husband|wife|daughter|son|aunt|uncle) of|acquaintance,?|neighbou?r,?|colleague,?|знаком(?:ая|ый|ой|ого|ую|ому)|подруг(?:а|и|е|у|ой)|соседк(?:а|и|е|у|ой)|землячк(?:а|и|е|у|ой)|ҷабрдида|шоҳид|gumonlanuvchi|гумонланувчи|(?:мой|моя|моего|моей|мою|наш|наша) (?:сестр[аыуе]|брат[аоу]?|муж[аеу]?|жен[аыуе]|дочь|дочери|сын[аоу]?|мать|матери|отец|отца|подруг[аиуе])|(?:the )?survivor|client|клиентк(?:а|и|е|у|ой):?|клиент(?:а|у|ом)?:?|yolcu(?:su)?|şoför(?:ü|ün|e|ler)?|annesi|babası|ablası|kardeşi|kocası|(?:sur|given |first |last |full |family )?name:|фамилия:|имя:|фио:?|ф\.и\.о\.:?|тегі:|аты-жөні:?|аты-жөнү:?|f\.i\.sh\.:?|ф\.и\.ш\.:?|н\.н\.ф\.:?|f\.i\.o\.:?|соҳиби мошин|avtomobil egasi|автомобиль егасы|владел(?:ец|ица) (?:автомобиля|машины)|owner of the (?:car|vehicle)|familiyasi:|ismi:|registered to|issued to|зарегистрирован[а-яё]* на|звали|родил(?:ась|ся)|owner,|employer,|broker,|recruiter,?|landlord,?|trafficker,?|sponsor,?|kafeel,?|boss,?|работодател[а-яё]*|хозя(?:ин|йка|ина|йки)|посредник(?:ом|а)?|сутен[её]р[а-яё]*|complainant|applicant|caller|identified (?:only )?as|referred to as|went by|(?:a|the)(?: (?:first|second|third|fourth|fifth|other|young|older|elder))? (?:man|woman|girl|boy)[,:]|a (?:driver|recruiter|broker) called|alıcı|gönderen|hesap sahibi|плательщик|получател(?:ь|я)|отправител(?:ь|я)|payer|payee|remitter|beneficiary|ordering customer|cardholder|account holder|given name\(s\):?|given names?|aty:|ном:|patient:|employee:|employer:|tenant|passenger|пассажир:?|sürücü|uyruklu|national|citizen|спонсор(?:а|ом|у)?|разыскивается|wanted|spoke to|talked to|представил(?:ся|ась)|(?:gave|gives|give) (?:her|his|their) name as|o['ʻ‘’]?zini|ўзини|өзін|өзүн|мать,|отец,|mother,|father,|сіңлісі|қарындасы|әпкесі|ағасы|інісі|күйеуі|әйелі|карындашы|эжеси|агасы|иниси|күйөөсү|аялы|singlisi|opasi|akasi|ukasi|xotini|сингилиси|опаси|акаси|укаси|хотини|хоҳараш|бародараш|шавҳараш)/;
export const PERSON_CUES = new RegExp(`(?<![\\p{L}])${PERSON_CUE_WORDS.source}(?:\\s?[—–-])?[,:]?\\s+$`, 'iu');
/** Where a cue and the space after it end, anywhere in a text (a superset of the ends PERSON_CUES accepts). */
export const PERSON_CUE_ENDS = new RegExp(`${PERSON_CUE_WORDS.source}(?:\\s?[—–-])?[,:]?\\s+`, 'giu');

/** Capitalised words that are never a person's name in these texts: places of the region and its destinations (some of which the gazetteer source also lists as given names: Georgia, Jordan, Samara), words of court and region names, the Arabic article of place names, and pronouns and linking words that start sentences. */
export const NOT_NAMES = new Set(
  `Республика Республики Республике Казахстан Казахстана Казахстане Узбекистан Узбекистана Кыргызстан Кыргызстана Таджикистан
Таджикистана Россия России Турция Турции ОАЭ Дубай Дубае Алматы Астана Астаны Шымкент Ташкент Ташкента Бишкек Бишкека Душанбе
Москва Москвы Москве Стамбул Стамбуле Корея Кореи Суд Суда Прокуратура Прокуратуры МВД ДВД ОВД УК РК РФ КР РТ РУз Уголовного
Кодекса Статья Статьи The A An In On At Court Criminal Code Article Kazakhstan Uzbekistan Kyrgyzstan Tajikistan Russia Turkey
Dubai Almaty Tashkent Bishkek Dushanbe Moscow Istanbul Korea Police Prosecutor Prosecutor's Office Ministry IOM NGO UAE
January February March April May June July August September October November December
Азербайджана Азербайджане Грузии Туркменистана Туркменистане Кыргызстане Таджикистане Узбекистане Армении Украины Беларуси
Молдовы Китая Монголии Ирана Афганистана Кореи Корею Турцию Россию For After During Before Between Since From When While This That
Upon Under Following According Republic Federation Emirates Arab United IBAN SWIFT BIC
Эмираты Эмиратов Эмиратах Эмиратам Uning Унинг Оның Анын Yabancı Соли Latin Cyrillic Arabic Вазорати Синну
Республики Республикой Федерации Российской Кыргызской Tergov Sud Mah Cad Sok Kimlik Nüfus Ҷумҳурии Ҷумҳурӣ Федератсияи Федератсия Біріккен Бириккен Араб Әмірліктері Әмірліктеріне Контакте ВКонтакте Рас Хайма Хаймы Хайме Хайму Кылмыш Кылмыш-жаза Building Apt Apartment Flat Heights
Январь Февраль Март Апрель Май Июнь Июль Август Сентябрь Октябрь Ноябрь Декабрь
Georgia Jordan India China Israel Chelsea Sydney Paris Florence Adelaide Lima Savannah Al Ras Khaimah Abu Dhabi
Region Regional Oblast Province District City Town Village Municipal Inter-district Specialized Specialised Appeal Appellate
Область Области Областной Областного Район Района Районный Районного Городской Городского Межрайонный Межрайонного
Samara Самара Самары Novosibirsk Yekaterinburg Kazan Omsk Chelyabinsk Orenburg Tyumen Osh Jalal-Abad Khujand Samarkand Bukhara
Namangan Andijan Fergana Karaganda Aktobe Atyrau Shymkent Astana Antalya Ankara Izmir Sharjah Ajman Seoul Busan Incheon
Дело Дела Делу Группа Группы Группе Группу Банда Банды Приговор Case Group Gang
Адам Адамды Адамдар Адамдарды Адамның Адамға
Then Later Afterwards Meanwhile However Also Soon Next Finally Eventually Initially There Here Once Only Even Still Now Today
Yesterday Both Each Every All Some Many Most Her His Their Our My Your She He They We It Its But And Or So If Because Although
Though As With Without Through Into Over About Against Among Within By To Of Via Per Where Who Whom Whose What Which Why How
Затем Потом Позже Тогда Также Однако Здесь Там Она Он Они Его Её Их Все Когда Где Кто Что После Перед Из За Для При Между
Ол Олар Оның Оны Оған Бұл Осы Сол Мен Біз Сіз Бул Ошол Алар Анын Аны Ага Ular Bu Ushbu Biz Siz
Кейін Содан Сосын Бүгін Кеше Ертесі Кийин Андан Анан Бүгүн Кечээ Эртеси Keyin Keyinroq Avval Hozir Bugun Kecha Ertasi Кейин
Кейинроқ Аввал Ҳозир Бугун Кеча Эртаси Сўнг Баъд Баъдан Сипас Пас Ҳоло Имрӯз Дирӯз Фардо Sonra Ardından Bugün Dün Ertesi
Soňra Şondan Soň Şu Ol Olar Moldovan Moldovans Хиёбони Кӯчаи Кучаи Сот Соты Сотқа Иштин Иштер Ному Насаб Meni Bizni Uni Ularni Мені Бізді Сені Мени Бизди Сени Ал Yours Team Support Management Administration Басшылық Басшылығы Müdürlük Müdürlüğü Rahbariyat Жетекчилик Руководство Администрация Дирекция Мени Бизни Уни Уларни Улица Проспект Переулок Площадь Бульвар
Қарағанды Қарағандыда Қарағандыдан Ноокат Ноокатта Ноокаттан Халқаро Xalqaro Халықаралық Эл аралык Сити Национальный Национального Национальном Национальной
Хоразм Хоразмда Хоразмдан Хоразмга Xorazm Xorazmda Xorazmdan Xorazmga Борбор Борбордук Соҳиби Sohibi Охирин Жена Муж Alıcı Gönderen Havale HAVALE EFT КНР MANIFEST Manifest
Допрошена Допрошен Опрошена Опрошен Дознаватель Следователь Numarası Numarasi Tarihi D.Tarihi Ман Бош Sizi Seni Beni Onu Onları Bizi Вакансияны Вакансия Вакансию
Mashina Mashinasi Avtomashina Avtomashinasi Avtomobil Avtomobili Машина Машинаи Автомашина Автомашинаси Автомобиль Автомобили Avtobus Автобус Mikroavtobus Микроавтобус`.split(
    /\s+/,
  ),
);

/**
 * Words that make a capitalised phrase an institution, office, document, programme or region
 * ("Prosecutor General's Office", "U.S. Department of State", "Central Asia", «Генеральная
 * прокуратура», "Ichki ishlar vazirligi"): never a name, and no name runs through them. Stems, so
 * Russian, Kazakh, Kyrgyz and Uzbek case endings follow.
 */
/**
 * Car makes, holidays, card brands and networks: written like names, never a person («Lexus»,
 * «Мерседес», «Рамадан», "Kurban Bayramı", «Ҳумо картасига», «Телеграм канали»); the words around
 * them keep their own reading.
 */
export const THING_NAME =
  /^(?:lexus|toyota|mercedes(?:-benz)?|hyundai|chevrolet|daewoo|nissan|lada|лексус|тойота|мерседес|хёндай|хендай|шевроле|дэу|ниссан|газел\p{L}{0,2}|рамадан\p{L}{0,2}|наурыз\p{L}{0,2}|ramadan|eid|корон\p{L}{0,2}|korona|юнистрим\p{L}{0,2}|unistream|иди|hilton|marriott|radisson|sheraton|hyatt|rixos|novotel|ibis|хилтон|мариотт|рэдиссон|риксос|bayramı|bayramları|байрамы|humo|ҳумо|хумо|uzcard|узкард|elcart|элкарт|kaspi|каспи|visa|виза|виса|mastercard|мастеркард|узсард|телеграм\p{L}{0,5}|инстаграм\p{L}{0,5}|ватсап\p{L}{0,3}|вотсап\p{L}{0,3}|тикток\p{L}{0,3}|(?:telegram|instagram|whatsapp|facebook|tiktok|viber|vkontakte|odnoklassniki|youtube|snapchat|twitter)\p{L}{0,5})$/iu;

export const INSTITUTION_WORD = new RegExp(
  `^(?:${[
    // English
    'department',
    // Hotels are named as people are ("Hilton Garden Inn"): the words before name the hotel.
    'inn',
    'hostel',
    'resort',
    'suites',
    'interpol',
    'europol',
    'интерпол\\p{L}{0,3}',
    'европол\\p{L}{0,3}',
    'office',
    'ministry',
    'minister',
    'agency',
    'recruitment',
    'recruiting',
    'consulting',
    'committee',
    'commission',
    'commissioner',
    'council',
    'service',
    'services',
    'bureau',
    'police',
    'court',
    'courts',
    'embassy',
    'consulate',
    'union',
    'fund',
    'foundation',
    'programme',
    'program',
    'project',
    'protocol',
    'report',
    'convention',
    'center',
    'centre',
    'association',
    'organization',
    'organisation',
    'institute',
    'university',
    'government',
    'parliament',
    'assembly',
    'prosecutor',
    'prosecutors',
    'general',
    'procuracy',
    'state',
    'states',
    'nations',
    'initiative',
    'network',
    'coalition',
    'alliance',
    'bank',
    // «Халык Банка», «Оптима Банктан», «Амонатбонк»
    'банк\\p{L}*',
    'bonk\\p{L}*',
    'бонк\\p{L}*',
    'company',
    'corporation',
    'llc',
    'ltd',
    'inc',
    'hotline',
    'shelter',
    'secretariat',
    'mission',
    'delegation',
    'forum',
    'conference',
    'summit',
    'unit',
    'division',
    'directorate',
    'inspectorate',
    'authority',
    'administration',
    'ombudsman',
    'ombudsperson',
    'task',
    'force',
    'act',
    'law',
    'decree',
    'resolution',
    'plan',
    'strategy',
    'guard',
    'border',
    'customs',
    'migration',
    'labour',
    'labor',
    'affairs',
    'internal',
    'interior',
    'foreign',
    'justice',
    'security',
    'health',
    'education',
    'protection',
    'welfare',
    'development',
    'cooperation',
    'partnership',
    'academy',
    'school',
    'college',
    'main',
    'immigration',
    'enforcement',
    'investigation',
    // Offices held, written before a name ("Professor Susan Kreston", "Head of the First Department")
    'professor',
    'director',
    'head',
    'chief',
    'deputy',
    'chairman',
    'chairwoman',
    'chairperson',
    'chair',
    'judge',
    'ambassador',
    'president',
    'secretary',
    'officer',
    'inspector',
    'expert',
    'coordinator',
    'adviser',
    'advisor',
    'specialist',
    'trainer',
    'investigator',
    'attorney',
    'lieutenant',
    'colonel',
    'captain',
    'sergeant',
    'судь\\p{L}*',
    'директор\\p{L}*',
    'председател\\p{L}*',
    'начальник\\p{L}*',
    'заместител\\p{L}*',
    'глав\\p{L}',
    'посол',
    'посла',
    'послом',
    'эксперт\\p{L}*',
    'следовател\\p{L}*',
    'адвокат\\p{L}*',
    // Peoples and languages, also built like names (Uzbek, Özbek)
    'uzbek\\p{L}*',
    'özbek\\p{L}*',
    "o['ʻʼ‘’`]?zbek\\p{L}*",
    'kazakh\\p{L}*',
    'qazaq\\p{L}*',
    'kyrgyz\\p{L}*',
    "qirg['ʻʼ‘’`]?iz\\p{L}*",
    'tajik\\p{L}*',
    'turkmen\\p{L}*',
    'uyghur\\p{L}*',
    'karakalpak\\p{L}*',
    'dungan\\p{L}*',
    'afghan\\p{L}*',
    'russian\\p{L}*',
    'korean\\p{L}*',
    'turkish',
    'emirati\\p{L}*',
    'arab\\p{L}*',
    'узбек\\p{L}*',
    'өзбек\\p{L}*',
    'ўзбек\\p{L}*',
    'казах\\p{L}*',
    'қазақ\\p{L}*',
    'кыргыз\\p{L}*',
    'киргиз\\p{L}*',
    'қырғыз\\p{L}*',
    'таджик\\p{L}*',
    'тәжік\\p{L}*',
    'туркмен\\p{L}*',
    'түрікмен\\p{L}*',
    'уйгур\\p{L}*',
    'ұйғыр\\p{L}*',
    'каракалпак\\p{L}*',
    'дунган\\p{L}*',
    'афган\\p{L}*',
    'русск\\p{L}*',
    // Russian compound names of ministries and consulates («Минтруда», «Генконсульства»), the
    // Kazakh embassy and the Tajik organisation («Елшіліктің», «Созмони …»).
    'мин(?:труд|юст|здрав|обр|фин|экономразвит|соцразвит|соц|вуз|иностран|ин?дел)\\p{L}*',
    'генконсульств\\p{L}*',
    'консульств\\p{L}*',
    'генпрокуратур\\p{L}*',
    'елшілі\\p{L}*',
    'элчилик\\p{L}*',
    'elchixona\\p{L}*',
    'элчихона\\p{L}*',
    'сафорат\\p{L}*',
    'созмон\\p{L}*',
    'tashkilot\\p{L}*',
    'ташкилот\\p{L}*',
    // The Uzbek neighbourhood assembly (mahalla fuqarolar yig‘ini).
    'mfy',
    'мфй',
    'ққфй',
    'корейск\\p{L}*',
    'турецк\\p{L}*',
    'арабск\\p{L}*',
    // Words of accounts and documents that name nothing
    'akkaunt\\p{L}*',
    'аккаунт\\p{L}*',
    'account\\p{L}*',
    'профил\\p{L}*',
    'sahifa\\p{L}*',
    // Street words written after the street's name ("Sultan Abdulaziz Street", «Абай көшесі»)
    'street',
    'road',
    'avenue',
    'boulevard',
    'lane',
    'highway',
    'prospekt\\p{L}*',
    'köşesi',
    'kóshesi',
    'көшесі\\p{L}*',
    'даңғылы\\p{L}*',
    'көчөсү\\p{L}*',
    "ko['ʻʼ‘’`]?chasi\\p{L}*",
    'кўчаси\\p{L}*',
    'caddesi',
    'sokak',
    'sokağı',
    // Local government and its offices in the region (akimat, aiyl okmotu), the ombudsman, elders' courts
    'akimat\\p{L}*',
    'акимат\\p{L}*',
    'әкімдік\\p{L}*',
    'әкімшілі\\p{L}*',
    'aiyl',
    'okmotu',
    'айыл',
    'өкмөтү\\p{L}*',
    'akyikatchy',
    'акыйкатчы\\p{L}*',
    'aksakal\\p{L}*',
    'аксакал\\p{L}*',
    'ақсақал\\p{L}*',
    'hokimiyat\\p{L}*',
    'хокимият\\p{L}*',
    'mahalla',
    'махалла\\p{L}*',
    'jamoat',
    'джамоат\\p{L}*',
    // Roles in the cases, written before a name at a sentence's start
    'recruiter',
    'employer',
    'broker',
    'driver',
    'вербовщи\\p{L}*',
    'организатор\\p{L}*',
    'работодател\\p{L}*',
    'водител\\p{L}*',
    'посредни\\p{L}*',
    'işveren',
    'vositachi',
    'ish beruvchi',
    'жұмыс беруші',
    'asia',
    'asian',
    'europe',
    'european',
    'central',
    'eastern',
    'western',
    'northern',
    'southern',
    'middle',
    'east',
    'west',
    'north',
    'south',
    'gulf',
    'caucasus',
    'region',
    'republic',
    'kingdom',
    'emirate',
    'emirates',
    'federation',
    'oblast',
    'province',
    'district',
    'county',
    'city',
    'tier',
    'watch',
    'list',
    'trafficking',
    'persons',
    'human',
    'rights',
    'national',
    'international',
    'regional',
    'global',
    'federal',
    'supreme',
    'appeals',
    'criminal',
    'civil',
    'code',
    'article',
    'chapter',
    'section',
    'tip',
    'osce',
    'odihr',
    'unodc',
    'iom',
    'ilo',
    'unicef',
    'unhcr',
    'usaid',
    'undp',
    // Russian stems
    'министерств\\p{L}*',
    'министр\\p{L}*',
    'прокуратур\\p{L}*',
    'прокурор\\p{L}*',
    'генеральн\\p{L}*',
    'генпрокуратур\\p{L}*',
    'департамент\\p{L}*',
    'управлени\\p{L}*',
    'комитет\\p{L}*',
    'служб\\p{L}*',
    'агентств\\p{L}*',
    'фонд\\p{L}*',
    'центр\\p{L}*',
    'центральн\\p{L}*',
    'ассоциаци\\p{L}*',
    'организаци\\p{L}*',
    'посольств\\p{L}*',
    'консульств\\p{L}*',
    'совет\\p{L}*',
    'комисси\\p{L}*',
    'программ\\p{L}*',
    'протокол\\p{L}*',
    'конвенци\\p{L}*',
    'отдел\\p{L}*',
    'союз\\p{L}*',
    'правительств\\p{L}*',
    'парламент\\p{L}*',
    'миграци\\p{L}*',
    'полици\\p{L}*',
    'азии',
    'азия',
    'европ\\p{L}*',
    'государств\\p{L}*',
    'внутренних',
    'иностранных',
    'дел',
    'юстиции',
    'уполномоченн\\p{L}*',
    'омбудсмен\\p{L}*',
    'доклад\\p{L}*',
    'отчет\\p{L}*',
    'отчёт\\p{L}*',
    'кодекс\\p{L}*',
    'закон\\p{L}*',
    'област\\p{L}*',
    'район\\p{L}*',
    'республик\\p{L}*',
    'федераци\\p{L}*',
    'оон',
    'обсе',
    'мом',
    'унп',
    'бдипч',
    // Kazakh, Kyrgyz and Uzbek stems
    'министрлі\\p{L}*',
    'министрлиги\\p{L}*',
    'бас',
    'прокуратурасы\\p{L}*',
    'комитеті\\p{L}*',
    'комитети\\p{L}*',
    'қоры\\p{L}*',
    'орталығы\\p{L}*',
    'басқармасы\\p{L}*',
    'департаменті\\p{L}*',
    'кызматы\\p{L}*',
    'қызметі\\p{L}*',
    'облысы\\p{L}*',
    'облусу\\p{L}*',
    'vazirlig\\p{L}*',
    'vazir\\p{L}*',
    'prokuratura\\p{L}*',
    'bosh',
    "qo['ʻʼ‘’`]?mita\\p{L}*",
    'markaz\\p{L}*',
    'merkez\\p{L}*',
    "jamg['ʻʼ‘’`]?arma\\p{L}*",
    'boshqarma\\p{L}*',
    'xizmat\\p{L}*',
    'departament\\p{L}*',
    'viloyat\\p{L}*',
    'tuman\\p{L}*',
    'respublika\\p{L}*',
    'вазирлиг\\p{L}*',
    'прокуратураси\\p{L}*',
    'вилоят\\p{L}*',
  ].join('|')})(?:['’]s)?$`,
  'iu',
);
