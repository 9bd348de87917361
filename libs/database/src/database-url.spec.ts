import { databaseNameOf, withDatabaseName } from './database-url';

describe('database URL helpers', () => {
  it('reads the database name', () => {
    expect(databaseNameOf('postgres://postgres@127.0.0.1:5432/caseatlas')).toBe('caseatlas');
  });

  it('rejects a name that would need quoting', () => {
    expect(() => databaseNameOf('postgres://h/case-atlas')).toThrow(/letters, digits/);
  });

  it('swaps the database and keeps credentials, host, port and options', () => {
    expect(withDatabaseName('postgres://u:p@db:6432/caseatlas?sslmode=require', 'postgres')).toBe(
      'postgres://u:p@db:6432/postgres?sslmode=require',
    );
  });
});
