/**
 * k-anonymity for shared data sets. Every released row's quasi-identifiers (jurisdiction,
 * year, sex, age band, nationality) are shared by at least k released rows; rows in smaller
 * groups are generalised step by step, and suppressed when even the coarsest step leaves them
 * in a group smaller than k. Pure.
 */
export interface QuasiIdentifiers {
  jurisdiction: string;
  /** Year of the first-instance verdict, or of the investigation when there is none. */
  year: string;
  sex: string;
  ageBand: string;
  nationality: string;
}

export interface KAnonymityReport {
  k: number;
  rows: number;
  released: number;
  /** Rows released only after generalisation, per step. */
  generalised: { periodAndAgeGroup: number; nationalityAsNationalOrForeign: number };
  suppressed: number;
}

const COARSE_AGE: Record<string, string> = {
  '0-11': '0-17',
  '12-14': '0-17',
  '15-17': '0-17',
  '18-24': '18-34',
  '25-34': '18-34',
  '35-44': '35-54',
  '45-54': '35-54',
  '55-64': '55+',
  '65+': '55+',
  unknown: 'unknown',
};

function period(year: string): string {
  if (!/^\d{4}$/.test(year)) return year;
  const start = Math.floor(Number(year) / 5) * 5;
  return `${start}-${start + 4}`;
}

/** The generalisation steps, from exact to coarsest. */
const STEPS: ((identifiers: QuasiIdentifiers) => QuasiIdentifiers)[] = [
  (identifiers) => identifiers,
  (identifiers) => ({
    ...identifiers,
    year: period(identifiers.year),
    ageBand: COARSE_AGE[identifiers.ageBand] ?? 'unknown',
  }),
  (identifiers) => ({
    ...STEPS[1](identifiers),
    nationality: identifiers.nationality === identifiers.jurisdiction ? 'national' : 'foreign',
  }),
];

const keyOf = (identifiers: QuasiIdentifiers) =>
  [identifiers.jurisdiction, identifiers.year, identifiers.sex, identifiers.ageBand, identifiers.nationality].join('|');

export function kAnonymize<Row extends { identifiers: QuasiIdentifiers }>(
  rows: Row[],
  k: number,
): { rows: Row[]; report: KAnonymityReport } {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a whole number of at least 1');
  const released: Row[] = [];
  const releasedAt = STEPS.map(() => 0);
  // Rows not yet released, always with their original identifiers: each step generalises those.
  let pending = rows;
  STEPS.forEach((step, level) => {
    const groups = new Map<string, Row[]>();
    for (const row of pending) {
      const key = keyOf(step(row.identifiers));
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    pending = [];
    for (const members of groups.values()) {
      if (members.length >= k) {
        released.push(...members.map((row) => ({ ...row, identifiers: step(row.identifiers) })));
        releasedAt[level] += members.length;
      } else {
        pending.push(...members);
      }
    }
  });
  return {
    rows: released,
    report: {
      k,
      rows: rows.length,
      released: released.length,
      generalised: { periodAndAgeGroup: releasedAt[1], nationalityAsNationalOrForeign: releasedAt[2] },
      suppressed: pending.length,
    },
  };
}
