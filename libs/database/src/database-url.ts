/** Pure helpers on PostgreSQL connection URLs. */

export function databaseNameOf(databaseUrl: string): string {
  const name = new URL(databaseUrl).pathname.replace(/^\//, '');
  if (!/^[A-Za-z0-9_]+$/.test(name)) {
    throw new Error(`The database URL must name a database made of letters, digits and "_" (got "${name}")`);
  }
  return name;
}

/** The same server and credentials, another database (e.g. `postgres` for maintenance). */
export function withDatabaseName(databaseUrl: string, databaseName: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
}
