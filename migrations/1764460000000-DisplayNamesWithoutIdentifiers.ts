import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Display names were stored as typed, and shown to other readers as an annotation's author or a
 * group's member: one holding a phone, an e-mail, an ID or account number kept it. A display name
 * with an identifier is now refused when it is typed (the anonymizer's detection); the ones
 * already stored lose theirs here. A name holds no run of seven digits, no `@` and no account
 * number, so each of those, with the separators inside it, becomes a placeholder and the name
 * around it stays. (Plain SQL: a migration must not change with the anonymizer's code.)
 */
const RULES: [pattern: string, placeholder: string][] = [
  ['[[:alnum:]._%+-]+@[[:alnum:].-]+\\.[[:alpha:]]{2,}', '[EMAIL]'],
  ['\\m[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}\\M', '[ACCOUNT]'],
  ['\\+?[0-9][0-9 ()./-]{5,}[0-9]', '[NUMBER]'],
  ['@[[:alnum:]._]{2,}', '[HANDLE]'],
];

export class DisplayNamesWithoutIdentifiers1764460000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    let cleaned = 'display_name';
    for (const [pattern, placeholder] of RULES) {
      cleaned = `regexp_replace(${cleaned}, '${pattern}', '${placeholder}', 'g')`;
    }
    // Only the ones where a run of seven digits or an @ is found are touched.
    await queryRunner.query(`
      UPDATE users SET display_name = left(${cleaned}, 120), updated_at = now()
       WHERE display_name ~ '[0-9]([^0-9]?[0-9]){6}|@|\\m[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}\\M'`);
  }

  async down(): Promise<void> {
    // The identifiers are gone by design.
  }
}
