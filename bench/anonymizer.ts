/**
 * `npm run bench:anonymizer`: how long the anonymizer takes on 1 MB of adversarial text, and
 * how long the API's event loop stalls while the longest previews are anonymized, in the
 * worker thread the API uses and, as the baseline measured in the same run, on the event loop
 * itself. Needs no services. Figures vary with the machine: compare the two columns, not runs.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { adversarialText, anonymizeTexts, AnonymizerWorker } from '../libs/anonymizer/src';

const adversarial = (size: number) => adversarialText(size).slice(0, size);

function fastest(work: () => unknown, times = 3): number {
  let best = Infinity;
  for (let run = 0; run < times; run++) {
    const started = performance.now();
    work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** The longest stall of the event loop (ms) while `work` runs. */
async function stall(work: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  await work();
  histogram.disable();
  return histogram.max / 1e6;
}

async function main() {
  const megabyte = adversarial(1_000_000);
  const oneMegabyteMs = fastest(() => anonymizeTexts({ facts: megabyte }));
  // Five of the longest previews the API takes (facts 200,000 characters, summary 10,000).
  const facts = adversarial(200_000);
  const previews = Array.from({ length: 5 }, () => ({ facts, summary: facts.slice(0, 10_000) }));
  const onLoop = await stall(async () => {
    for (const texts of previews) {
      anonymizeTexts(texts);
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
  const worker = new AnonymizerWorker();
  await worker.anonymizeTexts({ facts: 'warm-up' });
  const inWorker = await stall(() => Promise.all(previews.map((texts) => worker.anonymizeTexts(texts))));
  await worker.onModuleDestroy();
  console.log(
    [
      '| measure | value |',
      '| --- | ---: |',
      `| anonymizeTexts, 1 MB adversarial text (fastest of 3) | ${oneMegabyteMs.toFixed(0)} ms |`,
      `| longest event-loop stall, 5 longest previews on the event loop (baseline) | ${onLoop.toFixed(0)} ms |`,
      `| longest event-loop stall, the same previews in the API's worker thread | ${inWorker.toFixed(0)} ms |`,
      `| stall ratio, worker / event loop | ${(inWorker / onLoop).toFixed(3)} |`,
    ].join('\n'),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
