import { adversarialText as adversarial } from './adversarial';
import { anonymizeTexts } from './anonymize';
import { detect } from './detect';
import { detectLanguageEntities } from './language';
import { detectStructured } from './structured';

const RUNNERS: [string, (text: string) => unknown][] = [
  ['detectStructured', detectStructured],
  ['detectLanguageEntities', detectLanguageEntities],
  ['detect', detect],
  ['anonymizeTexts', (text) => anonymizeTexts({ facts: text })],
];

const elapsed = (run: () => unknown) => {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/**
 * The best of a few runs of each size, taken in turn: a loaded machine slows some runs, never speeds
 * one up, and alternating lets both sizes meet the same load (other jobs share these two cores).
 */
function fastestOfEach(small: () => unknown, large: () => unknown, rounds = 4): [number, number] {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let round = 0; round < rounds; round++) {
    bestSmall = Math.min(bestSmall, elapsed(small), elapsed(small));
    bestLarge = Math.min(bestLarge, elapsed(large));
  }
  return [bestSmall, bestLarge];
}

// 50 KB and 500 KB: ten times the input shows a quadratic pattern as well as 1 MB does, in half
// the time (the megabyte itself is timed by `npm run bench:anonymizer`).
describe('linear time on adversarial input', () => {
  const small = adversarial(50_000);
  const large = adversarial(500_000);

  it.each(RUNNERS)('%s grows linearly from 50 KB to 500 KB', (_name, run) => {
    run(small); // warm up the JIT and the regular-expression caches
    const [smallTime, largeTime] = fastestOfEach(
      () => run(small),
      () => run(large),
    );
    // Ten times the input may take at most fifteen times as long (plus 20 ms of timer noise);
    // a quadratic pattern takes a hundred times as long.
    // The absolute time per megabyte is a benchmark figure, not a test (shared, noisy machines).
    expect(largeTime).toBeLessThan(15 * smallTime + 20);
  });
});
