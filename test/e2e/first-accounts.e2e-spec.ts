import request from 'supertest';
import { ROLES } from '../../libs/contracts/src';
import { auditRowsAfter, auditWatermark } from '../support/audit';
import { runCli, runFailingCli } from '../support/cli';
import { resetAccounts, withTestDatabase } from '../support/database';
import { startTestApp, TestApp } from '../support/test-app';

// Every test runs the command line a few times, each run starting Nest (3–4 s, more on a loaded machine).
jest.setTimeout(90_000);

describe('first accounts from the command line', () => {
  let api: TestApp;

  beforeAll(async () => {
    await resetAccounts();
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const login = (username: string, password: string) =>
    request(api.apiUrl).post('/auth/login').send({ username, password });

  it('create-admin prints a generated password once; it signs in and the creation is audited', async () => {
    const watermark = await auditWatermark();
    const { code, output } = await runCli('create-admin', '--username', 'first.admin');
    expect(code).toBe(0);
    const password = /Password \(shown once\): (\S+)/.exec(output)?.[1];
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const session = await login('first.admin', password!).expect(200);
    expect(session.body.account).toMatchObject({ username: 'first.admin', role: 'admin' });

    const rows = await auditRowsAfter(watermark, 'cli.createAccount');
    expect(rows).toHaveLength(1);
    expect(rows[0].details).toMatchObject({ username: 'first.admin', role: 'admin', operator: expect.any(String) });
    expect(JSON.stringify(rows[0].details)).not.toContain(password);

    const again = await runFailingCli(1, 'create-admin', '--username', 'first.admin');
    expect(again.output).toMatch(/username: another account has this username/);
  });

  it('demo-accounts --if-none creates one account per role only on a workbench without accounts', async () => {
    expect((await runCli('demo-accounts', '--if-none')).output).toBe('');
    await resetAccounts();
    const { code, output } = await runCli('demo-accounts', '--if-none');
    expect(code).toBe(0);
    for (const role of ROLES) {
      const password = new RegExp(`^\\s+${role}\\s+demo-${role}\\s+(\\S+)$`, 'm').exec(output)?.[1];
      expect(password).toBeDefined();
      const session = await login(`demo-${role}`, password!).expect(200);
      expect(session.body.account.role).toBe(role);
    }
    // The forum's four working groups, with demo members (written out here, not read from the demo library).
    const groups = await withTestDatabase(
      async (client) =>
        (
          await client.query(
            `SELECT g.name, array_agg(u.username ORDER BY u.username) AS members
               FROM working_groups g JOIN working_group_members m ON m.group_id = g.id JOIN users u ON u.id = m.user_id
              GROUP BY g.name ORDER BY g.name`,
          )
        ).rows,
    );
    expect(groups).toEqual([
      { name: 'Law-enforcement coordination', members: ['demo-member', 'demo-reviewer'] },
      { name: 'Legislation analysis', members: ['demo-editor', 'demo-member'] },
      { name: 'Media awareness', members: ['demo-editor', 'demo-viewer'] },
      { name: 'Mental-health involvement', members: ['demo-member', 'demo-viewer'] },
    ]);
  });
});
