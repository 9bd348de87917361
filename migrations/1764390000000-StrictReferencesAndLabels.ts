import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * References and defendant labels held to formats that cannot carry a name or an identifier
 * (`KZ-2019-ALM-0042`, `D1`), as the DTOs now require. NOT VALID: rows written before keep
 * their value until they are next saved; every new write is checked.
 */
export class StrictReferencesAndLabels1764390000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE cases ADD CONSTRAINT cases_reference_format
        CHECK (reference ~ '^[A-Z]{2}-[0-9]{4}-[A-Z]{2,8}-[0-9]{1,6}$') NOT VALID`);
    await queryRunner.query(`
      ALTER TABLE case_defendants ADD CONSTRAINT case_defendants_label_format
        CHECK (label ~ '^[A-Z][0-9]{1,3}$') NOT VALID`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE case_defendants DROP CONSTRAINT case_defendants_label_format`);
    await queryRunner.query(`ALTER TABLE cases DROP CONSTRAINT cases_reference_format`);
  }
}
