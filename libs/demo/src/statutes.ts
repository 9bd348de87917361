/**
 * SYNTHETIC, APPROXIMATE statute catalogue, for demonstration only.
 *
 * Article numbers follow the real criminal codes as far as known, but parts, penalty
 * ranges and validity dates are simplified or invented. Do not cite this catalogue
 * as law. `validFrom` is set before the earliest generated offence (2012) so that every
 * generated charge refers to a statute in force at the time; a real catalogue would carry
 * the historic versions of each article instead.
 */
import { EXPLOITATION_PURPOSES } from '@caseatlas/contracts';
import type { ExploitationPurpose, StatuteRecord } from '@caseatlas/contracts';
import { listPhrase } from './story';

/** What an article is about; the case generator chooses charges by kind. */
export type StatuteKind =
  | 'trafficking'
  | 'trafficking_aggravated'
  | 'trafficking_organized'
  | 'trafficking_minors'
  | 'forced_labour'
  | 'prostitution'
  | 'illegal_migration'
  | 'forgery';

interface StatuteDefinition {
  key: string;
  jurisdiction: string;
  kind: StatuteKind;
  title: string;
  penaltyMinMonths: number;
  penaltyMaxMonths: number;
  lifePossible: boolean;
  validFrom: string;
}

/** One article of a code: `article-part`, kind, penalty range in months, title, life possible. */
type Row = [articleAndPart: string, kind: StatuteKind, months: [number, number], title: string, life?: 'life'];

/** How the texts cite a code: English name and Russian name in the genitive case. */
interface CodeName {
  english: string;
  russian: string;
}

const ALL_PURPOSES: ExploitationPurpose[] = [...EXPLOITATION_PURPOSES];
const PURPOSES_BY_KIND: Record<StatuteKind, ExploitationPurpose[]> = {
  trafficking: ALL_PURPOSES,
  trafficking_aggravated: ALL_PURPOSES,
  trafficking_organized: ALL_PURPOSES,
  trafficking_minors: ALL_PURPOSES,
  forced_labour: ['forced_labour', 'domestic_servitude', 'forced_begging'],
  prostitution: ['sexual_exploitation'],
  // Smuggling and forgery are charged alongside trafficking but cover no exploitation purpose.
  illegal_migration: [],
  forgery: [],
};

const CODE_NAMES: Record<string, CodeName> = {
  'KZ-CC': { english: 'Criminal Code of Kazakhstan', russian: 'УК Республики Казахстан' },
  'UZ-CC': { english: 'Criminal Code of Uzbekistan', russian: 'УК Республики Узбекистан' },
  'KG-CC': { english: 'Criminal Code of Kyrgyzstan', russian: 'УК Кыргызской Республики' },
  'TJ-CC': { english: 'Criminal Code of Tajikistan', russian: 'УК Республики Таджикистан' },
  'RU-CC': { english: 'Criminal Code of the Russian Federation', russian: 'УК Российской Федерации' },
  'TR-TCK': { english: 'Turkish Penal Code', russian: 'Уголовного кодекса Турецкой Республики' },
  'AE-HTL': { english: 'UAE Federal Law No. 51 of 2006', russian: 'Федерального закона ОАЭ № 51 от 2006 г.' },
  'AE-PC': { english: 'UAE Penal Code', russian: 'Уголовного кодекса ОАЭ' },
  'AZ-CC': { english: 'Criminal Code of Azerbaijan', russian: 'УК Азербайджанской Республики' },
  'GE-CC': { english: 'Criminal Code of Georgia', russian: 'УК Грузии' },
};

function articlesOf(jurisdiction: string, code: string, validFrom: string, rows: Row[]): StatuteDefinition[] {
  return rows.map(([articleAndPart, kind, [penaltyMinMonths, penaltyMaxMonths], title, life]) => ({
    key: `${jurisdiction}-${code}-${articleAndPart}`,
    jurisdiction,
    kind,
    title,
    penaltyMinMonths,
    penaltyMaxMonths,
    lifePossible: life === 'life',
    validFrom,
  }));
}

/** A minimum of 0 months means the article sets no special minimum. */
const DEFINITIONS: StatuteDefinition[] = [
  ...articlesOf('KZ', 'CC', '2011-01-01', [
    ['128-1', 'trafficking', [36, 84], 'Trafficking in persons'],
    ['128-2', 'trafficking_aggravated', [60, 120], 'Trafficking in persons (aggravated: two or more victims)'],
    ['128-3', 'trafficking_organized', [84, 144], 'Trafficking in persons (aggravated: organized group)'],
    ['135-1', 'trafficking_minors', [60, 120], 'Trafficking in minors'],
    ['309-2', 'prostitution', [24, 72], 'Maintaining premises for prostitution, pimping (aggravated)'],
    ['394-2', 'illegal_migration', [36, 84], 'Organizing illegal migration (aggravated)'],
  ]),
  ...articlesOf('UZ', 'CC', '2008-05-01', [
    ['135-1', 'trafficking', [36, 60], 'Trafficking in persons'],
    ['135-2', 'trafficking_aggravated', [60, 96], 'Trafficking in persons (aggravated: several victims, minors)'],
    ['135-3', 'trafficking_organized', [96, 144], 'Trafficking in persons (aggravated: organized group)'],
    ['131-2', 'prostitution', [36, 60], 'Pimping or maintaining a brothel (aggravated)'],
    ['148.2-1', 'forced_labour', [0, 36], 'Use of forced labour'],
    ['223-2', 'illegal_migration', [60, 120], 'Organizing illegal departure abroad or entry (aggravated)'],
  ]),
  ...articlesOf('KG', 'CC', '2010-01-01', [
    ['171-1', 'trafficking', [60, 96], 'Trafficking in persons'],
    ['171-2', 'trafficking_aggravated', [96, 120], 'Trafficking in persons (aggravated: several victims, minors)'],
    ['171-3', 'trafficking_organized', [120, 180], 'Trafficking in persons (aggravated: organized group)'],
    ['169-1', 'prostitution', [0, 60], 'Involvement in prostitution'],
    ['383-1', 'illegal_migration', [36, 60], 'Organizing illegal migration'],
  ]),
  ...articlesOf('TJ', 'CC', '2008-08-01', [
    ['130.1-1', 'trafficking', [60, 96], 'Trafficking in persons'],
    ['130.1-2', 'trafficking_aggravated', [96, 144], 'Trafficking in persons (aggravated: several victims, minors)'],
    ['130.1-3', 'trafficking_organized', [144, 180], 'Trafficking in persons (aggravated: organized group)'],
    ['241-1', 'prostitution', [0, 60], 'Organizing or maintaining premises for prostitution'],
    ['335.1-2', 'illegal_migration', [60, 120], 'Organizing illegal migration (aggravated)'],
    ['340-1', 'forgery', [0, 24], 'Forgery, production or sale of forged documents'],
  ]),
  ...articlesOf('RU', 'CC', '2003-12-11', [
    ['127.1-1', 'trafficking', [0, 72], 'Trafficking in persons'],
    ['127.1-2', 'trafficking_aggravated', [36, 120], 'Trafficking in persons (aggravated: several victims, minors)'],
    ['127.1-3', 'trafficking_organized', [96, 180], 'Trafficking in persons (aggravated: organized group)'],
    ['127.2-2', 'forced_labour', [36, 120], 'Use of slave labour (aggravated: two or more persons)'],
    ['241-2', 'prostitution', [0, 72], 'Organizing prostitution (aggravated)'],
    ['322.1-2', 'illegal_migration', [0, 84], 'Organizing illegal migration (aggravated: organized group)'],
  ]),
  ...articlesOf('TR', 'TCK', '2005-06-01', [
    ['80-1', 'trafficking', [96, 144], 'Trafficking in human beings'],
    ['80-3', 'trafficking_minors', [96, 144], 'Trafficking in human beings (victims under 18, any means)'],
    ['227-2', 'prostitution', [24, 48], 'Encouraging or facilitating prostitution'],
    ['79-1', 'illegal_migration', [36, 96], 'Migrant smuggling'],
    ['204-1', 'forgery', [24, 60], 'Forgery of official documents'],
  ]),
  ...articlesOf('AE', 'HTL', '2006-11-09', [
    ['2-1', 'trafficking', [60, 180], 'Trafficking in persons'],
    [
      '2-2',
      'trafficking_aggravated',
      [120, 180],
      'Trafficking in persons (aggravated: minors, organized group)',
      'life',
    ],
  ]),
  ...articlesOf('AE', 'PC', '2006-11-09', [
    ['363-1', 'prostitution', [12, 60], 'Inducing or facilitating prostitution'],
    ['251-1', 'forgery', [0, 120], 'Forgery of official documents'],
  ]),
  ...articlesOf('AZ', 'CC', '2005-06-28', [
    ['144.1-1', 'trafficking', [60, 120], 'Trafficking in persons'],
    ['144.1-2', 'trafficking_aggravated', [96, 144], 'Trafficking in persons (aggravated: several victims, minors)'],
    ['144.1-3', 'trafficking_organized', [120, 180], 'Trafficking in persons (aggravated: organized group)'],
    ['144.2-1', 'forced_labour', [36, 84], 'Forced labour'],
    ['243-2', 'prostitution', [24, 72], 'Involvement in prostitution (aggravated)'],
    ['318.1-2', 'illegal_migration', [36, 84], 'Organizing illegal migration (aggravated)'],
  ]),
  ...articlesOf('GE', 'CC', '2006-04-28', [
    ['143.1-1', 'trafficking', [84, 144], 'Trafficking in human beings'],
    ['143.1-2', 'trafficking_aggravated', [120, 180], 'Trafficking in human beings (aggravated: two or more victims)'],
    ['143.2-1', 'trafficking_minors', [96, 144], 'Trafficking in minors'],
    ['253-1', 'prostitution', [0, 36], 'Involvement in prostitution'],
    ['344.1-1', 'illegal_migration', [0, 48], 'Facilitating illegal crossing of the state border or illegal stay'],
    ['362-1', 'forgery', [0, 48], 'Forgery, sale or use of forged documents'],
  ]),
];

const KIND_BY_KEY = new Map(DEFINITIONS.map((definition) => [definition.key, definition.kind]));

/** The synthetic statute catalogue; a fresh copy on every call, so callers may modify it. */
export function generateStatutes(): StatuteRecord[] {
  return DEFINITIONS.map((definition) => ({
    key: definition.key,
    jurisdiction: definition.jurisdiction,
    title: definition.title,
    penaltyMinMonths: definition.penaltyMinMonths,
    penaltyMaxMonths: definition.penaltyMaxMonths,
    lifePossible: definition.lifePossible,
    purposes: [...PURPOSES_BY_KIND[definition.kind]],
    validFrom: definition.validFrom,
    validTo: null,
  }));
}

/** The kind of a statute of the built-in catalogue; undefined for keys it does not know. */
export function statuteKind(key: string): StatuteKind | undefined {
  return KIND_BY_KEY.get(key);
}

/**
 * How charges are written in case texts, grouped by code: "Articles 128(3) and 309(2) of the
 * Criminal Code of Kazakhstan", "ч. 3 ст. 128 и ч. 2 ст. 309 УК Республики Казахстан".
 * Keys of codes the catalogue does not know are written as they are.
 */
export function citeStatutes(keys: string[], language: 'en' | 'ru'): string {
  // Articles grouped by the code they belong to; a key of an unknown code stands alone.
  const articlesByCode = new Map<string, string[]>();
  for (const key of keys) {
    const [jurisdiction, code, article, part] = key.split('-');
    const codeKey = `${jurisdiction}-${code}`;
    if (CODE_NAMES[codeKey] === undefined || article === undefined) {
      articlesByCode.set(key, []);
      continue;
    }
    const articles = articlesByCode.get(codeKey) ?? [];
    if (language === 'en') {
      articles.push(part === undefined ? article : `${article}(${part})`);
    } else {
      articles.push(part === undefined ? `ст. ${article}` : `ч. ${part} ст. ${article}`);
    }
    articlesByCode.set(codeKey, articles);
  }
  const conjunction = language === 'en' ? 'and' : 'и';
  const groups = [...articlesByCode].map(([codeKey, articles]) => {
    const codeName = CODE_NAMES[codeKey];
    if (codeName === undefined) {
      return codeKey;
    }
    const list = listPhrase(articles, conjunction);
    if (language === 'ru') {
      return `${list} ${codeName.russian}`;
    }
    return `${articles.length === 1 ? 'Article' : 'Articles'} ${list} of the ${codeName.english}`;
  });
  return listPhrase(groups, conjunction);
}
