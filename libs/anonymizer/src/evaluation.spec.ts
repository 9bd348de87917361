import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIVEN_NAMES } from './gazetteer';
import { evaluate, LabelledSnippet } from './evaluation';

const load = (file: string) =>
  readFileSync(join(__dirname, '../../../test/fixtures', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledSnippet & { spans: { text?: string }[] });
const development = load('anonymizer-corpus.jsonl');
const heldOut = load('anonymizer-heldout.jsonl');
const thirdBatch = load('anonymizer-heldout-3.jsonl');
const fourthBatch = load('anonymizer-heldout-4.jsonl');
const fifthBatch = load('anonymizer-heldout-5.jsonl');
const sixthBatch = load('anonymizer-heldout-6.jsonl');
const seventhBatch = load('anonymizer-heldout-7.jsonl');
const eighthBatch = load('anonymizer-heldout-8.jsonl');
const ninthBatch = load('anonymizer-heldout-9.jsonl');
const tenthBatch = load('anonymizer-heldout-10.jsonl');
const eleventhBatch = load('anonymizer-heldout-11.jsonl');
const twelfthBatch = load('anonymizer-heldout-12.jsonl');
const thirteenthBatch = load('anonymizer-heldout-13.jsonl');
const fourteenthBatch = load('anonymizer-heldout-14.jsonl');
const fifteenthBatch = load('anonymizer-heldout-15.jsonl');
const sixteenthBatch = load('anonymizer-heldout-16.jsonl');
const seventeenthBatch = load('anonymizer-heldout-17.jsonl');
const eighteenthBatch = load('anonymizer-heldout-18.jsonl');
const nineteenthBatch = load('anonymizer-heldout-19.jsonl');
const twentiethBatch = load('anonymizer-heldout-20.jsonl');
const twentyFirstBatch = load('anonymizer-heldout-21.jsonl');
const twentySecondBatch = load('anonymizer-heldout-22.jsonl');
const twentyThirdBatch = load('anonymizer-heldout-23.jsonl');

describe('anonymizer on the development corpus', () => {
  it('is large enough to mean something', () => {
    expect(development.length).toBeGreaterThanOrEqual(150);
    expect(new Set(development.map((snippet) => snippet.language))).toEqual(new Set(['ru', 'kk', 'uz', 'en']));
  });

  it('meets the structured-identifier and precision targets, and does not fall below today’s recall elsewhere', () => {
    const { scores } = evaluate(development);
    // Every target is met here; a floor under a target would stop a regression where one is missed.
    const floors: Record<string, number> = {};
    const failing = scores.filter(
      (score) => score.precision < 0.9 || score.recall < Math.min(score.recallTarget, floors[score.type] ?? 1),
    );
    expect(failing).toEqual([]);
  });
});

describe('anonymizer on the first held-out corpus, development data since rules were written from its misses', () => {
  const formerHeldOut = load('anonymizer-corpus-2.jsonl');

  it('keeps every target it met', () => {
    const { scores } = evaluate(formerHeldOut);
    expect(scores.filter((score) => !score.met)).toEqual([]);
  });
});

/**
 * The held-out corpus of 2026-12-04 (scripts/generate-anonymizer-heldout.ts), written before any
 * rule change; held out until 2026-12-06, when its misses were read to write rules: development
 * data since. These floors sit just under its figures, per type, so a regression shows and an
 * improvement is a deliberate change of this table (docs/anonymization.md).
 */
const HELD_OUT_RECALL_FLOORS: Record<string, number> = {
  // 0.882 and 0.877 before the rules of 2026-12-05 written from the fifth and sixth batches.
  PERSON: 0.95,
  PHONE: 0.97,
  EMAIL: 1,
  NATIONAL_ID: 1,
  PASSPORT: 1,
  CARD: 0.99,
  IBAN: 0.99,
  ADDRESS: 0.99,
  BIRTH_DATE: 0.99,
  PLATE: 0.99,
  HANDLE: 0.99,
};

describe('anonymizer on the held-out corpus', () => {
  it('covers every language, every type and enough negatives, with exact spans', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(300);
    expect(new Set(heldOut.map((snippet) => snippet.language))).toEqual(
      new Set(['ru', 'kk', 'ky', 'uz', 'tg-ru', 'en']),
    );
    expect(new Set(heldOut.flatMap((snippet) => snippet.spans.map((span) => span.type)))).toEqual(
      new Set(Object.keys(HELD_OUT_RECALL_FLOORS)),
    );
    expect(heldOut.filter((snippet) => snippet.spans.length === 0).length).toBeGreaterThanOrEqual(70);
    for (const snippet of heldOut) {
      for (const span of snippet.spans) expect(snippet.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  // 65 of its 396 name words were given names the gazetteer held when it was written; 104 since
  // Russian and Uzbek names were added from the dictionaries (2026-12-06).
  it('uses mostly names the gazetteer lacks (104 of its 396 name words are given names it holds)', () => {
    const words = new Set(
      heldOut.flatMap((snippet) =>
        snippet.spans
          .filter((span) => span.type === 'PERSON')
          .flatMap((span) => snippet.text.slice(span.start, span.end).match(/\p{L}{2,}/gu) ?? []),
      ),
    );
    const overlap = [...words].filter((word) => GIVEN_NAMES.has(word.toLowerCase()));
    // Counted, never listed: the names themselves are not for reading.
    expect(overlap.length / words.size).toBeLessThan(0.3);
  });

  it('stays at or above the recall measured when it was written, type by type, with precision ≥ 0.9', () => {
    const { scores } = evaluate(heldOut);
    const below = scores
      .filter((score) => score.recall < HELD_OUT_RECALL_FLOORS[score.type] || score.precision < 0.9)
      .map((score) => score.type);
    expect(below).toEqual([]);
  });
});

/**
 * The third batch (scripts/generate-anonymizer-heldout-3.ts, 2026-12-05), written for issue 24 in
 * every form it names before its rules were final, and held out until its first figures were
 * recorded (docs/anonymization.md); its misses were then read to write rules, so it is
 * development data now. Floors just under today's figures, per type.
 */
const THIRD_BATCH_RECALL_FLOORS: Record<string, number> = {
  PERSON: 0.96,
  PHONE: 0.99,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  IBAN: 0.99,
  ADDRESS: 0.98,
  BIRTH_DATE: 0.99,
  PLATE: 0.99,
  HANDLE: 0.99,
};

describe('anonymizer on the third batch, development data since its misses were read', () => {
  it('covers every language and type, with negatives and exact spans', () => {
    expect(thirdBatch.length).toBeGreaterThanOrEqual(400);
    expect(new Set(thirdBatch.map((snippet) => snippet.language))).toEqual(
      new Set(['ru', 'kk', 'ky', 'uz', 'tg-ru', 'en']),
    );
    expect(thirdBatch.filter((snippet) => snippet.spans.length === 0).length).toBeGreaterThanOrEqual(90);
    for (const snippet of thirdBatch) {
      for (const span of snippet.spans) expect(snippet.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('stays at or above its floors, type by type, with precision ≥ 0.95 per type and over all', () => {
    const { scores, precision } = evaluate(thirdBatch);
    const below = scores
      .filter((score) => score.recall < THIRD_BATCH_RECALL_FLOORS[score.type] || score.precision < 0.95)
      .map((score) => score.type);
    expect(below).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});

/**
 * The fourth batch (scripts/generate-anonymizer-heldout-4.ts, 2026-12-05): written before the
 * rules it judged by a session that read neither rules, lists nor earlier batches; held out until
 * 2026-12-06, when its misses were read to write rules: development data since. Floors just
 * under today's figures (docs/anonymization.md), per type.
 */
const FOURTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  // 0.783 when added; 0.765 since the region's name shapes count at a sentence's start only
  // before a verb (the review found «Айлық», «Ақша», «Ертеси» taken for names there); 0.794 with
  // the Kazakh given names of Debian's hunspell-kk; 0.871 with unlisted proper nouns (2026-12-05);
  // 0.961 with the sentence-subject rules written from its misses (2026-12-06).
  PERSON: 0.95,
  PHONE: 0.99,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  IBAN: 0.99,
  // 0.813, then 0.875 since identifiers end an address phrase.
  ADDRESS: 0.87,
  BIRTH_DATE: 0.99,
  PLATE: 0.99,
  HANDLE: 0.99,
};

describe('anonymizer on the fourth batch, held out', () => {
  it('covers every language and type, with negatives and exact spans', () => {
    expect(fourthBatch.length).toBeGreaterThanOrEqual(400);
    expect(new Set(fourthBatch.map((snippet) => snippet.language))).toEqual(
      new Set(['ru', 'kk', 'ky', 'uz', 'tg-ru', 'en']),
    );
    expect(fourthBatch.filter((snippet) => snippet.spans.length === 0).length).toBeGreaterThanOrEqual(90);
    for (const snippet of fourthBatch) {
      for (const span of snippet.spans) expect(snippet.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('stays at or above its floors, type by type, with precision ≥ 0.95 per type and 0.97 over all', () => {
    const { scores, precision } = evaluate(fourthBatch);
    const below = scores
      .filter((score) => score.recall < FOURTH_BATCH_RECALL_FLOORS[score.type] || score.precision < 0.95)
      .map((score) => score.type);
    expect(below).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.97);
  });
});

/**
 * The fifth batch (scripts/generate-anonymizer-heldout-5.ts, 2026-12-05), written by a session
 * that read neither rules, lists nor earlier batches. Held out until 2026-12-05 (PERSON 0.815,
 * ADDRESS 0.841, BIRTH_DATE 0.896, PASSPORT 0.879, HANDLE 0.900); its misses were then read to
 * write rules, so it is development data now. Floors just under today's figures.
 */
const FIFTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  PERSON: 0.97,
  PHONE: 0.99,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  IBAN: 0.99,
  ADDRESS: 0.98,
  BIRTH_DATE: 0.99,
  PLATE: 0.99,
  HANDLE: 0.99,
};

describe('anonymizer on the fifth batch, development data since its misses were read', () => {
  it('covers every language and type, with negatives and exact spans', () => {
    expect(fifthBatch.length).toBeGreaterThanOrEqual(400);
    expect(new Set(fifthBatch.map((snippet) => snippet.language))).toEqual(
      new Set(['ru', 'kk', 'ky', 'uz', 'tg-ru', 'en']),
    );
    expect(fifthBatch.filter((snippet) => snippet.spans.length === 0).length).toBeGreaterThanOrEqual(90);
    for (const snippet of fifthBatch) {
      for (const span of snippet.spans) expect(snippet.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('stays at or above its floors, type by type, with precision ≥ 0.92 per type and 0.95 over all', () => {
    const { scores, precision } = evaluate(fifthBatch);
    const below = scores
      .filter((score) => score.recall < FIFTH_BATCH_RECALL_FLOORS[score.type] || score.precision < 0.92)
      .map((score) => score.type);
    expect(below).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});

/**
 * The sixth batch (scripts/generate-anonymizer-heldout-6.ts, 2026-12-05), written in every form
 * issue 24 names, in seven languages including Tajik and Turkmen, by a session that read neither
 * rules, lists nor earlier batches. Scored held out twice without reading it (PERSON 0.854 / 0.906,
 * ADDRESS 0.674 / 0.726, BIRTH_DATE 0.600 / 0.613, HANDLE 0.700 / 0.775, CARD 0.815, PASSPORT
 * 0.839 / 0.871, NATIONAL_ID 0.959, PHONE 0.961; docs/anonymization.md); its misses were then read
 * to write rules, so it is development data now. Floors just under today's figures.
 */
const SIXTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  PERSON: 0.97,
  PHONE: 0.99,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  IBAN: 0.99,
  ADDRESS: 0.97,
  BIRTH_DATE: 0.99,
  PLATE: 0.99,
  HANDLE: 0.99,
};

describe('anonymizer on the sixth batch, development data since its misses were read', () => {
  it('covers seven languages and every type, with negatives and exact spans', () => {
    expect(sixthBatch.length).toBeGreaterThanOrEqual(450);
    expect(new Set(sixthBatch.map((snippet) => snippet.language))).toEqual(
      new Set(['ru', 'kk', 'ky', 'uz', 'tg', 'tk', 'en']),
    );
    expect(sixthBatch.filter((snippet) => snippet.spans.length === 0).length).toBeGreaterThanOrEqual(100);
    for (const snippet of sixthBatch) {
      for (const span of snippet.spans) expect(snippet.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('stays at or above its floors, type by type, with precision ≥ 0.95 per type and 0.98 over all', () => {
    const { scores, precision } = evaluate(sixthBatch);
    const below = scores
      .filter((score) => score.recall < SIXTH_BATCH_RECALL_FLOORS[score.type] || score.precision < 0.95)
      .map((score) => score.type);
    expect(below).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.98);
  });
});

/**
 * The seventh batch (scripts/generate-anonymizer-heldout-7.ts, 2026-12-05): held out, written
 * before the rules from the fifth and sixth batches' misses were merged, by a session that read
 * neither rules, lists nor earlier batches; its strings and misses are never read. Floors just
 * under the figures measured when it was added (docs/anonymization.md).
 */
const SEVENTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  // 0.966 before the rules of 2026-12-06 from the ninth and tenth batches, 0.971 after, 0.975 after
  // those of the eleventh and twelfth.
  PERSON: 0.97,
  PHONE: 0.99,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  IBAN: 0.99,
  ADDRESS: 0.96,
  BIRTH_DATE: 0.97,
  PLATE: 0.99,
  HANDLE: 0.99,
};

describe('anonymizer on the seventh batch, held out', () => {
  it('covers seven languages and every type, with negatives and exact spans', () => {
    expect(seventhBatch.length).toBeGreaterThanOrEqual(500);
    expect(new Set(seventhBatch.map((snippet) => snippet.language))).toEqual(
      new Set(['ru', 'kk', 'ky', 'uz', 'tg', 'tr', 'en']),
    );
    expect(seventhBatch.filter((snippet) => snippet.spans.length === 0).length).toBeGreaterThanOrEqual(100);
    for (const snippet of seventhBatch) {
      for (const span of snippet.spans) expect(span.end).toBeGreaterThan(span.start);
    }
  });

  it('stays at or above its floors, type by type, with precision ≥ 0.95 per type and 0.98 over all', () => {
    const { scores, precision } = evaluate(seventhBatch);
    const below = scores
      .filter((score) => score.recall < SEVENTH_BATCH_RECALL_FLOORS[score.type] || score.precision < 0.95)
      .map((score) => score.type);
    expect(below).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.98);
  });
});

/**
 * The eighth batch (scripts/generate-anonymizer-heldout-8.ts, 2026-12-06): written by a session
 * that read neither rules, lists nor earlier batches; scored held out once (docs/anonymization.md),
 * then its misses were read to write rules: development data since. Floors just under today's
 * figures.
 */
const EIGHTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  // 0.852 held out, before the rules of 2026-12-06.
  PERSON: 0.96,
  PHONE: 0.99,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  IBAN: 0.99,
  // 0.807 held out; Turkish neighbourhoods named after people and Emirati districts still missed.
  ADDRESS: 0.88,
  BIRTH_DATE: 0.99,
  PLATE: 0.99,
  HANDLE: 0.99,
};

describe('anonymizer on the eighth batch', () => {
  it('covers seven languages and every type, with negatives and exact spans', () => {
    expect(eighthBatch.length).toBeGreaterThanOrEqual(600);
    expect(new Set(eighthBatch.map((snippet) => snippet.language))).toEqual(
      new Set(['ru', 'kk', 'ky', 'uz', 'tg', 'tr', 'en']),
    );
    expect(eighthBatch.filter((snippet) => snippet.spans.length === 0).length).toBeGreaterThanOrEqual(100);
  });

  it('stays at or above its floors, type by type, with precision ≥ 0.95 per type and 0.97 over all', () => {
    const { scores, precision } = evaluate(eighthBatch);
    const below = scores
      .filter((score) => score.recall < EIGHTH_BATCH_RECALL_FLOORS[score.type] || score.precision < 0.95)
      .map((score) => score.type);
    expect(below).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.97);
  });
});

/**
 * The ninth batch (scripts/generate-anonymizer-heldout-9.ts, 2026-12-06): written by a session
 * that read neither rules, lists nor earlier batches; scored held out once (docs/anonymization.md),
 * then its misses were read to write rules: development data since. Floors just under today's
 * figures.
 */
const NINTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  // 0.864 held out.
  PERSON: 0.96,
  PHONE: 0.99,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  IBAN: 0.99,
  ADDRESS: 0.94,
  BIRTH_DATE: 0.99,
  PLATE: 0.99,
  HANDLE: 0.99,
};

/**
 * The tenth batch (scripts/generate-anonymizer-heldout-10.ts, 2026-12-06): written by a session
 * that read neither rules, lists nor earlier batches, before the rules of the ninth batch's misses;
 * scored held out once, then its misses were read: development data since.
 */
const TENTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  // 0.845 held out; names in lists without a cue and Chinese two-syllable names still missed.
  PERSON: 0.95,
  PHONE: 0.99,
  EMAIL: 0.99,
  // IINs that fail their check digit far from the cue, as the anonymizer leaves them by design.
  NATIONAL_ID: 0.96,
  PASSPORT: 0.99,
  CARD: 0.99,
  IBAN: 0.99,
  ADDRESS: 0.91,
  BIRTH_DATE: 0.97,
  PLATE: 0.99,
  HANDLE: 0.99,
};

/**
 * The eleventh batch (scripts/generate-anonymizer-heldout-11.ts, 2026-12-06): written while the
 * rules from the ninth and tenth batches were written, by a session that read neither rules, lists
 * nor earlier batches; scored held out (names 0.906), then its misses were read later:
 * development data since. Floors just under today's figures.
 */
const ELEVENTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  PERSON: 0.97,
  PHONE: 0.98,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.95,
  CARD: 0.99,
  IBAN: 0.99,
  ADDRESS: 0.97,
  BIRTH_DATE: 0.99,
  PLATE: 0.99,
  HANDLE: 0.99,
};

/**
 * The twelfth batch (scripts/generate-anonymizer-heldout-12.ts, 2026-12-06): written by a session
 * that read neither rules, lists nor any batch, while the eleventh batch's rules were written;
 * scored held out once (names 0.877, addresses 0.841, plates 0.667, handles 0.613), then its misses
 * were read: development data since. Floors just under today's figures.
 */
const TWELFTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  // Names a person is called by in speech, without a cue, and Korean names in Russian letters.
  PERSON: 0.94,
  PHONE: 0.98,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.97,
  CARD: 0.99,
  IBAN: 0.99,
  ADDRESS: 0.95,
  BIRTH_DATE: 0.98,
  PLATE: 0.99,
  HANDLE: 0.96,
};

/**
 * The thirteenth batch (scripts/generate-anonymizer-heldout-13.ts, 2026-12-06): written by a
 * session that read neither rules, lists nor any batch, while the twelfth batch's rules were
 * written; scored held out once at 51f07e3 (names 0.900, precision 0.949; addresses 0.831; dates of
 * birth 0.811; plates 0.829; phones 0.926; national IDs 0.944), then its misses were read:
 * development data since. Floors just under today's figures.
 */
const THIRTEENTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  // Lower-case given names in shelter logs and unlisted names in English sentences without a cue.
  PERSON: 0.94,
  PHONE: 0.98,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  // A passenger manifest's number without its cue.
  PASSPORT: 0.96,
  CARD: 0.99,
  IBAN: 0.99,
  ADDRESS: 0.99,
  // A scan's date of birth with no cue but the document around it.
  BIRTH_DATE: 0.98,
  PLATE: 0.99,
  HANDLE: 0.99,
};

/**
 * The fourteenth batch (scripts/generate-anonymizer-heldout-14.ts, 2026-12-06): written by a helper
 * who read neither rules, lists nor any batch, while the thirteenth batch's rules were written;
 * scored held out once at 792d82a (names 0.920, precision 0.935; addresses 0.947; dates of birth
 * 0.933; plates 0.927; passports 0.971), then its misses were read on 2026-12-06 (third session):
 * development data since. Floors just under today's figures.
 */
const FOURTEENTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  // Unlisted given names alone (Kyrgyz, Tajik), lower-case ones in chats under endings.
  PERSON: 0.97,
  // A Turkmen landline after "Contact:".
  PHONE: 0.98,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  IBAN: 0.99,
  // A Turkish street named after a person in three words.
  ADDRESS: 0.98,
  BIRTH_DATE: 0.99,
  PLATE: 0.99,
  HANDLE: 0.99,
};

/**
 * The fifteenth batch (scripts/generate-anonymizer-heldout-15.ts, 2026-12-06): 728 snippets, 3,362
 * spans, written by a helper who read neither rules, lists nor any batch; held out through the
 * fourth session (names 0.889 at 7944313, 0.928 at 4f75965, precision 0.916), then its misses were
 * read in the fifth: development data since. Its labels take the city into an address and label a
 * machine-readable zone field by field. Floors just under today's figures.
 */
const FIFTEENTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  // Given names no list holds, in chats and narratives; Thai names.
  PERSON: 0.97,
  PHONE: 0.98,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  // Emirati IBANs written in dashed groups of four.
  IBAN: 0.92,
  // The city inside the label: the anonymizer takes the street and the house.
  ADDRESS: 0.79,
  BIRTH_DATE: 0.99,
  PLATE: 0.96,
  HANDLE: 0.95,
};

/**
 * The sixteenth batch (scripts/generate-anonymizer-heldout-16.ts, 2026-12-06): 702 snippets, 1,889
 * spans, 124 negatives, written by a helper who read neither rules, lists nor any batch, at the
 * start of the fifth session; scored held out at 4f75965 and at f95d135 (names 0.929 both times,
 * precision 0.971; passports 0.921 → 0.950; dates of birth 0.847 → 0.931; handles 0.853), then its
 * misses were read: development data since. Floors just under today's figures.
 */
const SIXTEENTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  // Unlisted names in chat messages under case endings and in their own phrasings.
  PERSON: 0.95,
  PHONE: 0.99,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  IBAN: 0.99,
  // A Tajik passage («гузаргоҳи») read as a street took border crossings too; left out after review.
  ADDRESS: 0.96,
  BIRTH_DATE: 0.99,
  PLATE: 0.99,
  HANDLE: 0.99,
};

/**
 * The seventeenth batch (scripts/generate-anonymizer-heldout-17.ts, 2026-12-07): 678 snippets, 1,951
 * spans, 126 negatives, written by a helper who read neither rules, lists nor any batch, committed
 * (913af8d) before the rules from the sixteenth batch. Scored held out at 4f75965 (names 0.882,
 * precision 0.937; passports 0.726; dates of birth 0.875) and at b3f979b (names 0.887, precision
 * 0.943; passports 0.799; dates of birth 0.918; addresses 0.898; handles 0.930); its misses were read
 * in the sixth session: development data since. Floors just under today's figures.
 */
const SEVENTEENTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  // Unlisted names in lower case in chats, in Turkish chat phrasings, at a Kazakh story's opening.
  PERSON: 0.97,
  PHONE: 0.99,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  IBAN: 0.99,
  // Turkish streets named after a person with a resident's name before them ("… Fevzi Çakmak Cad.").
  ADDRESS: 0.93,
  BIRTH_DATE: 0.99,
  PLATE: 0.99,
  HANDLE: 0.99,
};

/**
 * The eighteenth batch, held out (scripts/generate-anonymizer-heldout-18.ts, 2026-12-07): 707
 * snippets, 1,854 spans, 119 negatives, written by a helper who read neither rules, lists nor any
 * batch, started at b3f979b and committed (f715130) before the sixth session's frames; never read.
 * Scored at b3f979b (names 0.885, precision 0.934; dates of birth 0.777) and after the sixth
 * session's rules (names 0.890, precision 0.939; dates of birth 0.789; addresses 0.881; IBAN 0.971;
 * passports 0.969; national IDs 0.976; phones 0.988); the seventh session's address forms (read from no
 * batch) took addresses to 0.888. Floors just under those.
 */
const EIGHTEENTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  // The eighth session's forms (no batch read): 0.890 → 0.907, 0.899 after its review's fixes; the
  // ninth's russian_name list: 0.917 (its precision 0.951 → 0.943).
  PERSON: 0.91,
  PHONE: 0.98,
  EMAIL: 0.99,
  NATIONAL_ID: 0.97,
  PASSPORT: 0.96,
  CARD: 0.99,
  // Twenty-digit accounts after «р/с», «hisob raqami» (read from no batch): 0.882 → 0.971.
  IBAN: 0.96,
  ADDRESS: 0.88,
  BIRTH_DATE: 0.78,
  PLATE: 0.95,
  HANDLE: 0.99,
};

/**
 * The nineteenth batch, held out (scripts/generate-anonymizer-heldout-19.ts, 2026-12-07): 700
 * snippets, 3,427 spans, 119 negatives, 226 templates, written by a helper who read neither rules,
 * lists nor any batch, committed before any rule of this session; never read, only scored. Scored at
 * its commit: names 0.952 (precision 0.912), dates of birth 0.964, addresses 0.861, IBAN 0.927,
 * plates 0.894 (precision 0.900), national IDs 0.994, passports 0.995, phones 0.997; 0.945 over all.
 * After the session's forms of its own (Emirati plates with a number's code, a plate the address
 * reader took, Russian addresses in Latin letters): plates 0.915, 0.946 over all. Floors just under.
 */
// The ninth session's russian_name list took names' precision from 0.922 to 0.916, and so 0.951
// → 0.948 over all (the floor below, 0.945, is under the target of 0.95: names found first).
const NINETEENTH_BATCH_RECALL_FLOORS: Record<string, number> = {
  PERSON: 0.95,
  PHONE: 0.99,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  // An IBAN of its country's registered length whatever its check digits (eighth session): 0.927 → 1.000.
  IBAN: 0.99,
  ADDRESS: 0.86,
  BIRTH_DATE: 0.96,
  PLATE: 0.91,
  HANDLE: 0.99,
};

/**
 * The twentieth batch, held out (scripts/generate-anonymizer-heldout-20.ts, 2026-12-07): 928
 * snippets, 3,058 spans, 132 negatives, 243 templates, written by a helper who read neither rules,
 * lists nor any batch, while the eighth session's first rules were being written, and committed
 * before any of them; never read, only scored. At its commit: names 0.949 (precision 0.945), phones
 * 0.934, handles 0.760, dates of birth 0.864 (precision 0.903), addresses 0.912, plates 0.906,
 * national IDs 1.000 (precision 0.926); 0.959 over all. After the session: names 0.949 (0.950),
 * phones 0.945, handles 0.840; 0.961 over all. Floors just under.
 */
const TWENTIETH_BATCH_RECALL_FLOORS: Record<string, number> = {
  // Ninth session (russian_name, phones with the code and no +): names 0.959, phones 0.952, plates 0.922.
  PERSON: 0.95,
  PHONE: 0.95,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  IBAN: 0.99,
  ADDRESS: 0.9,
  BIRTH_DATE: 0.86,
  PLATE: 0.92,
  HANDLE: 0.83,
};

/**
 * The twenty-first batch (scripts/generate-anonymizer-heldout-21.ts, 2026-12-07): 913 snippets,
 * 4,273 spans (names 57 %), 175 negatives, by a helper who read neither rules, lists nor batches.
 * Scored once before it was read (names 0.948, precision 0.954; phones 0.974; cards 0.929; plates
 * 0.923; addresses 0.917; dates of birth 0.933), then read: development data. Now names 0.962
 * (precision 0.965), every other type at or above its target; 0.978 over all.
 */
const TWENTY_FIRST_BATCH_RECALL_FLOORS: Record<string, number> = {
  PERSON: 0.955,
  PHONE: 0.99,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.99,
  CARD: 0.99,
  IBAN: 0.99,
  ADDRESS: 0.92,
  BIRTH_DATE: 0.93,
  PLATE: 0.99,
  HANDLE: 0.99,
};

/**
 * The twenty-second batch (scripts/generate-anonymizer-heldout-22.ts, 2026-12-07): 900 snippets,
 * 4,388 spans (names 57 %), 135 negatives, eight languages with Turkmen, by a helper who read neither
 * rules, lists nor batches, committed before the ninth session's rules. Scored once at its commit
 * (names 0.929, precision 0.956; phones 0.911; passports 0.929; IBAN 0.867; dates of birth 0.887;
 * plates 0.930; handles 0.870), once with the russian_name list (names 0.941), then read: development
 * data. Now names 0.945 (0.956), phones 0.967, passports 0.981, dates of birth 0.981, addresses
 * 0.956, every other type 1.000; 0.973 over all.
 */
const TWENTY_SECOND_BATCH_RECALL_FLOORS: Record<string, number> = {
  PERSON: 0.94,
  PHONE: 0.96,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.98,
  CARD: 0.99,
  IBAN: 0.99,
  ADDRESS: 0.95,
  BIRTH_DATE: 0.975,
  PLATE: 0.99,
  HANDLE: 0.99,
};

/**
 * The twenty-third batch, held out (scripts/generate-anonymizer-heldout-23.ts, 2026-12-07): 900
 * snippets, 4,221 spans (names 52 %, every other type 55 or more), 135 negatives, by a helper who
 * read neither rules, lists nor batches, committed before the rules read from the twenty-second;
 * never read, only scored. Before the ninth session's rules: names 0.935 (precision 0.949), phones
 * 0.958, passports 0.914, IBAN 0.945, addresses 0.915, dates of birth 0.881, plates 0.821, handles
 * 0.957; 0.967 over all. After them: names 0.948 (0.947), phones 0.965, IBAN 1.000, addresses 0.928,
 * the rest unchanged; 0.966 over all (phones 0.963 after the review's narrowing). Floors just under.
 */
const TWENTY_THIRD_BATCH_RECALL_FLOORS: Record<string, number> = {
  PERSON: 0.945,
  PHONE: 0.96,
  EMAIL: 0.99,
  NATIONAL_ID: 0.99,
  PASSPORT: 0.91,
  CARD: 0.98,
  IBAN: 0.99,
  ADDRESS: 0.92,
  BIRTH_DATE: 0.875,
  PLATE: 0.815,
  HANDLE: 0.95,
};

describe.each([
  ['ninth batch', ninthBatch, NINTH_BATCH_RECALL_FLOORS, 0.95, 0.98, 100],
  ['tenth batch', tenthBatch, TENTH_BATCH_RECALL_FLOORS, 0.96, 0.98, 100],
  ['eleventh batch', eleventhBatch, ELEVENTH_BATCH_RECALL_FLOORS, 0.95, 0.98, 100],
  ['twelfth batch', twelfthBatch, TWELFTH_BATCH_RECALL_FLOORS, 0.95, 0.98, 100],
  ['thirteenth batch', thirteenthBatch, THIRTEENTH_BATCH_RECALL_FLOORS, 0.96, 0.98, 90],
  ['fourteenth batch', fourteenthBatch, FOURTEENTH_BATCH_RECALL_FLOORS, 0.96, 0.99, 100],
  ['fifteenth batch', fifteenthBatch, FIFTEENTH_BATCH_RECALL_FLOORS, 0.95, 0.97, 110],
  ['sixteenth batch', sixteenthBatch, SIXTEENTH_BATCH_RECALL_FLOORS, 0.96, 0.98, 110],
  ['seventeenth batch', seventeenthBatch, SEVENTEENTH_BATCH_RECALL_FLOORS, 0.98, 0.99, 110],
  ['eighteenth batch, held out,', eighteenthBatch, EIGHTEENTH_BATCH_RECALL_FLOORS, 0.94, 0.965, 110],
  ['nineteenth batch, held out,', nineteenthBatch, NINETEENTH_BATCH_RECALL_FLOORS, 0.9, 0.945, 110],
  ['twentieth batch, held out,', twentiethBatch, TWENTIETH_BATCH_RECALL_FLOORS, 0.9, 0.955, 120],
  ['twenty-first batch', twentyFirstBatch, TWENTY_FIRST_BATCH_RECALL_FLOORS, 0.96, 0.975, 170],
  ['twenty-second batch', twentySecondBatch, TWENTY_SECOND_BATCH_RECALL_FLOORS, 0.95, 0.97, 130],
  ['twenty-third batch, held out,', twentyThirdBatch, TWENTY_THIRD_BATCH_RECALL_FLOORS, 0.92, 0.96, 130],
])('anonymizer on the %s', (_name, batch, floors, typePrecision, overallPrecision, negatives) => {
  it('covers seven languages and every type, with negatives and exact spans', () => {
    expect(batch.length).toBeGreaterThanOrEqual(600);
    // The twenty-second batch on add Turkmen.
    expect([...new Set(batch.map((snippet) => snippet.language))].sort()).toEqual(
      expect.arrayContaining(['en', 'kk', 'ky', 'ru', 'tg', 'tr', 'uz']),
    );
    expect(batch.filter((snippet) => snippet.spans.length === 0).length).toBeGreaterThanOrEqual(negatives);
    for (const snippet of batch) {
      for (const span of snippet.spans) expect(span.end).toBeGreaterThan(span.start);
    }
  });

  it(`stays at or above its floors, type by type, with precision ≥ ${typePrecision} per type and ${overallPrecision} over all`, () => {
    const { scores, precision } = evaluate(batch);
    const below = scores
      .filter((score) => score.recall < floors[score.type] || score.precision < typePrecision)
      .map((score) => score.type);
    expect(below).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(overallPrecision);
  });
});

/**
 * Real, public paragraphs on trafficking in Central Asia (test/fixtures/anonymizer-real-text.md
 * names each source and its licence), labelled by hand for the few real names they hold: the
 * places, organisations, offices and programmes in them must all stay.
 */
describe('anonymizer on real text', () => {
  const realText = readFileSync(join(__dirname, '../../../test/fixtures/anonymizer-real-text.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledSnippet & { source: string; licence: string; forum: boolean });

  it('holds at least 40 sourced paragraphs, the regional forum report among them', () => {
    expect(realText.length).toBeGreaterThanOrEqual(40);
    expect(realText.every((paragraph) => /^https?:\/\//.test(paragraph.source) && paragraph.licence)).toBe(true);
    expect(realText.filter((paragraph) => paragraph.forum).length).toBeGreaterThan(0);
  });

  it('takes no place, organisation, office or programme for a person, and finds the people', () => {
    const { falseAlarms, precision, scores } = evaluate(realText);
    expect(falseAlarms).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.find((score) => score.type === 'PERSON')!.recall).toBeGreaterThanOrEqual(0.9);
  });
});
