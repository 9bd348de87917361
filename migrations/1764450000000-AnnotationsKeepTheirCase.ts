import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deleting a case deleted every annotation on it (other users' private ones too) with no trace.
 * A case that carries annotations can no longer be deleted (the API answers 409 with their
 * count; archiving keeps it out of search): the database refuses it too, whatever the caller.
 */
export class AnnotationsKeepTheirCase1764450000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE annotations DROP CONSTRAINT annotations_case_id_fkey`);
    await queryRunner.query(
      `ALTER TABLE annotations ADD CONSTRAINT annotations_case_id_fkey
         FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE RESTRICT`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE annotations DROP CONSTRAINT annotations_case_id_fkey`);
    await queryRunner.query(
      `ALTER TABLE annotations ADD CONSTRAINT annotations_case_id_fkey
         FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE`,
    );
  }
}
