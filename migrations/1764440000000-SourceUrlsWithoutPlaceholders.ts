import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Source URLs were anonymized like free text, so a link to a person's profile was stored as a
 * placeholder (`[HANDLE-1]`), which is no URL: every later save of that case was refused. A URL
 * carrying an identifier is now refused when it is typed; one stored as a placeholder is dropped
 * (the placeholder said only that a personal link was removed), and the case's version moves on.
 */
export class SourceUrlsWithoutPlaceholders1764440000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    // The search document changes with the case (its updatedAt): queued for the relays as any save.
    await queryRunner.query(`
      WITH changed AS (
        UPDATE cases SET
          sources = (
            SELECT jsonb_agg(
                     CASE WHEN source->>'url' !~* '^https?://' THEN jsonb_set(source, '{url}', 'null') ELSE source END
                     ORDER BY position)
              FROM jsonb_array_elements(sources) WITH ORDINALITY AS item(source, position)
          ),
          version = version + 1,
          index_version = index_version + 1,
          updated_at = now()
        WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(sources) AS item(source) WHERE source->>'url' !~* '^https?://')
        RETURNING id, index_version)
      INSERT INTO search_outbox (case_id, index_version) SELECT id, index_version FROM changed`);
  }

  async down(): Promise<void> {
    // The placeholders carried nothing worth restoring.
  }
}
