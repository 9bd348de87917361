/**
 * Given names common in the region's case files (Russian, Kazakh, Uzbek, Kyrgyz, Tajik,
 * Turkmen) and in English ones, in their Cyrillic and Latin spellings. Stems are matched with
 * case endings, so «Айгуль», «Айгуль» and «Айгулью» are all found.
 */
export const GIVEN_NAMES = new Set(
  `
Александр Алексей Андрей Антон Артём Артем Борис Вадим Валентин Валерий Василий Виктор Виталий Владимир Владислав Вячеслав
Геннадий Георгий Глеб Григорий Даниил Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Леонид Максим Михаил
Никита Николай Олег Павел Пётр Петр Роман Руслан Семён Семен Сергей Станислав Степан Тимур Фёдор Федор Юрий Ярослав
Александра Алина Алла Анастасия Анна Валентина Валерия Вера Вероника Виктория Галина Дарья Диана Евгения Екатерина Елена
Елизавета Жанна Зинаида Инна Ирина Карина Кристина Ксения Лариса Любовь Людмила Маргарита Марина Мария Надежда Наталья
Наталия Нина Оксана Ольга Полина Светлана София Софья Татьяна Ульяна Юлия Яна
Айгуль Айгүл Айжан Айым Айнур Айдана Айсулу Акмарал Алия Әлия Асель Әсел Гульнара Гүлнар Гульмира Динара Жанар Жансая Жулдыз Жұлдыз
Камила Карлыгаш Қарлығаш Мадина Меруерт Назерке Салтанат Сауле Сәуле Томирис Улжан Ұлжан Шынар Эльмира Гаухар Гауһар Дана Дильназ
Айбек Айдос Алихан Алмас Арман Асхат Асылбек Бауыржан Бахытжан Берик Ерлан Ерболат Ержан Жандос Канат Қанат Марат Мейрам Нурлан Нұрлан
Нурсултан Серик Серік Талгат Тимур Шерхан Ескендір Даурен Дәурен Данияр Ерасыл Бекзат Азамат Жомарт Руслан Санжар
Алишер Акмаль Акмал Азиз Бахтиёр Бахтияр Бобур Бекзод Жасур Жамшид Дильшод Ислом Ислам Мухаммад Рустам Санжар Шерзод Улугбек Фаррух
Отабек Шухрат Фарход Тохир Анвар Абдулла Абдуллох Достон Хуршид Элёр Сардор Нодир Умид
Дилноза Дилфуза Гульноза Малика Мохира Мунира Нилуфар Нигора Шахноза Зарина Зулфия Феруза Камола Севара Шахло Гулчехра Мафтуна Юлдуз Лола
Алмаз Бакыт Бекболот Жыргал Кубаныч Мирлан Нурбек Эрлан Эрмек Чынгыз Айбек Айпери Айзада Бермет Гулзат Жылдыз Нургуль Чолпон Элнура
Фаридун Джамшед Далер Рахмон Фирдавс Шохрух Сомон Парвиз Манучехр Зарнигор Нозанин Мехрангез Тахмина Гулнора Ширин
Alisher Akmal Aziz Bakhtiyor Bobur Bekzod Jasur Jamshid Dilshod Islom Rustam Sanjar Sherzod Ulugbek Farrukh Otabek Shukhrat Farkhod
Tohir Anvar Abdulla Doston Khurshid Sardor Nodir Umid Dilnoza Dilfuza Gulnoza Malika Mohira Munira Nilufar Nigora Shahnoza Zarina
Zulfiya Feruza Kamola Sevara Shahlo Lola Aigul Aizhan Aliya Asel Gulnara Dinara Zhanar Madina Saule Ulzhan Aibek Aidos Alikhan
Arman Askhat Bauyrzhan Berik Yerlan Erlan Kanat Marat Nurlan Nursultan Serik Talgat Timur Daniyar Azamat Almaz Bakyt Mirlan
Nurbek Ermek Chingiz Aiperi Bermet Gulzat Jyldyz Cholpon Elnura Faridun Jamshed Daler Rahmon Firdavs Parviz Tahmina Shirin
John James Robert Michael William David Richard Joseph Thomas Charles Daniel Matthew Mark Paul Steven Andrew George Peter
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Emily Anna Maria Olga Elena Natalia Irina
Svetlana Tatiana Ekaterina Alexander Alexei Andrei Dmitry Sergei Vladimir Igor Ivan Nikolai Oksana Yulia Victoria
Kamila Aziza Aigerim Saltanat Farida Dana Milana Mehrangez Mukhabbat Aizada Gulya Nazira Zhuldyz Ainur Assel Gaukhar Meruert
Ruslan Yerbol Tolibjon Nurzhan Murat Emre Viktor Rebecca Ospan Bolat Yerzhan Daulet Kairat Bekzhan Olzhas Sultan Samat
Мурат Ерғали Нұржан Бақытжан Ерлан Болат Дәулет Қайрат Олжас Сұлтан Самат Ақерке Аружан Гүлжан Айгерім Балжан Назгүл
Улуғбек Фарҳод Шавкат Бахром Ўткир Баҳодир Рустам Илҳом Олим Анвар Акмал Севара Шаҳноза Муҳаббат Феруза Нодира Гулнора
Baxtiyor Bahodir Baxrom Ilhom Olim Shavkat Anvar Akmal Rustam Nodira Gulnoza Sevara Dilnoza Otabek Jasur Sherzod
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that introduce a person in case files; the capitalised words after them are a name. */
export const PERSON_CUES =
  /(?<![\p{L}])(?:гражданк[аиуеой]|гражданин[аеу]?|гр\.|потерпевш(?:ая|ий|ей|его|ую|ему|им|ей)|обвиняем(?:ая|ый|ой|ого|ую|ому|ым)|подсудим(?:ая|ый|ой|ого|ую|ому|ым)|осужденн(?:ая|ый|ой|ого|ую|ому|ым)|осуждённ(?:ая|ый|ой|ого|ую|ому|ым)|свидетел(?:ь|я|ю|ем|ьница|ьницы|ьницу)|задержанн(?:ая|ый|ой|ого|ую)|подозреваем(?:ая|ый|ой|ого|ую)|жәбірленуші|айыпталушы|куәгер|сотталушы|jabrlanuvchi|ayblanuvchi|guvoh|судланувчи|жабрланувчи|айбланувчи|гувоҳ|the victim|victim|the defendant|defendant|the accused|accused|witness|Mr\.?|Ms\.?|Mrs\.?|Miss|Dr\.?)\s+$/iu;

/** Capitalised words that are never a person's name in these texts. */
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
Январь Февраль Март Апрель Май Июнь Июль Август Сентябрь Октябрь Ноябрь Декабрь`.split(/\s+/),
);
