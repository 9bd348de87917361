/**
 * English texts of a synthetic case, composed from template fragments. People appear only as
 * labels (D1, "the victims"); places are countries and regions; there are no names, contacts
 * or document numbers, so nothing resembles personal data.
 */
import type {
  Act,
  Defendant,
  DefendantRole,
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

const MONTHS = [
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
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const PURPOSES: Record<ExploitationPurpose, string> = {
  sexual_exploitation: 'sexual exploitation',
  forced_labour: 'forced labour',
  domestic_servitude: 'domestic servitude',
  forced_begging: 'forced begging',
  forced_criminality: 'forced criminal activity',
  organ_removal: 'the removal of organs',
  forced_marriage: 'forced marriage',
  other: 'other forms of exploitation',
};

const ACT_VERBS: Record<Act, string> = {
  recruitment: 'recruited',
  transportation: 'transported',
  transfer: 'transferred',
  harbouring: 'harboured',
  receipt: 'received',
};

const ROLES: Record<DefendantRole, [singular: string, plural: string]> = {
  organizer: ['co-organizer', 'co-organizers'],
  recruiter: ['recruiter', 'recruiters'],
  transporter: ['transporter', 'transporters'],
  exploiter: ['exploiter', 'exploiters'],
  accomplice: ['accomplice', 'accomplices'],
  other: ['helper', 'helpers'],
};

/** What the victims were offered, by sector. */
const JOBS: Record<Sector, string> = {
  agriculture: 'seasonal farm work',
  construction: 'construction work',
  domestic_work: 'work as a housekeeper or nanny',
  entertainment: 'work as a waitress or dancer in a restaurant',
  manufacturing: 'work at a garment workshop',
  hospitality: 'work in a hotel or café',
  begging: 'work at a market',
  fishing: 'work on a fishing boat',
  mining: 'work at a quarry',
  transport: 'work at a logistics warehouse',
  online: 'work as an online chat administrator',
  other: 'work with free accommodation',
};

const WORKPLACES: Record<Sector, string> = {
  agriculture: 'a vegetable farm',
  construction: 'construction sites',
  domestic_work: 'a private household',
  entertainment: 'a night club',
  manufacturing: 'an unregistered garment workshop',
  hospitality: 'a restaurant kitchen and a hotel',
  begging: 'markets and transport stops',
  fishing: 'a fishing boat',
  mining: 'a quarry',
  transport: 'a logistics warehouse',
  online: 'rented apartments',
  other: 'a private business',
};

/** Where sexual exploitation took place, by sector. */
const VENUES: Partial<Record<Sector, string>> = {
  entertainment: 'a night club',
  hospitality: 'hotels and saunas',
  online: 'rented apartments, with the services advertised online,',
};

const REQUEST_OUTCOMES: Record<RequestOutcome, string> = {
  executed: 'was executed',
  granted: 'was granted',
  refused: 'was refused',
  pending: 'is still pending',
  partially_executed: 'was partially executed',
  withdrawn: 'was withdrawn',
};

const SERVICES: Record<VictimService, string> = {
  shelter: 'shelter',
  medical: 'medical care',
  psychological_support: 'psychological support',
  legal_aid: 'legal aid',
  interpretation: 'interpretation',
  repatriation: 'help with repatriation',
  reintegration: 'reintegration support',
  compensation: 'compensation',
};

function monthYear(date: PartialDate): string {
  const { year, month } = dateParts(date);
  return `${MONTHS[month - 1]} ${year}`;
}

function fullDate(date: PartialDate): string {
  const { year, month, day } = dateParts(date);
  return day === null ? monthYear(date) : `${day} ${MONTHS[month - 1]} ${year}`;
}

function count(amount: number, singular: string, plural: string): string {
  return `${amount <= 10 ? NUMBER_WORDS[amount] : amount} ${amount === 1 ? singular : plural}`;
}

function countries(codes: string[]): string {
  return listPhrase(
    codes.map((code) => COUNTRY_NAMES[code].english),
    'and',
  );
}

function labels(defendants: Defendant[]): string {
  return listPhrase(
    defendants.map((defendant) => defendant.label),
    'and',
  );
}

/** "women", "men and boys"; for a single victim "woman", "girl" or "person". */
function victimsNoun(story: Story): string {
  const total = totalVictims(story);
  const minors = totalMinors(story);
  const allMinors = minors === total;
  if (total === 1) {
    return { female: allMinors ? 'girl' : 'woman', male: allMinors ? 'boy' : 'man', mixed: 'person' }[
      victimSexes(story)
    ];
  }
  const nouns = {
    female: allMinors ? 'girls' : minors > 0 ? 'women and girls' : 'women',
    male: allMinors ? 'boys' : minors > 0 ? 'men and boys' : 'men',
    mixed: minors > 0 ? 'adults and children' : 'men and women',
  };
  return nouns[victimSexes(story)];
}

/** "a woman", "four women", "16 women" */
function victimsCounted(story: Story): string {
  const total = totalVictims(story);
  if (total === 1) {
    return `a ${victimsNoun(story)}`;
  }
  return `${total <= 10 ? NUMBER_WORDS[total] : total} ${victimsNoun(story)}`;
}

/** Words that refer to the victims and agree with their number (and, for one victim, sex). */
interface VictimWords {
  the: string;
  were: string;
  they: string;
  them: string;
  their: string;
  possessive: string;
  oneOf: string;
}

function victimWords(story: Story): VictimWords {
  if (totalVictims(story) > 1) {
    const plural = { they: 'they', them: 'them', their: 'their' };
    return { the: 'the victims', were: 'were', ...plural, possessive: "the victims'", oneOf: 'one of the victims' };
  }
  const sex = story.victims[0].sex;
  const pronouns =
    sex === 'female'
      ? { they: 'she', them: 'her', their: 'her' }
      : sex === 'male'
        ? { they: 'he', them: 'him', their: 'his' }
        : { they: 'they', them: 'them', their: 'their' };
  return { the: 'the victim', were: 'was', ...pronouns, possessive: "the victim's", oneOf: 'the victim' };
}

function routePhrase(story: Story): string {
  const { origin, transit, destination } = story.route;
  if (story.direction === 'domestic') {
    return `within ${countries(destination)}`;
  }
  const via = transit.length > 0 ? ` via ${countries(transit)}` : '';
  return `from ${countries(origin)}${via} to ${countries(destination)}`;
}

/** Where the work was promised and the exploitation took place. */
function placeOfExploitation(story: Story): string {
  if (story.direction === 'outbound') {
    return `in ${countries(story.route.destination)}`;
  }
  return `in ${story.region.name}`;
}

function period(story: Story): string {
  const start = dateParts(known(story.timeline.offenceStart));
  const end = dateParts(known(story.timeline.offenceEnd));
  if (start.year === end.year && start.month === end.month) {
    return `In ${MONTHS[start.month - 1]} ${start.year}`;
  }
  const from = start.year === end.year ? MONTHS[start.month - 1] : `${MONTHS[start.month - 1]} ${start.year}`;
  return `Between ${from} and ${MONTHS[end.month - 1]} ${end.year}`;
}

function actsPhrase(story: Story): string {
  return listPhrase(
    story.acts.map((act) => ACT_VERBS[act]),
    'and',
  );
}

function title(story: Story, random: Random): string {
  const victims = totalVictims(story) === 1 ? `a ${victimsNoun(story)}` : victimsNoun(story);
  const origin = countries(story.route.origin);
  const purpose = PURPOSES[story.purposes[0]];
  const where = story.direction === 'domestic' ? `in ${story.region.name}` : `in ${countries(story.route.destination)}`;
  const method = {
    online: 'via online job ads',
    acquaintance: 'by acquaintances',
    agency: 'through a sham employment agency',
    relative: 'by a relative',
  }[story.recruitment];
  const actors = ['Single offender', 'Two defendants'][story.defendants.length - 1] ?? 'Organized group';
  const variants = [
    () => `Recruitment of ${victims} from ${origin} ${method} for ${purpose} ${where}`,
    () => `${capitalize(purpose)} of ${victims} from ${origin} ${where}`,
    () => `${actors} moving ${victims} ${routePhrase(story)} for ${purpose}`,
  ];
  return `[SYNTHETIC] ${random.pick(variants)()}`;
}

function outcomeSentence(story: Story): string {
  const byVerdict = (verdict: Defendant['verdict']): Defendant[] =>
    story.defendants.filter((defendant) => defendant.verdict === verdict);
  if (story.timeline.indicted === null) {
    return 'The investigation is ongoing.';
  }
  if (story.timeline.firstInstanceVerdict === null) {
    return 'The case is pending before the court of first instance.';
  }
  const parts: string[] = [];
  const convicted = byVerdict('convicted');
  const acquitted = byVerdict('acquitted');
  if (convicted.length > 0) {
    parts.push(`the court convicted ${labels(convicted)}`);
  }
  if (acquitted.length > 0) {
    parts.push(`${labels(acquitted)} ${acquitted.length === 1 ? 'was' : 'were'} acquitted`);
  }
  if (parts.length === 0) {
    return 'No defendant was convicted at first instance.';
  }
  return `${capitalize(parts.join('; '))}.`;
}

function summary(story: Story): string {
  const nationalities = victimNationalities(story);
  const citizens = totalVictims(story) === 1 ? 'a citizen' : 'citizens';
  const sentences = [
    `${labels(story.defendants)} ${actsPhrase(story)} ${victimsCounted(story)}, ${citizens} of ${countries(nationalities)}, ${routePhrase(story)} for ${PURPOSES[story.purposes[0]]}.`,
    outcomeSentence(story),
  ];
  if (story.appealOutcome !== null && story.appealOutcome !== 'pending') {
    sentences.push(`The verdict was ${story.appealOutcome} on appeal.`);
  }
  return `[SYNTHETIC] ${sentences.join(' ')}`;
}

function introduction(story: Story): string {
  const nationalities = victimNationalities(story);
  const citizens = totalVictims(story) === 1 ? 'a citizen' : 'citizens';
  const purposes = listPhrase(
    story.purposes.map((purpose) => PURPOSES[purpose]),
    'and',
  );
  const [leader, ...others] = story.defendants;
  const roles =
    others.length === 0
      ? `${leader.label} acted alone.`
      : `${leader.label} organized the scheme, with ${listPhrase(
          groupByRole(others).map(
            ([role, members]) => `${labels(members)} as ${ROLES[role][members.length === 1 ? 0 : 1]}`,
          ),
          'and',
        )}.`;
  return (
    `Synthetic case for demonstration. ${period(story)}, ${labels(story.defendants)} ` +
    `${actsPhrase(story)} ${victimsCounted(story)}, ${citizens} of ${countries(nationalities)}, ` +
    `${routePhrase(story)} for the purpose of ${purposes}. ${roles}`
  );
}

function recruitment(story: Story, random: Random): string {
  const recruiter = defendantWithRole(story, 'recruiter', 'organizer').label;
  const victims = victimWords(story);
  const subject = capitalize(victims.the);
  const job = story.purposes[0] === 'forced_marriage' ? 'a marriage and a better life' : JOBS[story.sectors[0]];
  const place = placeOfExploitation(story);
  const home = story.direction === 'inbound' ? countries(story.route.origin) : story.region.name;
  const variants = {
    online: [
      () => `${recruiter} posted advertisements in social networks and messenger channels offering ${job} ${place}.`,
      () =>
        `${subject} answered an online vacancy offering ${job} ${place}; ${recruiter} held the "interview" by video call.`,
      () =>
        `${recruiter} ran several social-network accounts that advertised ${job} ${place}, with travel and housing paid.`,
    ],
    acquaintance: [
      () => `${recruiter}, an acquaintance of ${victims.oneOf} from ${home}, offered ${victims.them} ${job} ${place}.`,
      () =>
        `${subject} ${victims.were} approached by ${recruiter}, whom ${victims.they} knew from ${victims.their} neighbourhood in ${home}, with an offer of ${job} ${place}.`,
    ],
    agency: [
      () => `${recruiter} ran an unlicensed employment agency in ${home} that offered ${job} ${place}.`,
      () =>
        `${subject} applied to a private employment agency in ${home} controlled by ${recruiter}, which promised ${job} ${place}.`,
    ],
    relative: [() => `${recruiter}, a distant relative of ${victims.oneOf}, promised ${job} ${place}.`],
  }[story.recruitment];
  const promises = [
    'The promised pay was several times higher than local wages.',
    'Travel costs were presented as an advance to be deducted from future earnings.',
    `${subject} ${victims.were} told that a work permit would be arranged on arrival.`,
    'The offer included free accommodation and meals.',
  ];
  return `${random.pick(variants)()} ${random.pick(promises)}`;
}

function journey(story: Story, random: Random): string {
  const transporter = defendantWithRole(story, 'transporter', 'recruiter', 'organizer').label;
  const victims = victimWords(story);
  if (story.direction === 'domestic') {
    return random.pick([
      () => `${transporter} brought ${victims.the} from a rural district to ${story.region.name} by car.`,
      () =>
        `${transporter} collected ${victims.the} at a bus station and drove ${victims.them} to ${story.region.name}.`,
    ])();
  }
  const mode = { bus: 'by bus', train: 'by train', car: 'by car', air: 'by air' }[story.transport];
  const route = routePhrase(story);
  return random.pick([
    () => `${transporter} bought the tickets and accompanied ${victims.the} ${mode} ${route}.`,
    () =>
      `${capitalize(victims.the)} travelled ${mode} ${route}; ${transporter} met ${victims.them} on arrival and took ${victims.them} to a rented flat.`,
    () =>
      `${transporter} organised the journey ${route} ${mode} and told ${victims.the} to say at the border that the trip was for tourism.`,
  ])();
}

function control(story: Story, random: Random): string {
  const exploiter = defendantWithRole(story, 'exploiter', 'organizer').label;
  const victims = victimWords(story);
  const subject = capitalize(victims.the);
  const language = story.direction === 'domestic' ? '' : ' who did not speak the local language';
  const sentences: Record<Means, () => string> = {
    document_retention: () =>
      `On arrival, ${exploiter} took ${victims.possessive} identity documents "for registration" and kept them.`,
    debt_bondage: () =>
      `${subject} ${victims.were} told that ${victims.they} owed a debt for travel, housing and food, which grew with arbitrary "fines" and could never be repaid.`,
    // Migrants are threatened with the migration authorities; nationals with harm to their families.
    threat: () =>
      story.direction === 'domestic'
        ? `${exploiter} threatened to harm the families of ${victims.the}.`
        : `${exploiter} threatened to report ${victims.the} to the migration authorities and to tell relatives about the situation.`,
    force: () => `${subject} ${victims.were} beaten for refusing to obey.`,
    coercion: () =>
      `${capitalize(victims.their)} movement was restricted, and ${victims.they} could leave the premises only under supervision.`,
    deception: () => 'The promised wages were never paid.',
    abuse_of_vulnerability: () => `The scheme targeted people in financial hardship${language}.`,
    fraud: () => `The employment contracts that ${victims.the} signed were fictitious.`,
    abduction: () => `${capitalize(victims.oneOf)} was taken away by force and locked up.`,
    abuse_of_power: () => `${exploiter} used an official position to arrange documents and avoid checks.`,
    payment: () => `A relative of ${victims.oneOf} received a payment in exchange for consent.`,
  };
  return random
    .sample(story.means, 3)
    .map((means) => sentences[means]())
    .join(' ');
}

function exploitation(story: Story): string {
  const exploiter = defendantWithRole(story, 'exploiter', 'organizer').label;
  const months = monthsBetween(known(story.timeline.offenceStart), known(story.timeline.offenceEnd));
  const duration = `For about ${count(months, 'month', 'months')}`;
  const victims = victimWords(story);
  const sector = story.sectors[0];
  const main: Record<ExploitationPurpose, () => string> = {
    sexual_exploitation: () =>
      `${duration}, ${victims.the} had to provide sexual services in ${VENUES[sector] ?? WORKPLACES[sector]} under the control of ${exploiter} and hand over almost all of the money.`,
    forced_labour: () =>
      `${duration}, ${victims.the} worked 12 to 14 hours a day, seven days a week, at ${WORKPLACES[sector]}, lived in overcrowded conditions and received little or no pay.`,
    domestic_servitude: () =>
      `${duration}, ${victims.the} worked without pay in a private household, had no days off and ${victims.were} not allowed to leave the house alone.`,
    forced_begging: () =>
      `${duration}, ${victims.the} had to beg near markets and transport stops and hand the money to ${exploiter}, and ${victims.were} punished when bringing too little.`,
    forced_criminality: () =>
      `${duration}, ${victims.the} ${victims.were} forced to carry prohibited substances and commit petty thefts under the threat of being handed over to the police.`,
    organ_removal: () =>
      `Once abroad, ${victims.the} ${victims.were} pressured into agreeing to the removal of a kidney in a private clinic for a fraction of the promised payment.`,
    forced_marriage: () =>
      `${capitalize(victims.the)} ${victims.were} handed over to a family for a forced marriage in exchange for money paid to ${exploiter} and held in the household.`,
    other: () =>
      `${duration}, ${victims.the} ${victims.were} exploited in ways that the investigation could not fully establish.`,
  };
  const additional = story.purposes
    .slice(1)
    .map((purpose) => ` There were also signs of ${PURPOSES[purpose]}.`)
    .join('');
  return main[story.purposes[0]]() + additional;
}

function detection(story: Story): string {
  const when = `In ${monthYear(known(story.timeline.reported))}`;
  const victims = victimWords(story);
  const origin = countries(story.route.origin);
  const destination = countries(story.route.destination);
  const sentences = {
    victim_escaped: () => `${when}, ${victims.oneOf} escaped and reported the situation to the police.`,
    embassy: () =>
      `${when}, ${victims.oneOf} managed to contact the consulate of ${origin} in ${destination}, which alerted the authorities.`,
    hotline: () =>
      `${when}, relatives of ${victims.oneOf} called an NGO hotline, which passed the information to the police.`,
    border_check: () =>
      `${when}, border officers became suspicious of travellers with identical invitation letters and questioned them.`,
    police_operation: () =>
      `${when}, the police identified ${victims.the} during an operation against illegal employment.`,
    labour_inspection: () =>
      `${when}, a joint inspection by the labour inspectorate and the migration service found ${victims.the} at the workplace.`,
    relatives: () =>
      `${when}, the family of ${victims.oneOf} reported that they had lost contact and asked the police for help.`,
    foreign_police: () =>
      `${when}, the authorities of ${destination} identified ${victims.the} and informed the authorities of ${origin}.`,
  };
  return sentences[story.detection]();
}

function investigation(story: Story): string {
  const { cooperation } = story;
  const sentences = [`A criminal investigation was opened on ${fullDate(known(story.timeline.investigationOpened))}.`];
  if (story.mentalHealthInvolvement.includes('investigation')) {
    sentences.push(
      `A psychologist took part in the interviews with ${victimWords(story).the} to avoid retraumatisation.`,
    );
  }
  if (cooperation.mlaRequests.length > 0) {
    const outcomes = cooperation.mlaRequests.map(
      (request) => `the request to ${COUNTRY_NAMES[request.country].english} ${REQUEST_OUTCOMES[request.outcome]}`,
    );
    sentences.push(`Requests for mutual legal assistance were sent abroad: ${listPhrase(outcomes, 'and')}.`);
  }
  if (cooperation.jointInvestigationTeam) {
    const partners = foreignCountries(story);
    sentences.push(`A joint investigation team was set up with the authorities of ${countries(partners)}.`);
  }
  for (const extradition of cooperation.extraditions) {
    sentences.push(
      `Extradition of a defendant from ${COUNTRY_NAMES[extradition.country].english} was requested; the request ${REQUEST_OUTCOMES[extradition.outcome]}.`,
    );
  }
  if (cooperation.interpolNotices > 0) {
    sentences.push(
      cooperation.interpolNotices === 1
        ? 'An Interpol notice was issued.'
        : `${capitalize(count(cooperation.interpolNotices, 'Interpol notice', 'Interpol notices'))} were issued.`,
    );
  }
  if (cooperation.agencies.includes('financial_intelligence')) {
    sentences.push('The financial intelligence unit traced the proceeds of the exploitation.');
  }
  if (story.timeline.indicted !== null) {
    sentences.push(`The indictment was sent to court on ${fullDate(story.timeline.indicted)}.`);
  }
  return sentences.join(' ');
}

/** "six years and four months of imprisonment and a fine of 5,500 GEL, with confiscation of property" */
function sentencePhrase(sentence: Sentence): string {
  const punishments: string[] = [];
  if (sentence.life) {
    punishments.push('life imprisonment');
  } else {
    const years = Math.floor((sentence.custodialMonths ?? 0) / 12);
    const months = (sentence.custodialMonths ?? 0) % 12;
    const term = [years > 0 ? count(years, 'year', 'years') : '', months > 0 ? count(months, 'month', 'months') : '']
      .filter((part) => part.length > 0)
      .join(' and ');
    const suspension = sentence.suspended
      ? `, suspended with ${count(sentence.probationMonths, 'month', 'months')} of probation`
      : '';
    punishments.push(`${term} of imprisonment${suspension}`);
  }
  if (sentence.fine !== null) {
    punishments.push(`a fine of ${groupDigits(sentence.fine.amount, ',')} ${sentence.fine.currency}`);
  }
  const confiscation = sentence.confiscation ? ', with confiscation of property' : '';
  return `${punishments.join(sentence.suspended ? ', and ' : ' and ')}${confiscation}`;
}

function defendantOutcome(story: Story, defendant: Defendant): string {
  const charges = chargesOf(story, defendant.label);
  const cite = (outcome: string): string =>
    citeStatutes(
      charges.filter((charge) => charge.outcome === outcome).map((charge) => charge.statute),
      'en',
    );
  switch (defendant.verdict) {
    case 'convicted': {
      const reclassified = cite('reclassified');
      const acquitted = cite('acquitted');
      let text = `${defendant.label} was convicted under ${cite('convicted')}`;
      text += defendant.sentence === null ? '.' : ` and sentenced to ${sentencePhrase(defendant.sentence)}.`;
      if (reclassified.length > 0) {
        text += ` The charge under ${reclassified} was reclassified.`;
      }
      if (acquitted.length > 0) {
        text += ` ${defendant.label} was acquitted of the charge under ${acquitted}.`;
      }
      return text;
    }
    case 'acquitted':
      return `${defendant.label} was acquitted: the court found the evidence of the exploitation purpose insufficient.`;
    case 'dismissed': {
      const reasons = {
        insufficient_evidence: 'for lack of evidence',
        amnesty: 'under an amnesty',
        limitation: 'after the limitation period expired',
      };
      return `The case against ${defendant.label} was dismissed ${reasons[story.dismissalReason]}.`;
    }
    case 'pending':
      return `Proceedings against ${defendant.label}, who remains abroad, were separated and are pending.`;
    case 'other':
      return `The case against ${defendant.label} was returned to the prosecutor for further investigation.`;
  }
}

function trial(story: Story): string {
  const { timeline } = story;
  if (timeline.indicted === null) {
    return 'The investigation is ongoing; the case has not yet been sent to court.';
  }
  if (timeline.firstInstanceVerdict === null) {
    return `The trial before the ${story.courtName} is ongoing; no verdict has been delivered yet.`;
  }
  const sentences = [`On ${fullDate(timeline.firstInstanceVerdict)}, the ${story.courtName} delivered its verdict.`];
  sentences.push(...story.defendants.map((defendant) => defendantOutcome(story, defendant)));
  if (story.victims.some((group) => group.testified)) {
    const support = story.mentalHealthInvolvement.includes('trial')
      ? ', in a separate room and with a psychologist present'
      : '';
    sentences.push(`${capitalize(victimWords(story).the)} testified at trial${support}.`);
  } else {
    sentences.push(
      `${capitalize(victimWords(story).the)} did not testify in court; pre-trial statements were read out.`,
    );
  }
  const awards = story.victims.filter((group) => group.compensationAwarded !== null);
  if (awards.length > 0) {
    const total = awards.reduce((sum, group) => sum + (group.compensationAwarded?.amount ?? 0), 0);
    sentences.push(
      `The court awarded ${victimWords(story).the} compensation totalling ${groupDigits(total, ',')} ${story.jurisdiction.currency}.`,
    );
  }
  if (story.appealOutcome === 'pending') {
    sentences.push('An appeal against the verdict is pending.');
  } else if (story.appealOutcome !== null) {
    const decisions = {
      upheld: 'upheld the verdict',
      modified: 'modified the verdict',
      overturned: 'overturned the verdict and ordered a new trial',
    };
    const date = fullDate(known(timeline.appealDecision));
    sentences.push(`On ${date}, the appeal court ${decisions[story.appealOutcome]}.`);
  } else if (timeline.final !== null) {
    sentences.push(`No appeal was filed, and the verdict became final on ${fullDate(timeline.final)}.`);
  }
  return sentences.join(' ');
}

function aftercare(story: Story): string {
  const provided = new Set(story.victims.flatMap((group) => group.servicesProvided));
  const services = VICTIM_SERVICES.filter((service) => service !== 'compensation' && provided.has(service));
  const sentences: string[] = [];
  if (services.length > 0) {
    sentences.push(
      `${capitalize(victimWords(story).the)} received ${listPhrase(
        services.map((service) => SERVICES[service]),
        'and',
      )}.`,
    );
  }
  if (story.mentalHealthInvolvement.includes('reintegration')) {
    sentences.push(`A psychologist continued to work with ${victimWords(story).the} during reintegration.`);
  }
  if (story.cooperation.agencies.includes('ngo')) {
    sentences.push('A local NGO coordinated the assistance.');
  }
  return sentences.join(' ');
}

export function writeEnglish(story: Story, random: Random): CaseTexts {
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
