import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hashes of refresh tokens a session has rotated away, so one presented again is
 * recognised: after a short grace (two tabs refreshing at once) it means the token was copied,
 * and the session ends.
 */
export class RememberRetiredRefreshTokens1764410000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE session_retired_tokens (
        token_hash char(64) PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        retired_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX session_retired_tokens_session ON session_retired_tokens (session_id)`);
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON session_retired_tokens TO caseatlas_application`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE session_retired_tokens`);
  }
}
