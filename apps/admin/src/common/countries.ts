import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';

/**
 * ISO 3166-1 alpha-2 codes, the same officially assigned list class-validator (validator.js)
 * checks on the API, written out because the admin does not depend on validator.js.
 */
export const COUNTRY_CODES: readonly string[] = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

export interface Choice {
  id: string;
  name: string;
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** The country's name in the UI language; the code itself when the browser does not know it. */
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    // Intl throws on syntactically invalid codes; show stored data as it is.
    return code;
  }
}

export const useCountryName = () => {
  const [locale] = useLocaleState();
  return (code: string) => countryName(code, locale);
};

/** Country choices sorted by their name in the UI language. */
export const useCountryChoices = (): Choice[] => {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const collator = new Intl.Collator(locale);
    return COUNTRY_CODES.map((code) => ({ id: code, name: countryName(code, locale) })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
  }, [locale]);
};
