/**
 * Sync lag: from a committed save through the API to the case being found by `/api/search`,
 * against Elasticsearch's refresh interval (1 s), with the relay running in the API as it does
 * by default.
 */
import { randomBytes } from 'node:crypto';
import { generateCases } from '../libs/demo/src';
import { getJson, latenciesOf } from './bench-support';
import type { BenchRow, RunningApi } from './bench-support';

const REFRESH_INTERVAL_MS = 1000;

export async function benchSyncLag(api: RunningApi, samples: number): Promise<{ rows: BenchRow[]; lag: object }> {
  // References are held to their format (KZ-2019-ALM-0042): this run's letters stand for the court.
  const run = [...randomBytes(6)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('');
  const token = await api.tokenFor('reviewer');
  const records = [...generateCases({ count: samples, seed: 11 })];
  const lags: number[] = [];
  for (const [index, generated] of records.entries()) {
    const record = {
      ...generated,
      reference: `${generated.jurisdiction}-2099-${run}-${index}`,
      status: 'published',
      relatedCases: [],
    };
    const response = await fetch(`${api.url}/api/cases`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(record),
    });
    if (response.status !== 201) throw new Error(`save: HTTP ${response.status} ${await response.text()}`);
    const committed = performance.now();
    const { id } = (await response.json()) as { id: string };
    const filter = encodeURIComponent(JSON.stringify({ id: [id] }));
    for (;;) {
      const found = await getJson<{ total: number }>(api, `search?filter=${filter}`);
      if (found.total === 1) break;
      if (performance.now() - committed > 30_000) throw new Error(`case ${id} not searchable after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    lags.push(performance.now() - committed);
  }
  const lag = latenciesOf(lags);
  return {
    lag,
    rows: [
      {
        measure: `sync lag, save → searchable (${samples} saves, p95)`,
        ours: `${lag.p95.toFixed(0)} ms (p50 ${lag.p50.toFixed(0)})`,
        raw: `${REFRESH_INTERVAL_MS} ms refresh interval`,
        ratio: lag.p95 / REFRESH_INTERVAL_MS,
        target: '≤ 2×',
        met: lag.p95 <= 2 * REFRESH_INTERVAL_MS,
      },
    ],
  };
}
