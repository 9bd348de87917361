/**
 * Russian texts of a synthetic case, composed from template fragments. Russian verbs and
 * adjectives agree with the sex and number of their subject, so fragments take the forms for
 * a man, a woman and a group; sentences avoid declining numerals and labels where they can.
 * As in English, people appear only as labels (обвиняемая D1, потерпевшие).
 */
import type {
  Act,
  Defendant,
  ExploitationPurpose,
  Means,
  PartialDate,
  RequestOutcome,
  Sector,
  Sentence,
  VictimService,
} from '@caseatlas/contracts';
import { VICTIM_SERVICES } from '@caseatlas/contracts';
import { COUNTRY_NAMES } from './geography';
import type { CountryName } from './geography';
import type { Random } from './random';
import { citeStatutes } from './statutes';
import {
  capitalize,
  chargesOf,
  dateParts,
  defendantWithRole,
  foreignCountries,
  groupByRole,
  groupDigits,
  joinParagraphs,
  known,
  listPhrase,
  monthsBetween,
  totalMinors,
  totalVictims,
  victimNationalities,
  victimSexes,
} from './story';
import type { CaseTexts, Paragraph, Story } from './story';

/** Grammatical agreement of a subject: a man, a woman, or several people. */
type Agreement = 'masculine' | 'feminine' | 'plural';
type Forms = Record<Agreement, string>;

const MONTHS_NOMINATIVE = [
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
const MONTHS_GENITIVE = [
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
const MONTHS_PREPOSITIONAL = [
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

/** Purposes in the genitive, as in "в целях сексуальной эксплуатации". */
const PURPOSES: Record<ExploitationPurpose, string> = {
  sexual_exploitation: 'сексуальной эксплуатации',
  forced_labour: 'трудовой эксплуатации',
  domestic_servitude: 'домашнего подневольного труда',
  forced_begging: 'принуждения к попрошайничеству',
  forced_criminality: 'вовлечения в преступную деятельность',
  organ_removal: 'изъятия органов',
  forced_marriage: 'принудительного брака',
  other: 'иной эксплуатации',
};

const ACT_VERBS: Record<Act, Forms> = {
  recruitment: { masculine: 'завербовал', feminine: 'завербовала', plural: 'завербовали' },
  transportation: { masculine: 'перевёз', feminine: 'перевезла', plural: 'перевезли' },
  transfer: { masculine: 'передал', feminine: 'передала', plural: 'передали' },
  harbouring: { masculine: 'укрывал', feminine: 'укрывала', plural: 'укрывали' },
  receipt: { masculine: 'принял', feminine: 'приняла', plural: 'приняли' },
};

const JOBS: Record<Sector, string> = {
  agriculture: 'сезонную работу на ферме',
  construction: 'работу на стройке',
  domestic_work: 'работу домработницей или няней',
  entertainment: 'работу официанткой или танцовщицей в ресторане',
  manufacturing: 'работу в швейном цехе',
  hospitality: 'работу в гостинице или кафе',
  begging: 'работу на рынке',
  fishing: 'работу на рыболовецком судне',
  mining: 'работу в карьере',
  transport: 'работу грузчиком на складе',
  online: 'работу администратором онлайн-чата',
  other: 'работу с бесплатным проживанием',
};

const WORKPLACES: Record<Sector, string> = {
  agriculture: 'на овощной ферме',
  construction: 'на стройках',
  domestic_work: 'в частном доме',
  entertainment: 'в ночном клубе',
  manufacturing: 'в незарегистрированном швейном цехе',
  hospitality: 'на кухне ресторана и в гостинице',
  begging: 'на рынках и остановках транспорта',
  fishing: 'на рыболовецком судне',
  mining: 'в карьере',
  transport: 'на складе логистической компании',
  online: 'в съёмных квартирах',
  other: 'на частном предприятии',
};

/** Where sexual exploitation took place, by sector. */
const VENUES: Partial<Record<Sector, string>> = {
  entertainment: 'в ночном клубе',
  hospitality: 'в гостиницах и саунах',
  online: 'в съёмных квартирах, с рекламой в интернете,',
};

const MLA_OUTCOMES: Record<RequestOutcome, string> = {
  executed: 'исполнен',
  granted: 'удовлетворён',
  refused: 'в исполнении отказано',
  pending: 'ответ не получен',
  partially_executed: 'исполнен частично',
  withdrawn: 'отозван',
};

const EXTRADITION_OUTCOMES: Record<RequestOutcome, string> = {
  executed: 'запрос исполнен',
  granted: 'запрос удовлетворён',
  refused: 'в экстрадиции отказано',
  pending: 'решение не принято',
  partially_executed: 'запрос исполнен частично',
  withdrawn: 'запрос отозван',
};

const SERVICES: Record<VictimService, string> = {
  shelter: 'приют',
  medical: 'медицинскую помощь',
  psychological_support: 'психологическую поддержку',
  legal_aid: 'юридическую помощь',
  interpretation: 'услуги переводчика',
  repatriation: 'помощь в возвращении на родину',
  reintegration: 'помощь в реинтеграции',
  compensation: 'компенсацию',
};

/** The Russian noun form for a count: 1 год, 2 года, 5 лет. */
function plural(amount: number, one: string, few: string, many: string): string {
  const lastTwo = amount % 100;
  const last = amount % 10;
  if (lastTwo >= 11 && lastTwo <= 14) {
    return many;
  }
  if (last === 1) {
    return one;
  }
  return last >= 2 && last <= 4 ? few : many;
}

function monthYear(date: PartialDate): { month: number; year: number } {
  const { year, month } = dateParts(date);
  return { month: month - 1, year };
}

/** "в марте 2018 г." */
function inMonth(date: PartialDate): string {
  const { month, year } = monthYear(date);
  return `в ${MONTHS_PREPOSITIONAL[month]} ${year} г.`;
}

/** "15 сентября 2019 г." */
function fullDate(date: PartialDate): string {
  const { year, month, day } = dateParts(date);
  return day === null
    ? `${MONTHS_NOMINATIVE[month - 1]} ${year} г.`
    : `${day} ${MONTHS_GENITIVE[month - 1]} ${year} г.`;
}

function countries(codes: string[], form: keyof Omit<CountryName, 'english'>): string {
  return listPhrase(
    codes.map((code) => COUNTRY_NAMES[code][form]),
    'и',
  );
}

function labels(defendants: Defendant[]): string {
  return listPhrase(
    defendants.map((defendant) => defendant.label),
    'и',
  );
}

function defendantAgreement(defendant: Defendant): Agreement {
  return defendant.sex === 'female' ? 'feminine' : 'masculine';
}

/** "обвиняемая D1", "обвиняемые D1 и D2" with the agreement of the verb that follows. */
function defendantsSubject(defendants: Defendant[]): { text: string; agreement: Agreement } {
  if (defendants.length === 1) {
    const [defendant] = defendants;
    const agreement = defendantAgreement(defendant);
    const noun = agreement === 'feminine' ? 'обвиняемая' : 'обвиняемый';
    return { text: `${noun} ${defendant.label}`, agreement };
  }
  return { text: `обвиняемые ${labels(defendants)}`, agreement: 'plural' };
}

function actor(story: Story, ...roles: Defendant['role'][]): { text: string; label: string; agreement: Agreement } {
  const defendant = defendantWithRole(story, ...roles);
  return { ...defendantsSubject([defendant]), label: defendant.label };
}

function victimAgreement(story: Story): Agreement {
  if (totalVictims(story) > 1) {
    return 'plural';
  }
  return victimSexes(story) === 'female' ? 'feminine' : 'masculine';
}

/** Forms of "потерпевшие" and of the pronoun for the victims, by grammatical case. */
function victimsIn(story: Story): {
  nominative: string;
  genitive: string;
  dative: string;
  accusative: string;
  instrumental: string;
  prepositional: string;
  pronounAccusative: string;
  pronounDative: string;
  /** "одной из потерпевших" or, for one victim, "потерпевшей" (genitive). */
  oneOfGenitive: string;
  oneOfDative: string;
} {
  const agreement = victimAgreement(story);
  if (agreement === 'plural') {
    const female = victimSexes(story) === 'female';
    return {
      nominative: 'потерпевшие',
      genitive: 'потерпевших',
      dative: 'потерпевшим',
      accusative: 'потерпевших',
      instrumental: 'потерпевшими',
      prepositional: 'потерпевших',
      pronounAccusative: 'их',
      pronounDative: 'им',
      oneOfGenitive: female ? 'одной из потерпевших' : 'одного из потерпевших',
      oneOfDative: female ? 'одной из потерпевших' : 'одному из потерпевших',
    };
  }
  if (agreement === 'feminine') {
    return {
      nominative: 'потерпевшая',
      genitive: 'потерпевшей',
      dative: 'потерпевшей',
      accusative: 'потерпевшую',
      instrumental: 'потерпевшей',
      prepositional: 'потерпевшей',
      pronounAccusative: 'её',
      pronounDative: 'ей',
      oneOfGenitive: 'потерпевшей',
      oneOfDative: 'потерпевшей',
    };
  }
  return {
    nominative: 'потерпевший',
    genitive: 'потерпевшего',
    dative: 'потерпевшему',
    accusative: 'потерпевшего',
    instrumental: 'потерпевшим',
    prepositional: 'потерпевшем',
    pronounAccusative: 'его',
    pronounDative: 'ему',
    oneOfGenitive: 'потерпевшего',
    oneOfDative: 'потерпевшему',
  };
}

/** "женщины, гражданки Узбекистана" */
function victimDescription(story: Story): string {
  const total = totalVictims(story);
  const minors = totalMinors(story);
  const sexes = victimSexes(story);
  const allMinors = minors === total;
  const nationalities = countries(victimNationalities(story), 'russianGenitive');
  if (total === 1) {
    const noun = {
      female: allMinors ? 'несовершеннолетняя' : 'женщина',
      male: allMinors ? 'несовершеннолетний' : 'мужчина',
      mixed: 'лицо, пол которого не указан',
    }[sexes];
    return `${noun}, ${sexes === 'female' ? 'гражданка' : 'гражданин'} ${nationalities}`;
  }
  const nouns = {
    female: allMinors ? 'несовершеннолетние девушки' : minors > 0 ? 'женщины и несовершеннолетние девушки' : 'женщины',
    male: allMinors ? 'несовершеннолетние юноши' : minors > 0 ? 'мужчины и несовершеннолетние юноши' : 'мужчины',
    mixed: minors > 0 ? 'взрослые и несовершеннолетние' : 'мужчины и женщины',
  };
  return `${nouns[sexes]}, ${sexes === 'female' ? 'гражданки' : 'граждане'} ${nationalities}`;
}

/** Victims in the genitive plural for titles: "Вербовка женщин…" */
function victimsGenitiveForTitle(story: Story): string {
  const total = totalVictims(story);
  const minors = totalMinors(story);
  const allMinors = minors === total;
  if (total === 1) {
    const singular = {
      female: allMinors ? 'несовершеннолетней' : 'женщины',
      male: allMinors ? 'несовершеннолетнего' : 'мужчины',
      mixed: allMinors ? 'несовершеннолетнего' : 'гражданина',
    };
    return singular[victimSexes(story)];
  }
  const nouns = {
    female: allMinors ? 'несовершеннолетних девушек' : minors > 0 ? 'женщин и девушек' : 'женщин',
    male: allMinors ? 'несовершеннолетних юношей' : minors > 0 ? 'мужчин и юношей' : 'мужчин',
    mixed: 'граждан',
  };
  return nouns[victimSexes(story)];
}

function routePhrase(story: Story): string {
  const { origin, transit, destination } = story.route;
  if (story.direction === 'domestic') {
    return `в пределах ${countries(destination, 'russianGenitive')}`;
  }
  const via = transit.length > 0 ? ` через ${countries(transit, 'russianAccusative')}` : '';
  return `из ${countries(origin, 'russianGenitive')}${via} в ${countries(destination, 'russianAccusative')}`;
}

/** Where the work was promised and the exploitation took place. */
function placeOfExploitation(story: Story): string {
  if (story.direction === 'outbound') {
    return `в ${countries(story.route.destination, 'russianPrepositional')}`;
  }
  return `на территории ${story.region.russianGenitive}`;
}

function period(story: Story): string {
  const start = known(story.timeline.offenceStart);
  const end = known(story.timeline.offenceEnd);
  if (start === end) {
    return capitalize(inMonth(start));
  }
  const from = monthYear(start);
  const to = monthYear(end);
  const fromYear = from.year === to.year ? '' : ` ${from.year} г.`;
  return `С ${MONTHS_GENITIVE[from.month]}${fromYear} по ${MONTHS_NOMINATIVE[to.month]} ${to.year} г.`;
}

function actsPhrase(story: Story, agreement: Agreement): string {
  return listPhrase(
    story.acts.map((act) => ACT_VERBS[act][agreement]),
    'и',
  );
}

function victimsCounted(story: Story): string {
  const total = totalVictims(story);
  const victims = victimsIn(story);
  return total === 1
    ? victims.accusative
    : `${victims.accusative} (всего ${total} ${plural(total, 'человек', 'человека', 'человек')})`;
}

function title(story: Story, random: Random): string {
  const victims = victimsGenitiveForTitle(story);
  const origin = countries(story.route.origin, 'russianGenitive');
  const purpose = PURPOSES[story.purposes[0]];
  const where =
    story.direction === 'domestic'
      ? `на территории ${story.region.russianGenitive}`
      : `в ${countries(story.route.destination, 'russianPrepositional')}`;
  const method = {
    online: 'через объявления в интернете',
    acquaintance: 'через знакомых',
    agency: 'через фиктивное кадровое агентство',
    relative: 'при участии родственника',
  }[story.recruitment];
  const movement = `${victims} ${routePhrase(story)} для ${purpose}`;
  const variants = [
    () => `Вербовка ${victims} из ${origin} ${method} в целях ${purpose} ${where}`,
    () => `Торговля людьми в целях ${purpose} ${story.direction === 'domestic' ? where : routePhrase(story)}`,
    () =>
      story.defendants.length >= 3
        ? `Организованная группа: перемещение ${movement}`
        : `Дело о перемещении ${movement}`,
  ];
  return `[SYNTHETIC] ${random.pick(variants)()}`;
}

function outcomeSentence(story: Story): string {
  if (story.timeline.indicted === null) {
    return 'Следствие по делу продолжается.';
  }
  if (story.timeline.firstInstanceVerdict === null) {
    return 'Дело находится на рассмотрении суда первой инстанции.';
  }
  const convicted = story.defendants.filter((defendant) => defendant.verdict === 'convicted');
  const acquitted = story.defendants.filter((defendant) => defendant.verdict === 'acquitted');
  const parts: string[] = [];
  if (convicted.length > 0) {
    parts.push(`суд вынес обвинительный приговор в отношении ${labels(convicted)}`);
  }
  if (acquitted.length > 0) {
    const agreement = acquitted.length === 1 ? defendantAgreement(acquitted[0]) : 'plural';
    const verb = { masculine: 'оправдан', feminine: 'оправдана', plural: 'оправданы' }[agreement];
    parts.push(`${labels(acquitted)} ${verb}`);
  }
  if (parts.length === 0) {
    return 'В первой инстанции никто из обвиняемых не был осуждён.';
  }
  return `${capitalize(parts.join('; '))}.`;
}

function summary(story: Story): string {
  const subject = defendantsSubject(story.defendants);
  const sentences = [
    `${capitalize(subject.text)} ${actsPhrase(story, subject.agreement)} ${victimsCounted(story)} ${routePhrase(story)} в целях ${PURPOSES[story.purposes[0]]}.`,
    outcomeSentence(story),
  ];
  const appeal = {
    upheld: 'Апелляционная инстанция оставила приговор без изменения.',
    modified: 'Апелляционная инстанция изменила приговор.',
    overturned: 'Апелляционная инстанция отменила приговор.',
  };
  if (story.appealOutcome !== null && story.appealOutcome !== 'pending') {
    sentences.push(appeal[story.appealOutcome]);
  }
  return `[SYNTHETIC] ${sentences.join(' ')}`;
}

function introduction(story: Story): string {
  const subject = defendantsSubject(story.defendants);
  const purposes = listPhrase(
    story.purposes.map((purpose) => PURPOSES[purpose]),
    'и',
  );
  const victims = victimsIn(story);
  const [leader, ...others] = story.defendants;
  // Genitive singular and plural: "в роли вербовщика", "в роли вербовщиков".
  const roleNames: Record<Defendant['role'], [singular: string, plural: string]> = {
    organizer: ['соорганизатора', 'соорганизаторов'],
    recruiter: ['вербовщика', 'вербовщиков'],
    transporter: ['перевозчика', 'перевозчиков'],
    exploiter: ['эксплуататора', 'эксплуататоров'],
    accomplice: ['пособника', 'пособников'],
    other: ['помощника', 'помощников'],
  };
  const roles =
    others.length === 0
      ? `${capitalize(subject.text)} ${subject.agreement === 'feminine' ? 'действовала' : 'действовал'} в одиночку.`
      : `Схему ${defendantAgreement(leader) === 'feminine' ? 'организовала' : 'организовал'} ${leader.label}; ` +
        `${listPhrase(
          groupByRole(others).map(
            ([role, members]) => `${labels(members)} — в роли ${roleNames[role][members.length === 1 ? 0 : 1]}`,
          ),
          'и',
        )}.`;
  return (
    `Синтетическое дело для демонстрации. ${period(story)} ${subject.text} ${actsPhrase(story, subject.agreement)} ` +
    `${victimsCounted(story)} ${routePhrase(story)} в целях ${purposes}. ` +
    `${capitalize(victims.nominative)} — ${victimDescription(story)}. ${roles}`
  );
}

function recruitment(story: Story, random: Random): string {
  const recruiter = actor(story, 'recruiter', 'organizer');
  const says = (forms: Forms): string => forms[recruiter.agreement];
  const victims = victimsIn(story);
  const victimVerb = (forms: Forms): string => forms[victimAgreement(story)];
  const job = story.purposes[0] === 'forced_marriage' ? 'замужество и лучшую жизнь' : JOBS[story.sectors[0]];
  const place = placeOfExploitation(story);
  const home =
    story.direction === 'inbound'
      ? `в ${countries(story.route.origin, 'russianPrepositional')}`
      : `на территории ${story.region.russianGenitive}`;
  const subject = capitalize(recruiter.text);
  const variants = {
    online: [
      () =>
        `${subject} ${says({ masculine: 'разместил', feminine: 'разместила', plural: 'разместили' })} в социальных сетях и мессенджерах объявления, предлагавшие ${job} ${place}.`,
      () =>
        `${capitalize(victims.nominative)} ${victimVerb({ masculine: 'откликнулся', feminine: 'откликнулась', plural: 'откликнулись' })} на объявление в интернете, предлагавшее ${job} ${place}; «собеседование» по видеосвязи ${says({ masculine: 'провёл', feminine: 'провела', plural: 'провели' })} ${recruiter.text}.`,
      () =>
        `${subject} ${says({ masculine: 'вёл', feminine: 'вела', plural: 'вели' })} несколько аккаунтов в социальных сетях и ${says({ masculine: 'предлагал', feminine: 'предлагала', plural: 'предлагали' })} там ${job} ${place} с оплатой дороги и жилья.`,
    ],
    acquaintance: [
      () =>
        `${subject}, ${says({ masculine: 'знакомый', feminine: 'знакомая', plural: 'знакомые' })} ${victims.oneOfGenitive}, ${says({ masculine: 'предложил', feminine: 'предложила', plural: 'предложили' })} ${victims.pronounDative} ${job} ${place}.`,
      () =>
        `${subject} ${says({ masculine: 'воспользовался', feminine: 'воспользовалась', plural: 'воспользовались' })} давним знакомством с ${victims.instrumental} и ${says({ masculine: 'предложил', feminine: 'предложила', plural: 'предложили' })} ${job} ${place}.`,
    ],
    agency: [
      () =>
        `${subject} ${says({ masculine: 'руководил', feminine: 'руководила', plural: 'руководили' })} нелицензированным кадровым агентством ${home}, которое предлагало ${job} ${place}.`,
      () =>
        `${capitalize(victims.nominative)} ${victimVerb({ masculine: 'обратился', feminine: 'обратилась', plural: 'обратились' })} в частное кадровое агентство ${home}, подконтрольное ${recruiter.label}, где ${victims.pronounDative} пообещали ${job} ${place}.`,
    ],
    relative: [
      () =>
        `${subject}, ${says({ masculine: 'дальний родственник', feminine: 'дальняя родственница', plural: 'дальние родственники' })} ${victims.oneOfGenitive}, ${says({ masculine: 'пообещал', feminine: 'пообещала', plural: 'пообещали' })} ${job} ${place}.`,
    ],
  }[story.recruitment];
  const promises = [
    'Обещанный заработок в несколько раз превышал местный уровень оплаты труда.',
    'Расходы на дорогу были представлены как аванс, который удержат из будущей зарплаты.',
    `${capitalize(victims.dative)} обещали оформить разрешение на работу по прибытии.`,
    'Предложение включало бесплатное проживание и питание.',
  ];
  return `${random.pick(variants)()} ${random.pick(promises)}`;
}

function journey(story: Story, random: Random): string {
  const transporter = actor(story, 'transporter', 'recruiter', 'organizer');
  const does = (forms: Forms): string => forms[transporter.agreement];
  const subject = capitalize(transporter.text);
  const victims = victimsIn(story);
  if (story.direction === 'domestic') {
    return random.pick([
      () =>
        `${subject} ${does({ masculine: 'привёз', feminine: 'привезла', plural: 'привезли' })} ${victims.accusative} из сельских районов на территорию ${story.region.russianGenitive} на автомобиле.`,
      () =>
        `${subject} ${does({ masculine: 'встретил', feminine: 'встретила', plural: 'встретили' })} ${victims.accusative} на автовокзале и ${does({ masculine: 'отвёз', feminine: 'отвезла', plural: 'отвезли' })} на территорию ${story.region.russianGenitive}.`,
    ])();
  }
  const mode = { bus: 'автобусом', train: 'поездом', car: 'на автомобиле', air: 'самолётом' }[story.transport];
  const route = routePhrase(story);
  const arrived = { masculine: 'добрался', feminine: 'добралась', plural: 'добрались' }[victimAgreement(story)];
  return random.pick([
    () =>
      `${subject} ${does({ masculine: 'купил', feminine: 'купила', plural: 'купили' })} билеты и ${does({ masculine: 'сопровождал', feminine: 'сопровождала', plural: 'сопровождали' })} ${victims.accusative} ${route} ${mode}.`,
    () =>
      `${capitalize(victims.nominative)} ${arrived} ${route} ${mode}; по прибытии ${victims.pronounAccusative} ${does({ masculine: 'встретил', feminine: 'встретила', plural: 'встретили' })} ${transporter.text} и ${does({ masculine: 'отвёз', feminine: 'отвезла', plural: 'отвезли' })} на съёмную квартиру.`,
    () =>
      `${subject} ${does({ masculine: 'организовал', feminine: 'организовала', plural: 'организовали' })} поездку ${route} ${mode} и ${does({ masculine: 'велел', feminine: 'велела', plural: 'велели' })} ${victims.pronounDative} говорить на границе, что цель поездки — туризм.`,
  ])();
}

function control(story: Story, random: Random): string {
  const exploiter = actor(story, 'exploiter', 'organizer');
  const does = (forms: Forms): string => forms[exploiter.agreement];
  const subject = capitalize(exploiter.text);
  const victims = victimsIn(story);
  const language = story.direction === 'domestic' ? '' : ', не владевшие местным языком';
  const sentences: Record<Means, () => string> = {
    document_retention: () =>
      `По прибытии ${exploiter.text} ${does({ masculine: 'забрал', feminine: 'забрала', plural: 'забрали' })} у ${victims.genitive} документы «для регистрации» и не ${does({ masculine: 'вернул', feminine: 'вернула', plural: 'вернули' })} их.`,
    debt_bondage: () =>
      `За ${victims.instrumental} числился «долг» за дорогу, жильё и питание, который рос за счёт произвольных «штрафов» и не мог быть погашен.`,
    // Migrants are threatened with the migration authorities; nationals with harm to their families.
    threat: () =>
      story.direction === 'domestic'
        ? `${subject} ${does({ masculine: 'угрожал', feminine: 'угрожала', plural: 'угрожали' })} расправой родственникам ${victims.genitive}.`
        : `${subject} ${does({ masculine: 'угрожал', feminine: 'угрожала', plural: 'угрожали' })} сообщить о ${victims.prepositional} в миграционную службу и рассказать обо всём родственникам.`,
    force: () => `К ${victims.dative} применялось физическое насилие.`,
    coercion: () =>
      'Свобода передвижения была ограничена: покидать место проживания разрешалось только под присмотром.',
    deception: () => 'Обещанная заработная плата так и не была выплачена.',
    abuse_of_vulnerability: () => `Для вербовки выбирались люди в тяжёлом материальном положении${language}.`,
    fraud: () => `Трудовые договоры, подписанные ${victims.instrumental}, оказались фиктивными.`,
    abduction: () => 'Как минимум в одном случае человека после похищения удерживали взаперти.',
    abuse_of_power: () =>
      `${subject} ${does({ masculine: 'использовал', feminine: 'использовала', plural: 'использовали' })} служебное положение, чтобы оформлять документы и избегать проверок.`,
    payment: () => 'Родственник потерпевшей стороны получил деньги за согласие на выезд.',
  };
  return random
    .sample(story.means, 3)
    .map((means) => sentences[means]())
    .join(' ');
}

function exploitation(story: Story): string {
  const exploiter = actor(story, 'exploiter', 'organizer');
  const months = monthsBetween(known(story.timeline.offenceStart), known(story.timeline.offenceEnd));
  const duration =
    months === 1
      ? 'В течение примерно месяца'
      : `В течение примерно ${months} ${months % 10 === 1 && months % 100 !== 11 ? 'месяца' : 'месяцев'}`;
  const sector = story.sectors[0];
  const workplace = WORKPLACES[sector];
  const victims = victimsIn(story);
  const verb = (forms: Forms): string => forms[victimAgreement(story)];
  const forced = verb({ masculine: 'был вынужден', feminine: 'была вынуждена', plural: 'были вынуждены' });
  const main: Record<ExploitationPurpose, () => string> = {
    sexual_exploitation: () =>
      `${duration} ${victims.nominative} ${forced} оказывать сексуальные услуги ${VENUES[sector] ?? workplace} под контролем ${exploiter.label} и отдавать почти все деньги.`,
    forced_labour: () =>
      `${duration} ${victims.nominative} ${verb({ masculine: 'работал', feminine: 'работала', plural: 'работали' })} по 12–14 часов в день без выходных ${workplace}, ${verb({ masculine: 'жил', feminine: 'жила', plural: 'жили' })} в переполненных помещениях и почти не ${verb({ masculine: 'получал', feminine: 'получала', plural: 'получали' })} оплаты.`,
    domestic_servitude: () =>
      `${duration} ${victims.nominative} без оплаты ${verb({ masculine: 'работал', feminine: 'работала', plural: 'работали' })} в частном доме без выходных и без права самостоятельно выходить из дома.`,
    forced_begging: () =>
      `${duration} ${victims.nominative} ${forced} попрошайничать у рынков и остановок и отдавать деньги ${exploiter.label}; за недостаточную «выручку» следовали наказания.`,
    forced_criminality: () =>
      `${duration} ${victims.nominative} под угрозой передачи полиции ${forced} перевозить запрещённые вещества и совершать мелкие кражи.`,
    organ_removal: () =>
      `За границей на ${victims.accusative} оказывали давление, добиваясь согласия на изъятие почки в частной клинике за малую часть обещанной суммы.`,
    forced_marriage: () =>
      `${capitalize(victims.nominative)} ${verb({ masculine: 'был передан', feminine: 'была передана', plural: 'были переданы' })} в семью для принудительного брака за деньги, полученные ${exploiter.label}, и ${verb({ masculine: 'удерживался', feminine: 'удерживалась', plural: 'удерживались' })} в доме.`,
    other: () =>
      `${duration} ${victims.nominative} ${verb({ masculine: 'подвергался', feminine: 'подвергалась', plural: 'подвергались' })} эксплуатации, формы которой следствию в полной мере установить не удалось.`,
  };
  const additional = story.purposes
    .slice(1)
    .map((purpose) => ` Установлены также признаки ${PURPOSES[purpose]}.`)
    .join('');
  return main[story.purposes[0]]() + additional;
}

function detection(story: Story): string {
  const when = capitalize(inMonth(known(story.timeline.reported)));
  const victims = victimsIn(story);
  const origin = countries(story.route.origin, 'russianGenitive');
  const sentences = {
    victim_escaped: () => `${when} ${victims.oneOfDative} удалось сбежать и обратиться в полицию.`,
    embassy: () =>
      `${when} ${victims.oneOfDative} удалось связаться с консульством ${origin} в ${countries(story.route.destination, 'russianPrepositional')}, которое сообщило в правоохранительные органы.`,
    hotline: () =>
      `${when} родственники ${victims.oneOfGenitive} позвонили на горячую линию НКО, откуда информация была передана в полицию.`,
    border_check: () =>
      `${when} пограничники обратили внимание на группу лиц с одинаковыми приглашениями и провели опрос.`,
    police_operation: () =>
      `${when} полиция выявила ${victims.accusative} в ходе мероприятий по противодействию незаконной занятости.`,
    labour_inspection: () =>
      `${when} совместная проверка трудовой инспекции и миграционной службы выявила ${victims.accusative} на месте работы.`,
    relatives: () => `${when} семья ${victims.oneOfGenitive} сообщила в полицию о потере связи.`,
    foreign_police: () =>
      `${when} власти ${countries(story.route.destination, 'russianGenitive')} выявили ${victims.accusative} и проинформировали компетентные органы ${origin}.`,
  };
  return sentences[story.detection]();
}

function investigation(story: Story): string {
  const { cooperation } = story;
  const sentences = [`${fullDate(known(story.timeline.investigationOpened))} возбуждено уголовное дело.`];
  if (story.mentalHealthInvolvement.includes('investigation')) {
    sentences.push(
      `Допросы ${victimsIn(story).genitive} проводились с участием психолога, чтобы избежать повторной травматизации.`,
    );
  }
  if (cooperation.mlaRequests.length > 0) {
    const outcomes = cooperation.mlaRequests.map(
      (request) => `в ${COUNTRY_NAMES[request.country].russianAccusative} — ${MLA_OUTCOMES[request.outcome]}`,
    );
    sentences.push(`Направлены запросы о правовой помощи: ${outcomes.join('; ')}.`);
  }
  if (cooperation.jointInvestigationTeam) {
    const partners = countries(foreignCountries(story), 'russianGenitive');
    sentences.push(`Создана совместная следственная группа с компетентными органами ${partners}.`);
  }
  for (const extradition of cooperation.extraditions) {
    sentences.push(
      `Направлен запрос об экстрадиции обвиняемого из ${COUNTRY_NAMES[extradition.country].russianGenitive}: ${EXTRADITION_OUTCOMES[extradition.outcome]}.`,
    );
  }
  const notices = cooperation.interpolNotices;
  if (notices > 0) {
    sentences.push(
      notices === 1
        ? 'Выставлено уведомление Интерпола.'
        : `Выставлено ${notices} ${plural(notices, 'уведомление', 'уведомления', 'уведомлений')} Интерпола.`,
    );
  }
  if (cooperation.agencies.includes('financial_intelligence')) {
    sentences.push('Подразделение финансовой разведки проследило движение доходов от эксплуатации.');
  }
  if (story.timeline.indicted !== null) {
    sentences.push(`${fullDate(story.timeline.indicted)} дело с обвинительным актом направлено в суд.`);
  }
  return sentences.join(' ');
}

function sentencePhrase(sentence: Sentence): string {
  if (sentence.life) {
    return 'пожизненное лишение свободы';
  }
  const years = Math.floor((sentence.custodialMonths ?? 0) / 12);
  const months = (sentence.custodialMonths ?? 0) % 12;
  const term = [
    years > 0 ? `${years} ${plural(years, 'год', 'года', 'лет')}` : '',
    months > 0 ? `${months} ${plural(months, 'месяц', 'месяца', 'месяцев')}` : '',
  ]
    .filter((part) => part.length > 0)
    .join(' ');
  let phrase = `лишение свободы сроком ${term}`;
  if (sentence.suspended) {
    const probation = sentence.probationMonths;
    phrase += ` условно с испытательным сроком ${probation} ${plural(probation, 'месяц', 'месяца', 'месяцев')}`;
  }
  if (sentence.fine !== null) {
    phrase += `, штраф в размере ${groupDigits(sentence.fine.amount, ' ')} ${sentence.fine.currency}`;
  }
  if (sentence.confiscation) {
    phrase += ', с конфискацией имущества';
  }
  return phrase;
}

function defendantOutcome(story: Story, defendant: Defendant): string {
  const charges = chargesOf(story, defendant.label);
  const cite = (outcome: string): string =>
    citeStatutes(
      charges.filter((charge) => charge.outcome === outcome).map((charge) => charge.statute),
      'ru',
    );
  const feminine = defendantAgreement(defendant) === 'feminine';
  switch (defendant.verdict) {
    case 'convicted': {
      const reclassified = cite('reclassified');
      const acquitted = cite('acquitted');
      let text = `В отношении ${defendant.label} вынесен обвинительный приговор по ${cite('convicted')}`;
      text += defendant.sentence === null ? '.' : `: ${sentencePhrase(defendant.sentence)}.`;
      if (reclassified.length > 0) {
        text += ` Обвинение по ${reclassified} переквалифицировано.`;
      }
      if (acquitted.length > 0) {
        text += ` По обвинению по ${acquitted} ${defendant.label} ${feminine ? 'оправдана' : 'оправдан'}.`;
      }
      return text;
    }
    case 'acquitted':
      return `${defendant.label} ${feminine ? 'оправдана' : 'оправдан'}: суд счёл недоказанной цель эксплуатации.`;
    case 'dismissed': {
      const reasons = {
        insufficient_evidence: 'за недостаточностью доказательств',
        amnesty: 'вследствие акта об амнистии',
        limitation: 'в связи с истечением сроков давности',
      };
      return `Уголовное дело в отношении ${defendant.label} прекращено ${reasons[story.dismissalReason]}.`;
    }
    case 'pending':
      return `Дело в отношении ${defendant.label}, ${feminine ? 'находящейся' : 'находящегося'} за границей, выделено в отдельное производство.`;
    case 'other':
      return `Дело в отношении ${defendant.label} возвращено прокурору для дополнительного расследования.`;
  }
}

function trial(story: Story): string {
  const { timeline } = story;
  if (timeline.indicted === null) {
    return 'Следствие продолжается; дело в суд ещё не направлено.';
  }
  if (timeline.firstInstanceVerdict === null) {
    return 'Дело рассматривается судом первой инстанции; приговор ещё не вынесен.';
  }
  const victims = victimsIn(story);
  const verb = (forms: Forms): string => forms[victimAgreement(story)];
  const sentences = [`${fullDate(timeline.firstInstanceVerdict)} суд первой инстанции вынес приговор.`];
  sentences.push(...story.defendants.map((defendant) => defendantOutcome(story, defendant)));
  if (story.victims.some((group) => group.testified)) {
    const support = story.mentalHealthInvolvement.includes('trial')
      ? ' в отдельном помещении в присутствии психолога'
      : '';
    sentences.push(
      `${capitalize(victims.nominative)} ${verb({ masculine: 'дал', feminine: 'дала', plural: 'дали' })} показания в суде${support}.`,
    );
  } else {
    sentences.push(
      `${capitalize(victims.nominative)} в суде не ${verb({ masculine: 'допрашивался', feminine: 'допрашивалась', plural: 'допрашивались' })}; оглашены показания, данные на следствии.`,
    );
  }
  const awards = story.victims.filter((group) => group.compensationAwarded !== null);
  if (awards.length > 0) {
    const total = awards.reduce((sum, group) => sum + (group.compensationAwarded?.amount ?? 0), 0);
    sentences.push(
      `Суд взыскал в пользу ${victims.genitive} компенсацию на общую сумму ${groupDigits(total, ' ')} ${story.jurisdiction.currency}.`,
    );
  }
  if (story.appealOutcome === 'pending') {
    sentences.push('Апелляционная жалоба на приговор находится на рассмотрении.');
  } else if (story.appealOutcome !== null) {
    const decisions = {
      upheld: 'оставил приговор без изменения',
      modified: 'изменил приговор',
      overturned: 'отменил приговор и направил дело на новое рассмотрение',
    };
    sentences.push(
      `${fullDate(known(timeline.appealDecision))} суд апелляционной инстанции ${decisions[story.appealOutcome]}.`,
    );
  } else if (timeline.final !== null) {
    sentences.push(`Приговор не обжаловался и ${fullDate(timeline.final)} вступил в законную силу.`);
  }
  return sentences.join(' ');
}

function aftercare(story: Story): string {
  const victims = victimsIn(story);
  const received = { masculine: 'получил', feminine: 'получила', plural: 'получили' }[victimAgreement(story)];
  const provided = new Set(story.victims.flatMap((group) => group.servicesProvided));
  const services = VICTIM_SERVICES.filter((service) => service !== 'compensation' && provided.has(service));
  const sentences: string[] = [];
  if (services.length > 0) {
    sentences.push(
      `${capitalize(victims.nominative)} ${received} ${listPhrase(
        services.map((service) => SERVICES[service]),
        'и',
      )}.`,
    );
  }
  if (story.mentalHealthInvolvement.includes('reintegration')) {
    sentences.push(`На этапе реинтеграции с ${victims.instrumental} продолжал работать психолог.`);
  }
  if (story.cooperation.agencies.includes('ngo')) {
    sentences.push('Помощь координировала местная НКО.');
  }
  return sentences.join(' ');
}

export function writeRussian(story: Story, random: Random): CaseTexts {
  const paragraphs: Paragraph[] = [
    { text: introduction(story), optional: false },
    { text: recruitment(story, random), optional: false },
    { text: `${journey(story, random)} ${control(story, random)}`, optional: false },
    { text: exploitation(story), optional: false },
    { text: detection(story), optional: true },
    { text: investigation(story), optional: false },
    { text: trial(story), optional: false },
    { text: aftercare(story), optional: true },
  ];
  return { title: title(story, random), summary: summary(story), facts: joinParagraphs(paragraphs) };
}
