import type { Defendant, VictimGroup } from '@caseatlas/contracts';
import { SENTENCE_DEFAULT, caseDefaults, sentencePhrases, toCaseBody } from './caseBody';

const defendant = (overrides: Partial<Defendant>): Defendant => ({
  label: 'D1',
  sex: 'female',
  ageBand: '35-44',
  nationality: 'KZ',
  role: 'recruiter',
  verdict: 'convicted',
  sentence: { ...SENTENCE_DEFAULT },
  ...overrides,
});

const victims = (overrides: Partial<VictimGroup>): VictimGroup => ({
  count: 4,
  minors: 0,
  sex: 'female',
  ageBand: '18-24',
  nationality: 'KZ',
  servicesProvided: ['shelter'],
  testified: true,
  compensationAwarded: null,
  ...overrides,
});

describe('toCaseBody', () => {
  it('keeps version and every other field the form holds', () => {
    const values = { ...caseDefaults(), id: 'abc', version: 7, title: 'T' };
    expect(toCaseBody(values)).toMatchObject({ id: 'abc', version: 7, title: 'T', status: 'draft' });
  });

  it('turns an unused fine or compensation into null', () => {
    const fineless = { ...SENTENCE_DEFAULT, custodialMonths: 96, fine: { amount: null, currency: null } };
    const body = toCaseBody({
      defendants: [defendant({ sentence: fineless as unknown as Defendant['sentence'] })],
      victims: [victims({ compensationAwarded: { amount: null, currency: 'KZT' } as unknown as null })],
    });
    expect(body.defendants?.[0].sentence).toEqual({ ...SENTENCE_DEFAULT, custodialMonths: 96 });
    expect(body.victims?.[0].compensationAwarded).toBeNull();
  });

  it('sends no term with a life sentence (the months input may still hold one)', () => {
    const life = { ...SENTENCE_DEFAULT, life: true, custodialMonths: 240 };
    const body = toCaseBody({ defendants: [defendant({ sentence: life })] });
    expect(body.defendants?.[0].sentence).toEqual({ ...SENTENCE_DEFAULT, life: true, custodialMonths: null });
  });

  it('keeps a real fine and compensation', () => {
    const fine = { amount: 0, currency: 'KZT' };
    const body = toCaseBody({
      defendants: [defendant({ sentence: { ...SENTENCE_DEFAULT, fine } })],
      victims: [victims({ compensationAwarded: { amount: 1_500_000, currency: 'KZT' } })],
    });
    expect(body.defendants?.[0].sentence?.fine).toEqual(fine);
    expect(body.victims?.[0].compensationAwarded).toEqual({ amount: 1_500_000, currency: 'KZT' });
  });

  it('drops the all-zero sentence of a defendant who was not convicted, not of one who was', () => {
    const body = toCaseBody({
      defendants: [defendant({ label: 'D1', verdict: 'acquitted' }), defendant({ label: 'D2', verdict: 'convicted' })],
    });
    expect(body.defendants?.[0].sentence).toBeNull();
    expect(body.defendants?.[1].sentence).toEqual(SENTENCE_DEFAULT);
  });

  it('keeps a non-empty sentence whatever the verdict says', () => {
    const sentence = { ...SENTENCE_DEFAULT, custodialMonths: 12 };
    expect(toCaseBody({ defendants: [defendant({ verdict: 'other', sentence })] }).defendants?.[0].sentence).toEqual(
      sentence,
    );
  });

  it('gives a victim group added without services an empty list', () => {
    const group = victims({ servicesProvided: null as unknown as VictimGroup['servicesProvided'] });
    expect(toCaseBody({ victims: [group] }).victims?.[0].servicesProvided).toEqual([]);
  });
});

describe('sentencePhrases', () => {
  const keys = (phrases: ReturnType<typeof sentencePhrases>) => phrases.map((phrase) => phrase.key.split('.').pop());

  it('reads like "96 months custodial, confiscation"', () => {
    const phrases = sentencePhrases({ ...SENTENCE_DEFAULT, custodialMonths: 96, confiscation: true });
    expect(keys(phrases)).toEqual(['custodial', 'confiscation']);
    expect(phrases[0].args).toEqual({ smart_count: 96 });
  });

  it('puts life first and leaves months out', () => {
    expect(keys(sentencePhrases({ ...SENTENCE_DEFAULT, life: true, custodialMonths: null }))).toEqual(['life']);
  });

  it('says suspended and probation', () => {
    const phrases = sentencePhrases({ ...SENTENCE_DEFAULT, custodialMonths: 36, suspended: true, probationMonths: 24 });
    expect(keys(phrases)).toEqual(['custodial', 'suspended', 'probation']);
  });

  it('formats the fine amount', () => {
    const phrases = sentencePhrases(
      { ...SENTENCE_DEFAULT, fine: { amount: 150000, currency: 'KZT' } },
      (n) => `${n / 1000}k`,
    );
    expect(phrases).toEqual([{ key: 'caseatlas.case.sentence.fine', args: { amount: '150k', currency: 'KZT' } }]);
  });

  it('says "no sentence" for null or all zero', () => {
    expect(keys(sentencePhrases(null))).toEqual(['none']);
    expect(keys(sentencePhrases(SENTENCE_DEFAULT))).toEqual(['none']);
  });
});
