import type { CaseResponse } from '../../libs/contracts/src';
import { CliProcess, startCli } from '../support/cli';
import { resetDatabase } from '../support/database';
import { briefCase, STATUTES } from '../support/records';
import { deleteTestIndices, indexedCases, waitForSearchIndex } from '../support/search';
import { startTestApp, TestApp } from '../support/test-app';

describe('npm run cli -- relay (an index relay without the HTTP API)', () => {
  let app: TestApp;
  let relay: CliProcess | undefined;

  beforeAll(async () => {
    await resetDatabase();
    await deleteTestIndices();
    // An API replica as in the scale profile: it writes the outbox but never drains it.
    app = await startTestApp({ SEARCH_RELAY: 'off' });
  }, 120_000);

  afterAll(async () => {
    await relay?.stop();
    await app?.close();
  });

  it('builds the missing index, indexes what the API writes, and stops cleanly on SIGTERM', async () => {
    const admin = await app.as('admin');
    for (const statute of STATUTES) expect((await admin.post('/statutes').send(statute)).status).toBe(201);
    const reviewer = await app.as('reviewer');
    const before = (await reviewer.post('/cases').send(briefCase({ reference: 'KZ-2021-SYN-0001' })))
      .body as CaseResponse;

    // SEARCH_RELAY=off in its environment too (copied from the API's): the command relays anyway.
    relay = startCli(['relay'], { SEARCH_RELAY: 'off', SEARCH_RELAY_INTERVAL_MS: '100', LOG_LEVEL: 'warn' });
    await waitForSearchIndex();
    expect((await indexedCases()).has(before.id)).toBe(true);

    const after = (await reviewer.post('/cases').send(briefCase({ reference: 'KZ-2021-SYN-0002' })))
      .body as CaseResponse;
    await waitForSearchIndex();
    expect([...(await indexedCases()).keys()].sort()).toEqual([before.id, after.id].sort());

    const exit = await relay.stop();
    expect({ ...exit, output: relay.output() }).toEqual({
      code: 0,
      signal: null,
      output: expect.stringMatching(/relay running[\s\S]*relay stopped \(SIGTERM\)/),
    });
  });
});
