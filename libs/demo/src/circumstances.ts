/**
 * The facts of a synthetic case before it reaches court: route, purposes, victims, means,
 * how it came to light and how countries cooperated. The likelihoods are invented to look
 * plausible and to give analysts patterns to find (e.g. online recruitment and psychologist
 * involvement growing over the years); they are not statistics.
 */
import { ACTS, AGENCIES, MEANS, MENTAL_HEALTH_INVOLVEMENT, VICTIM_SERVICES } from '@caseatlas/contracts';
import type {
  Act,
  Agency,
  AgeBand,
  Cooperation,
  CountryCode,
  CountryRequest,
  ExploitationPurpose,
  Means,
  MentalHealthInvolvement,
  RequestOutcome,
  Route,
  Sector,
  Sex,
  VictimGroup,
  VictimService,
} from '@caseatlas/contracts';
import { transitOptions } from './geography';
import type { Direction, Jurisdiction } from './geography';
import type { Random, Weighted } from './random';
import { isLabour } from './setting';
import type { Setting } from './setting';
import type { DetectionMethod, RecruitmentMethod, TransportMode } from './story';

const PURPOSES_BY_DESTINATION: Record<CountryCode, Weighted<ExploitationPurpose>[]> = {
  AE: purposeShares({ sexual_exploitation: 62, forced_labour: 12, domestic_servitude: 16, organ_removal: 2 }),
  TR: purposeShares({ sexual_exploitation: 55, forced_labour: 25, domestic_servitude: 10, forced_begging: 3 }),
  RU: purposeShares({ forced_labour: 60, sexual_exploitation: 22, forced_begging: 6, forced_criminality: 6 }),
  KZ: purposeShares({ forced_labour: 55, sexual_exploitation: 30, forced_begging: 6, forced_marriage: 3 }),
  KR: purposeShares({ forced_labour: 55, sexual_exploitation: 38, forced_marriage: 4 }),
  GE: purposeShares({ sexual_exploitation: 50, forced_labour: 35, domestic_servitude: 10 }),
};
const DEFAULT_PURPOSES = purposeShares({
  sexual_exploitation: 40,
  forced_labour: 38,
  domestic_servitude: 7,
  forced_begging: 5,
  forced_marriage: 4,
  forced_criminality: 3,
  organ_removal: 2,
  other: 1,
});

const SECTORS_BY_PURPOSE: Record<ExploitationPurpose, Weighted<Sector>[]> = {
  sexual_exploitation: [
    ['entertainment', 45],
    ['hospitality', 30],
    ['online', 25],
  ],
  forced_labour: [
    ['construction', 35],
    ['agriculture', 30],
    ['manufacturing', 14],
    ['hospitality', 8],
    ['transport', 6],
    ['mining', 4],
    ['fishing', 3],
  ],
  domestic_servitude: [['domestic_work', 1]],
  forced_begging: [['begging', 1]],
  forced_criminality: [['other', 1]],
  organ_removal: [['other', 1]],
  forced_marriage: [
    ['domestic_work', 60],
    ['other', 40],
  ],
  other: [['other', 1]],
};

const MEANS_LIKELIHOOD: Record<Means, number> = {
  threat: 0.4,
  force: 0.15,
  coercion: 0.25,
  abduction: 0.03,
  fraud: 0.15,
  deception: 0.75,
  abuse_of_power: 0.04,
  abuse_of_vulnerability: 0.5,
  payment: 0.04,
  debt_bondage: 0.3,
  document_retention: 0.35,
};

const VICTIM_FEMALE_SHARE: Record<ExploitationPurpose, number> = {
  sexual_exploitation: 0.95,
  forced_labour: 0.25,
  domestic_servitude: 0.85,
  forced_begging: 0.5,
  forced_criminality: 0.3,
  organ_removal: 0.3,
  forced_marriage: 1,
  other: 0.5,
};
const VICTIM_ADULT_AGE_BANDS: Weighted<AgeBand>[] = [
  ['18-24', 40],
  ['25-34', 35],
  ['35-44', 17],
  ['45-54', 8],
];
const MINOR_AGE_BANDS: Weighted<AgeBand>[] = [
  ['15-17', 70],
  ['12-14', 25],
  ['0-11', 5],
];

const CENTRAL_ASIA: CountryCode[] = ['KZ', 'UZ', 'KG', 'TJ', 'TM'];

function purposeShares(shares: Partial<Record<ExploitationPurpose, number>>): Weighted<ExploitationPurpose>[] {
  return Object.entries(shares).map(([purpose, share]) => [purpose as ExploitationPurpose, share ?? 0]);
}

export function chooseRoute(random: Random, jurisdiction: Jurisdiction): { route: Route; direction: Direction } {
  const country = jurisdiction.country;
  const direction = random.weighted(jurisdiction.directions);
  if (direction === 'domestic') {
    return { direction, route: { origin: [country], transit: [], destination: [country] } };
  }
  const origin = direction === 'outbound' ? [country] : [random.weighted(jurisdiction.sources)];
  const destination = direction === 'outbound' ? [random.weighted(jurisdiction.destinations)] : [country];
  if (direction === 'inbound' && random.chance(0.08)) {
    // Networks sometimes recruit in two neighbouring countries for the same destination.
    const second = random.weighted(jurisdiction.sources);
    if (!origin.includes(second)) {
      origin.push(second);
    }
  }
  const transit = random
    .pick(transitOptions(origin[0], destination[0]))
    .filter((stop) => !origin.includes(stop) && !destination.includes(stop));
  return { direction, route: { origin, transit, destination } };
}

/** What victims are exploited for depends mostly on where they are taken. */
export function choosePurposes(random: Random, route: Route): ExploitationPurpose[] {
  const main = random.weighted(PURPOSES_BY_DESTINATION[route.destination[0]] ?? DEFAULT_PURPOSES);
  if (random.chance(0.1)) {
    const second = random.weighted(DEFAULT_PURPOSES);
    if (second !== main && second !== 'other') {
      return [main, second];
    }
  }
  return [main];
}

/** The first sector belongs to the main purpose: the texts describe the workplace from it. */
export function chooseSectors({ random, purposes }: Setting): Sector[] {
  const sectors = [random.weighted(SECTORS_BY_PURPOSE[purposes[0]])];
  if (purposes.length > 1 || random.chance(0.2)) {
    const extra = random.weighted(SECTORS_BY_PURPOSE[purposes[1] ?? purposes[0]]);
    if (!sectors.includes(extra)) {
      sectors.push(extra);
    }
  }
  return sectors;
}

/** Online recruitment grows over the years at the expense of personal contacts. */
export function chooseRecruitment({ random, year }: Setting): RecruitmentMethod {
  return random.weighted<RecruitmentMethod>([
    ['online', 20 + (year - 2012) * 4],
    ['acquaintance', 40],
    ['agency', 25],
    ['relative', 8],
  ]);
}

/** Victim groups without compensation, which depends on the verdicts. */
export function chooseVictims(setting: Setting): VictimGroup[] {
  const { random, route, purposes } = setting;
  const purpose = purposes[0];
  const minorsLikelihood: Partial<Record<ExploitationPurpose, number>> = {
    sexual_exploitation: 0.15,
    forced_begging: 0.4,
    forced_marriage: 0.4,
  };
  const withMinors = random.chance(minorsLikelihood[purpose] ?? 0.05);
  const groupCount = random.weighted<number>([
    [1, 60],
    [2, 30],
    [3, 10],
  ]);
  // Labour exploitation tends to involve larger groups.
  const largeGroups = isLabour(purpose) ? 2 : 1;
  const groups: VictimGroup[] = [];
  for (let number = 0; number < groupCount; number++) {
    const [smallest, largest] = random.weighted<[number, number]>([
      [[1, 1], 35],
      [[2, 4], 35],
      [[5, 10], 20 * largeGroups],
      [[11, 25], 10 * largeGroups],
    ]);
    const count = random.integer(smallest, largest);
    let minors = 0;
    if (withMinors && (number === 0 || random.chance(0.3))) {
      minors = random.chance(0.5) ? count : random.integer(1, count);
    }
    groups.push({
      count,
      minors,
      sex: chooseVictimSex(random, purpose),
      ageBand: random.weighted(minors === count ? MINOR_AGE_BANDS : VICTIM_ADULT_AGE_BANDS),
      nationality: random.pick(route.origin),
      servicesProvided: chooseServices(setting),
      testified: random.chance(0.75),
      compensationAwarded: null,
    });
  }
  return groups;
}

function chooseVictimSex(random: Random, purpose: ExploitationPurpose): Sex {
  if (random.chance(0.01)) {
    return 'unknown';
  }
  return random.chance(VICTIM_FEMALE_SHARE[purpose]) ? 'female' : 'male';
}

/** Victim assistance improves over the years; repatriation and interpretation need a border. */
function chooseServices({ random, direction, year }: Setting): VictimService[] {
  const progress = (year - 2012) * 0.025;
  const crossBorder = direction !== 'domestic';
  const likelihood: Record<VictimService, number> = {
    shelter: 0.45 + progress,
    medical: 0.4,
    psychological_support: 0.3 + progress,
    legal_aid: 0.45 + progress,
    interpretation: crossBorder ? 0.35 : 0,
    repatriation: crossBorder ? 0.55 : 0,
    reintegration: 0.25 + progress,
    // Added together with an award of compensation.
    compensation: 0,
  };
  return VICTIM_SERVICES.filter((service) => random.chance(likelihood[service]));
}

export function chooseMeans({ random, purposes, direction }: Setting): Means[] {
  const labourAbroad = isLabour(purposes[0]) && direction !== 'domestic';
  const likelihood: Record<Means, number> = {
    ...MEANS_LIKELIHOOD,
    // Passport confiscation and travel debts are the classic controls over migrant workers.
    ...(labourAbroad ? { document_retention: 0.65, debt_bondage: 0.5 } : {}),
  };
  const chosen = MEANS.filter((means) => random.chance(likelihood[means]));
  return chosen.length > 0 ? chosen : ['deception'];
}

export function chooseActs({ random, direction }: Setting): Act[] {
  const likelihood: Record<Act, number> = {
    recruitment: 0.92,
    transportation: direction === 'domestic' ? 0.6 : 0.9,
    transfer: 0.2,
    harbouring: 0.65,
    receipt: 0.35,
  };
  const chosen = ACTS.filter((act) => random.chance(likelihood[act]));
  return chosen.length > 0 ? chosen : ['recruitment'];
}

export function chooseDetection({ random, direction, purposes }: Setting): DetectionMethod {
  const abroad = direction === 'domestic' ? 0 : 1;
  const labour = purposes.some(isLabour) ? 1 : 0;
  return random.weighted<DetectionMethod>([
    ['victim_escaped', 20],
    ['embassy', 10 * abroad],
    ['hotline', 15],
    ['border_check', 8 * abroad],
    ['police_operation', 20],
    ['labour_inspection', 12 * labour],
    ['relatives', 12],
    ['foreign_police', 10 * abroad],
  ]);
}

/** Long-haul routes are flown; routes between neighbours mostly go overland. */
export function chooseTransport({ random, route, direction }: Setting): TransportMode {
  if (direction === 'domestic') {
    return random.pick<TransportMode>(['car', 'bus']);
  }
  const destination = route.destination[0];
  if (destination === 'AE' || destination === 'KR') {
    return 'air';
  }
  if (destination === 'TR' && route.origin.some((country) => CENTRAL_ASIA.includes(country))) {
    return random.weighted<TransportMode>([
      ['air', 75],
      ['bus', 25],
    ]);
  }
  return random.weighted<TransportMode>([
    ['bus', 40],
    ['train', 25],
    ['car', 15],
    ['air', 20],
  ]);
}

export function chooseCooperation(setting: Setting, detection: DetectionMethod, defendantCount: number): Cooperation {
  const { random, route, year, purposes, jurisdiction } = setting;
  const foreign = [...new Set([...route.origin, ...route.transit, ...route.destination])].filter(
    (country) => country !== jurisdiction.country,
  );
  const mlaRequests: CountryRequest[] = foreign
    .filter(() => random.chance(0.45))
    .map((country) => ({
      country,
      outcome: random.weighted<RequestOutcome>([
        ['executed', 45],
        ['partially_executed', 15],
        ['pending', 15],
        ['granted', 10],
        ['refused', 10],
        ['withdrawn', 5],
      ]),
    }));
  const extraditions: CountryRequest[] = [];
  if (foreign.length > 0 && random.chance(0.12)) {
    // A lone defendant who is never extradited leaves nobody to try; such cases are not in the set.
    const outcome: RequestOutcome =
      defendantCount === 1
        ? 'granted'
        : random.weighted<RequestOutcome>([
            ['granted', 45],
            ['refused', 20],
            ['pending', 25],
            ['withdrawn', 10],
          ]);
    extraditions.push({ country: random.pick(foreign), outcome });
  }
  const interpolNotices =
    extraditions.length > 0
      ? random.integer(1, 3)
      : random.weighted<number>([
          [0, 85],
          [1, 10],
          [2, 4],
          [3, 1],
        ]);
  const progress = (year - 2012) * 0.02;
  const crossBorder = foreign.length > 0;
  const labour = purposes.some(isLabour);
  const likelihood: Record<Agency, number> = {
    police: 1,
    prosecutor: 1,
    border_service: crossBorder ? 0.7 : 0.05,
    migration_service: crossBorder && labour ? 0.6 : 0.2,
    labour_inspectorate: labour ? 0.3 : 0,
    financial_intelligence: 0.1 + progress,
    ngo: 0.55,
    international_organization: crossBorder ? 0.3 : 0.05,
    embassy: crossBorder ? 0.3 : 0,
    other: 0.03,
  };
  // The agency through which the case came to light is always involved.
  const detectedBy: Partial<Record<DetectionMethod, Agency[]>> = {
    embassy: ['embassy'],
    hotline: ['ngo'],
    border_check: ['border_service'],
    labour_inspection: ['labour_inspectorate', 'migration_service'],
  };
  const involved = detectedBy[detection] ?? [];
  return {
    mlaRequests,
    // Joint investigation teams become more common as cooperation practice matures.
    jointInvestigationTeam: crossBorder && random.chance(0.04 + progress / 2),
    extraditions,
    interpolNotices,
    agencies: AGENCIES.filter((agency) => involved.includes(agency) || random.chance(likelihood[agency])),
  };
}

/** Psychologists take part more often in recent years, as the regional forums recommend. */
export function chooseMentalHealthInvolvement({ random, year }: Setting): MentalHealthInvolvement[] {
  const progress = (year - 2012) * 0.03;
  const likelihood: Record<MentalHealthInvolvement, number> = {
    investigation: 0.15 + progress,
    trial: 0.1 + progress * 0.7,
    reintegration: 0.3 + progress,
  };
  return MENTAL_HEALTH_INVOLVEMENT.filter((stage) => random.chance(likelihood[stage]));
}
