import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import { CASE_REFERENCE_PATTERN, STATUTE_KEY_PATTERN } from '@caseatlas/contracts';
import type { CaseRecord, StatuteRecord } from '@caseatlas/contracts';
import { Problem, validateAs } from '@caseatlas/validation';
import {
  CaseRecordDto,
  CaseRepository,
  CaseService,
  StatuteRecordDto,
  StatuteRepository,
  StatuteService,
  toCaseRecord,
} from '@caseatlas/cases';
import type { UpsertOutcome } from '@caseatlas/cases';
import { SharedPeopleRepository } from './shared-people.repository';
import type { SharedPersonRow } from './shared-people.repository';
import {
  caseFromCsvRow,
  caseToCsvRow,
  CASE_CSV_COLUMNS,
  statuteFromCsvRow,
  statuteToCsvRow,
  STATUTE_CSV_COLUMNS,
} from './csv-layout';
import { inBatches, mapAhead } from './import-pipeline';
import { countAtResolution, KAnonymityReport, kAnonymize, sentenceBand } from './k-anonymity';
import { readRecords, SourceRecord, InterchangeFormat } from './record-reader';

export type InterchangeKind = 'cases' | 'statutes';

export interface ImportSummary {
  kind: InterchangeKind;
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
  'verdict',
  'sentence_band',
  'victims',
  'minors',
  'services',
] as const;

const servicesOf = (row: SharedPersonRow) => [...(row.services ?? [])].sort().join(';');

function reject(summary: ImportSummary, row: { line: number; reference?: string }, problems: Problem[]): void {
  summary.rejected += 1;
  if (summary.rejections.length < MAX_REPORTED_REJECTIONS) {
    summary.rejections.push({ line: row.line, reference: row.reference, problems });
  }
}

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

/**
 * Measured on two cores (20,000 generated cases): 100, 250 or 500 cases per transaction import
 * equally fast, so the smallest, which also retries the fewest rows when one is refused. The
 * anonymizer thread needs more than a batch of records waiting, or it idles while a batch is
 * written (64 ahead: a quarter slower).
 */
const CASES_PER_TRANSACTION = 100;
const CASES_CHECKED_AHEAD = 2 * CASES_PER_TRANSACTION;

/** One row of a file after its checks: the record to write, or its problems. */
type CheckedRow<R> = { line: number; reference?: string; key?: string } & (
  { record: R; problems?: undefined } | { record?: undefined; problems: Problem[] }
);

type WriteOutcome =
  | { outcome: UpsertOutcome; problems?: undefined; failure?: undefined }
  | { outcome?: undefined; problems: Problem[]; failure?: undefined }
  | { outcome?: undefined; problems?: undefined; failure: unknown };

/** How one kind of record is checked and written; `key` keeps a batch from holding a record twice. */
interface Importer<R> {
  checkedAhead: number;
  batchSize: number;
  check(
    plain: unknown,
  ): Promise<
    { record: R; reference?: string; key: string; problems?: undefined } | { problems: Problem[]; reference?: string }
  >;
  write(records: R[], dryRun: boolean): Promise<WriteOutcome[]>;
}

/** Import and export of case and statute files; the command line drives it. */
@Injectable()
export class CaseInterchangeService {
  constructor(
    private readonly cases: CaseService,
    private readonly caseRepository: CaseRepository,
    private readonly sharedPeople: SharedPeopleRepository,
    private readonly statutes: StatuteService,
    private readonly statuteRepository: StatuteRepository,
  ) {}

  /**
   * Every record is validated like an API request, so a bad row is reported (line and every
   * problem) and skipped while good rows land; rows the database refuses are reported the same
   * way. Re-importing updates by reference (cases) or key (statutes), never duplicates.
   */
  async importFile(
    path: string,
    options: { kind: InterchangeKind; format: InterchangeFormat; dryRun?: boolean; onBytes?: (bytes: number) => void },
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

  /**
   * The import loop, for records from a file or from the demo data generator. Records are
   * checked (and their texts anonymized) a few ahead, then written in batches; outcomes and
   * rejections are counted in the file's order.
   */
  async importRecords(
    records: AsyncIterable<SourceRecord> | Iterable<SourceRecord>,
    options: { kind: InterchangeKind; dryRun?: boolean; parseError?: string; toPlain?: (value: unknown) => unknown },
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
    if (options.kind === 'cases') await this.importWith(await this.caseImporter(), records, options, summary);
    else await this.importWith(this.statuteImporter(), records, options, summary);
    return summary;
  }

  private async importWith<R>(
    importer: Importer<R>,
    records: AsyncIterable<SourceRecord> | Iterable<SourceRecord>,
    options: { parseError?: string; toPlain?: (value: unknown) => unknown },
    summary: ImportSummary,
  ): Promise<void> {
    const check = async (source: SourceRecord): Promise<CheckedRow<R>> => {
      if (source.parseError) {
        return {
          line: source.line,
          problems: [{ path: '', rule: options.parseError ?? 'parse', message: source.parseError }],
        };
      }
      const plain = options.toPlain ? options.toPlain(source.value) : source.value;
      return { line: source.line, ...(await importer.check(plain)) };
    };
    const checked = mapAhead(records, check, importer.checkedAhead);
    for await (const batch of inBatches(checked, importer.batchSize, (row) => row.key)) {
      const records = batch.flatMap((row) => (row.problems ? [] : [row.record]));
      const outcomes = records.length ? await importer.write(records, summary.dryRun) : [];
      let next = 0;
      for (const row of batch) {
        summary.read += 1;
        if (row.problems) {
          reject(summary, row, row.problems);
          continue;
        }
        const written = outcomes[next++];
        if (written.outcome) summary[written.outcome] += 1;
        // A write the database refused (e.g. a statute deleted since the import began) costs
        // this row only; its transaction has rolled it back.
        else reject(summary, row, written.problems ?? [databaseProblem(written.failure)]);
      }
    }
  }

  async exportFile(path: string, options: { kind: InterchangeKind; format: InterchangeFormat }): Promise<number> {
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
   * Every stored case read back as the contract says it is (CaseRecordDto, shape only: statutes
   * and consistency are checked when it is written): the cases stored in another shape, with
   * what is wrong. Rows written before a check existed (a nested array where a record belongs)
   * show up here.
   */
  async checkStoredCases(): Promise<{ checked: number; misshapen: { reference: string; problems: Problem[] }[] }> {
    const misshapen: { reference: string; problems: Problem[] }[] = [];
    let checked = 0;
    for (let after: string | undefined = undefined; ;) {
      const batch = await this.caseRepository.findBatchAfter(after, EXPORT_BATCH);
      if (batch.length === 0) break;
      for (const stored of batch) {
        const { problems } = validateAs(CaseRecordDto, toCaseRecord(stored));
        if (problems) misshapen.push({ reference: stored.reference, problems });
      }
      checked += batch.length;
      after = batch[batch.length - 1].reference;
    }
    return { checked, misshapen };
  }

  /**
   * A data set meant for sharing: one row per defendant and per victim group of published
   * cases, no case reference, k-anonymous over the kind of row, jurisdiction, year, sex, age band
   * and nationality, and l-diverse in each class: defendants' verdicts and sentence bands,
   * victim groups' services (see k-anonymity.ts). Counts of victims and minors are given at the
   * resolution. A defendant's role is left out: it is as public as the prosecution itself, and
   * with it most classes would hold one person. Returns what was generalised and suppressed.
   */
  async exportShared(
    path: string,
    options: { k: number; l: number; resolution: number },
  ): Promise<KAnonymityReport & { resolution: number }> {
    const people = (await this.sharedPeople.findPeopleOfPublishedCases()).map((row) => ({
      row,
      identifiers: {
        kind: row.kind,
        jurisdiction: row.jurisdiction,
        year: row.year === null ? 'unknown' : String(row.year),
        sex: row.sex,
        ageBand: row.ageBand,
        nationality: row.nationality,
      },
      sensitive: row.kind === 'defendant' ? [row.verdict ?? '', sentenceBand(row.custodialMonths)] : [servicesOf(row)],
    }));
    const { rows, report } = kAnonymize(people, options.k, options.l);
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
        verdict: row.verdict ?? '',
        sentence_band: row.kind === 'defendant' ? sentenceBand(row.custodialMonths) : '',
        victims: countAtResolution(row.victims, options.resolution),
        minors: countAtResolution(row.minors, options.resolution),
        services: servicesOf(row),
      });
      if (!ready) await once(csv, 'drain');
    }
    csv.end();
    await once(output, 'finish');
    return { ...report, resolution: options.resolution };
  }

  /**
   * Cases: validated, and anonymized in the worker thread, ahead of the writes; written in
   * batches (one transaction per case kept the import waiting on a commit per case).
   */
  private async caseImporter(): Promise<Importer<CaseRecord>> {
    const statutes = await this.statuteRepository.allJurisdictions();
    return {
      checkedAhead: CASES_CHECKED_AHEAD,
      batchSize: CASES_PER_TRANSACTION,
      check: async (plain) => {
        const reference = (plain as { reference?: unknown })?.reference;
        // Only a well-formed reference labels the row in reports: anything else may be free text.
        const label = typeof reference === 'string' && CASE_REFERENCE_PATTERN.test(reference) ? reference : undefined;
        const checked = await this.cases.checkImported(plain, statutes);
        if (checked.problems) return { problems: checked.problems, reference: label };
        return { record: checked.value, reference: label, key: checked.value.reference };
      },
      write: (records, dryRun) => this.cases.importBatch(records, { dryRun }),
    };
  }

  /** Statutes: a few dozen per file, each in its own transaction. */
  private statuteImporter(): Importer<StatuteRecordDto> {
    return {
      checkedAhead: 1,
      batchSize: 1,
      check: async (plain) => {
        const key = (plain as { key?: unknown })?.key;
        const label = typeof key === 'string' && STATUTE_KEY_PATTERN.test(key) ? key : undefined;
        const validated = validateAs(StatuteRecordDto, plain);
        if (validated.problems) return { problems: validated.problems, reference: label };
        return { record: validated.value, reference: label, key: validated.value.key };
      },
      write: async ([record], dryRun) => {
        try {
          const result = await this.statutes.upsert(record, { dryRun });
          return [result.problems ? { problems: result.problems } : { outcome: result.outcome }];
        } catch (failure) {
          return [{ failure }];
        }
      },
    };
  }
}
