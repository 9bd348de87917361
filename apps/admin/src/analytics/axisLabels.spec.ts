import { abbreviate, charactersIn, wrapLabel } from './axisLabels';

describe('abbreviate', () => {
  it('leaves a label that fits alone', () => {
    expect(abbreviate('Azerbaijan', 10)).toBe('Azerbaijan');
  });

  it('cuts at a word end near the limit and says so with an ellipsis', () => {
    expect(abbreviate('United Arab Emirates', 14)).toBe('United Arab…');
  });

  it('cuts inside a word when no word end is near', () => {
    expect(abbreviate('Kyrgyzstan', 6)).toBe('Kyrgy…');
  });

  it('never exceeds the limit', () => {
    for (const limit of [2, 5, 9, 13])
      expect(abbreviate('Bosnia and Herzegovina', limit).length).toBeLessThanOrEqual(limit);
  });
});

describe('wrapLabel', () => {
  it('breaks between words', () => {
    expect(wrapLabel('United Arab Emirates', 12, 2)).toEqual(['United Arab', 'Emirates']);
  });

  it('keeps a short label on one line', () => {
    expect(wrapLabel('Kazakhstan', 12, 2)).toEqual(['Kazakhstan']);
  });

  it('ends what does not fit in an ellipsis', () => {
    expect(wrapLabel('Saint Vincent and the Grenadines', 10, 2)).toEqual(['Saint', 'Vincent…']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrapLabel('Liechtensteinische', 8, 1)).toEqual(['Liechte…']);
  });
});

describe('charactersIn', () => {
  it('fits about one 12 px character per 6.6 pixels, three at least', () => {
    expect(charactersIn(66)).toBe(10);
    expect(charactersIn(5)).toBe(3);
  });
});
