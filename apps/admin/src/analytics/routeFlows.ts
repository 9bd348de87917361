import type { RouteFlow } from '@caseatlas/contracts';

export type RouteStage = 'origin' | 'transit' | 'destination';

export interface FlowNode {
  stage: RouteStage;
  /** A country code; null for "no transit". */
  country: string | null;
  name: string;
}

export interface FlowLink {
  source: number;
  target: number;
  /** Cases along the link. */
  value: number;
  victims: number;
  /** Every route behind it is a small cell. */
  small: boolean;
}

/**
 * Pure: routes as a Sankey's nodes and links. A country is a node per stage (Kazakhstan as origin
 * and as destination are two columns), and routes without transit pass a "no transit" node, so
 * every route crosses three columns. Links of the same two nodes are added up; such a link is
 * greyed only when every route behind it is small.
 */
export function sankeyOf(
  flows: readonly RouteFlow[],
  nameOf: (stage: RouteStage, country: string | null) => string,
): { nodes: FlowNode[]; links: FlowLink[] } {
  const nodes: FlowNode[] = [];
  const nodeIndex = new Map<string, number>();
  const node = (stage: RouteStage, country: string | null) => {
    const id = `${stage}:${country ?? ''}`;
    let index = nodeIndex.get(id);
    if (index === undefined) {
      index = nodes.push({ stage, country, name: nameOf(stage, country) }) - 1;
      nodeIndex.set(id, index);
    }
    return index;
  };
  const links = new Map<string, FlowLink>();
  const add = (source: number, target: number, flow: RouteFlow) => {
    const id = `${source}>${target}`;
    const link = links.get(id);
    if (link) {
      link.value += flow.cases;
      link.victims += flow.victims;
      link.small &&= flow.small;
    } else {
      links.set(id, { source, target, value: flow.cases, victims: flow.victims, small: flow.small });
    }
  };
  for (const flow of flows) {
    if (flow.cases <= 0) continue;
    const origin = node('origin', flow.origin);
    const transit = node('transit', flow.transit);
    add(origin, transit, flow);
    add(transit, node('destination', flow.destination), flow);
  }
  return { nodes, links: [...links.values()] };
}
