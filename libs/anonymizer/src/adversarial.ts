/**
 * Text made to hurt backtracking patterns: long runs of one class of character (letters,
 * digits, dots, `@`, spaces, cue words), one run per line. For the linear-time test and the
 * anonymizer benchmark. Pure.
 */
const RUNS = [
  'a',
  'A',
  'Aa',
  '1',
  '.',
  '@',
  ' ',
  'a@',
  'a.',
  '1 ',
  '1-',
  'Аб ',
  'ИВАН ',
  'a@b.',
  'x'.repeat(50) + '@',
  '+7 ',
  'ул. ',
  'Mr ',
  '%2',
  // A rule's required word ("Lu" of a Chinese road) next to the runs of spaces above.
  'at Lu ',
];

/** About `size` characters of adversarial runs. */
export function adversarialText(size: number): string {
  return RUNS.map((run) => run.repeat(Math.ceil(size / RUNS.length / run.length))).join('\n');
}
