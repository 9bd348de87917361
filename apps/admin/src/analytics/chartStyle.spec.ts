import { isSmallN, markStyle, seriesColor, SERIES_COLORS } from './chartStyle';

describe('seriesColor', () => {
  it('hands out Okabe–Ito colours in a fixed order, all different', () => {
    expect(seriesColor(0)).toBe('#0072B2');
    expect(seriesColor(1)).toBe('#E69F00');
    expect(new Set(SERIES_COLORS).size).toBe(SERIES_COLORS.length);
  });

  it('starts again after the last colour', () => {
    expect(seriesColor(SERIES_COLORS.length)).toBe('#0072B2');
    expect(seriesColor(7)).toBe('#E69F00');
  });

  it('never hands out yellow, which vanishes on paper', () => {
    expect(SERIES_COLORS).not.toContain('#F0E442');
  });
});

describe('isSmallN', () => {
  it('is small below the threshold only', () => {
    expect(isSmallN(1, 5)).toBe(true);
    expect(isSmallN(4, 5)).toBe(true);
    expect(isSmallN(5, 5)).toBe(false);
    expect(isSmallN(0, 5)).toBe(true);
  });
});

describe('markStyle', () => {
  it('paints a mark solid in its colour', () => {
    expect(markStyle('#0072B2', false)).toEqual({ fill: '#0072B2', fillOpacity: 1, stroke: '#0072B2', strokeWidth: 1 });
  });

  it('paints a small mark hollow with a dashed outline of the same colour', () => {
    const style = markStyle('#0072B2', true);
    expect(style.stroke).toBe('#0072B2');
    expect(style.fillOpacity).toBeLessThan(0.5);
    expect(style.strokeDasharray).toBe('4 3');
  });
});
