/** The languages the workbench names countries in. */
export type CountryNameLanguage = 'en' | 'ru';

/**
 * The one name per country and language the workbench shows: the UN/ISO short name. Intl's
 * names (CLDR) are those for every country, except where CLDR has a colloquial name, an
 * abbreviation or a name of its own making that differs from the UN's, listed here (Киргизия
 * and ОАЭ in Russian, South Korea and Congo - Kinshasa in English…). Formal parts the UN list
 * puts in parentheses or in front (Iran (Islamic Republic of), Republic of Moldova) are left
 * out, as the UN does in running text, so Russia, Iran and Moldova keep their usual names.
 */
export const UN_SHORT_COUNTRY_NAMES: Record<CountryNameLanguage, Readonly<Record<string, string>>> = {
  en: {
    AE: 'United Arab Emirates',
    CD: 'Democratic Republic of the Congo',
    CG: 'Congo',
    CV: 'Cabo Verde',
    HK: 'Hong Kong, China',
    KG: 'Kyrgyzstan',
    KN: 'Saint Kitts and Nevis',
    KP: 'Democratic People’s Republic of Korea',
    KR: 'Republic of Korea',
    LC: 'Saint Lucia',
    MM: 'Myanmar',
    MO: 'Macao, China',
    PS: 'State of Palestine',
    TR: 'Türkiye',
    US: 'United States of America',
    VA: 'Holy See',
    VC: 'Saint Vincent and the Grenadines',
  },
  ru: {
    AE: 'Объединённые Арабские Эмираты',
    CD: 'Демократическая Республика Конго',
    CG: 'Конго',
    HK: 'Гонконг, Китай',
    KG: 'Кыргызстан',
    KP: 'Корейская Народно-Демократическая Республика',
    KR: 'Республика Корея',
    MM: 'Мьянма',
    MO: 'Макао, Китай',
    PS: 'Государство Палестина',
    TM: 'Туркменистан',
    TR: 'Турция',
    US: 'Соединённые Штаты Америки',
    VA: 'Святой Престол',
  },
};

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name (ISO 3166-1 alpha-2 code) in the workbench's language: the UN short name
 * above, else Intl's; the code itself when neither knows it (data stored as it came).
 */
export function countryNameOf(code: string, language: string): string {
  const base = language.slice(0, 2).toLowerCase();
  const own = (UN_SHORT_COUNTRY_NAMES as Record<string, Record<string, string> | undefined>)[base]?.[code];
  if (own) return own;
  let names = regionNames.get(base);
  if (!names) {
    names = new Intl.DisplayNames([base], { type: 'region', fallback: 'code' });
    regionNames.set(base, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    // Intl throws on syntactically invalid codes.
    return code;
  }
}
