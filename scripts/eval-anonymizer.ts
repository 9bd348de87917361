/**
 * `npm run eval:anonymizer [corpus.jsonl] [--verbose]`: precision and recall of libs/anonymizer
 * per entity type on the development corpus (test/fixtures/anonymizer-corpus.jsonl) and the
 * held-out corpus (test/fixtures/anonymizer-heldout.jsonl), or on the one file given.
 * Exits 1 when a target is missed (see libs/anonymizer/src/evaluation.ts).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { evaluate, LabelledSnippet, PRECISION_TARGET } from '@caseatlas/anonymizer';

const fixtures = join(__dirname, '..', 'test', 'fixtures');
const given = process.argv.slice(2).find((argument) => !argument.startsWith('--'));
const corpora = given
  ? [given]
  : ['anonymizer-corpus.jsonl', 'anonymizer-corpus-2.jsonl', 'anonymizer-heldout.jsonl'].map((file) =>
      join(fixtures, file),
    );
let allMet = true;
for (const corpusPath of corpora) {
  const snippets = readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledSnippet);
  const { scores, misses, falseAlarms } = evaluate(snippets);
  allMet &&= scores.every((score) => score.met);
  console.log(
    `\n${basename(corpusPath)}: ${snippets.length} snippets, ${scores.reduce((sum, score) => sum + score.labelled, 0)} labelled spans\n`,
  );
  console.log('| type | labelled | recall | precision | target | |');
  console.log('| --- | ---: | ---: | ---: | --- | --- |');
  for (const score of scores) {
    const target = `recall ≥ ${score.recallTarget}, precision ≥ ${PRECISION_TARGET}`;
    console.log(
      `| ${score.type} | ${score.labelled} | ${score.recall.toFixed(3)} | ${score.precision.toFixed(3)} | ${target} | ${score.met ? 'met' : 'MISSED'} |`,
    );
  }
  if (process.argv.includes('--verbose')) {
    console.log(`\nMissed (${misses.length}):\n  ${misses.join('\n  ')}`);
    console.log(`\nFalse alarms (${falseAlarms.length}):\n  ${falseAlarms.join('\n  ')}`);
  }
}
process.exit(allMet ? 0 : 1);
