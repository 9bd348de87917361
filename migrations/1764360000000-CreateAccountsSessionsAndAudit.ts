import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, refresh-token sessions and the append-only audit trail. Vocabularies are written
 * out (not imported) so this migration never changes.
 */
export class CreateAccountsSessionsAndAudit1764360000000 implements MigrationInterface {
  name = 'CreateAccountsSessionsAndAudit1764360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(64) NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
        display_name varchar(120) NOT NULL CHECK (length(btrim(display_name)) > 0),
        role varchar(20) NOT NULL CHECK (role IN ('admin', 'editor', 'reviewer', 'member', 'viewer')),
        profession varchar(20) CHECK (profession IN ('prosecutor', 'lawyer', 'analyst', 'other')),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        password_changed_at timestamptz NOT NULL DEFAULT now(),
        last_login_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // One row per signed-in browser; the refresh token itself is never stored, only its hash.
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        client_address varchar(64),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE revoked_at IS NULL`);

    // No foreign keys: the trail outlives what it mentions.
    await queryRunner.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid,
        actor_name varchar(64),
        actor_role varchar(20),
        action varchar(80) NOT NULL,
        target_type varchar(40),
        target_id varchar(120),
        outcome varchar(10) NOT NULL CHECK (outcome IN ('success', 'denied', 'failure', 'error')),
        status_code smallint,
        client_address varchar(64),
        request_id varchar(100),
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(`CREATE INDEX audit_events_at_idx ON audit_events (at DESC)`);
    await queryRunner.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, at DESC)`);
    await queryRunner.query(`CREATE INDEX audit_events_target_idx ON audit_events (target_type, target_id, at DESC)`);
    // Login lockout counts recent failures per account and address.
    await queryRunner.query(
      `CREATE INDEX audit_events_login_idx ON audit_events (target_id, client_address, at DESC) WHERE action = 'auth.login'`,
    );

    // Append-only for every role, the owner included: triggers fire whatever the privileges.
    await queryRunner.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_events`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
    await queryRunner.query(`DROP TABLE sessions`);
    await queryRunner.query(`DROP TABLE users`);
  }
}
