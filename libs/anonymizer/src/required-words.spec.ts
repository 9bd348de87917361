import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detect } from './detect';
import { mayMatch, requirements, requiring } from './required-words';

const fixtures = join(__dirname, '../../../test/fixtures');
// Development corpora only: a held-out batch is scored, never read by a spec.
const HELD_OUT = /^anonymizer-heldout-(?:7|18|19|20|23)\.jsonl$/u;
const developmentTexts = readdirSync(fixtures)
  .filter((file) => /^anonymizer-.*\.jsonl$/u.test(file) && !HELD_OUT.test(file))
  .flatMap((file) =>
    readFileSync(join(fixtures, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).text as string),
  );

describe('required words', () => {
  it('skips a pattern in a text without its words, and runs it in a text with them', () => {
    const pattern = requiring(/Mr/u, /(?<![\p{L}])Mr[ \t]\p{Lu}\p{Ll}+/gu);
    expect(mayMatch(pattern, 'Mrs Smith')).toBe(true);
    expect(mayMatch(pattern, 'the defendant')).toBe(false);
    // Asked again for another text, the answer is that text's, not the last one's.
    expect(mayMatch(pattern, 'Mr Brown')).toBe(true);
    expect(mayMatch(/unregistered/u, 'anything')).toBe(true);
  });

  it('refuses words with a g or y flag, whose test would move on from the last match', () => {
    expect(() => requiring(/Mr/gu, /Mr/gu)).toThrow(/no g or y flag/u);
  });

  // The words must be a necessary condition, or a pattern is skipped where it would have matched:
  // every match of a registered pattern in the development corpora holds one of its words.
  it('holds every pattern to its words on every development snippet', () => {
    detect('load every detector module');
    const registered = requirements();
    expect(registered.length).toBeGreaterThan(30);
    expect(developmentTexts.length).toBeGreaterThan(5000);
    const broken: string[] = [];
    for (const [pattern, words] of registered) {
      const probe = new RegExp(pattern.source, pattern.flags.replace(/[gy]/gu, ''));
      let matched = 0;
      for (const text of developmentTexts) {
        const match = probe.exec(text);
        if (match === null) continue;
        matched++;
        // The match with room for its look-behind and look-ahead: a word elsewhere in the text proves nothing.
        const around = text.slice(Math.max(0, match.index - 80), match.index + match[0].length + 120);
        if (probe.test(around) && !words.test(around))
          broken.push(`${words} / ${pattern.source.slice(0, 60)}: ${match[0]}`);
      }
      // A pattern that matches nothing here proves nothing about its words.
      if (matched === 0) broken.push(`${pattern.source.slice(0, 60)} matches no development snippet`);
    }
    expect(broken).toEqual([]);
  });
});
