import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A life sentence has no finite term: `custodial_months` is null when `life_sentence` is true
 * (earlier rows held the statute maximum there, which analytics would have read as a term).
 */
export class LifeSentenceWithoutTerm1764380000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE case_defendants DROP CONSTRAINT case_defendants_sentence_complete`);
    await queryRunner.query(`UPDATE case_defendants SET custodial_months = NULL WHERE life_sentence`);
    await queryRunner.query(`
      ALTER TABLE case_defendants
        ADD CONSTRAINT case_defendants_sentence_complete CHECK (
          sentenced = (life_sentence IS NOT NULL AND (life_sentence OR custodial_months IS NOT NULL)
                       AND suspended IS NOT NULL AND probation_months IS NOT NULL AND confiscation IS NOT NULL)),
        ADD CONSTRAINT case_defendants_life_without_term CHECK (NOT life_sentence OR custodial_months IS NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE case_defendants DROP CONSTRAINT case_defendants_life_without_term`);
    await queryRunner.query(`ALTER TABLE case_defendants DROP CONSTRAINT case_defendants_sentence_complete`);
    // The old rule needs a number: a life sentence gets 0 months back, not an invented term.
    await queryRunner.query(`UPDATE case_defendants SET custodial_months = 0 WHERE life_sentence`);
    await queryRunner.query(`
      ALTER TABLE case_defendants
        ADD CONSTRAINT case_defendants_sentence_complete CHECK (
          sentenced = (custodial_months IS NOT NULL AND life_sentence IS NOT NULL AND suspended IS NOT NULL
                       AND probation_months IS NOT NULL AND confiscation IS NOT NULL))`);
  }
}
