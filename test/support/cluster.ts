import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { TEST_ELASTICSEARCH_NODES } from './environment';

const repositoryRoot = join(__dirname, '..', '..');

/** The cluster's nodes, as the cluster project is given them: node n answers at NODE_URLS[n - 1]. */
export const NODE_URLS = TEST_ELASTICSEARCH_NODES.split(',');

function script(command: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['scripts/elasticsearch.sh', 'cluster', ...command.split(' ')], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`cluster ${command}: ${output}`))));
  });
}

/** Stops node n as an operator would (SIGTERM), waiting until its process is gone. */
export const stopNode = (node: number) => script(`stop-node ${node}`);
/** Starts node n again and waits until the cluster holds every running node. */
export const startNode = (node: number) => script(`start-node ${node}`);

/** A request to the first node that answers (any node answers for the cluster). */
export async function clusterRequest<T = any>(
  path: string,
  body?: unknown,
  method = body ? 'POST' : 'GET',
): Promise<T> {
  let lastError: unknown;
  for (const url of NODE_URLS) {
    try {
      const response = await fetch(`${url}/${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as T;
    } catch (error) {
      lastError = error; // this node is down: the next one
    }
  }
  throw lastError;
}

/** The number of the elected master node, once there is one (none for a moment after it was lost). */
export async function masterNode(other?: number, timeoutMs = 90_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await clusterRequest<{ node: string }[] | { error: unknown }>('_cat/master?format=json');
    const master = Array.isArray(answer) ? Number(answer[0].node.replace(/^.*-/, '')) : undefined;
    if (master !== undefined && master !== other) return master;
    if (Date.now() > deadline) throw new Error(`no master other than ${other}: ${JSON.stringify(answer)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Waits until the cluster has `nodes` nodes and at least `status`. */
export async function waitForCluster(nodes: number, status: 'green' | 'yellow'): Promise<void> {
  const health = await clusterRequest(
    `_cluster/health?wait_for_nodes=${nodes}&wait_for_status=${status}&wait_for_no_initializing_shards=true&timeout=90s`,
  );
  const reached = health.number_of_nodes === nodes && (health.status === status || health.status === 'green');
  if (!reached || health.timed_out) {
    throw new Error(`the cluster did not reach ${nodes} nodes, ${status}: ${JSON.stringify(health)}`);
  }
}
