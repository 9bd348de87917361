import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { LegislationResponse, StatuteInPractice } from '@caseatlas/contracts';
import { useCountryName } from '../common/countries';
import { ChartCard } from './ChartCard';
import { useFigures } from './chartParts';
import { roundShare, toCsv } from './csv';
import { useCsvWords } from './useCsvWords';
import { QuantileChart } from './QuantileChart';

type Row = StatuteInPractice & { jurisdiction: string };

/** Pure: every statute of the answer with its jurisdiction, those with convictions first. */
export const statutesOf = (answer: LegislationResponse): Row[] =>
  answer.jurisdictions.flatMap(({ jurisdiction, statutes }) =>
    statutes.filter((statute) => statute.convicted > 0).map((statute) => ({ ...statute, jurisdiction })),
  );

/** The CSV of statutes and the sentences given under them; shared with the legislation view. */
export const useStatutesCsv = () => {
  const translate = useTranslate();
  const csvWords = useCsvWords();
  const countryName = useCountryName();
  const t = (key: string) => translate(`caseatlas.analytics.metrics.${key}`);
  return (rows: Row[]) =>
    toCsv(
      [
        { header: t('code'), value: (row: Row) => row.jurisdiction },
        { header: t('jurisdiction'), value: (row: Row) => countryName(row.jurisdiction) },
        { header: t('statute'), value: (row: Row) => row.key },
        { header: t('title'), value: (row: Row) => row.title },
        { header: t('penalty_min'), value: (row: Row) => row.penaltyMinMonths },
        { header: t('penalty_max'), value: (row: Row) => row.penaltyMaxMonths },
        { header: t('life_possible'), value: (row: Row) => row.lifePossible },
        { header: t('convicted'), value: (row: Row) => row.convicted, figure: true },
        { header: t('sentence_p25'), value: (row: Row) => row.sentenceMonths.p25, figure: true },
        { header: t('median_sentence'), value: (row: Row) => row.sentenceMonths.median, figure: true },
        { header: t('sentence_p75'), value: (row: Row) => row.sentenceMonths.p75, figure: true },
        { header: t('life_sentences'), value: (row: Row) => row.lifeSentences, figure: true },
        {
          header: t('position_in_range'),
          value: (row: Row) => roundShare(row.sentencePositionInRange.median),
          figure: true,
        },
      ],
      rows,
      csvWords,
    );
};

/**
 * Custodial sentences under each statute (quartiles and median) with the statute's penalty range
 * behind: how far courts use the range the law gives them.
 */
export const SentencesChart = ({
  answer,
  testId = 'chart-sentences',
}: {
  answer: LegislationResponse | undefined;
  testId?: string;
}) => {
  const translate = useTranslate();
  const figures = useFigures();
  const buildCsv = useStatutesCsv();
  const rows = answer ? statutesOf(answer) : [];
  return (
    <ChartCard
      testId={testId}
      title={translate('caseatlas.analytics.charts.sentences.title')}
      help={translate('caseatlas.analytics.charts.sentences.help')}
      filename="sentences-by-statute"
      csv={answer ? () => buildCsv(rows) : undefined}
      smallBelow={answer?.smallBelow}
      hasSmall={rows.some((row) => row.small)}
    >
      {answer ? (
        rows.length ? (
          <QuantileChart
            rows={rows.map((row) => ({
              key: row.key,
              label: row.lifePossible
                ? `${row.key} (${translate('caseatlas.analytics.charts.sentences.life')})`
                : row.key,
              n: row.convicted,
              small: row.small,
              distribution: row.sentenceMonths,
              range: [row.penaltyMinMonths, row.penaltyMaxMonths],
            }))}
            smallBelow={answer.smallBelow}
            format={figures.months}
            rangeName={translate('caseatlas.analytics.charts.sentences.range')}
            boxName={translate('caseatlas.analytics.charts.sentences.box')}
          />
        ) : (
          <Typography color="text.secondary">{translate('caseatlas.analytics.empty')}</Typography>
        )
      ) : (
        <Typography color="text.secondary">{translate('caseatlas.analytics.charts.sentences.needs_two')}</Typography>
      )}
    </ChartCard>
  );
};
