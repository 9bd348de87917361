import { anchorAt, CONTEXT_LENGTH, reanchor, TextAnchor } from './anchoring';

/** Offset of a literal passage that must occur exactly once in `text`. */
function offsetOf(text: string, passage: string): number {
  const at = text.indexOf(passage);
  if (at < 0 || text.indexOf(passage, at + 1) >= 0) {
    throw new Error(`passage must occur exactly once: ${passage}`);
  }
  return at;
}

/** Anchor on a literal passage (expected values are hand-computed, not from reanchor). */
function anchorOn(text: string, passage: string): TextAnchor {
  const start = offsetOf(text, passage);
  return anchorAt(text, start, start + passage.length);
}

function expectPlacedAt(
  result: ReturnType<typeof reanchor>,
  text: string,
  start: number,
  exact: string,
  moved: boolean,
): void {
  expect(result.orphaned).toBe(false);
  if (result.orphaned) return;
  expect(result.moved).toBe(moved);
  expect(result.anchor.start).toBe(start);
  expect(result.anchor.end).toBe(start + exact.length);
  expect(result.anchor.exact).toBe(exact);
  expect(text.slice(result.anchor.start, result.anchor.end)).toBe(exact);
}

function expectOrphaned(result: ReturnType<typeof reanchor>, old: TextAnchor): void {
  expect(result.orphaned).toBe(true);
  expect(result.anchor).toEqual(old);
  expect('moved' in result).toBe(false);
}

const P1 =
  'In the spring of 2019 the first defendant (D1) placed advertisements for seasonal farm work in a regional newspaper. ';
const P2 = 'D1 recruited the victims V1 and V2 with promises of a monthly salary of 800 euros. ';
const P3 = 'The second defendant (D2) organised their transport by minibus across the border.\n\n';
const P4 = 'On arrival their passports were taken and they were housed in a locked barn near the fields.\n\n';
const P5 = 'The court found that the victims worked fourteen hours a day without pay.';
const TEXT = P1 + P2 + P3 + P4 + P5;
const QUOTE = 'promises of a monthly salary of 800 euros';

describe('anchorAt', () => {
  it('takes up to CONTEXT_LENGTH characters on each side', () => {
    const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);
    expect(CONTEXT_LENGTH).toBe(32);
    expect(anchorAt(text, 40, 45)).toEqual({
      exact: 'QUOTE',
      prefix: 'a'.repeat(32),
      suffix: 'b'.repeat(32),
      start: 40,
      end: 45,
    });
  });

  it('has empty prefix/suffix at the text edges and accepts the whole text', () => {
    expect(anchorAt('abcdef', 0, 6)).toEqual({
      exact: 'abcdef',
      prefix: '',
      suffix: '',
      start: 0,
      end: 6,
    });
    expect(anchorAt('abcdef', 0, 1)).toEqual({
      exact: 'a',
      prefix: '',
      suffix: 'bcdef',
      start: 0,
      end: 1,
    });
    expect(anchorAt('abcdef', 5, 6)).toEqual({
      exact: 'f',
      prefix: 'abcde',
      suffix: '',
      start: 5,
      end: 6,
    });
  });

  it('throws RangeError for out-of-bounds or empty ranges', () => {
    expect(() => anchorAt('abcdef', -1, 2)).toThrow(RangeError);
    expect(() => anchorAt('abcdef', 2, 7)).toThrow(RangeError);
    expect(() => anchorAt('abcdef', 3, 3)).toThrow(RangeError);
    expect(() => anchorAt('abcdef', 4, 2)).toThrow(RangeError);
    expect(() => anchorAt('abcdef', 1.5, 3)).toThrow(RangeError);
    expect(() => anchorAt('', 0, 0)).toThrow(RangeError);
  });
});

describe('reanchor', () => {
  const old = anchorOn(TEXT, QUOTE);

  it('leaves an anchor on unchanged text unchanged', () => {
    const result = reanchor(TEXT, old);
    expect(result).toEqual({ anchor: old, orphaned: false, moved: false });
  });

  it('shifts the anchor after an insertion before the quote', () => {
    const inserted = 'According to the indictment, ';
    const text = inserted + TEXT;
    const result = reanchor(text, old);
    expectPlacedAt(result, text, old.start + inserted.length, QUOTE, true);
    expect(result.anchor.prefix).toBe(old.prefix);
    expect(result.anchor.suffix).toBe(old.suffix);
  });

  it('shifts the anchor after a deletion before the quote', () => {
    const text = P2 + P3 + P4 + P5;
    expectPlacedAt(reanchor(text, old), text, old.start - P1.length, QUOTE, true);
  });

  it('keeps the anchor after an insertion after the quote', () => {
    const text = P1 + P2 + 'The minibus was registered abroad. ' + P3 + P4 + P5;
    const result = reanchor(text, old);
    expectPlacedAt(result, text, old.start, QUOTE, false);
  });

  it('follows a small typo fix inside the quote', () => {
    const before = TEXT.replace('monthly salary', 'monthly salray');
    const typo = anchorOn(before, 'promises of a monthly salray of 800 euros');
    const result = reanchor(TEXT, typo);
    expectPlacedAt(result, TEXT, offsetOf(TEXT, QUOTE), QUOTE, false);
  });

  it('orphans the anchor when the quote is largely rewritten', () => {
    const text = TEXT.replace(QUOTE, 'an unspecified wage paid in cash');
    expectOrphaned(reanchor(text, old), old);
  });

  it('follows an insertion inside the quote', () => {
    // 6 inserted characters: within 20% of the 41-character quote
    const edited = 'promises of a fixed monthly salary of 800 euros';
    const text = TEXT.replace(QUOTE, edited);
    expectPlacedAt(reanchor(text, old), text, offsetOf(text, edited), edited, true);
  });

  it('keeps a quote whose surroundings were rewritten', () => {
    const text =
      P1 +
      'Through an intermediary, D1 lured two workers with ' +
      QUOTE +
      ' and free lodging, paid in advance. ' +
      P3 +
      P4 +
      P5;
    const result = reanchor(text, old);
    expectPlacedAt(result, text, offsetOf(text, QUOTE), QUOTE, true);
  });

  it('orphans the anchor when the quote is deleted', () => {
    const text = P1 + P3 + P4 + P5;
    expectOrphaned(reanchor(text, old), old);
  });

  it('finds a long quote moved to another paragraph', () => {
    const sentence = 'On arrival their passports were taken and they were housed in a locked barn near the fields.';
    const anchor = anchorOn(TEXT, sentence);
    const text = P1 + P2 + P3 + P5 + '\n\n' + sentence;
    expectPlacedAt(reanchor(text, anchor), text, offsetOf(text, sentence), sentence, true);
  });

  it('finds a short quote moved together with its context', () => {
    const anchor = anchorOn(TEXT, 'housed in a locked barn');
    const text = P1 + P4 + P2 + P3 + P5;
    const result = reanchor(text, anchor);
    expectPlacedAt(result, text, offsetOf(text, 'housed in a locked barn'), 'housed in a locked barn', true);
  });

  it('orphans a short quote whose only remaining occurrence has unrelated context', () => {
    const before = 'Witness V1 said the barn was locked at night. ' + TEXT;
    const anchor = anchorOn(before, 'the barn was locked');
    const text = TEXT + ' The defence argued that the barn was locked only to keep out thieves.';
    expectOrphaned(reanchor(text, anchor), anchor);
  });

  it('prefers the slightly edited original over an exact copy with unrelated context', () => {
    const anchor = anchorOn(TEXT, 'they were housed in a locked barn');
    const text =
      TEXT.replace('they were housed in a locked barn', 'they were housed in a locked shed') +
      ' Months later they were housed in a locked barn again.';
    const result = reanchor(text, anchor);
    expectPlacedAt(
      result,
      text,
      offsetOf(text, 'they were housed in a locked shed'),
      'they were housed in a locked shed',
      false,
    );
  });

  it('never fuzzy-matches a quote shorter than 4 characters', () => {
    const anchor = anchorOn(TEXT, 'V2 ');
    const text = TEXT.replace('V1 and V2 ', 'V1 and V7 ');
    expectOrphaned(reanchor(text, anchor), anchor);
  });

  describe('repeated passages', () => {
    const SENTENCE = 'D1 recruited the victims through a fake job advert.';
    const FIRST = 'In March 2018, in Chisinau, ' + SENTENCE + ' They were taken to Moscow by bus. ';
    const SECOND = 'In May 2019, in Odessa, ' + SENTENCE + ' They were flown to Kazan via Istanbul. ';
    const REPEATED = 'Summary of the facts. ' + FIRST + 'The scheme was then repeated. ' + SECOND;

    it('keeps the annotated occurrence (by context) after an insertion before both', () => {
      const start = REPEATED.lastIndexOf(SENTENCE);
      const anchor = anchorAt(REPEATED, start, start + SENTENCE.length);
      const firstStart = REPEATED.indexOf(SENTENCE);
      // Insert exactly the gap between the occurrences: the FIRST one now lies
      // at the old offset of the annotated second one.
      const inserted = 'x'.repeat(start - firstStart);
      const text = inserted + REPEATED;
      expect(text.indexOf(SENTENCE)).toBe(start);
      const result = reanchor(text, anchor);
      expectPlacedAt(result, text, text.lastIndexOf(SENTENCE), SENTENCE, true);
      expect(result.anchor.start).toBe(start + inserted.length);
    });

    it('keeps the annotated occurrence after a small insertion before both', () => {
      const start = REPEATED.lastIndexOf(SENTENCE);
      const anchor = anchorAt(REPEATED, start, start + SENTENCE.length);
      const text = 'Case 17/2020. ' + REPEATED;
      expectPlacedAt(reanchor(text, anchor), text, start + 'Case 17/2020. '.length, SENTENCE, true);
    });

    // Identical blocks: the quote's context (32 characters each side) is the
    // same for both occurrences, so only the position can tell them apart.
    const BLOCK =
      'Statement of the witness. The witness said: We were never paid for the work and could not leave the farm. End of the statement.\n';
    const IDENTICAL =
      'First hearing.\n' +
      BLOCK +
      'Between the hearings the prosecution obtained new evidence from the border police.\n' +
      'Second hearing.\n' +
      BLOCK +
      'The court adjourned.';
    const Q = 'We were never paid for the work';
    const firstQ = IDENTICAL.indexOf(Q);
    const secondQ = IDENTICAL.lastIndexOf(Q);

    it('prefers the identical occurrence nearer the old position', () => {
      const anchor = anchorAt(IDENTICAL, secondQ, secondQ + Q.length);
      const first = anchorAt(IDENTICAL, firstQ, firstQ + Q.length);
      expect(anchor.prefix).toBe(first.prefix);
      expect(anchor.suffix).toBe(first.suffix);
      const inserted = 'Case 17/2020.\n';
      const text = inserted + IDENTICAL;
      expectPlacedAt(reanchor(text, anchor), text, secondQ + inserted.length, Q, true);
      // and the first one stays the first one
      expectPlacedAt(reanchor(text, first), text, firstQ + inserted.length, Q, true);
    });

    it('uses the previous text to follow the shift, never landing on the other block', () => {
      const anchor = anchorAt(IDENTICAL, secondQ, secondQ + Q.length);
      // After this insertion the first block sits exactly where the second was.
      const inserted = 'y'.repeat(secondQ - firstQ);
      const text = inserted + IDENTICAL;
      expect(text.indexOf(Q)).toBe(secondQ);
      const result = reanchor(text, anchor, { previousText: IDENTICAL });
      expectPlacedAt(result, text, secondQ + inserted.length, Q, true);
    });

    it('uses the previous text for an edit between the blocks', () => {
      const anchor = anchorAt(IDENTICAL, secondQ, secondQ + Q.length);
      const text = IDENTICAL.replace('new evidence', 'new and decisive evidence');
      const result = reanchor(text, anchor, { previousText: IDENTICAL });
      expectPlacedAt(result, text, secondQ + 'and decisive '.length, Q, true);
    });

    it('orphans rather than moving to a similar passage about another defendant', () => {
      const D1 =
        'In March 2018, in Chisinau, D1 recruited the victims through a fake job advert published in a local newspaper. ';
      const D2 =
        'Two years later the co-accused D2 recruited the victims through a fake job advert posted on a social network. ';
      const before = 'Summary of the facts. ' + D1 + 'The scheme was then copied. ' + D2;
      const anchor = anchorOn(before, 'D1 recruited the victims through a fake job advert');
      const text = 'Summary of the facts. ' + 'The scheme was then copied. ' + D2;
      expectOrphaned(reanchor(text, anchor), anchor);
    });
  });

  describe('a passage the edit removed, with look-alikes left elsewhere (found in review)', () => {
    const witnesses =
      'Synthetic. Witness one testified that the employer took her passport on arrival in Dubai. ' +
      'Witness two testified that the employer took her passport in the hostel. ' +
      'Witness three testified that she was paid nothing.';
    const second = witnesses.indexOf('took her passport', witnesses.indexOf('Witness two'));
    const anchor = anchorAt(witnesses, second, second + 'took her passport'.length);

    it('orphans it when the sentence is deleted, never moving to the first witness', () => {
      const without = witnesses.replace(
        'Witness two testified that the employer took her passport in the hostel. ',
        '',
      );
      expect(reanchor(without, anchor, { previousText: witnesses }).orphaned).toBe(true);
    });

    it('orphans it when the sentence is reworded', () => {
      const reworded = witnesses.replace(
        'Witness two testified that the employer took her passport in the hostel.',
        'Witness two did not testify.',
      );
      expect(reanchor(reworded, anchor, { previousText: witnesses }).orphaned).toBe(true);
    });

    it('still follows it when only its own words are touched', () => {
      const edited = witnesses.replace('took her passport in the hostel', 'took her passports in the hostel');
      const result = reanchor(edited, anchor, { previousText: witnesses });
      const expectedStart = edited.indexOf('took her passports in the hostel');
      expect(result).toMatchObject({ orphaned: false });
      expect(result.orphaned ? null : result.anchor.start).toBe(expectedStart);
    });
  });

  describe('Russian text', () => {
    const RU =
      'Обвиняемый Д1 в 2019 году разместил объявление о сезонной работе. ' +
      'Он завербовал потерпевших П1 и П2, обещая ежемесячную зарплату 800 евро. ' +
      'Обвиняемый Д2 организовал их перевозку через границу.';
    const RQ = 'обещая ежемесячную зарплату 800 евро';

    it('shifts after an insertion before the quote', () => {
      const anchor = anchorOn(RU, RQ);
      const inserted = 'Согласно обвинительному заключению, ';
      const text = inserted + RU;
      expectPlacedAt(reanchor(text, anchor), text, anchor.start + inserted.length, RQ, true);
    });

    it('follows a typo fix inside the quote', () => {
      const before = RU.replace('ежемесячную', 'ежемесечную');
      const anchor = anchorOn(before, 'обещая ежемесечную зарплату 800 евро');
      expectPlacedAt(reanchor(RU, anchor), RU, offsetOf(RU, RQ), RQ, false);
    });

    it('orphans a deleted quote', () => {
      const anchor = anchorOn(RU, RQ);
      const text = RU.replace(', ' + RQ, '');
      expectOrphaned(reanchor(text, anchor), anchor);
    });
  });

  describe('quotes at the text edges', () => {
    it('handles a quote at the very start (empty prefix)', () => {
      const anchor = anchorAt(TEXT, 0, 'In the spring of 2019'.length);
      expect(anchor.prefix).toBe('');
      const appended = TEXT + ' Appeal dismissed.';
      expectPlacedAt(reanchor(appended, anchor), appended, 0, 'In the spring of 2019', false);
      const inserted = 'Summary. ';
      const text = inserted + TEXT;
      expectPlacedAt(reanchor(text, anchor), text, inserted.length, 'In the spring of 2019', true);
    });

    it('handles a quote at the very end (empty suffix)', () => {
      const last = 'fourteen hours a day without pay.';
      const anchor = anchorOn(TEXT, last);
      expect(anchor.suffix).toBe('');
      expect(anchor.end).toBe(TEXT.length);
      const text = P2 + P3 + P4 + P5;
      const result = reanchor(text, anchor);
      expectPlacedAt(result, text, text.length - last.length, last, true);
      expect(result.anchor.suffix).toBe('');
    });

    it('follows a typo fix in a quote at the very start', () => {
      const before = 'Summray of the facts: ' + TEXT;
      const anchor = anchorAt(before, 0, 'Summray of the facts'.length);
      const text = 'Summary of the facts: ' + TEXT;
      expectPlacedAt(reanchor(text, anchor), text, 0, 'Summary of the facts', false);
    });

    it('orphans a quote cut from the very start', () => {
      const before = 'Summary of the facts: ' + TEXT;
      const anchor = anchorAt(before, 0, 'Summary of the facts: '.length);
      expectOrphaned(reanchor(TEXT, anchor), anchor);
    });

    it('handles a typo fix in a quote covering the whole text', () => {
      const before = 'The victims were exploitd.';
      const anchor = anchorAt(before, 0, before.length);
      const text = 'The victims were exploited.';
      expectPlacedAt(reanchor(text, anchor), text, 0, text, true);
    });
  });

  describe('large texts', () => {
    const sentences: string[] = [];
    for (let i = 0; sentences.join('').length < 200_000; i++) {
      sentences.push(
        `Paragraph ${i}: the court examined exhibit ${i * 7} concerning transfer number ${i * 13} made by defendant D${i % 5}. `,
      );
    }
    const BIG = sentences.join('');
    // A quote of roughly 2,000 characters from the middle.
    const from = BIG.indexOf('Paragraph 900: ');
    const to = BIG.indexOf('Paragraph 920: ');
    const LONG = BIG.slice(from, to);

    it('re-anchors a long quote in a 200 KB text after edits before and inside it', () => {
      expect(BIG.length).toBeGreaterThanOrEqual(200_000);
      expect(LONG.length).toBeGreaterThan(1_500);
      const anchor = anchorAt(BIG, from, to);

      const inserted = 'Preliminary remarks of the presiding judge. ';
      const shifted = inserted + BIG;
      expectPlacedAt(reanchor(shifted, anchor), shifted, from + inserted.length, LONG, true);

      const editedQuote = LONG.replace(
        'Paragraph 910: the court examined',
        'Paragraph 910: the court carefully examined',
      );
      const edited = inserted + BIG.replace(LONG, editedQuote);
      const result = reanchor(edited, anchor);
      expectPlacedAt(result, edited, from + inserted.length, editedQuote, true);
    });

    it('orphans a long quote replaced by other text in a 200 KB templated text', () => {
      const anchor = anchorAt(BIG, from, to);
      const text = BIG.replace(LONG, 'The paragraphs on these transfers were struck out. ');
      expectOrphaned(reanchor(text, anchor), anchor);
    });

    it('orphans a long quote that was deleted from a 200 KB text', () => {
      const anchor = anchorAt(BIG, from, to);
      const text = BIG.replace(LONG, '');
      expectOrphaned(reanchor(text, anchor), anchor);
    });
  });
});
