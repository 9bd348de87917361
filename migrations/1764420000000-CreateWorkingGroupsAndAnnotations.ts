import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Annotations and working groups.
 * - `working_groups` and their members (accounts): admins manage them.
 * - `annotations`, after the W3C Web Annotation model: a root targets a passage of a case's
 *   summary or facts (quote with context, and offsets); a reply (`parent_id`, always the root)
 *   has no target of its own and carries its root's visibility and group. `orphaned` marks a
 *   root whose passage could not be found again after the text changed: kept, never moved.
 *   Comments are anonymized before they are stored.
 */
export class CreateWorkingGroupsAndAnnotations1764420000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE working_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One name per group whatever the letter case: "Coordination" and "coordination" are one group.
    await queryRunner.query(`CREATE UNIQUE INDEX working_groups_name_key ON working_groups (lower(name))`);
    await queryRunner.query(`
      CREATE TABLE working_group_members (
        group_id uuid NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (group_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX working_group_members_user ON working_group_members (user_id)`);
    await queryRunner.query(`
      CREATE TABLE annotations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        parent_id uuid REFERENCES annotations (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id),
        field text NOT NULL CHECK (field IN ('summary', 'facts')),
        quote_exact text,
        quote_prefix text,
        quote_suffix text,
        position_start integer CHECK (position_start >= 0),
        position_end integer,
        orphaned boolean NOT NULL DEFAULT false,
        comment text NOT NULL DEFAULT '',
        tags text[] NOT NULL DEFAULT '{}',
        motivation text NOT NULL CHECK (motivation IN ('commenting', 'highlighting', 'tagging', 'questioning')),
        visibility text NOT NULL CHECK (visibility IN ('private', 'group', 'readers')),
        group_id uuid REFERENCES working_groups (id) ON DELETE RESTRICT,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT annotations_group_visibility CHECK ((visibility = 'group') = (group_id IS NOT NULL)),
        CONSTRAINT annotations_target_of_roots CHECK (
          (parent_id IS NULL) = (quote_exact IS NOT NULL AND quote_prefix IS NOT NULL AND quote_suffix IS NOT NULL
                                 AND position_start IS NOT NULL AND position_end IS NOT NULL)),
        CONSTRAINT annotations_position_order CHECK (position_end > position_start)
      )`);
    await queryRunner.query(`CREATE INDEX annotations_case ON annotations (case_id, created_at)`);
    await queryRunner.query(`CREATE INDEX annotations_parent ON annotations (parent_id)`);
    await queryRunner.query(`CREATE INDEX annotations_author ON annotations (author_id)`);
    await queryRunner.query(`CREATE INDEX annotations_group ON annotations (group_id)`);
    await queryRunner.query(`CREATE INDEX annotations_tags ON annotations USING gin (tags)`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON working_groups, working_group_members, annotations TO caseatlas_application`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE annotations`);
    await queryRunner.query(`DROP TABLE working_group_members`);
    await queryRunner.query(`DROP TABLE working_groups`);
  }
}
