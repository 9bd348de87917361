import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API runs as a login role in `caseatlas_application`, not as the tables' owner: it may
 * read and write the data, only SELECT and INSERT the audit trail, and — not owning it — cannot
 * switch the append-only triggers off. Migrations keep running as the owner.
 */
export class GrantApplicationRole1764370000000 implements MigrationInterface {
  name = 'GrantApplicationRole1764370000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'caseatlas_application') THEN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = current_user AND (rolcreaterole OR rolsuper)) THEN
            RAISE EXCEPTION 'role caseatlas_application is missing and % may not create it: run CREATE ROLE caseatlas_application NOLOGIN as an administrator', current_user;
          END IF;
          CREATE ROLE caseatlas_application NOLOGIN;
        END IF;
      END
      $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO caseatlas_application`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON statutes, cases, case_defendants, case_charges,
         case_victim_groups, case_route_countries, users, sessions TO caseatlas_application`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON audit_events TO caseatlas_application`);
    await queryRunner.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO caseatlas_application`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM caseatlas_application`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM caseatlas_application`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM caseatlas_application`);
  }
}
