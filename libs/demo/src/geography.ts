/**
 * Countries, regions and per-jurisdiction tendencies of the synthetic cases. The tendencies
 * (conviction rates, sentence severity, speed, routes) are invented to give analysts visible
 * differences between countries to explore; they are not statistics of real courts.
 */
import type { CountryCode, CurrencyCode, Verdict } from '@caseatlas/contracts';
import type { Random, Weighted } from './random';

export interface Region {
  /** Three letters, used in case references. */
  code: string;
  name: string;
  /** Russian genitive, as in "на территории г. Алматы". */
  russianGenitive: string;
  weight: number;
}

/** Where the jurisdiction stands on the route of a case. */
export type Direction = 'outbound' | 'inbound' | 'domestic';

/** Names of a country as the texts need them. */
export interface CountryName {
  /** "Kazakhstan", "the UAE". */
  english: string;
  /** "Казахстана": from, citizens of. */
  russianGenitive: string;
  /** "Казахстан": to (в), via (через). */
  russianAccusative: string;
  /** "Казахстане": in (в). */
  russianPrepositional: string;
}

export interface Jurisdiction {
  country: CountryCode;
  /** Relative share of cases. */
  weight: number;
  /** Share of cases written in Russian; the rest are in English. */
  russianShare: number;
  currency: CurrencyCode;
  regions: Region[];
  /** Generic name of the first-instance court for trafficking cases in a region. */
  courtName: (region: Region) => string;
  /** An invented court decision number in the local style, e.g. "No. 7511-19-00-1/215". */
  decisionNumber: (random: Random, year: number) => string;
  directions: Weighted<Direction>[];
  /** Where victims recruited here are taken (outbound cases). */
  destinations: Weighted<CountryCode>[];
  /** Where victims exploited here come from (inbound cases). */
  sources: Weighted<CountryCode>[];
  /** Verdicts of defendants whose case reached a first-instance decision. */
  verdicts: Weighted<Verdict>[];
  /** Typical position of custodial sentences in the statutory range, 0 (minimum) to 1 (maximum). */
  sentenceSeverity: number;
  suspendedShare: number;
  /** Share of sentences below the statutory minimum (plea agreements, mitigating circumstances). */
  belowMinimumShare: number;
  /** Typical months from opening the investigation to the first-instance verdict. */
  monthsToVerdict: [minimum: number, maximum: number];
  /** Share of cases where victims were awarded compensation, when someone was convicted. */
  compensationShare: number;
}

export const COUNTRY_NAMES: Record<CountryCode, CountryName> = {
  KZ: country('Kazakhstan', 'Казахстана', 'Казахстан', 'Казахстане'),
  UZ: country('Uzbekistan', 'Узбекистана', 'Узбекистан', 'Узбекистане'),
  KG: country('Kyrgyzstan', 'Кыргызстана', 'Кыргызстан', 'Кыргызстане'),
  TJ: country('Tajikistan', 'Таджикистана', 'Таджикистан', 'Таджикистане'),
  TM: country('Turkmenistan', 'Туркменистана', 'Туркменистан', 'Туркменистане'),
  RU: country('Russia', 'России', 'Россию', 'России'),
  TR: country('Turkey', 'Турции', 'Турцию', 'Турции'),
  AE: country('the UAE', 'ОАЭ', 'ОАЭ', 'ОАЭ'),
  AZ: country('Azerbaijan', 'Азербайджана', 'Азербайджан', 'Азербайджане'),
  GE: country('Georgia', 'Грузии', 'Грузию', 'Грузии'),
  KR: country('the Republic of Korea', 'Республики Корея', 'Республику Корея', 'Республике Корея'),
  IR: country('Iran', 'Ирана', 'Иран', 'Иране'),
};

function country(
  english: string,
  russianGenitive: string,
  russianAccusative: string,
  russianPrepositional: string,
): CountryName {
  return { english, russianGenitive, russianAccusative, russianPrepositional };
}

function region(code: string, name: string, russianGenitive: string, weight = 1): Region {
  return { code, name, russianGenitive, weight };
}

/** Percentages of convictions, acquittals and dismissals; the rest are other outcomes. */
function verdictShares(convicted: number, acquitted: number, dismissed: number): Weighted<Verdict>[] {
  return [
    ['convicted', convicted],
    ['acquitted', acquitted],
    ['dismissed', dismissed],
    ['other', 100 - convicted - acquitted - dismissed],
  ];
}

export const JURISDICTIONS: Jurisdiction[] = [
  {
    country: 'KZ',
    weight: 22,
    russianShare: 0.72,
    currency: 'KZT',
    regions: [
      region('ALM', 'Almaty', 'г. Алматы', 5),
      region('AST', 'Astana', 'г. Астаны', 3),
      region('SHY', 'Shymkent', 'г. Шымкента', 3),
      region('TUR', 'Turkestan Region', 'Туркестанской области', 2),
      region('ALO', 'Almaty Region', 'Алматинской области', 2),
      region('KAR', 'Karaganda Region', 'Карагандинской области'),
      region('AKT', 'Aktobe Region', 'Актюбинской области'),
      region('ATY', 'Atyrau Region', 'Атырауской области'),
      region('MAN', 'Mangystau Region', 'Мангистауской области'),
      region('VKO', 'East Kazakhstan Region', 'Восточно-Казахстанской области'),
      region('ZHA', 'Zhambyl Region', 'Жамбылской области'),
    ],
    courtName: (place) => `Specialized inter-district criminal court of ${place.name}`,
    decisionNumber: (random, year) => `No. ${random.integer(1000, 9999)}-${year % 100}-00-1/${random.integer(1, 400)}`,
    directions: [
      ['outbound', 45],
      ['inbound', 35],
      ['domestic', 20],
    ],
    destinations: [
      ['AE', 25],
      ['TR', 20],
      ['KR', 20],
      ['RU', 25],
    ],
    sources: [
      ['UZ', 55],
      ['KG', 25],
      ['TJ', 20],
    ],
    verdicts: verdictShares(82, 6, 7),
    sentenceSeverity: 0.35,
    suspendedShare: 0.04,
    belowMinimumShare: 0.05,
    monthsToVerdict: [4, 14],
    compensationShare: 0.45,
  },
  {
    country: 'UZ',
    weight: 18,
    russianShare: 0.7,
    currency: 'UZS',
    regions: [
      region('TAS', 'Tashkent', 'г. Ташкента', 4),
      region('TAO', 'Tashkent Region', 'Ташкентской области', 2),
      region('SAM', 'Samarkand Region', 'Самаркандской области', 2),
      region('FER', 'Fergana Region', 'Ферганской области', 2),
      region('AND', 'Andijan Region', 'Андижанской области', 2),
      region('NAM', 'Namangan Region', 'Наманганской области', 2),
      region('KAS', 'Kashkadarya Region', 'Кашкадарьинской области'),
      region('SUR', 'Surkhandarya Region', 'Сурхандарьинской области'),
      region('BUK', 'Bukhara Region', 'Бухарской области'),
      region('KHO', 'Khorezm Region', 'Хорезмской области'),
      region('KKP', 'Republic of Karakalpakstan', 'Республики Каракалпакстан'),
    ],
    courtName: (place) => `Criminal court of ${place.name}`,
    decisionNumber: (random, year) => `No. 1-${random.integer(100, 1500)}/${year}`,
    directions: [
      ['outbound', 85],
      ['domestic', 15],
    ],
    destinations: [
      ['RU', 35],
      ['KZ', 25],
      ['TR', 15],
      ['AE', 15],
      ['KR', 10],
    ],
    sources: [],
    verdicts: verdictShares(84, 5, 6),
    sentenceSeverity: 0.42,
    suspendedShare: 0.05,
    belowMinimumShare: 0.03,
    monthsToVerdict: [3, 10],
    compensationShare: 0.2,
  },
  {
    country: 'KG',
    weight: 14,
    russianShare: 0.75,
    currency: 'KGS',
    regions: [
      region('BIS', 'Bishkek', 'г. Бишкека', 4),
      region('OSH', 'Osh', 'г. Оша', 3),
      region('CHU', 'Chuy Region', 'Чуйской области', 2),
      region('OSO', 'Osh Region', 'Ошской области', 2),
      region('JAL', 'Jalal-Abad Region', 'Джалал-Абадской области', 2),
      region('BAT', 'Batken Region', 'Баткенской области'),
      region('ISK', 'Issyk-Kul Region', 'Иссык-Кульской области'),
      region('NAR', 'Naryn Region', 'Нарынской области'),
    ],
    courtName: (place) => `District court of ${place.name}`,
    decisionNumber: (random, year) => `No. UD-${random.integer(100, 999)}/${year % 100}`,
    directions: [
      ['outbound', 85],
      ['domestic', 15],
    ],
    destinations: [
      ['RU', 35],
      ['KZ', 25],
      ['TR', 15],
      ['AE', 10],
      ['KR', 15],
    ],
    sources: [],
    verdicts: verdictShares(68, 13, 11),
    sentenceSeverity: 0.28,
    suspendedShare: 0.14,
    belowMinimumShare: 0.06,
    monthsToVerdict: [6, 20],
    compensationShare: 0.15,
  },
  {
    country: 'TJ',
    weight: 12,
    russianShare: 0.75,
    currency: 'TJS',
    regions: [
      region('DYU', 'Dushanbe', 'г. Душанбе', 4),
      region('SUG', 'Sughd Region', 'Согдийской области', 3),
      region('KHT', 'Khatlon Region', 'Хатлонской области', 3),
      region('RRP', 'Districts of Republican Subordination', 'районов республиканского подчинения', 2),
      region('GBA', 'Gorno-Badakhshan Autonomous Region', 'Горно-Бадахшанской автономной области'),
    ],
    courtName: (place) => `Court of ${place.name}`,
    decisionNumber: (random, year) => `No. 1-${random.integer(50, 900)}/${year % 100}`,
    directions: [
      ['outbound', 90],
      ['domestic', 10],
    ],
    destinations: [
      ['RU', 55],
      ['KZ', 15],
      ['TR', 10],
      ['AE', 20],
    ],
    sources: [],
    verdicts: verdictShares(87, 4, 5),
    sentenceSeverity: 0.48,
    suspendedShare: 0.02,
    belowMinimumShare: 0.02,
    monthsToVerdict: [3, 9],
    compensationShare: 0.1,
  },
  {
    country: 'RU',
    weight: 10,
    russianShare: 0.85,
    currency: 'RUB',
    regions: [
      region('MOW', 'Moscow', 'г. Москвы', 5),
      region('SPE', 'Saint Petersburg', 'г. Санкт-Петербурга', 3),
      region('MOS', 'Moscow Region', 'Московской области', 3),
      region('SVE', 'Sverdlovsk Region', 'Свердловской области'),
      region('NVS', 'Novosibirsk Region', 'Новосибирской области'),
      region('KDA', 'Krasnodar Krai', 'Краснодарского края'),
      region('TYU', 'Tyumen Region', 'Тюменской области'),
      region('SAM', 'Samara Region', 'Самарской области'),
      region('ORE', 'Orenburg Region', 'Оренбургской области'),
    ],
    courtName: (place) => `District court of ${place.name}`,
    decisionNumber: (random, year) => `No. 1-${random.integer(10, 999)}/${year}`,
    directions: [
      ['inbound', 75],
      ['domestic', 20],
      ['outbound', 5],
    ],
    destinations: [
      ['TR', 50],
      ['AE', 50],
    ],
    sources: [
      ['UZ', 35],
      ['TJ', 30],
      ['KG', 20],
      ['KZ', 5],
      ['AZ', 5],
      ['TM', 5],
    ],
    verdicts: verdictShares(84, 4, 7),
    sentenceSeverity: 0.33,
    suspendedShare: 0.12,
    belowMinimumShare: 0.05,
    monthsToVerdict: [6, 18],
    compensationShare: 0.1,
  },
  {
    country: 'TR',
    weight: 8,
    russianShare: 0.12,
    currency: 'TRY',
    regions: [
      region('IST', 'Istanbul', 'г. Стамбула', 5),
      region('ANT', 'Antalya', 'г. Антальи', 3),
      region('ANK', 'Ankara', 'г. Анкары', 2),
      region('IZM', 'Izmir', 'г. Измира', 2),
      region('TZX', 'Trabzon', 'г. Трабзона'),
      region('MUG', 'Mugla', 'провинции Мугла'),
      region('BUR', 'Bursa', 'г. Бурсы'),
    ],
    courtName: (place) => `Heavy penal court of ${place.name}`,
    decisionNumber: (random, year) => `E. ${year}/${random.integer(10, 600)}, K. ${year}/${random.integer(10, 600)}`,
    directions: [
      ['inbound', 90],
      ['domestic', 10],
    ],
    destinations: [],
    sources: [
      ['UZ', 30],
      ['TM', 25],
      ['KG', 15],
      ['AZ', 10],
      ['GE', 5],
      ['KZ', 10],
      ['TJ', 5],
    ],
    verdicts: verdictShares(58, 25, 10),
    sentenceSeverity: 0.25,
    suspendedShare: 0.03,
    belowMinimumShare: 0.08,
    monthsToVerdict: [10, 30],
    compensationShare: 0.05,
  },
  {
    country: 'AE',
    weight: 8,
    russianShare: 0.12,
    currency: 'AED',
    regions: [
      region('DXB', 'Dubai', 'эмирата Дубай', 5),
      region('AUH', 'Abu Dhabi', 'эмирата Абу-Даби', 2),
      region('SHJ', 'Sharjah', 'эмирата Шарджа', 2),
      region('AJM', 'Ajman', 'эмирата Аджман'),
      region('RAK', 'Ras Al Khaimah', 'эмирата Рас-эль-Хайма'),
    ],
    courtName: (place) => `Criminal court of ${place.name}`,
    decisionNumber: (random, year) => `Case No. ${random.integer(100, 9999)}/${year}`,
    directions: [['inbound', 100]],
    destinations: [],
    sources: [
      ['UZ', 25],
      ['KZ', 20],
      ['KG', 20],
      ['TJ', 10],
      ['AZ', 10],
      ['RU', 10],
      ['GE', 5],
    ],
    verdicts: verdictShares(74, 16, 6),
    sentenceSeverity: 0.22,
    suspendedShare: 0,
    belowMinimumShare: 0.02,
    monthsToVerdict: [3, 8],
    compensationShare: 0.05,
  },
  {
    country: 'AZ',
    weight: 4,
    russianShare: 0.4,
    currency: 'AZN',
    regions: [
      region('BAK', 'Baku', 'г. Баку', 5),
      region('GAN', 'Ganja', 'г. Гянджи', 2),
      region('SUM', 'Sumgait', 'г. Сумгайыта', 2),
      region('LAN', 'Lankaran', 'г. Ленкорани'),
      region('SHE', 'Sheki', 'г. Шеки'),
    ],
    courtName: (place) => `Grave crimes court of ${place.name}`,
    decisionNumber: (random, year) => `No. 1(${random.integer(101, 199)})-${random.integer(10, 999)}/${year}`,
    directions: [
      ['outbound', 70],
      ['inbound', 10],
      ['domestic', 20],
    ],
    destinations: [
      ['TR', 40],
      ['AE', 30],
      ['RU', 20],
      ['GE', 10],
    ],
    sources: [
      ['UZ', 40],
      ['TM', 30],
      ['GE', 30],
    ],
    verdicts: verdictShares(82, 6, 7),
    sentenceSeverity: 0.4,
    suspendedShare: 0.05,
    belowMinimumShare: 0.04,
    monthsToVerdict: [4, 12],
    compensationShare: 0.15,
  },
  {
    country: 'GE',
    weight: 4,
    russianShare: 0.4,
    currency: 'GEL',
    regions: [
      region('TBS', 'Tbilisi', 'г. Тбилиси', 4),
      region('BUS', 'Batumi', 'г. Батуми', 3),
      region('KUT', 'Kutaisi', 'г. Кутаиси'),
      region('RUS', 'Rustavi', 'г. Рустави'),
    ],
    courtName: (place) => `City court of ${place.name}`,
    decisionNumber: (random, year) => `No. 1/${random.integer(100, 9999)}-${year % 100}`,
    directions: [
      ['outbound', 50],
      ['inbound', 30],
      ['domestic', 20],
    ],
    destinations: [
      ['TR', 60],
      ['AE', 25],
      ['RU', 15],
    ],
    sources: [
      ['UZ', 30],
      ['TM', 20],
      ['AZ', 20],
      ['KG', 15],
      ['TJ', 15],
    ],
    verdicts: verdictShares(72, 14, 7),
    sentenceSeverity: 0.3,
    suspendedShare: 0.08,
    belowMinimumShare: 0.14,
    monthsToVerdict: [5, 14],
    compensationShare: 0.2,
  },
];

/**
 * Usual transit countries between an origin and a destination (land routes through Central
 * Asia, air connections through regional hubs). An empty list stands for a direct journey.
 */
const TRANSITS: Record<string, CountryCode[][]> = {
  'UZ>RU': [['KZ'], ['KZ'], []],
  'TJ>RU': [['UZ', 'KZ'], ['KZ'], []],
  'KG>RU': [['KZ'], ['KZ'], []],
  'TM>RU': [['UZ', 'KZ'], []],
  'TJ>KZ': [['UZ'], ['KG'], []],
  'KZ>AE': [['KG'], []],
  'KG>AE': [['KZ'], []],
  'TJ>AE': [['RU'], []],
  'UZ>AE': [['KZ'], []],
  'UZ>TR': [['GE'], []],
  'TM>TR': [['IR'], ['AZ', 'GE'], []],
  'AZ>TR': [['GE'], []],
  'KG>TR': [['KZ'], []],
  'KZ>TR': [['GE'], []],
  'TM>GE': [['AZ']],
  'UZ>GE': [['AZ'], []],
  'KG>KR': [['KZ'], []],
  'UZ>KR': [['KZ'], []],
};

export function transitOptions(origin: CountryCode, destination: CountryCode): CountryCode[][] {
  return TRANSITS[`${origin}>${destination}`] ?? [[]];
}

/** Plausible amounts of fines and compensation in local currency, rounded to `step`. */
export const MONEY_RANGES: Record<
  CurrencyCode,
  { fine: [number, number]; compensation: [number, number]; step: number }
> = {
  KZT: { fine: [200_000, 5_000_000], compensation: [300_000, 3_000_000], step: 10_000 },
  UZS: { fine: [5_000_000, 60_000_000], compensation: [10_000_000, 100_000_000], step: 500_000 },
  KGS: { fine: [50_000, 500_000], compensation: [50_000, 500_000], step: 5_000 },
  TJS: { fine: [5_000, 60_000], compensation: [5_000, 50_000], step: 500 },
  RUB: { fine: [50_000, 500_000], compensation: [100_000, 1_500_000], step: 5_000 },
  TRY: { fine: [5_000, 200_000], compensation: [20_000, 500_000], step: 1_000 },
  AED: { fine: [100_000, 1_000_000], compensation: [20_000, 200_000], step: 5_000 },
  AZN: { fine: [2_000, 20_000], compensation: [1_000, 20_000], step: 500 },
  GEL: { fine: [2_000, 50_000], compensation: [2_000, 30_000], step: 500 },
};
