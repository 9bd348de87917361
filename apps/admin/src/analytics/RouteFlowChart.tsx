import { Layer, Rectangle, ResponsiveContainer, Sankey, Tooltip } from 'recharts';
import type { SankeyNodeProps as NodeProps } from 'recharts';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RouteFlow, RoutesResponse } from '@caseatlas/contracts';
import { useCountryName } from '../common/countries';
import { ChartCard } from './ChartCard';
import { useChartColors, useFigures } from './chartParts';
import { toCsv } from './csv';
import { sankeyOf } from './routeFlows';
import type { FlowNode, RouteStage } from './routeFlows';

/** A node with its country's name beside it: left of the destinations, right of the others. */
const FlowNodeShape = ({ x, y, width, height, payload, fill }: NodeProps & { fill: string }) => {
  const { stage, name } = payload as unknown as FlowNode;
  const left = stage === 'destination';
  return (
    <Layer>
      <Rectangle x={x} y={y} width={width} height={height} fill={fill} />
      <text
        x={left ? x - 6 : x + width + 6}
        y={y + height / 2}
        textAnchor={left ? 'end' : 'start'}
        dominantBaseline="middle"
        fontSize={12}
      >
        {name}
      </text>
    </Layer>
  );
};

/** Routes origin → transit → destination as a Sankey; a flow's width is its number of cases. */
export const RouteFlowChart = ({ answer }: { answer: RoutesResponse }) => {
  const translate = useTranslate();
  const countryName = useCountryName();
  const figures = useFigures();
  const colors = useChartColors();
  const nameOf = (stage: RouteStage, country: string | null) =>
    country === null
      ? translate('caseatlas.analytics.charts.routes.no_transit')
      : translate(`caseatlas.analytics.charts.routes.${stage}`, { country: countryName(country) });
  const { nodes, links } = sankeyOf(answer.flows, nameOf);
  const t = (key: string) => translate(`caseatlas.analytics.metrics.${key}`);
  const csv = () =>
    toCsv(
      [
        { header: t('origin'), value: (flow: RouteFlow) => flow.origin },
        { header: t('transit'), value: (flow: RouteFlow) => flow.transit ?? '' },
        { header: t('destination'), value: (flow: RouteFlow) => flow.destination },
        { header: t('cases'), value: (flow: RouteFlow) => flow.cases, figure: true },
        { header: t('victims'), value: (flow: RouteFlow) => flow.victims, figure: true },
      ],
      answer.flows,
    );
  return (
    <ChartCard
      testId="chart-routes"
      title={translate('caseatlas.analytics.charts.routes.title')}
      help={translate('caseatlas.analytics.charts.routes.help')}
      filename="route-flows"
      csv={csv}
      smallBelow={answer.smallBelow}
      hasSmall={links.some((link) => link.small)}
    >
      {links.length ? (
        <ResponsiveContainer width="100%" height={Math.max(300, nodes.length * 26)}>
          <Sankey
            data={{
              nodes,
              // Small links greyed and dashed: the SVG properties of a link are spread on its path.
              links: links.map((link) => ({
                ...link,
                stroke: link.small ? colors.small : colors.main,
                strokeOpacity: link.small ? 0.35 : 0.45,
                strokeDasharray: link.small ? '4 3' : undefined,
              })),
            }}
            nodePadding={14}
            margin={{ top: 8, right: 170, bottom: 8, left: 170 }}
            node={(props: NodeProps) => <FlowNodeShape {...props} fill={colors.text} />}
          >
            <Tooltip
              formatter={(value, _name, item) => {
                const link = (item as { payload?: { payload?: { small?: boolean; victims?: number } } }).payload
                  ?.payload;
                const reason = link?.small
                  ? ` (${translate('caseatlas.analytics.small.reason', { smallBelow: answer.smallBelow })})`
                  : '';
                return `${figures.n(Number(value))}${reason}`;
              }}
            />
          </Sankey>
        </ResponsiveContainer>
      ) : (
        <Typography color="text.secondary">{translate('caseatlas.analytics.empty')}</Typography>
      )}
    </ChartCard>
  );
};
