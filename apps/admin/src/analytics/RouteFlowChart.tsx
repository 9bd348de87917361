import { Layer, Rectangle, ResponsiveContainer, Sankey, Tooltip } from 'recharts';
import type { SankeyNodeProps as NodeProps } from 'recharts';
import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RouteFlow, RoutesResponse } from '@caseatlas/contracts';
import { useCountryName } from '../common/countries';
import { useIsPhone } from '../common/useIsPhone';
import { ChartCard } from './ChartCard';
import { useChartColors, useFigures } from './chartParts';
import { abbreviate, charactersIn } from './axisLabels';
import { SMALL_DASH } from './chartStyle';
import { toCsv } from './csv';
import { useCsvWords } from './useCsvWords';
import { sankeyOf } from './routeFlows';
import type { FlowNode, RouteStage } from './routeFlows';

/** Room for a node's label beside the outer columns, in pixels (the chart's side margins). */
const LABEL_ROOM = 150;
/** Below this width the three columns and their labels do not fit: the drawing scrolls in its box. */
const MIN_DRAWING_WIDTH = 640;

/**
 * A node with its country's name beside it: left of the destinations, right of the others. The
 * column headings say the stage, so the label is the country alone, shortened to the room it has
 * (no label runs into the next column); the full name and stage are in the SVG title on hover.
 */
const FlowNodeShape = ({
  x,
  y,
  width,
  height,
  payload,
  fill,
  labelOf,
}: NodeProps & { fill: string; labelOf: (node: FlowNode) => string }) => {
  const node = payload as unknown as FlowNode;
  const { stage, name } = node;
  const left = stage === 'destination';
  return (
    <Layer>
      <title>{name}</title>
      <Rectangle x={x} y={y} width={width} height={height} fill={fill} />
      <text
        x={left ? x - 6 : x + width + 6}
        y={y + height / 2}
        textAnchor={left ? 'end' : 'start'}
        dominantBaseline="middle"
        fontSize={12}
      >
        {abbreviate(labelOf(node), charactersIn(LABEL_ROOM - 12))}
      </text>
    </Layer>
  );
};

/**
 * On a phone the Sankey's three columns do not fit: the routes as a list instead, the most
 * frequent first, each with its number of cases (small cells in grey italics, still readable).
 */
const RouteList = ({ flows }: { flows: readonly RouteFlow[] }) => {
  const translate = useTranslate();
  const countryName = useCountryName();
  const figures = useFigures();
  const sorted = [...flows].sort((a, b) => b.cases - a.cases);
  return (
    <Stack component="ol" gap={1} sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="route-list">
      {sorted.map((flow) => {
        const stages = [flow.origin, flow.transit, flow.destination].filter((country) => country !== null);
        return (
          <Stack
            component="li"
            key={stages.join('-')}
            direction="row"
            justifyContent="space-between"
            alignItems="baseline"
            gap={2}
            sx={{ color: flow.small ? 'text.secondary' : undefined, fontStyle: flow.small ? 'italic' : undefined }}
          >
            <Typography variant="body2">{stages.map(countryName).join(' → ')}</Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
              {translate('caseatlas.analytics.charts.routes.cases', {
                smart_count: flow.cases,
                n: figures.count(flow.cases),
              })}
            </Typography>
          </Stack>
        );
      })}
    </Stack>
  );
};

/** Routes origin → transit → destination as a Sankey; a flow's width is its number of cases. */
export const RouteFlowChart = ({ answer }: { answer: RoutesResponse }) => {
  const isPhone = useIsPhone();
  const translate = useTranslate();
  const csvWords = useCsvWords();
  const countryName = useCountryName();
  const figures = useFigures();
  const colors = useChartColors();
  const nameOf = (stage: RouteStage, country: string | null) =>
    country === null
      ? translate('caseatlas.analytics.charts.routes.no_transit')
      : translate(`caseatlas.analytics.charts.routes.${stage}`, { country: countryName(country) });
  const { nodes, links } = sankeyOf(answer.flows, nameOf);
  const labelOf = (node: FlowNode) =>
    node.country === null ? translate('caseatlas.analytics.charts.routes.no_transit') : countryName(node.country);
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
      csvWords,
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
      {links.length && isPhone ? (
        <RouteList flows={answer.flows} />
      ) : links.length ? (
        <Box sx={{ overflowX: 'auto' }}>
          <Box sx={{ minWidth: MIN_DRAWING_WIDTH }}>
            <Stack
              direction="row"
              justifyContent="space-between"
              sx={{ px: `${LABEL_ROOM - 40}px`, color: 'text.secondary' }}
              aria-hidden
            >
              {(['origin', 'transit', 'destination'] as const).map((stage) => (
                <Typography key={stage} variant="subtitle2" component="span">
                  {t(stage)}
                </Typography>
              ))}
            </Stack>
            <ResponsiveContainer width="100%" height={Math.max(300, nodes.length * 30)}>
              <Sankey
                data={{
                  nodes,
                  // Small links greyed and dashed: the SVG properties of a link are spread on its path.
                  links: links.map((link) => ({
                    ...link,
                    stroke: colors.main,
                    strokeOpacity: link.small ? 0.2 : 0.45,
                    strokeDasharray: link.small ? SMALL_DASH : undefined,
                  })),
                }}
                // Wider than a label is tall, so the labels of neighbouring nodes never touch.
                nodePadding={18}
                margin={{ top: 8, right: LABEL_ROOM, bottom: 8, left: LABEL_ROOM }}
                node={(props: NodeProps) => <FlowNodeShape {...props} fill={colors.text} labelOf={labelOf} />}
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
          </Box>
        </Box>
      ) : (
        <Typography color="text.secondary">{translate('caseatlas.analytics.empty')}</Typography>
      )}
    </ChartCard>
  );
};
