/**
 * Charges, defendants, verdicts and sentences of a synthetic case, kept consistent with each
 * other and with the statute catalogue: charges cite statutes of the case's jurisdiction, a
 * convicted defendant has a convicted charge and a sentence within (rarely below) its range.
 */
import { VICTIM_SERVICES } from '@caseatlas/contracts';
import type {
  AgeBand,
  Charge,
  CountryCode,
  CurrencyCode,
  Defendant,
  DefendantRole,
  ExploitationPurpose,
  Means,
  Money,
  Sentence,
  Sex,
  StatuteRecord,
  Verdict,
  VictimGroup,
} from '@caseatlas/contracts';
import { JURISDICTIONS, MONEY_RANGES } from './geography';
import type { Jurisdiction } from './geography';
import type { Random, Weighted } from './random';
import { isLabour } from './setting';
import type { Setting } from './setting';
import { statuteKind } from './statutes';
import type { StatuteKind } from './statutes';

const ADULT_AGE_BANDS: Weighted<AgeBand>[] = [
  ['18-24', 8],
  ['25-34', 32],
  ['35-44', 33],
  ['45-54', 19],
  ['55-64', 8],
];

interface ChargePlan {
  main: StatuteRecord;
  /** Related offences (prostitution, forced labour, smuggling, forgery) charged alongside for some. */
  additional: StatuteRecord[];
}

/** Statutes by jurisdiction, found by kind where the built-in catalogue knows the key. */
export class StatuteCatalogue {
  private readonly byJurisdiction = new Map<CountryCode, StatuteRecord[]>();

  constructor(statutes: StatuteRecord[]) {
    for (const statute of statutes) {
      const list = this.byJurisdiction.get(statute.jurisdiction) ?? [];
      list.push(statute);
      this.byJurisdiction.set(statute.jurisdiction, list);
    }
    const missing = JURISDICTIONS.map((jurisdiction) => jurisdiction.country).filter(
      (country) => !this.byJurisdiction.has(country),
    );
    if (missing.length > 0) {
      throw new RangeError(`The statute catalogue has no statute for ${missing.join(', ')}`);
    }
  }

  /** The statute of the first kind in `kinds` that the jurisdiction has. */
  find(country: CountryCode, kinds: StatuteKind[]): StatuteRecord | undefined {
    const statutes = this.byJurisdiction.get(country) ?? [];
    for (const kind of kinds) {
      const found = statutes.find((statute) => statuteKind(statute.key) === kind);
      if (found !== undefined) {
        return found;
      }
    }
    return undefined;
  }

  /** For catalogues without the built-in keys: the most severe statute covering the purpose. */
  mostSevere(country: CountryCode, purpose: ExploitationPurpose): StatuteRecord {
    const statutes = this.byJurisdiction.get(country) ?? [];
    const covering = statutes.filter((statute) => statute.purposes.includes(purpose));
    return mostSerious(covering.length > 0 ? covering : statutes);
  }
}

/** Ranks statutes: life imprisonment first, then the longest maximum, then the longest minimum. */
function severity(statute: StatuteRecord): number {
  return (statute.lifePossible ? 10_000 : 0) + statute.penaltyMaxMonths * 10 + statute.penaltyMinMonths / 1000;
}

function mostSerious(statutes: StatuteRecord[]): StatuteRecord {
  return statutes.reduce((most, statute) => (severity(statute) > severity(most) ? statute : most));
}

/** The statutes of the case: the main charge by aggravating circumstances, plus related offences. */
export function planCharges(
  { random, jurisdiction, direction, purposes }: Setting,
  catalogue: StatuteCatalogue,
  victims: VictimGroup[],
  defendantCount: number,
  means: Means[],
): ChargePlan {
  const country = jurisdiction.country;
  const purpose = purposes[0];
  const kinds: StatuteKind[] = ['trafficking'];
  if (victims.reduce((sum, group) => sum + group.count, 0) > 1 || direction !== 'domestic') {
    kinds.unshift('trafficking_aggravated');
  }
  if (defendantCount >= 3 && random.chance(0.6)) {
    kinds.unshift('trafficking_organized');
  }
  if (victims.some((group) => group.minors > 0)) {
    kinds.unshift('trafficking_minors');
  }
  let lesserKind: StatuteKind | null = null;
  if (purpose === 'sexual_exploitation') {
    lesserKind = 'prostitution';
  } else if (isLabour(purpose)) {
    lesserKind = 'forced_labour';
  }
  // Trafficking is often charged as a lesser offence (pimping, forced labour) that is easier to prove.
  if (lesserKind !== null && random.chance(0.12)) {
    kinds.unshift(lesserKind);
  }
  const main = catalogue.find(country, kinds) ?? catalogue.mostSevere(country, purpose);

  const additionalKinds: StatuteKind[] = lesserKind === null ? [] : [lesserKind];
  if (direction !== 'domestic') {
    additionalKinds.push('illegal_migration');
  }
  if (means.includes('document_retention') || means.includes('fraud')) {
    additionalKinds.push('forgery');
  }
  const additional = additionalKinds
    .map((kind) => catalogue.find(country, [kind]))
    .filter((statute): statute is StatuteRecord => statute !== undefined && statute.key !== main.key);
  return { main, additional };
}

/**
 * Defendants D1..Dn with their charges. Without a first-instance verdict everyone is pending;
 * a fugitive (the last defendant, when an extradition failed) is tried separately and pending.
 */
export function chooseDefendants(
  setting: Setting,
  plan: ChargePlan,
  count: number,
  hasVerdict: boolean,
  fugitive: boolean,
): { defendants: Defendant[]; charges: Charge[] } {
  const { random, jurisdiction } = setting;
  const leadingVerdict = random.weighted(jurisdiction.verdicts);
  const defendants: Defendant[] = [];
  const charges: Charge[] = [];
  for (let number = 1; number <= count; number++) {
    let verdict: Verdict = 'pending';
    if (hasVerdict && !(fugitive && number === count)) {
      // Co-defendants usually share the outcome of the case.
      verdict = random.chance(0.8) ? leadingVerdict : random.weighted(jurisdiction.verdicts);
    }
    const label = `D${number}`;
    const own = chargesFor(random, plan, label, verdict);
    const convictedUnder = [plan.main, ...plan.additional].filter((statute) =>
      own.some((charge) => charge.statute === statute.key && charge.outcome === 'convicted'),
    );
    charges.push(...own);
    defendants.push({
      label,
      ...describeDefendant(setting, number, count),
      verdict,
      sentence: verdict === 'convicted' ? chooseSentence(random, mostSerious(convictedUnder), jurisdiction) : null,
    });
  }
  return { defendants, charges };
}

function chargesFor(random: Random, plan: ChargePlan, label: string, verdict: Verdict): Charge[] {
  const statutes = [plan.main, ...plan.additional.filter(() => random.chance(0.35))].slice(0, 3);
  if (verdict !== 'convicted') {
    return statutes.map((statute) => ({ statute: statute.key, defendant: label, outcome: verdict }));
  }
  // The main charge is sometimes reclassified into the next offence, which then stands.
  const reclassified = statutes.length > 1 && random.chance(0.12);
  return statutes.map((statute, position) => {
    let outcome: Charge['outcome'] = 'convicted';
    if (position === 0 && reclassified) {
      outcome = 'reclassified';
    } else if (position > 1 || (position === 1 && !reclassified)) {
      outcome = random.chance(0.8) ? 'convicted' : 'acquitted';
    }
    return { statute: statute.key, defendant: label, outcome };
  });
}

function describeDefendant(
  { random, jurisdiction, direction, route, purposes }: Setting,
  number: number,
  count: number,
): Pick<Defendant, 'sex' | 'ageBand' | 'nationality' | 'role'> {
  let role: DefendantRole;
  if (count === 1) {
    role = random.pick<DefendantRole>(['recruiter', 'exploiter', 'organizer']);
  } else if (number === 1) {
    role = 'organizer';
  } else {
    role = random.weighted<DefendantRole>([
      ['recruiter', 30],
      ['transporter', 20],
      ['exploiter', 25],
      ['accomplice', 20],
      ['other', 5],
    ]);
  }
  // Recruiters of women for sexual exploitation are often women themselves.
  const femaleShare = purposes[0] === 'sexual_exploitation' ? 0.55 : 0.25;
  const sex: Sex = random.chance(femaleShare) ? 'female' : 'male';
  // Recruiters and transporters of migrants often come from the victims' own country.
  let nationality = jurisdiction.country;
  if (direction === 'inbound' && (role === 'recruiter' || role === 'transporter' || random.chance(0.3))) {
    nationality = random.pick(route.origin);
  } else if (direction === 'outbound' && random.chance(0.1)) {
    nationality = random.pick(route.destination);
  }
  return { sex, ageBand: random.weighted(ADULT_AGE_BANDS), nationality, role };
}

function chooseSentence(random: Random, statute: StatuteRecord, jurisdiction: Jurisdiction): Sentence {
  const { penaltyMinMonths: minimum, penaltyMaxMonths: maximum } = statute;
  const fine = random.chance(0.2) ? money(random, jurisdiction.currency, 'fine') : null;
  const confiscation = random.chance(0.4);
  if (statute.lifePossible && random.chance(0.03)) {
    // A life sentence has no finite term; analytics report life sentences separately.
    return { custodialMonths: null, life: true, suspended: false, probationMonths: 0, fine, confiscation };
  }
  let months: number;
  if (minimum >= 12 && random.chance(jurisdiction.belowMinimumShare)) {
    months = Math.max(6, Math.round(minimum * random.between(0.5, 0.9)));
  } else {
    // Courts cluster around a country-typical point of the range and round to years or half-years.
    const spread = (random.next() + random.next() - 1) * 0.3;
    const position = Math.min(1, Math.max(0, jurisdiction.sentenceSeverity + spread));
    const unit = random.weighted<number>([
      [12, 50],
      [6, 30],
      [1, 20],
    ]);
    const lowest = Math.max(minimum, 6);
    const rounded = Math.round((lowest + position * (maximum - lowest)) / unit) * unit;
    months = Math.min(maximum, Math.max(lowest, rounded));
  }
  const suspended = months <= 60 && random.chance(jurisdiction.suspendedShare);
  return {
    custodialMonths: months,
    life: false,
    suspended,
    probationMonths: suspended ? random.pick([12, 18, 24, 36, 48]) : 0,
    fine,
    confiscation,
  };
}

function money(random: Random, currency: CurrencyCode, kind: 'fine' | 'compensation'): Money {
  const { step, [kind]: range } = MONEY_RANGES[currency];
  return { amount: Math.round(random.between(range[0], range[1]) / step) * step, currency };
}

/** Courts award compensation only where someone was convicted; it adds the matching service. */
export function awardCompensation(
  random: Random,
  group: VictimGroup,
  anyConvicted: boolean,
  jurisdiction: Jurisdiction,
): VictimGroup {
  if (!anyConvicted || !random.chance(jurisdiction.compensationShare)) {
    return group;
  }
  const perVictim = money(random, jurisdiction.currency, 'compensation');
  return {
    ...group,
    compensationAwarded: { ...perVictim, amount: perVictim.amount * group.count },
    servicesProvided: VICTIM_SERVICES.filter(
      (service) => service === 'compensation' || group.servicesProvided.includes(service),
    ),
  };
}
