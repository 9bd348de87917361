import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Source URLs were anonymized like free text, so a link to a person's profile was stored as a
 * placeholder (`[HANDLE-1]`), which is no URL, and an address with a name or a number in it kept a
 * placeholder inside (`…/news/Ivanov-Sergey-[PERSON-1]`, `?phone=[PHONE-1]`): every later save of
 * such a case was refused. A URL carrying an identifier is now refused when it is typed; one
 * stored with a placeholder is dropped (the placeholder said only that a personal link was
 * removed, and what is left of it may still name someone), and the case's version moves on.
 */
/** A stored URL that is no address, or holds a placeholder. */
const WITHOUT_ADDRESS = `(source->>'url' !~* '^https?://' OR source->>'url' ~ '\\[[A-Z]+-[0-9]+\\]')`;

export class SourceUrlsWithoutPlaceholders1764440000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    // The search document changes with the case (its updatedAt): queued for the relays as any save.
    await queryRunner.query(`
      WITH changed AS (
        UPDATE cases SET
          sources = (
            SELECT jsonb_agg(
                     CASE WHEN ${WITHOUT_ADDRESS} THEN jsonb_set(source, '{url}', 'null') ELSE source END
                     ORDER BY position)
              FROM jsonb_array_elements(sources) WITH ORDINALITY AS item(source, position)
          ),
          version = version + 1,
          index_version = index_version + 1,
          updated_at = now()
        WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(sources) AS item(source) WHERE ${WITHOUT_ADDRESS})
        RETURNING id, index_version)
      INSERT INTO search_outbox (case_id, index_version) SELECT id, index_version FROM changed`);
  }

  async down(): Promise<void> {
    // The placeholders carried nothing worth restoring.
  }
}
