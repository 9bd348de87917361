import { Client } from 'pg';
import { TEST_DATABASE_URL } from './environment';

export const DATA_TABLES = [
  'statutes',
  'cases',
  'case_defendants',
  'case_charges',
  'case_victim_groups',
  'case_route_countries',
  'working_groups',
  'working_group_members',
  'annotations',
] as const;

/** Runs `work` with a connection to the test database as its owner (for setting up states). */
export async function withTestDatabase<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Empties every data table; suites start from nothing. */
export function resetDatabase(): Promise<void> {
  return withTestDatabase(async (client) => {
    // The search outbox goes too: its rows name cases that no longer exist. It comes first: a
    // relay locks outbox rows and then reads cases, so locking in the other order could deadlock.
    await client.query(`TRUNCATE search_outbox, ${DATA_TABLES.join(', ')} CASCADE`);
  });
}

/** Removes every account, session and working group (the audit trail stays: it is append-only). */
export function resetAccounts(): Promise<void> {
  return withTestDatabase(async (client) => {
    await client.query('TRUNCATE users, sessions, working_groups CASCADE');
  });
}

/** Row count of every data table: compare before and after to prove a request wrote nothing. */
export function countRows(): Promise<Record<string, number>> {
  return withTestDatabase(async (client) => {
    const counts: Record<string, number> = {};
    for (const table of DATA_TABLES) {
      const result = await client.query(`SELECT count(*)::int AS count FROM ${table}`);
      counts[table] = result.rows[0].count;
    }
    return counts;
  });
}
