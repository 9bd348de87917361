import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import { CASE_REFERENCE_PATTERN, STATUTE_KEY_PATTERN } from '@caseatlas/contracts';
import type { CaseRecord, StatuteRecord } from '@caseatlas/contracts';
import { Problem, validateAs } from '@caseatlas/validation';
import {
  CaseRepository,
  CaseService,
  StatuteRecordDto,
  StatuteRepository,
  StatuteService,
  toCaseRecord,
} from '@caseatlas/cases';
import {
  caseFromCsvRow,
  caseToCsvRow,
  CASE_CSV_COLUMNS,
  statuteFromCsvRow,
  statuteToCsvRow,
  STATUTE_CSV_COLUMNS,
} from './csv-layout';
import { KAnonymityReport, kAnonymize } from './k-anonymity';
import { readRecords, SourceRecord, TransferFormat } from './record-reader';

export type TransferKind = 'cases' | 'statutes';

export interface ImportSummary {
  kind: TransferKind;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** The first rejected rows with every problem (the count above includes all of them). */
  rejections: { line: number; reference?: string; problems: Problem[] }[];
  dryRun: boolean;
}

const MAX_REPORTED_REJECTIONS = 1000;

export const SHARED_CSV_COLUMNS = [
  'kind',
  'jurisdiction',
  'year',
  'sex',
  'age_band',
  'nationality',
  'role',
  'verdict',
  'custodial_months',
  'victims',
  'minors',
  'services',
] as const;

function databaseProblem(error: unknown): Problem {
  const driverError = (error as { driverError?: { code?: string; detail?: string } }).driverError;
  if (!driverError) throw error;
  return {
    path: '',
    rule: 'database',
    message: `the database refused the row (${driverError.code}): ${driverError.detail ?? (error as Error).message}`,
  };
}
const EXPORT_BATCH = 500;

/** Import and export of case and statute files; the command line drives it. */
@Injectable()
export class CaseTransferService {
  constructor(
    private readonly cases: CaseService,
    private readonly caseRepository: CaseRepository,
    private readonly statutes: StatuteService,
    private readonly statuteRepository: StatuteRepository,
  ) {}

  /**
   * Every record is validated like an API request and written in its own transaction, so a bad
   * row is reported (line and every problem) and skipped while good rows land. Re-importing
   * updates by reference (cases) or key (statutes), never duplicates.
   */
  async importFile(
    path: string,
    options: { kind: TransferKind; format: TransferFormat; dryRun?: boolean; onBytes?: (bytes: number) => void },
  ): Promise<ImportSummary> {
    const records = readRecords(path, options.format, options.onBytes);
    const fromCsv = options.kind === 'cases' ? caseFromCsvRow : statuteFromCsvRow;
    return this.importRecords(records, {
      kind: options.kind,
      dryRun: options.dryRun,
      parseError: options.format,
      toPlain: options.format === 'csv' ? (value) => fromCsv(value as Record<string, string>) : (value) => value,
    });
  }

  /** The import loop, for records from a file or from the demo data generator. */
  async importRecords(
    records: AsyncIterable<SourceRecord> | Iterable<SourceRecord>,
    options: { kind: TransferKind; dryRun?: boolean; parseError?: string; toPlain?: (value: unknown) => unknown },
  ): Promise<ImportSummary> {
    const summary: ImportSummary = {
      kind: options.kind,
      read: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      rejections: [],
      dryRun: options.dryRun ?? false,
    };
    const statuteLookup = options.kind === 'cases' ? await this.statuteRepository.allJurisdictions() : undefined;
    const reject = (line: number, problems: Problem[], reference?: string) => {
      summary.rejected += 1;
      if (summary.rejections.length < MAX_REPORTED_REJECTIONS) summary.rejections.push({ line, reference, problems });
    };

    for await (const source of records) {
      summary.read += 1;
      if (source.parseError) {
        reject(source.line, [{ path: '', rule: options.parseError ?? 'parse', message: source.parseError }]);
        continue;
      }
      const plain = options.toPlain ? options.toPlain(source.value) : source.value;
      let result;
      try {
        result =
          options.kind === 'cases'
            ? await this.importCase(plain, statuteLookup!, summary.dryRun)
            : await this.importStatute(plain, summary.dryRun);
      } catch (error) {
        // A write the database refused (e.g. a statute deleted since the import began) costs
        // this row only; the transaction has rolled it back.
        result = { problems: [databaseProblem(error)], reference: undefined };
      }
      if (result.problems) {
        reject(source.line, result.problems, result.reference);
      } else {
        summary[result.outcome] += 1;
      }
    }
    return summary;
  }

  async exportFile(path: string, options: { kind: TransferKind; format: TransferFormat }): Promise<number> {
    const output = createWriteStream(path);
    const csv =
      options.format === 'csv'
        ? stringify({ header: true, columns: [...(options.kind === 'cases' ? CASE_CSV_COLUMNS : STATUTE_CSV_COLUMNS)] })
        : undefined;
    csv?.pipe(output);
    const write = async (record: CaseRecord | StatuteRecord) => {
      const ready = csv
        ? csv.write(
            options.kind === 'cases' ? caseToCsvRow(record as CaseRecord) : statuteToCsvRow(record as StatuteRecord),
          )
        : output.write(`${JSON.stringify(record)}\n`);
      if (!ready) await once(csv ?? output, 'drain');
    };

    let written = 0;
    if (options.kind === 'cases') {
      // Keyset pages by reference: constant memory and cost per page, however many cases.
      for (let after: string | undefined = undefined; ;) {
        const batch = await this.caseRepository.findBatchAfter(after, EXPORT_BATCH);
        if (batch.length === 0) break;
        for (const record of batch) await write(toCaseRecord(record));
        written += batch.length;
        after = batch[batch.length - 1].reference;
      }
    } else {
      for (const { id: _id, version: _version, ...statute } of await this.statuteRepository.findAll()) {
        await write(statute);
        written += 1;
      }
    }
    if (csv) csv.end();
    else output.end();
    await once(output, 'finish');
    return written;
  }

  /**
   * A data set meant for sharing: one row per defendant and per victim group of published
   * cases, no case reference, k-anonymous over jurisdiction, year, sex, age band and
   * nationality (see k-anonymity.ts). Returns what was generalised and suppressed.
   */
  async exportShared(path: string, options: { k: number }): Promise<KAnonymityReport> {
    const people = (await this.caseRepository.findPeopleOfPublishedCases()).map((row) => ({
      row,
      identifiers: {
        jurisdiction: row.jurisdiction,
        year: row.year === null ? 'unknown' : String(row.year),
        sex: row.sex,
        ageBand: row.ageBand,
        nationality: row.nationality,
      },
    }));
    const { rows, report } = kAnonymize(people, options.k);
    const output = createWriteStream(path);
    const csv = stringify({ header: true, columns: [...SHARED_CSV_COLUMNS] });
    csv.pipe(output);
    for (const { row, identifiers } of rows) {
      const ready = csv.write({
        kind: row.kind,
        jurisdiction: identifiers.jurisdiction,
        year: identifiers.year,
        sex: identifiers.sex,
        age_band: identifiers.ageBand,
        nationality: identifiers.nationality,
        role: row.role ?? '',
        verdict: row.verdict ?? '',
        custodial_months: row.custodialMonths ?? '',
        victims: row.victims ?? '',
        minors: row.minors ?? '',
        services: (row.services ?? []).join(';'),
      });
      if (!ready) await once(csv, 'drain');
    }
    csv.end();
    await once(output, 'finish');
    return report;
  }

  private async importCase(plain: unknown, statutes: ReadonlyMap<string, { jurisdiction: string }>, dryRun: boolean) {
    const reference = (plain as { reference?: unknown })?.reference;
    // Only a well-formed reference labels the row in reports: anything else may be free text.
    const label = typeof reference === 'string' && CASE_REFERENCE_PATTERN.test(reference) ? reference : undefined;
    const result = await this.cases.upsertByReference(plain, statutes, { dryRun });
    return { ...result, reference: label };
  }

  private async importStatute(plain: unknown, dryRun: boolean) {
    const key = (plain as { key?: unknown })?.key;
    const label = typeof key === 'string' && STATUTE_KEY_PATTERN.test(key) ? key : undefined;
    const validated = validateAs(StatuteRecordDto, plain);
    if (validated.problems) return { problems: validated.problems, reference: label };
    const result = await this.statutes.upsert(validated.value, { dryRun });
    return { ...result, reference: label };
  }
}
