import type { HealthResponse } from '../../libs/contracts/src';
import { STACK_FRAME } from '../support/stack-frame';
import { ApiProcess, startApiProcess } from '../support/api-process';
import { TEST_API_DATABASE_URL, TEST_ELASTICSEARCH_URL } from '../support/environment';
import { TcpProxy } from '../support/tcp-proxy';
import { deleteTestIndices } from '../support/search';
import { startTestApp } from '../support/test-app';
import { CaseIndexBuilder } from '../../libs/search/src';

/**
 * The API reaches the real PostgreSQL and Elasticsearch through TCP proxies; closing a proxy
 * is the dependency going away, reopening it is the dependency coming back.
 */
describe('GET /api/health', () => {
  const postgresql = TcpProxy.to(TEST_API_DATABASE_URL);
  const elasticsearch = TcpProxy.to(TEST_ELASTICSEARCH_URL);
  let api: ApiProcess;

  async function health(): Promise<{ status: number; body: HealthResponse }> {
    const response = await fetch(`${api.url}/api/health`);
    return { status: response.status, body: (await response.json()) as HealthResponse };
  }

  /** Health settles within a few checks once pools notice the change. */
  async function waitForHealth(expected: number): Promise<{ status: number; body: HealthResponse }> {
    let last = await health();
    for (let attempt = 0; attempt < 40 && last.status !== expected; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      last = await health();
    }
    return last;
  }

  beforeAll(async () => {
    await postgresql.open();
    await elasticsearch.open();
    api = await startApiProcess({
      DATABASE_URL: postgresql.rewrite(TEST_API_DATABASE_URL),
      ELASTICSEARCH_URL: elasticsearch.rewrite(TEST_ELASTICSEARCH_URL).replace(/\/$/, ''),
      HEALTH_CHECK_TIMEOUT_MS: '1000',
    });
  }, 90_000);

  afterAll(async () => {
    await api?.stop();
    await postgresql.close();
    await elasticsearch.close();
  });

  it('answers 200 with both dependencies up', async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.details.postgresql?.status).toBe('up');
    expect(body.details.elasticsearch?.status).toBe('up');
    // One node holding every copy it is asked for (the case index expands its replicas 0-1).
    expect(body.details.elasticsearch?.state).toBe('ok');
  });

  it('answers 503 naming Elasticsearch while it is down, and 200 once it is back', async () => {
    await elasticsearch.close();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body.error?.elasticsearch?.status).toBe('down');
    expect(down.body.details.postgresql?.status).toBe('up');

    await elasticsearch.open();
    const back = await waitForHealth(200);
    expect(back.status).toBe(200);
    expect(api.process.exitCode).toBeNull();
  });

  it('answers 503 naming PostgreSQL while it is down, and 200 once it is back', async () => {
    await postgresql.close();
    const down = await waitForHealth(503);
    expect(down.status).toBe(503);
    expect(down.body.error?.postgresql?.status).toBe('down');
    expect(down.body.details.elasticsearch?.status).toBe('up');

    await postgresql.open();
    const back = await waitForHealth(200);
    expect(back.status).toBe(200);
    expect(api.process.exitCode).toBeNull();
  });

  it('never shows a stack trace in an error body', async () => {
    await elasticsearch.close();
    const response = await fetch(`${api.url}/api/health`);
    const text = await response.text();
    await elasticsearch.open();
    expect(response.status).toBe(503);
    expect(text).not.toMatch(STACK_FRAME);
  });

  it('keeps the process alive through both outages', () => {
    expect(api.process.exitCode).toBeNull();
    expect(api.process.signalCode).toBeNull();
  });
});

describe('GET /api/health and the search index', () => {
  it('reports the search index degraded while it is missing, even where no relay runs to rebuild it', async () => {
    await deleteTestIndices();
    const app = await startTestApp({ SEARCH_RELAY: 'off' });
    try {
      const response = await fetch(`${app.apiUrl}/health`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as HealthResponse;
      expect(body.details.searchIndex).toEqual(
        expect.objectContaining({
          state: 'degraded',
          lastError: expect.objectContaining({ message: expect.stringMatching(/^the search index is missing/) }),
        }),
      );
      await app.app.get(CaseIndexBuilder).ensure();
      const rebuilt = (await (await fetch(`${app.apiUrl}/health`)).json()) as HealthResponse;
      expect(rebuilt.details.searchIndex).toEqual(expect.objectContaining({ state: 'ok', lastError: null }));
    } finally {
      await app.close();
    }
  });
});
