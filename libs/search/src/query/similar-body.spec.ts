import type { CaseResponse } from '@caseatlas/contracts';
import { buildSimilarBody, similarReasons } from './similar-body';

const subject = {
  id: 'case-1',
  title: 'Recruitment of women',
  summary: 'Women were recruited for work abroad.',
  facts: 'Their passports were taken.',
  charges: [
    { statute: 'KZ-CC-128-3', defendant: 'D1', outcome: 'convicted' },
    { statute: 'KZ-CC-128-3', defendant: 'D2', outcome: 'convicted' },
  ],
  exploitationPurposes: ['sexual_exploitation'],
  means: [],
  route: { origin: ['KZ'], transit: ['KZ'], destination: ['TR'] },
  sectors: ['entertainment'],
} as unknown as CaseResponse;
const rows = { readable: ['published' as const], hiddenWhileIndexing: ['case-9'] };

describe('buildSimilarBody', () => {
  const body = buildSimilarBody(subject, rows, 5);
  const query = body.query!.bool!;

  it('looks within the reader’s row rule, never at the case itself', () => {
    expect(body.size).toBe(5);
    expect(query.filter).toEqual([
      { bool: { filter: [{ terms: { status: ['published'] } }], must_not: [{ ids: { values: ['case-9'] } }] } },
    ]);
    expect(query.must_not).toEqual([{ ids: { values: ['case-1'] } }]);
  });

  it('names each reason a case may be alike, the statute weighing most, and skips what the case lacks', () => {
    const should = query.should as Record<string, { _name: string; boost?: number }>[];
    expect(should[0].more_like_this).toMatchObject({
      like: [subject.title, subject.summary, subject.facts],
      _name: 'wording',
    });
    expect(should.slice(1)).toEqual([
      { terms: { statutes: ['KZ-CC-128-3'], boost: 3, _name: 'statutes' } },
      { terms: { exploitationPurposes: ['sexual_exploitation'], boost: 2, _name: 'exploitationPurposes' } },
      { terms: { routeCountries: ['KZ', 'TR'], boost: 1, _name: 'routeCountries' } },
      { terms: { sectors: ['entertainment'], boost: 1, _name: 'sectors' } },
    ]);
    expect(query.minimum_should_match).toBe(1);
  });
});

describe('similarReasons', () => {
  it('says what the two cases share and whether the wording matched', () => {
    const hit = {
      statutes: ['KZ-CC-128-3', 'KZ-CC-135'],
      exploitationPurposes: ['forced_labour'],
      means: ['deception'],
      routeCountries: ['TR', 'AE'],
      sectors: ['entertainment'],
    };
    expect(similarReasons(subject, hit, ['statutes', 'wording'])).toEqual({
      wording: true,
      statutes: ['KZ-CC-128-3'],
      exploitationPurposes: [],
      means: [],
      routeCountries: ['TR'],
      sectors: ['entertainment'],
    });
    expect(similarReasons(subject, hit, ['statutes']).wording).toBe(false);
  });
});
