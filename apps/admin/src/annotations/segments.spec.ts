import { segmentText } from './segments';

// "The victims travelled via Bishkek to Dubai."
//  0         1         2         3         4
//  0123456789012345678901234567890123456789012
const TEXT = 'The victims travelled via Bishkek to Dubai.';

describe('segmentText', () => {
  it('returns the whole text as one plain segment without annotations', () => {
    expect(segmentText(TEXT, [])).toEqual([{ start: 0, end: 43, text: TEXT, ids: [] }]);
  });

  it('returns nothing for an empty text', () => {
    expect(segmentText('', [{ id: 'a', start: 0, end: 1 }])).toEqual([]);
  });

  it('cuts around one passage', () => {
    expect(segmentText(TEXT, [{ id: 'a', start: 26, end: 33 }])).toEqual([
      { start: 0, end: 26, text: 'The victims travelled via ', ids: [] },
      { start: 26, end: 33, text: 'Bishkek', ids: ['a'] },
      { start: 33, end: 43, text: ' to Dubai.', ids: [] },
    ]);
  });

  it('splits overlapping passages into the shared part and the parts of each', () => {
    expect(
      segmentText(TEXT, [
        { id: 'a', start: 4, end: 21 },
        { id: 'b', start: 12, end: 33 },
      ]),
    ).toEqual([
      { start: 0, end: 4, text: 'The ', ids: [] },
      { start: 4, end: 12, text: 'victims ', ids: ['a'] },
      { start: 12, end: 21, text: 'travelled', ids: ['a', 'b'] },
      { start: 21, end: 33, text: ' via Bishkek', ids: ['b'] },
      { start: 33, end: 43, text: ' to Dubai.', ids: [] },
    ]);
  });

  it('marks a nested passage with both annotations', () => {
    expect(
      segmentText(TEXT, [
        { id: 'outer', start: 0, end: 43 },
        { id: 'inner', start: 37, end: 42 },
      ]),
    ).toEqual([
      { start: 0, end: 37, text: 'The victims travelled via Bishkek to ', ids: ['outer'] },
      { start: 37, end: 42, text: 'Dubai', ids: ['outer', 'inner'] },
      { start: 42, end: 43, text: '.', ids: ['outer'] },
    ]);
  });

  it('keeps adjacent passages apart', () => {
    expect(
      segmentText(TEXT, [
        { id: 'a', start: 0, end: 3 },
        { id: 'b', start: 3, end: 11 },
      ]),
    ).toEqual([
      { start: 0, end: 3, text: 'The', ids: ['a'] },
      { start: 3, end: 11, text: ' victims', ids: ['b'] },
      { start: 11, end: 43, text: ' travelled via Bishkek to Dubai.', ids: [] },
    ]);
  });

  it('gives identical passages one segment with both annotations, in their order', () => {
    expect(
      segmentText(TEXT, [
        { id: 'b', start: 37, end: 42 },
        { id: 'a', start: 37, end: 42 },
      ]),
    ).toEqual([
      { start: 0, end: 37, text: 'The victims travelled via Bishkek to ', ids: [] },
      { start: 37, end: 42, text: 'Dubai', ids: ['b', 'a'] },
      { start: 42, end: 43, text: '.', ids: [] },
    ]);
  });

  it('ignores passages outside the text, empty or reversed ones', () => {
    expect(
      segmentText(TEXT, [
        { id: 'beyond', start: 40, end: 44 },
        { id: 'negative', start: -1, end: 3 },
        { id: 'empty', start: 5, end: 5 },
        { id: 'reversed', start: 9, end: 4 },
        { id: 'fraction', start: 1.5, end: 3 },
        { id: 'kept', start: 42, end: 43 },
      ]),
    ).toEqual([
      { start: 0, end: 42, text: 'The victims travelled via Bishkek to Dubai', ids: [] },
      { start: 42, end: 43, text: '.', ids: ['kept'] },
    ]);
  });
});
