/**
 * The one palette every analytics chart draws with: Okabe and Ito's eight colours, chosen to stay
 * apart for the common forms of colour blindness and in greyscale print. Yellow is left out of
 * the series: it vanishes on white paper.
 */
export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  bluishGreen: '#009E73',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  skyBlue: '#56B4E9',
  yellow: '#F0E442',
  black: '#000000',
} as const;

/** Series in the order they are handed out: neighbours differ in hue and in lightness. */
export const SERIES_COLORS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
];

/** The colour of the `index`th series (the first colours again after the sixth). */
export const seriesColor = (index: number): string =>
  SERIES_COLORS[((index % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length];

/** What is drawn behind a statistic (a statutory range): light enough not to read as a series. */
export const BACKDROP_COLOR = '#e0e0e0';

/** The small-cell rule the API applies (`smallBelow` of every answer): fewer cases than that. */
export const isSmallN = (n: number, smallBelow: number): boolean => n < smallBelow;

/**
 * Text of a statistic from a small sample (tables, headline figures): set apart by slant and a
 * softer grey that still reads at WCAG AA contrast, where the disabled grey did not.
 */
export const SMALL_SAMPLE_TEXT_SX = { color: 'text.secondary', fontStyle: 'italic' } as const;

/** The SVG paint of a mark (bar, box, point). */
export interface MarkStyle {
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
}

/** The dash of everything drawn from too few cases: outlines, median lines, flows. */
export const SMALL_DASH = '4 3';

/**
 * How a mark is painted: solid in its colour, or, from too few cases, hollow with a dashed
 * outline in the same colour, so a small cell keeps its series and still looks unlike the rest
 * in colour and in black-and-white print.
 */
export function markStyle(color: string, small: boolean): MarkStyle {
  return small
    ? { fill: color, fillOpacity: 0.12, stroke: color, strokeWidth: 1.5, strokeDasharray: SMALL_DASH }
    : { fill: color, fillOpacity: 1, stroke: color, strokeWidth: 1 };
}
