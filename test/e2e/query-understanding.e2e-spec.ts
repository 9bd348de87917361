/**
 * Reading a query costs two `_analyze` requests to the cluster; a query read lately is not read
 * again (a reader pages, clicks facets, re-runs a saved search), and a failed reading is not kept.
 */
import { Client } from '@elastic/elasticsearch';
import { ENVIRONMENT_DEFAULTS } from '@caseatlas/config';
import { QueryUnderstandingService } from '@caseatlas/search';
import { TEST_ELASTICSEARCH_URL } from '../support/environment';

/** The service over a real client whose `_analyze` requests are counted, and fail while `failing`. */
function countedService() {
  const client = new Client({ node: TEST_ELASTICSEARCH_URL });
  const counted = { analyzeRequests: 0, failing: false };
  const analyze = client.indices.analyze.bind(client.indices) as (...parameters: unknown[]) => Promise<unknown>;
  (client.indices as unknown as { analyze: typeof analyze }).analyze = (...parameters) => {
    counted.analyzeRequests += 1;
    if (counted.failing) return Promise.reject(new Error('the cluster is away'));
    return analyze(...parameters);
  };
  // The API's own search timeout: the first reading (the lexicon's too) must fit in it.
  const service = new QueryUnderstandingService(client, {
    get: () => ENVIRONMENT_DEFAULTS.SEARCH_TIMEOUT_MS,
  } as never);
  return { service, counted, close: () => client.close() };
}

describe('reading a query (QueryUnderstandingService)', () => {
  it('reads a query once: the same words again are answered without the cluster, with the same reading', async () => {
    const { service, counted, close } = countedService();
    try {
      const first = await service.understand('долговая кабала Kazakhstan');
      expect(first.interpretation.map((concept) => concept.value)).toEqual(
        expect.arrayContaining(['debt_bondage', 'KZ']),
      );
      const afterFirst = counted.analyzeRequests;
      expect(afterFirst).toBeGreaterThanOrEqual(2);
      const again = await service.understand('долговая кабала Kazakhstan');
      expect(again).toEqual(first);
      expect(counted.analyzeRequests).toBe(afterFirst);
      await service.understand('forced labour');
      expect(counted.analyzeRequests).toBe(afterFirst + 2);
    } finally {
      await close();
    }
  });

  it('does not keep a reading that failed: the next search with those words asks the cluster again', async () => {
    const { service, counted, close } = countedService();
    try {
      await service.understand('warm-up');
      counted.failing = true;
      await expect(service.understand('passport confiscated')).rejects.toThrow('the cluster is away');
      counted.failing = false;
      const before = counted.analyzeRequests;
      const reading = await service.understand('passport confiscated');
      expect(counted.analyzeRequests).toBe(before + 2);
      expect(reading.interpretation.length).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
});
