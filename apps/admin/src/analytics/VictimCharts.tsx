import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { MentalHealthStage, VictimCount, VictimsResponse } from '@caseatlas/contracts';
import { useVocabularyLabel } from '../common/fields';
import { useIsPhone } from '../common/useIsPhone';
import { ChartCard } from './ChartCard';
import { CategoryTick, ChartLegend, ChartTooltip, useChartColors, useFigures } from './chartParts';
import { markStyle } from './chartStyle';
import { roundShare, toCsv } from './csv';
import { useCsvWords } from './useCsvWords';

/**
 * Victims who received each service. The counts are of one group of cases: when that group is
 * small, every bar is greyed and the export leaves the counts out.
 */
export const VictimServicesChart = ({ answer }: { answer: VictimsResponse }) => {
  const translate = useTranslate();
  const csvWords = useCsvWords();
  const label = useVocabularyLabel();
  const figures = useFigures();
  const colors = useChartColors();
  const data = answer.services.map((service) => ({
    ...service,
    label: label('services', service.value),
    small: answer.small,
  }));
  const t = (key: string) => translate(`caseatlas.analytics.metrics.${key}`);
  const csv = () =>
    toCsv(
      [
        { header: t('service'), value: (row: (typeof data)[number]) => row.label },
        { header: t('victims'), value: (row: VictimCount) => row.victims, figure: true },
      ],
      data,
      csvWords,
    );
  return (
    <ChartCard
      testId="chart-victim-services"
      title={translate('caseatlas.analytics.charts.victim_services.title')}
      help={translate('caseatlas.analytics.charts.victim_services.help')}
      filename="victim-services"
      csv={csv}
      smallBelow={answer.smallBelow}
      hasSmall={answer.small}
    >
      <ResponsiveContainer width="100%" height={Math.max(200, 34 * data.length + 40)}>
        <BarChart layout="vertical" data={data} margin={{ top: 8, right: 48, bottom: 8, left: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tickFormatter={figures.tick} />
          <YAxis
            type="category"
            dataKey="label"
            width={170}
            tick={(props: object) => <CategoryTick {...props} vertical />}
          />
          <Tooltip
            content={(props) => (
              <ChartTooltip<(typeof data)[number]>
                {...props}
                smallBelow={answer.smallBelow}
                describe={(d) => ({
                  heading: d.label,
                  lines: [
                    `${translate('caseatlas.analytics.charts.victim_services.victims')}: ${figures.count(d.victims)}`,
                  ],
                })}
              />
            )}
          />
          <Bar
            dataKey="victims"
            name={translate('caseatlas.analytics.charts.victim_services.victims')}
            {...markStyle(colors.main, answer.small)}
            isAnimationActive={false}
          >
            <LabelList
              dataKey="victims"
              position="right"
              fontSize={12}
              formatter={(value) => figures.count(Number(value))}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
};

/**
 * Cases by the stage at which mental-health professionals took part (or none): the share of
 * victims who testified and the conviction rate, each stage labelled with its n.
 */
export const MentalHealthChart = ({ answer }: { answer: VictimsResponse }) => {
  // On a phone the stages' names need the width: the bars lie down, the names beside them.
  const isPhone = useIsPhone();
  const translate = useTranslate();
  const csvWords = useCsvWords();
  const label = useVocabularyLabel();
  const figures = useFigures();
  const colors = useChartColors();
  const stageName = (stage: MentalHealthStage['stage']) =>
    stage === 'none'
      ? translate('caseatlas.analytics.charts.mental_health.none')
      : label('mentalHealthInvolvement', stage);
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
  const data = answer.mentalHealth.map((stage) => ({
    ...stage,
    // The stage on the first line of its tick, its n whole on the second (CategoryTick).
    label: `${stageName(stage.stage)}\n(${figures.n(stage.cases)})`,
    testifiedPercent: percent(stage.testifiedShare),
    convictedPercent: percent(stage.convictionRate),
  }));
  const t = (key: string) => translate(`caseatlas.analytics.metrics.${key}`);
  const bars = [
    { key: 'testifiedPercent', label: t('testified_share'), color: colors.main },
    { key: 'convictedPercent', label: t('conviction_rate'), color: colors.second },
  ];
  const hasSmall = answer.mentalHealth.some((stage) => stage.small);
  const csv = () =>
    toCsv(
      [
        { header: t('stage'), value: (row: MentalHealthStage) => stageName(row.stage) },
        { header: t('cases'), value: (row: MentalHealthStage) => row.cases, figure: true },
        { header: t('victims'), value: (row: MentalHealthStage) => row.victims, figure: true },
        {
          header: t('testified_share'),
          value: (row: MentalHealthStage) => roundShare(row.testifiedShare),
          figure: true,
        },
        {
          header: t('conviction_rate'),
          value: (row: MentalHealthStage) => roundShare(row.convictionRate),
          figure: true,
        },
      ],
      answer.mentalHealth,
      csvWords,
    );
  return (
    <ChartCard
      testId="chart-mental-health"
      title={translate('caseatlas.analytics.charts.mental_health.title')}
      help={translate('caseatlas.analytics.charts.mental_health.help')}
      filename="mental-health-involvement"
      csv={csv}
      smallBelow={answer.smallBelow}
      hasSmall={hasSmall}
    >
      <ResponsiveContainer width="100%" height={isPhone ? Math.max(240, 64 * data.length + 40) : 300}>
        <BarChart
          layout={isPhone ? 'vertical' : 'horizontal'}
          data={data}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid vertical={isPhone} horizontal={!isPhone} strokeDasharray="3 3" />
          {isPhone ? (
            <>
              <XAxis type="number" domain={[0, 100]} tickFormatter={figures.percentTick} />
              <YAxis
                type="category"
                dataKey="label"
                width={130}
                interval={0}
                tick={(props: object) => <CategoryTick {...props} vertical />}
              />
            </>
          ) : (
            <>
              <XAxis dataKey="label" interval={0} height={40} tick={(props: object) => <CategoryTick {...props} />} />
              <YAxis domain={[0, 100]} tickFormatter={figures.percentTick} width={52} />
            </>
          )}
          <Tooltip
            content={(props) => (
              <ChartTooltip<(typeof data)[number]>
                {...props}
                smallBelow={answer.smallBelow}
                describe={(d) => ({
                  heading: stageName(d.stage),
                  lines: [
                    `${t('testified_share')}: ${figures.share(d.testifiedShare)}`,
                    `${t('conviction_rate')}: ${figures.share(d.convictionRate)}`,
                    figures.n(d.cases),
                  ],
                })}
              />
            )}
          />
          {/* Two clearly different hues, drawn and listed in the same order (legend below). */}
          {bars.map((bar) => (
            <Bar key={bar.key} dataKey={bar.key} name={bar.label} fill={bar.color} isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.stage} {...markStyle(bar.color, d.small)} data-small={d.small} />
              ))}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend items={bars} smallBelow={hasSmall ? answer.smallBelow : undefined} />
    </ChartCard>
  );
};
