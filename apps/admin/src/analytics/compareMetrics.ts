import { COOPERATION_INSTRUMENTS } from '@caseatlas/contracts';
import type { CompareColumn, CooperationInstrument } from '@caseatlas/contracts';

/** How a figure reads: a count, a share (0..1), months or days. */
export type FigureKind = 'count' | 'share' | 'months' | 'days';

/** Which part of a compare column a figure comes from: each part says whether it is small. */
export type ColumnPart = 'outcomes' | 'victims' | 'cooperation';

/** One line of the compare table (and one column of its CSV). */
export interface CompareMetric {
  id: string;
  /** `caseatlas.analytics.metrics.<label>`; for an instrument, its vocabulary value too. */
  label: string;
  instrument?: CooperationInstrument;
  part: ColumnPart;
  kind: FigureKind;
  value: (column: CompareColumn) => number | null;
}

const instrumentShare = (instrument: CooperationInstrument): CompareMetric => ({
  id: `instrument_${instrument}`,
  label: 'instrument_share',
  instrument,
  part: 'cooperation',
  kind: 'share',
  value: (column) => column.cooperation.instruments.find((row) => row.instrument === instrument)?.share ?? null,
});

/** The figures compare puts side by side, in the order an analyst reads them (docs/metrics.md). */
export const COMPARE_METRICS: CompareMetric[] = [
  { id: 'cases', label: 'cases', part: 'outcomes', kind: 'count', value: (c) => c.outcomes.cases },
  { id: 'defendants', label: 'defendants', part: 'outcomes', kind: 'count', value: (c) => c.outcomes.defendants },
  { id: 'decided', label: 'decided', part: 'outcomes', kind: 'count', value: (c) => c.outcomes.decided },
  { id: 'convicted', label: 'convicted', part: 'outcomes', kind: 'count', value: (c) => c.outcomes.convicted },
  {
    id: 'conviction_rate',
    label: 'conviction_rate',
    part: 'outcomes',
    kind: 'share',
    value: (c) => c.outcomes.convictionRate,
  },
  {
    id: 'median_sentence',
    label: 'median_sentence',
    part: 'outcomes',
    kind: 'months',
    value: (c) => c.outcomes.sentenceMonths.median,
  },
  {
    id: 'life_sentences',
    label: 'life_sentences',
    part: 'outcomes',
    kind: 'count',
    value: (c) => c.outcomes.lifeSentences,
  },
  {
    id: 'median_days',
    label: 'median_days',
    part: 'outcomes',
    kind: 'days',
    value: (c) => c.outcomes.medianDaysToVerdict,
  },
  {
    id: 'position_in_range',
    label: 'position_in_range',
    part: 'outcomes',
    kind: 'share',
    value: (c) => c.outcomes.sentencePositionInRange.median,
  },
  { id: 'victims', label: 'victims', part: 'victims', kind: 'count', value: (c) => c.victims.victims },
  { id: 'minor_share', label: 'minor_share', part: 'victims', kind: 'share', value: (c) => c.victims.minorShare },
  {
    id: 'testified_share',
    label: 'testified_share',
    part: 'victims',
    kind: 'share',
    value: (c) => c.victims.testifiedShare,
  },
  {
    id: 'compensated_share',
    label: 'compensated_share',
    part: 'victims',
    kind: 'share',
    value: (c) => c.victims.compensatedShare,
  },
  {
    id: 'cross_border',
    label: 'cross_border',
    part: 'cooperation',
    kind: 'count',
    value: (c) => c.cooperation.crossBorderCases,
  },
  ...COOPERATION_INSTRUMENTS.map(instrumentShare),
];

/** Whether a column's figure is a small cell: the part it comes from says so. */
export const isSmallCell = (column: CompareColumn, part: ColumnPart) => column[part].small;
