/**
 * Deterministic generator of SYNTHETIC trafficking case records for demos, load tests and
 * analytics development. Every record says it is synthetic (`synthetic: true`, "[SYNTHETIC]"
 * title and summary, a facts text that opens by saying so) and contains no personal data.
 *
 * Each case is generated from its own random streams derived from (seed, index), so a case
 * does not depend on how many cases are requested, and cases stream lazily: 100,000 cases
 * never sit in memory together.
 */
import type {
  CaseRecord,
  CaseRelation,
  CaseStatus,
  ExploitationPurpose,
  Means,
  RelatedCase,
  StatuteRecord,
} from '@caseatlas/contracts';
import {
  chooseActs,
  chooseCooperation,
  chooseDetection,
  chooseMeans,
  chooseMentalHealthInvolvement,
  choosePurposes,
  chooseRecruitment,
  chooseRoute,
  chooseSectors,
  chooseTransport,
  chooseVictims,
} from './circumstances';
import { StatuteCatalogue, awardCompensation, chooseDefendants, planCharges } from './defendants';
import { JURISDICTIONS } from './geography';
import type { Direction, Jurisdiction, Region } from './geography';
import { chooseCourt, chooseSources, concludeProceedings, planProceedings } from './proceedings';
import { Random, deriveSeed } from './random';
import type { Weighted } from './random';
import type { Setting } from './setting';
import { generateStatutes } from './statutes';
import type { DismissalReason, RecruitmentMethod } from './story';
import { writeEnglish } from './texts-en';
import { writeRussian } from './texts-ru';

export const DEFAULT_SEED = 20_240_917;

export interface GenerateCasesOptions {
  count: number;
  seed?: number;
  /**
   * The catalogue charges must refer to, e.g. the statutes already stored; defaults to
   * generateStatutes(). It needs at least one statute for every generated jurisdiction.
   */
  statutes?: StatuteRecord[];
}

/** Two streams per case: the identity stream is cheap to replay when later cases link to it. */
const IDENTITY_STREAM = 1;
const CONTENT_STREAM = 2;

/** Cases per year of opening the investigation; fewer in 2020 (pandemic) and in the last year. */
const YEAR_WEIGHTS: Weighted<number>[] = [
  [2012, 3],
  [2013, 4],
  [2014, 5],
  [2015, 6],
  [2016, 7],
  [2017, 8],
  [2018, 9],
  [2019, 10],
  [2020, 6],
  [2021, 8],
  [2022, 9],
  [2023, 9],
  [2024, 8],
  [2025, 5],
];
const JURISDICTION_WEIGHTS: Weighted<Jurisdiction>[] = JURISDICTIONS.map((jurisdiction) => [
  jurisdiction,
  jurisdiction.weight,
]);
const TAGS = [
  'online_recruitment',
  'labour_migration',
  'minors',
  'organized_group',
  'debt_bondage',
  'document_retention',
] as const;
type Tag = (typeof TAGS)[number];

/** What a case's reference and links to it need. */
interface CaseIdentity {
  reference: string;
  jurisdiction: Jurisdiction;
  region: Region;
  /** Year the investigation was opened. */
  year: number;
}

export function generateCases(options: GenerateCasesOptions): Generator<CaseRecord> {
  const { count, seed = DEFAULT_SEED } = options;
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  }
  // Built here, not in the generator body, so a bad catalogue fails at the call rather than at next().
  const catalogue = new StatuteCatalogue(options.statutes ?? generateStatutes());
  return streamCases(count, seed, catalogue);
}

function* streamCases(count: number, seed: number, catalogue: StatuteCatalogue): Generator<CaseRecord> {
  for (let index = 0; index < count; index++) {
    yield buildCase(seed, index, catalogue);
  }
}

function caseIdentity(seed: number, index: number): CaseIdentity {
  const random = new Random(deriveSeed(seed, index, IDENTITY_STREAM));
  const jurisdiction = random.weighted(JURISDICTION_WEIGHTS);
  const region = random.weighted(jurisdiction.regions.map((place): Weighted<Region> => [place, place.weight]));
  const year = random.weighted(YEAR_WEIGHTS);
  // The index makes references unique by construction, whatever the random choices.
  const sequence = String(index + 1).padStart(4, '0');
  return { reference: `${jurisdiction.country}-${year}-${region.code}-${sequence}`, jurisdiction, region, year };
}

function buildCase(seed: number, index: number, catalogue: StatuteCatalogue): CaseRecord {
  const identity = caseIdentity(seed, index);
  const { jurisdiction, region, year } = identity;
  const random = new Random(deriveSeed(seed, index, CONTENT_STREAM));
  const language = random.chance(jurisdiction.russianShare) ? 'ru' : 'en';
  const { route, direction } = chooseRoute(random, jurisdiction);
  const purposes = choosePurposes(random, route);
  const setting: Setting = { random, jurisdiction, region, year, direction, route, purposes };

  const sectors = chooseSectors(setting);
  const recruitment = chooseRecruitment(setting);
  const victimGroups = chooseVictims(setting);
  const means = chooseMeans(setting);
  const acts = chooseActs(setting);
  const detection = chooseDetection(setting);
  const defendantCount = random.weighted<number>([
    [1, 38],
    [2, 26],
    [3, 17],
    [4, 11],
    [5, 8],
  ]);
  const cooperation = chooseCooperation(setting, detection, defendantCount);
  const proceedings = planProceedings(setting);
  // A defendant whose extradition failed will be tried separately: pending in this case.
  const fugitive =
    defendantCount > 1 &&
    cooperation.extraditions.some((request) => request.outcome !== 'granted' && request.outcome !== 'executed');
  const plan = planCharges(setting, catalogue, victimGroups, defendantCount, means);
  const { defendants, charges } = chooseDefendants(
    setting,
    plan,
    defendantCount,
    proceedings.verdictDay !== null,
    fugitive,
  );
  const anyConvicted = defendants.some((defendant) => defendant.verdict === 'convicted');
  const victims = victimGroups.map((group) => awardCompensation(random, group, anyConvicted, jurisdiction));
  const { timeline, appealOutcome } = concludeProceedings(
    random,
    proceedings,
    defendants.some((defendant) => defendant.verdict === 'acquitted'),
  );
  const mentalHealthInvolvement = chooseMentalHealthInvolvement(setting);

  const writeTexts = language === 'ru' ? writeRussian : writeEnglish;
  const texts = writeTexts(
    {
      language,
      jurisdiction,
      region,
      direction,
      route,
      acts,
      purposes,
      sectors,
      means,
      recruitment,
      transport: chooseTransport(setting),
      detection,
      dismissalReason: random.weighted<DismissalReason>([
        ['insufficient_evidence', 70],
        ['amnesty', 15],
        ['limitation', 15],
      ]),
      defendants,
      victims,
      charges,
      timeline,
      appealOutcome,
      courtName: jurisdiction.courtName(region),
      cooperation,
      mentalHealthInvolvement,
    },
    random,
  );

  return {
    reference: identity.reference,
    title: texts.title,
    language,
    jurisdiction: jurisdiction.country,
    region: region.name,
    court: chooseCourt(random, jurisdiction, region, appealOutcome),
    status: random.weighted<CaseStatus>([
      ['published', 80],
      ['draft', 8],
      ['in_review', 8],
      ['archived', 4],
    ]),
    synthetic: true,
    summary: texts.summary,
    facts: texts.facts,
    acts,
    means,
    exploitationPurposes: purposes,
    sectors,
    route,
    timeline,
    appealOutcome,
    charges,
    defendants,
    victims,
    cooperation,
    mentalHealthInvolvement,
    sources: chooseSources(random, jurisdiction, timeline),
    relatedCases: chooseRelatedCases(random, seed, index, identity),
    tags: chooseTags(random, {
      recruitment,
      purposes,
      direction,
      minors: victims.some((group) => group.minors > 0),
      defendantCount,
      means,
    }),
  };
}

/** Links to earlier cases only, preferably earlier cases of the same country, which a case may cite. */
function chooseRelatedCases(random: Random, seed: number, index: number, identity: CaseIdentity): RelatedCase[] {
  if (index === 0 || !random.chance(0.25)) {
    return [];
  }
  const wanted = random.chance(0.2) ? 2 : 1;
  const earliest = Math.max(0, index - 400);
  const candidates = Array.from({ length: 6 }, () => caseIdentity(seed, random.integer(earliest, index - 1)));
  const citable = candidates.filter(
    (candidate) => candidate.jurisdiction === identity.jurisdiction && candidate.year <= identity.year,
  );
  const related: RelatedCase[] = [];
  for (const candidate of citable.length > 0 ? citable : candidates) {
    if (related.length === wanted || related.some((link) => link.reference === candidate.reference)) {
      continue;
    }
    // Cross-border networks are prosecuted in several countries at once.
    const relations: Weighted<CaseRelation>[] =
      candidate.jurisdiction === identity.jurisdiction
        ? [
            ['cites', 50],
            ['same_network', 30],
            ['related', 20],
          ]
        : [
            ['same_network', 60],
            ['related', 40],
          ];
    related.push({ reference: candidate.reference, relation: random.weighted(relations) });
  }
  return related;
}

function chooseTags(
  random: Random,
  facts: {
    recruitment: RecruitmentMethod;
    purposes: ExploitationPurpose[];
    direction: Direction;
    minors: boolean;
    defendantCount: number;
    means: Means[];
  },
): string[] {
  const applicable: Record<Tag, boolean> = {
    online_recruitment: facts.recruitment === 'online',
    labour_migration: facts.purposes.includes('forced_labour') && facts.direction !== 'domestic',
    minors: facts.minors,
    organized_group: facts.defendantCount >= 3,
    debt_bondage: facts.means.includes('debt_bondage'),
    document_retention: facts.means.includes('document_retention'),
  };
  const wanted = random.weighted<number>([
    [0, 15],
    [1, 35],
    [2, 30],
    [3, 20],
  ]);
  const chosen = new Set(
    random.sample(
      TAGS.filter((tag) => applicable[tag]),
      wanted,
    ),
  );
  return TAGS.filter((tag) => chosen.has(tag));
}
