import {
  ACTS,
  AGENCIES,
  AGE_BANDS,
  APPEAL_OUTCOMES,
  CASE_REFERENCE_PATTERN,
  CASE_RELATIONS,
  CASE_STATUSES,
  CHARGE_OUTCOMES,
  COURT_LEVELS,
  DEFENDANT_ROLES,
  EXPLOITATION_PURPOSES,
  MEANS,
  MENTAL_HEALTH_INVOLVEMENT,
  PARTIAL_DATE_PATTERN,
  REQUEST_OUTCOMES,
  SECTORS,
  SEXES,
  SOURCE_TYPES,
  STATUTE_KEY_PATTERN,
  TIMELINE_EVENTS,
  VERDICTS,
  VICTIM_SERVICES,
} from '@caseatlas/contracts';
import type { CaseRecord, StatuteRecord } from '@caseatlas/contracts';
import { generateCases, generateStatutes } from './index';

const REQUIRED_JURISDICTIONS = ['KZ', 'UZ', 'KG', 'TJ', 'RU', 'TR', 'AE'];
const CURRENCIES = ['KZT', 'UZS', 'KGS', 'TJS', 'RUB', 'TRY', 'AED', 'AZN', 'GEL'];
const ADULT_AGE_BANDS = ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'];

/**
 * Partial dates compare as strings over their common prefix: "2018-11" is not after
 * "2018-11-20", and "2018-12" is after it.
 */
function notAfter(earlier: string, later: string): boolean {
  const length = Math.min(earlier.length, later.length);
  return earlier.slice(0, length) <= later.slice(0, length);
}

function take(count: number, seed?: number): CaseRecord[] {
  return [...generateCases({ count, seed })];
}

/**
 * Runs a check over every case and collects "reference: problem" lines. One assertion per
 * test keeps thousands of cases fast to check, and a failure names the offending cases.
 */
function problemsIn(
  records: CaseRecord[],
  check: (record: CaseRecord, report: (problem: string) => void) => void,
): string[] {
  const problems: string[] = [];
  for (const record of records) {
    check(record, (problem) => problems.push(`${record.reference}: ${problem}`));
  }
  return problems;
}

function outside<T>(values: readonly T[], vocabulary: readonly T[]): T[] {
  return values.filter((value) => !vocabulary.includes(value));
}

describe('generateStatutes', () => {
  const statutes = generateStatutes();

  it('has 3 to 6 statutes for each of at least nine jurisdictions', () => {
    const perJurisdiction = new Map<string, number>();
    for (const statute of statutes) {
      perJurisdiction.set(statute.jurisdiction, (perJurisdiction.get(statute.jurisdiction) ?? 0) + 1);
    }
    expect([...perJurisdiction.keys()]).toEqual(expect.arrayContaining([...REQUIRED_JURISDICTIONS, 'AZ', 'GE']));
    for (const count of perJurisdiction.values()) {
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(6);
    }
  });

  it('gives every statute a unique well-formed key of its own jurisdiction and a sane penalty range', () => {
    expect(new Set(statutes.map((statute) => statute.key)).size).toBe(statutes.length);
    for (const statute of statutes) {
      expect(statute.key).toMatch(STATUTE_KEY_PATTERN);
      expect(statute.key.startsWith(`${statute.jurisdiction}-`)).toBe(true);
      expect(statute.title.length).toBeGreaterThan(0);
      expect(Number.isInteger(statute.penaltyMinMonths)).toBe(true);
      expect(Number.isInteger(statute.penaltyMaxMonths)).toBe(true);
      expect(statute.penaltyMinMonths).toBeGreaterThanOrEqual(0);
      expect(statute.penaltyMinMonths).toBeLessThanOrEqual(statute.penaltyMaxMonths);
      expect(outside(statute.purposes, EXPLOITATION_PURPOSES)).toEqual([]);
      expect(statute.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(statute.validTo).toBeNull();
    }
  });

  it('returns a fresh copy on every call', () => {
    const first = generateStatutes();
    first[0].title = 'changed';
    expect(generateStatutes()[0].title).not.toBe('changed');
  });
});

describe('generateCases', () => {
  const statutes = new Map<string, StatuteRecord>(generateStatutes().map((statute) => [statute.key, statute]));
  const cases = take(1500);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(take(200, 7)).toEqual(take(200, 7));
    expect(take(50)).toEqual(cases.slice(0, 50));
    const other = take(50, 8);
    expect(other.map((record) => record.facts)).not.toEqual(cases.slice(0, 50).map((record) => record.facts));
  });

  it('makes case i independent of the requested count', () => {
    const short = take(300, 11);
    const long: CaseRecord[] = [];
    for (const record of generateCases({ count: 100_000, seed: 11 })) {
      long.push(record);
      if (long.length === 300) {
        break;
      }
    }
    expect(long).toEqual(short);
  });

  it('rejects a bad count and a catalogue missing a jurisdiction, at the call', () => {
    expect(() => generateCases({ count: -1 })).toThrow(RangeError);
    expect(() => generateCases({ count: 1.5 })).toThrow(RangeError);
    const withoutGeorgia = generateStatutes().filter((statute) => statute.jurisdiction !== 'GE');
    expect(() => generateCases({ count: 1, statutes: withoutGeorgia })).toThrow(/GE/);
  });

  it('charges only statutes of a given catalogue, even one whose keys it does not know', () => {
    const renamed = generateStatutes().map((statute) => ({
      ...statute,
      key: statute.key.replace(/^([A-Z]{2})-[A-Z]+-/, '$1-DEMO-'),
    }));
    const keys = new Set(renamed.map((statute) => statute.key));
    expect(keys.size).toBe(renamed.length);
    const problems = problemsIn([...generateCases({ count: 200, statutes: renamed })], (record, report) => {
      for (const charge of record.charges) {
        if (!keys.has(charge.statute) || !charge.statute.startsWith(`${record.jurisdiction}-`)) {
          report(`charge under ${charge.statute}`);
        }
      }
    });
    expect(problems).toEqual([]);
  });

  it('covers the required jurisdictions within 300 cases, with both languages', () => {
    const first = cases.slice(0, 300);
    const jurisdictions = new Set(first.map((record) => record.jurisdiction));
    expect(jurisdictions.size).toBeGreaterThanOrEqual(8);
    expect([...jurisdictions]).toEqual(expect.arrayContaining(REQUIRED_JURISDICTIONS));
    expect([...new Set(first.map((record) => record.language))].sort()).toEqual(['en', 'ru']);
  });

  it('gives unique, well-formed references', () => {
    const references = cases.map((record) => record.reference);
    expect(new Set(references).size).toBe(references.length);
    expect(references.filter((reference) => !CASE_REFERENCE_PATTERN.test(reference))).toEqual([]);
  });

  it('labels every case as synthetic in its data and its texts', () => {
    const problems = problemsIn(cases, (record, report) => {
      const opening =
        record.language === 'ru' ? 'Синтетическое дело для демонстрации.' : 'Synthetic case for demonstration.';
      if (record.synthetic !== true) report('not marked synthetic');
      if (!record.title.startsWith('[SYNTHETIC] ')) report(`title "${record.title}"`);
      if (!record.summary.startsWith('[SYNTHETIC] ')) report(`summary "${record.summary}"`);
      if (!record.facts.startsWith(opening)) report('facts do not open as synthetic');
    });
    expect(problems).toEqual([]);
  });

  it('writes a short summary and facts of realistic length without contact details', () => {
    const problems = problemsIn(cases, (record, report) => {
      const sentences = record.summary.replace('[SYNTHETIC] ', '').split(/(?<=\.)\s+(?=[A-ZА-ЯD])/);
      if (sentences.length > 3) report(`summary of ${sentences.length} sentences`);
      if (record.facts.length < 800 || record.facts.length > 3000) report(`facts of ${record.facts.length} characters`);
      if (record.facts.split('\n\n').length < 4) report('facts of fewer than four paragraphs');
      for (const text of [record.title, record.summary, record.facts]) {
        if (/@|\+\d|\d{10,}|https?:/.test(text)) report(`contact-like text in "${text.slice(0, 60)}…"`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('uses only the closed vocabularies', () => {
    const problems = problemsIn(cases, (record, report) => {
      const requests = [...record.cooperation.mlaRequests, ...record.cooperation.extraditions];
      const unknown = [
        ...outside([record.status], CASE_STATUSES),
        ...outside([record.court.level], COURT_LEVELS),
        ...outside(record.acts, ACTS),
        ...outside(record.means, MEANS),
        ...outside(record.exploitationPurposes, EXPLOITATION_PURPOSES),
        ...outside(record.sectors, SECTORS),
        ...outside(record.mentalHealthInvolvement, MENTAL_HEALTH_INVOLVEMENT),
        ...outside(record.cooperation.agencies, AGENCIES),
        ...outside(
          requests.map((request) => request.outcome),
          REQUEST_OUTCOMES,
        ),
        ...outside(
          record.sources.map((source) => source.type),
          SOURCE_TYPES,
        ),
        ...outside(
          record.relatedCases.map((link) => link.relation),
          CASE_RELATIONS,
        ),
        ...outside(record.appealOutcome === null ? [] : [record.appealOutcome], APPEAL_OUTCOMES),
        ...record.tags.filter((tag) => !/^[a-z]+(_[a-z]+)*$/.test(tag)),
      ];
      if (unknown.length > 0) report(`unknown values ${unknown.join(', ')}`);
      if (record.acts.length === 0 || record.means.length === 0 || record.sectors.length === 0) report('empty list');
      if (record.exploitationPurposes.length < 1 || record.exploitationPurposes.length > 2) report('purposes');
      if (record.sources.length < 1 || record.sources.length > 2) report('sources');
      if (record.tags.length > 3) report('tags');
    });
    expect(problems).toEqual([]);
  });

  it('keeps sectors consistent with sexual exploitation', () => {
    const sexual = cases.filter(
      (record) => record.exploitationPurposes.length === 1 && record.exploitationPurposes[0] === 'sexual_exploitation',
    );
    expect(sexual.length).toBeGreaterThan(100);
    const problems = problemsIn(sexual, (record, report) => {
      const unexpected = outside(record.sectors, ['entertainment', 'hospitality', 'online']);
      if (unexpected.length > 0) report(`sectors ${unexpected.join(', ')}`);
    });
    expect(problems).toEqual([]);
  });

  it('builds routes of ISO codes with each country at most once per stage', () => {
    const problems = problemsIn(cases, (record, report) => {
      const { origin, transit, destination } = record.route;
      for (const stage of [origin, transit, destination]) {
        if (new Set(stage).size !== stage.length) report(`repeated country in ${stage.join(', ')}`);
        if (stage.some((country) => !/^[A-Z]{2}$/.test(country))) report(`bad code in ${stage.join(', ')}`);
      }
      if (origin.length === 0 || destination.length === 0 || transit.length > 2) report('route shape');
      const routeCountries = new Set([...origin, ...transit, ...destination]);
      for (const request of [...record.cooperation.mlaRequests, ...record.cooperation.extraditions]) {
        if (!routeCountries.has(request.country)) report(`request to ${request.country} off the route`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('keeps the timeline complete and chronological', () => {
    const problems = problemsIn(cases, (record, report) => {
      if (Object.keys(record.timeline).sort().join() !== [...TIMELINE_EVENTS].sort().join()) report('timeline keys');
      const dates = TIMELINE_EVENTS.map((event) => record.timeline[event]).filter(
        (date): date is string => date !== null,
      );
      for (const [position, date] of dates.entries()) {
        const year = Number(date.slice(0, 4));
        if (!PARTIAL_DATE_PATTERN.test(date) || year < 2012 || year > 2025) report(`date ${date}`);
        if (dates.slice(position + 1).some((later) => !notAfter(date, later))) report(`${date} after a later event`);
      }
      if (!/^\d{4}-\d{2}$/.test(record.timeline.offenceStart ?? '')) report('offence start not a month');
      if (record.timeline.investigationOpened === null) report('no investigation date');
    });
    expect(problems).toEqual([]);
  });

  it('keeps verdicts, sentences and appeals consistent with the timeline', () => {
    const problems = problemsIn(cases, (record, report) => {
      const decided = record.timeline.firstInstanceVerdict !== null;
      for (const defendant of record.defendants) {
        if (!VERDICTS.includes(defendant.verdict)) report(`verdict ${defendant.verdict}`);
        if (!decided && defendant.verdict !== 'pending')
          report(`${defendant.label} ${defendant.verdict} without verdict`);
        if ((defendant.sentence === null) !== (defendant.verdict !== 'convicted')) {
          report(`${defendant.label} ${defendant.verdict} with sentence ${JSON.stringify(defendant.sentence)}`);
        }
      }
      if (!decided && record.appealOutcome !== null) report('appeal without a verdict');
      const appealDecided = record.appealOutcome !== null && record.appealOutcome !== 'pending';
      if (appealDecided !== (record.timeline.appealDecision !== null)) report('appeal outcome and date disagree');
    });
    expect(problems).toEqual([]);
  });

  it('gives defendants unique labels D1..Dn and valid attributes', () => {
    const problems = problemsIn(cases, (record, report) => {
      const labels = record.defendants.map((defendant) => defendant.label);
      const expected = record.defendants.map((_, position) => `D${position + 1}`);
      if (labels.join() !== expected.join() || labels.length > 5) report(`labels ${labels.join(', ')}`);
      for (const defendant of record.defendants) {
        const unknown = [
          ...outside([defendant.sex], SEXES),
          ...outside([defendant.ageBand], ADULT_AGE_BANDS),
          ...outside([defendant.role], DEFENDANT_ROLES),
        ];
        if (unknown.length > 0 || !/^[A-Z]{2}$/.test(defendant.nationality)) report(`${defendant.label} attributes`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('charges each defendant under 1 to 3 statutes of the case jurisdiction, consistently with the verdict', () => {
    const problems = problemsIn(cases, (record, report) => {
      const labels = new Set(record.defendants.map((defendant) => defendant.label));
      for (const charge of record.charges) {
        if (!labels.has(charge.defendant)) report(`charge of unknown ${charge.defendant}`);
        if (!CHARGE_OUTCOMES.includes(charge.outcome)) report(`charge outcome ${charge.outcome}`);
        if (statutes.get(charge.statute)?.jurisdiction !== record.jurisdiction) report(`statute ${charge.statute}`);
      }
      for (const defendant of record.defendants) {
        const own = record.charges.filter((charge) => charge.defendant === defendant.label);
        const outcomes = own.map((charge) => charge.outcome);
        if (own.length < 1 || own.length > 3) report(`${defendant.label} has ${own.length} charges`);
        if (new Set(own.map((charge) => charge.statute)).size !== own.length) report(`${defendant.label} twice`);
        const consistent =
          defendant.verdict === 'convicted'
            ? outcomes.includes('convicted') &&
              outside(outcomes, ['convicted', 'reclassified', 'acquitted'] as const).length === 0
            : outcomes.every((outcome) => outcome === defendant.verdict);
        if (!consistent) report(`${defendant.label} ${defendant.verdict} with charges ${outcomes.join(', ')}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('keeps sentences within the range of the most serious convicted charge, rarely below it', () => {
    let sentences = 0;
    let belowMinimum = 0;
    const problems = problemsIn(cases, (record, report) => {
      for (const defendant of record.defendants) {
        const sentence = defendant.sentence;
        if (sentence === null) {
          continue;
        }
        const convicted = record.charges
          .filter((charge) => charge.defendant === defendant.label && charge.outcome === 'convicted')
          .map((charge) => statutes.get(charge.statute) as StatuteRecord);
        const mostSerious = convicted.reduce((most, statute) =>
          statute.penaltyMaxMonths > most.penaltyMaxMonths ? statute : most,
        );
        sentences++;
        if (sentence.life) {
          // A life sentence has no finite term.
          if (sentence.custodialMonths !== null)
            report(`${defendant.label} life with ${sentence.custodialMonths} months`);
          if (!convicted.some((statute) => statute.lifePossible)) report(`${defendant.label} life`);
        } else {
          const months = sentence.custodialMonths;
          if (months === null || !Number.isInteger(months) || months <= 0 || months > mostSerious.penaltyMaxMonths) {
            report(`${defendant.label} ${months} months under ${mostSerious.key}`);
          } else {
            belowMinimum += months < mostSerious.penaltyMinMonths ? 1 : 0;
          }
        }
        if (sentence.probationMonths > 0 !== sentence.suspended) report(`${defendant.label} probation`);
        if (sentence.fine !== null && (!CURRENCIES.includes(sentence.fine.currency) || sentence.fine.amount <= 0)) {
          report(`${defendant.label} fine ${JSON.stringify(sentence.fine)}`);
        }
      }
    });
    expect(problems).toEqual([]);
    expect(sentences).toBeGreaterThan(1000);
    expect(belowMinimum / sentences).toBeLessThan(0.1);
  });

  it('describes victim groups with minors never exceeding the count', () => {
    const problems = problemsIn(cases, (record, report) => {
      if (record.victims.length < 1 || record.victims.length > 3) report(`${record.victims.length} victim groups`);
      for (const group of record.victims) {
        if (group.count < 1 || group.count > 25) report(`group of ${group.count}`);
        if (group.minors < 0 || group.minors > group.count) report(`${group.minors} minors of ${group.count}`);
        const unknown = [
          ...outside([group.sex], SEXES),
          ...outside([group.ageBand], AGE_BANDS),
          ...outside(group.servicesProvided, VICTIM_SERVICES),
        ];
        if (unknown.length > 0) report(`victim values ${unknown.join(', ')}`);
        if (group.servicesProvided.includes('compensation') !== (group.compensationAwarded !== null)) {
          report('compensation service without an award, or the reverse');
        }
      }
    });
    expect(problems).toEqual([]);
  });

  it('links related cases only to earlier cases', () => {
    const earlier = new Set<string>();
    let links = 0;
    const problems = problemsIn(cases, (record, report) => {
      if (record.relatedCases.length > 2) report('more than two related cases');
      for (const link of record.relatedCases) {
        links++;
        if (!earlier.has(link.reference)) report(`link to ${link.reference}, not an earlier case`);
      }
      earlier.add(record.reference);
    });
    expect(problems).toEqual([]);
    expect(links).toBeGreaterThan(0);
  });

  it('spreads outcomes the way the analytics expect', () => {
    const verdicts = new Map<string, number>();
    for (const defendant of cases.flatMap((record) => record.defendants)) {
      verdicts.set(defendant.verdict, (verdicts.get(defendant.verdict) ?? 0) + 1);
    }
    const total = [...verdicts.values()].reduce((sum, count) => sum + count, 0);
    const share = (verdict: string): number => (verdicts.get(verdict) ?? 0) / total;
    expect(share('convicted')).toBeGreaterThan(0.6);
    expect(share('convicted')).toBeLessThan(0.8);
    expect(share('acquitted')).toBeGreaterThan(0.03);
    expect(share('dismissed')).toBeGreaterThan(0.03);
    const published = cases.filter((record) => record.status === 'published').length / cases.length;
    expect(published).toBeGreaterThan(0.7);
    expect(published).toBeLessThan(0.9);
  });

  it('generates lazily: the first cases of a billion arrive at once', () => {
    // A generator that built its list first could not answer this; flat memory over 100,000
    // imported cases is measured in docs/import-export.md (heap sizes in tests depend on GC timing).
    const first: string[] = [];
    for (const record of generateCases({ count: 1_000_000_000 })) {
      first.push(record.reference);
      if (first.length === 5) break;
    }
    expect(first).toEqual(take(5).map((record) => record.reference));
  });
});
