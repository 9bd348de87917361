/**
 * k-anonymity and l-diversity for shared data sets. Every released row's quasi-identifiers
 * (kind of row, jurisdiction, year, sex, age band, nationality) are shared by at least k released
 * rows, and each such class holds at least l distinct values of every sensitive attribute (a
 * defendant's verdict and sentence band), so knowing the quasi-identifiers of someone in the
 * data tells neither which row is theirs nor its verdict. Classes that fall short are generalised
 * step by step and suppressed when even the coarsest step leaves them short. Pure.
 */
export interface QuasiIdentifiers {
  /** Defendant or victim group: known to anyone who knows the person was prosecuted or a victim. */
  kind: string;
  jurisdiction: string;
  /** Year of the first-instance verdict, or of the investigation when there is none. */
  year: string;
  sex: string;
  ageBand: string;
  nationality: string;
}

export interface PrivacyRow {
  identifiers: QuasiIdentifiers;
  /** The value of each sensitive attribute of this row's kind, in a fixed order per kind. */
  sensitive: readonly string[];
}

export interface KAnonymityReport {
  k: number;
  l: number;
  rows: number;
  released: number;
  /** Rows released only after generalisation, per step. */
  generalised: { periodAndAgeGroup: number; nationalityAsNationalOrForeign: number };
  suppressed: number;
  /** Of the suppressed rows: in a class of fewer than k rows, or in one too uniform in a sensitive attribute. */
  suppressedAsTooFew: number;
  suppressedAsNotDiverse: number;
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
  [
    identifiers.kind,
    identifiers.jurisdiction,
    identifiers.year,
    identifiers.sex,
    identifiers.ageBand,
    identifiers.nationality,
  ].join('|');

/** Whether every sensitive attribute takes at least l distinct values among the members. */
function isDiverse(members: PrivacyRow[], l: number): boolean {
  const attributes = Math.max(0, ...members.map((member) => member.sensitive.length));
  for (let attribute = 0; attribute < attributes; attribute++) {
    if (new Set(members.map((member) => member.sensitive[attribute])).size < l) return false;
  }
  return true;
}

export function kAnonymize<Row extends PrivacyRow>(
  rows: Row[],
  k: number,
  l = 1,
): { rows: Row[]; report: KAnonymityReport } {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a whole number of at least 1');
  if (!Number.isInteger(l) || l < 1 || l > k) throw new RangeError('l must be a whole number from 1 to k');
  const released: Row[] = [];
  const releasedAt = STEPS.map(() => 0);
  let suppressedAsTooFew = 0;
  // Rows not yet released, always with their original identifiers: each step generalises those.
  let pending = rows;
  STEPS.forEach((step, level) => {
    const groups = new Map<string, Row[]>();
    for (const row of pending) {
      const key = keyOf(step(row.identifiers));
      const members = groups.get(key);
      if (members) members.push(row);
      else groups.set(key, [row]);
    }
    pending = [];
    suppressedAsTooFew = 0;
    for (const members of groups.values()) {
      if (members.length >= k && isDiverse(members, l)) {
        released.push(...members.map((row) => ({ ...row, identifiers: step(row.identifiers) })));
        releasedAt[level] += members.length;
      } else {
        pending.push(...members);
        if (members.length < k) suppressedAsTooFew += members.length;
      }
    }
  });
  return {
    rows: released,
    report: {
      k,
      l,
      rows: rows.length,
      released: released.length,
      generalised: { periodAndAgeGroup: releasedAt[1], nationalityAsNationalOrForeign: releasedAt[2] },
      suppressed: pending.length,
      suppressedAsTooFew,
      suppressedAsNotDiverse: pending.length - suppressedAsTooFew,
    },
  };
}

/** A defendant's custodial term as a band: the exact months would single out a row in its class. */
export function sentenceBand(custodialMonths: number | null): string {
  if (custodialMonths === null || custodialMonths <= 0) return 'no custodial term';
  if (custodialMonths <= 36) return 'up to 3 years';
  if (custodialMonths <= 96) return '3-8 years';
  if (custodialMonths <= 180) return '8-15 years';
  return 'over 15 years';
}

/** A count at the data set's resolution: below it, only that it is below (CTDC's practice). */
export function countAtResolution(count: number | null, resolution: number): string {
  if (count === null) return '';
  if (resolution <= 1) return String(count);
  if (count < resolution) return `<${resolution}`;
  const floor = Math.floor(count / resolution) * resolution;
  return `${floor}-${floor + resolution - 1}`;
}
