import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Precedent search.
 * - `cases.index_version`: the external version of the case's search document. It rises with
 *   every change of the case and whenever a case citing it changes (its cited-by count is part
 *   of the document), so it is not the editing `version`, which must not move under an editor.
 * - `search_outbox`: one row per change, written in the transaction of the change, drained by
 *   the index relays (`FOR UPDATE SKIP LOCKED`); `parked_at` sets a poison row aside.
 * - `saved_searches`: a user's searches; `seen_at` is when its alerts were last read.
 */
export class CreateSearchOutboxAndSavedSearches1764400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE cases ADD COLUMN index_version bigint NOT NULL DEFAULT 1`);
    // Finds the cases citing a case, for its cited-by count.
    await queryRunner.query(`CREATE INDEX cases_related_cases ON cases USING gin (related_cases jsonb_path_ops)`);
    await queryRunner.query(`
      CREATE TABLE search_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id uuid NOT NULL,
        index_version bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        parked_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX search_outbox_ready ON search_outbox (available_at, id) WHERE parked_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE saved_searches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name text NOT NULL,
        query text NOT NULL DEFAULT '',
        filter jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        seen_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX saved_searches_owner ON saved_searches (owner_id, created_at)`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON search_outbox, saved_searches TO caseatlas_application`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE saved_searches`);
    await queryRunner.query(`DROP TABLE search_outbox`);
    await queryRunner.query(`DROP INDEX cases_related_cases`);
    await queryRunner.query(`ALTER TABLE cases DROP COLUMN index_version`);
  }
}
