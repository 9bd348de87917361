import { snippetsOf } from './snippets';
import type { Snippet } from './snippets';

/** A snippet as one line: marks in [brackets], cuts as "…". */
const shown = ({ segments, cutBefore, cutAfter }: Snippet) =>
  `${cutBefore ? '…' : ''}${segments.map(({ text, marked }) => (marked ? `[${text}]` : text)).join('')}${cutAfter ? '…' : ''}`;

describe('snippetsOf', () => {
  it('shows a sentence the summary and the facts share once', () => {
    const sentence = 'The defendants held the <mark>passports</mark> of four women in Almaty.';
    expect(snippetsOf([sentence, sentence]).map(shown)).toEqual([
      'The defendants held the [passports] of four women in Almaty.',
    ]);
  });

  it('treats fragments differing only in white space as the same', () => {
    expect(
      snippetsOf([
        'Held their <mark>passports</mark>  for\nmonths.',
        'Held their <mark>passports</mark> for months.',
      ]).map(shown),
    ).toEqual(['Held their [passports] for months.']);
  });

  it('keeps the longer of two fragments when one holds the other', () => {
    expect(
      snippetsOf([
        'held the <mark>passports</mark> of four women',
        'The defendants held the <mark>passports</mark> of four women in Almaty.',
      ]).map(shown),
    ).toEqual(['The defendants held the [passports] of four women in Almaty.']);
  });

  it('joins a fragment that goes on where another stops', () => {
    expect(
      snippetsOf([
        'Recruited in Osh with offers of work. The employer kept their <mark>passports</mark>',
        'The employer kept their <mark>passports</mark> and wages for a year.',
      ]).map(shown),
    ).toEqual(['Recruited in Osh with offers of work. The employer kept their [passports] and wages for a year.']);
    expect(
      snippetsOf([
        'The employer kept their <mark>passports</mark> and wages for a year.',
        'Recruited in Osh with offers of work. The employer kept their <mark>passports</mark>',
      ]).map(shown),
    ).toEqual(['Recruited in Osh with offers of work. The employer kept their [passports] and wages for a year.']);
  });

  it('keeps different passages, in order, at most three', () => {
    expect(
      snippetsOf(['First <mark>debt</mark> one.', 'Second <mark>debt</mark> two.', 'Third.', 'Fourth.']).map(shown),
    ).toEqual(['First [debt] one.', 'Second [debt] two.', 'Third.']);
  });

  it('does not join passages that share only a few words', () => {
    expect(snippetsOf(['He kept the victim', 'the victim was paid nothing.']).map(shown)).toEqual([
      'He kept the victim…',
      '…the victim was paid nothing.',
    ]);
  });

  it('marks a cut only where the text stops inside a sentence', () => {
    expect(snippetsOf(['whose <mark>passports</mark> were taken']).map(shown)).toEqual([
      '…whose [passports] were taken…',
    ]);
    expect(snippetsOf(['«Долговая <mark>кабала</mark>» длилась год.']).map(shown)).toEqual([
      '«Долговая [кабала]» длилась год.',
    ]);
    expect(snippetsOf(['were held in debt (“<mark>bondage</mark>”).']).map(shown)).toEqual([
      '…were held in debt (“[bondage]”).',
    ]);
  });

  it('never doubles an ellipsis the text already has', () => {
    expect(snippetsOf(['…and kept their <mark>wages</mark>…']).map(shown)).toEqual(['…and kept their [wages]…']);
    expect(snippetsOf(['...and kept their <mark>wages</mark>...']).map(shown)).toEqual([
      '...and kept their [wages]...',
    ]);
  });

  it('skips empty fragments', () => {
    expect(snippetsOf(['', '  '])).toEqual([]);
  });
});
