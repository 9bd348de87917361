/**
 * `npm run cli -- <command>`: import and export of case and statute files, demo data, the
 * search index (rebuild, relay). Runs the same services as the API (validation, transactions),
 * without HTTP.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { availableParallelism, userInfo } from 'node:os';
import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { CaseRepository } from '@caseatlas/cases';
import { WorkingGroupService } from '@caseatlas/annotations';
import { DEFAULT_SEED, DEMO_WORKING_GROUPS, generateCases, generateStatutes } from '@caseatlas/demo';
import { CaseInterchangeService, fileSize, formatOf, ImportSummary, InterchangeKind } from '@caseatlas/interchange';
import { AuditService } from '@caseatlas/audit';
import { generatePassword, UserService } from '@caseatlas/auth';
import { logLevelsFrom, MAX_ANONYMIZER_THREADS, validateEnvironment } from '@caseatlas/config';
import { ROLES } from '@caseatlas/contracts';
import type { AuditAction, Role } from '@caseatlas/contracts';
import { migrate } from '@caseatlas/database';
import { CaseIndexBuilder } from '@caseatlas/search';
import { CliModule } from './cli.module';

const DEMO_CASE_COUNT = 300;

type VerbOf<Action> = Action extends `cli.${infer Verb}` ? Verb : never;
type CommandLineAction = VerbOf<AuditAction>;

async function withContext<T>(work: (context: INestApplicationContext) => Promise<T>): Promise<T> {
  // An import waits on the anonymizer: unless told otherwise, it runs on every core
  // (3,000 realistic cases on two cores: 28.9 s with one thread, 20.6 s with two).
  const environment = validateEnvironment({
    ANONYMIZER_THREADS: String(Math.min(availableParallelism(), MAX_ANONYMIZER_THREADS)),
    ...process.env,
  });
  await migrate(environment.DATABASE_URL);
  const context = await NestFactory.createApplicationContext(CliModule.forRoot(environment), {
    logger: ['error', 'warn'],
  });
  try {
    return await work(context);
  } finally {
    await context.close();
  }
}

/** The command line's work is audited like the API's; the operator is the server account that ran it. */
function audit(
  context: INestApplicationContext,
  action: CommandLineAction,
  details: Record<string, unknown>,
): Promise<void> {
  return context.get(AuditService).record({
    action: `cli.${action}`,
    outcome: 'success',
    clientAddress: 'command line',
    details: { operator: userInfo().username, ...details },
  });
}

/** Creates an account with a generated password and prints it once: it is stored only as a hash. */
async function createAccount(
  context: INestApplicationContext,
  fields: { username: string; displayName: string; role: Role },
): Promise<{ id: string; password: string }> {
  const password = generatePassword();
  const account = await context.get(UserService).create({ ...fields, password });
  await audit(context, 'createAccount', { username: account.username, role: account.role });
  return { id: account.id, password };
}

function printSummary(summary: ImportSummary, seconds: number): void {
  const verb = summary.dryRun ? 'would be' : 'were';
  console.log(
    `${summary.read} ${summary.kind} read in ${seconds.toFixed(1)} s: ${summary.created} ${verb} created, ` +
      `${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} rejected.`,
  );
  for (const rejection of summary.rejections) {
    console.log(`line ${rejection.line}${rejection.reference ? ` (${rejection.reference})` : ''}:`);
    for (const problem of rejection.problems)
      console.log(`  ${problem.path || 'record'}: ${problem.message} [${problem.rule}]`);
  }
  if (summary.rejected > summary.rejections.length) {
    console.log(`… and ${summary.rejected - summary.rejections.length} more rejected rows.`);
  }
}

const kindOption = () =>
  new Option('--kind <kind>', 'what the file holds').choices(['cases', 'statutes']).default('cases');
const formatOption = () =>
  new Option('--format <format>', 'file format (default: from the file name)').choices(['ndjson', 'csv']);

const program = new Command('caseatlas').description('CaseAtlas command line').showHelpAfterError();

program
  .command('import')
  .description('import cases or statutes from NDJSON or CSV; updates by reference/key, never duplicates')
  .argument('<file>')
  .addOption(kindOption())
  .addOption(formatOption())
  .option('--dry-run', 'validate only; write nothing', false)
  .action(async (file: string, options: { kind: InterchangeKind; format?: string; dryRun: boolean }) => {
    const format = formatOf(file, options.format);
    const total = await fileSize(file);
    const bar = process.stdout.isTTY
      ? new SingleBar(
          { format: ' {bar} {percentage}% | {value}/{total} bytes | {eta_formatted} left' },
          Presets.shades_classic,
        )
      : undefined;
    bar?.start(total, 0);
    const started = Date.now();
    const summary = await withContext(async (context) => {
      const result = await context.get(CaseInterchangeService).importFile(file, {
        kind: options.kind,
        format,
        dryRun: options.dryRun,
        onBytes: (bytes) => bar?.update(bytes),
      });
      const { read, created, updated, unchanged, rejected, dryRun } = result;
      await audit(context, 'import', {
        kind: options.kind,
        format,
        read,
        created,
        updated,
        unchanged,
        rejected,
        dryRun,
      });
      return result;
    });
    bar?.update(total);
    bar?.stop();
    printSummary(summary, (Date.now() - started) / 1000);
    if (summary.rejected > 0) process.exitCode = 2;
  });

program
  .command('reindex')
  .description('rebuild the search index from PostgreSQL into a new index version, then swap the alias to it')
  .action(async () => {
    const bar = process.stdout.isTTY
      ? new SingleBar(
          { format: ' {bar} {percentage}% | {value}/{total} cases | {eta_formatted} left' },
          Presets.shades_classic,
        )
      : undefined;
    const started = Date.now();
    const built = await withContext(async (context) => {
      const result = await context.get(CaseIndexBuilder).rebuild({
        start: (total) => bar?.start(total, 0),
        advance: (cases) => bar?.increment(cases),
      });
      if (result) await audit(context, 'reindex', { index: result.index, cases: result.cases });
      return result;
    });
    bar?.stop();
    if (!built) {
      console.error('Another rebuild of the search index is running; try again when it has finished.');
      process.exitCode = 1;
      return;
    }
    console.log(
      `${built.cases} cases indexed into ${built.index} in ${((Date.now() - started) / 1000).toFixed(1)} s; searches now read it.`,
    );
  });

program
  .command('relay')
  .description(
    'keep the search index in step without the HTTP API: drain the search outbox (as an API with SEARCH_RELAY=on does) until SIGTERM or SIGINT',
  )
  .action(async () => {
    // Wait for the signal from the start, so one sent while the relay starts still stops it.
    const stop = new Promise<NodeJS.Signals>((resolve) => {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => resolve(signal));
    });
    // This process exists to relay, whatever SEARCH_RELAY says (the API replicas beside it have it off).
    const environment = validateEnvironment({ ...process.env, SEARCH_RELAY: 'on' });
    await migrate(environment.DATABASE_URL);
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(environment, { relay: true }), {
      logger: logLevelsFrom(environment.LOG_LEVEL),
    });
    console.log(
      `Search index relay running (every ${environment.SEARCH_RELAY_INTERVAL_MS} ms when idle); SIGTERM or Ctrl+C stops it.`,
    );
    const signal = await stop;
    // Lets the batch in flight commit or roll back, then closes the connections.
    await context.close();
    console.log(`Search index relay stopped (${signal}).`);
  });

program
  .command('export')
  .description('export every case or statute to NDJSON or CSV')
  .argument('<file>')
  .addOption(kindOption())
  .addOption(formatOption())
  .action(async (file: string, options: { kind: InterchangeKind; format?: string }) => {
    const format = formatOf(file, options.format);
    const written = await withContext(async (context) => {
      const count = await context.get(CaseInterchangeService).exportFile(file, { kind: options.kind, format });
      await audit(context, 'export', { kind: options.kind, format, count });
      return count;
    });
    console.log(`${written} ${options.kind} written to ${file}.`);
  });

program
  .command('check')
  .description('read every stored case back against the case record contract; list any stored in another shape')
  .action(async () => {
    const { checked, misshapen } = await withContext((context) =>
      context.get(CaseInterchangeService).checkStoredCases(),
    );
    for (const { reference, problems } of misshapen) {
      console.log(`${reference}:`);
      for (const problem of problems) console.log(`  ${problem.path}: ${problem.message} [${problem.rule}]`);
    }
    console.log(`${checked} cases checked, ${misshapen.length} stored in another shape than the contract.`);
    if (misshapen.length) process.exitCode = 1;
  });

program
  .command('export-shared')
  .description(
    'a data set for sharing: defendants and victim groups of published cases, no references, ' +
      'k-anonymous per kind of row and l-diverse in verdicts, sentence bands and services',
  )
  .argument('<file>', 'CSV file to write')
  .option(
    '--k <k>',
    'smallest class of rows of one kind sharing jurisdiction, year, sex, age band and nationality (CTDC uses 11)',
    (value) => Number(value),
    11,
  )
  .option(
    '--l <l>',
    'fewest distinct verdicts and sentence bands (defendants) or services (victim groups) in a class',
    (value) => Number(value),
    2,
  )
  .option(
    '--resolution <count>',
    'counts of victims and minors are given in steps of this size; below it only as "<resolution"',
    (value) => Number(value),
    10,
  )
  .action(async (file: string, options: { k: number; l: number; resolution: number }) => {
    if (!Number.isInteger(options.resolution) || options.resolution < 1) {
      program.error('--resolution must be a whole number of at least 1');
    }
    if (options.k < 5 || options.l < 2 || options.resolution < 10) {
      console.warn(
        'warning: below k = 5, l = 2 or a resolution of 10 the file protects little; CTDC releases with k = 11',
      );
    }
    const report = await withContext(async (context) => {
      const result = await context.get(CaseInterchangeService).exportShared(file, options);
      await audit(context, 'exportShared', {
        k: result.k,
        l: result.l,
        resolution: result.resolution,
        released: result.released,
        suppressed: result.suppressed,
      });
      return result;
    });
    console.log(
      `${report.released} of ${report.rows} people released to ${file} with k = ${report.k}, l = ${report.l}: ` +
        `${report.generalised.periodAndAgeGroup} after generalising to 5-year periods and age groups, ` +
        `${report.generalised.nationalityAsNationalOrForeign} after also reducing nationality to national/foreign; ` +
        `${report.suppressed} suppressed (${report.suppressedAsTooFew} in classes of fewer than k, ` +
        `${report.suppressedAsNotDiverse} in classes with fewer than l distinct sensitive values); ` +
        `counts of victims and minors at a resolution of ${report.resolution}.`,
    );
  });

const asCount = (value: string) => {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError('a whole number above 0');
  return count;
};

program
  .command('demo')
  .description('load the synthetic demo data set (statutes, then cases) through the same checks as an import')
  .option('--count <count>', 'number of cases', asCount, DEMO_CASE_COUNT)
  .option('--seed <seed>', 'generator seed', asCount, DEFAULT_SEED)
  .option('--if-empty', 'do nothing when the atlas already holds cases (used by npm start)', false)
  .action(async (options: { count: number; seed: number; ifEmpty: boolean }) => {
    await withContext(async (context) => {
      if (options.ifEmpty && !(await context.get(CaseRepository).isEmpty())) {
        console.log('The atlas already holds cases: demo data not loaded.');
        return;
      }
      const interchange = context.get(CaseInterchangeService);
      const started = Date.now();
      const asSource = <T>(records: Iterable<T>) =>
        (function* () {
          let line = 0;
          for (const value of records) yield { line: ++line, value };
        })();
      printSummary(
        await interchange.importRecords(asSource(generateStatutes()), { kind: 'statutes' }),
        (Date.now() - started) / 1000,
      );
      const summary = await interchange.importRecords(
        asSource(generateCases({ count: options.count, seed: options.seed })),
        {
          kind: 'cases',
        },
      );
      printSummary(summary, (Date.now() - started) / 1000);
      if (summary.rejected > 0) process.exitCode = 2;
      await audit(context, 'demo', { count: options.count, seed: options.seed, created: summary.created });
    });
  });

program
  .command('demo-accounts')
  .description(
    'one account per role with generated passwords, printed once (used by npm start on a workbench without accounts)',
  )
  .option('--if-none', 'do nothing when accounts exist', false)
  .action(async (options: { ifNone: boolean }) => {
    await withContext(async (context) => {
      if (options.ifNone && (await context.get(UserService).count()) > 0) return;
      const rows: string[] = [];
      const accounts = new Map<Role, string>();
      for (const role of ROLES) {
        const { id, password } = await createAccount(context, {
          username: `demo-${role}`,
          displayName: `Demo ${role}`,
          role,
        });
        accounts.set(role, id);
        rows.push(`  ${role.padEnd(9)} demo-${role.padEnd(9)} ${password}`);
      }
      // The forum's working groups, with demo accounts as members, unless the names are taken.
      const groups = context.get(WorkingGroupService);
      const taken = new Set(await groups.names());
      for (const group of DEMO_WORKING_GROUPS.filter((candidate) => !taken.has(candidate.name))) {
        await groups.create({
          name: group.name,
          description: group.description,
          memberIds: group.members.map((role) => accounts.get(role)!),
        });
      }
      console.log(
        [
          'Demo accounts (shown once; passwords are stored only as hashes):',
          '  role      username       password',
          ...rows,
        ].join('\n'),
      );
    });
  });

program
  .command('create-admin')
  .description('create an admin account; the generated password is printed once')
  .requiredOption('--username <username>', 'lower-case letters, digits, ".", "_" or "-"')
  .option('--display-name <name>', 'name shown in the workbench', 'Administrator')
  .action(async (options: { username: string; displayName: string }) => {
    await withContext(async (context) => {
      const { password } = await createAccount(context, {
        username: options.username,
        displayName: options.displayName,
        role: 'admin',
      });
      console.log(`Admin account "${options.username}" created. Password (shown once): ${password}`);
    });
  });

program
  .command('generate')
  .description('write the synthetic data set as NDJSON files (statutes.ndjson, cases.ndjson), e.g. for benchmarks')
  .requiredOption('--output <directory>', 'where to write the files')
  .option('--count <count>', 'number of cases', asCount, DEMO_CASE_COUNT)
  .option('--seed <seed>', 'generator seed', asCount, DEFAULT_SEED)
  .action(async (options: { output: string; count: number; seed: number }) => {
    await mkdir(options.output, { recursive: true });
    const write = async (file: string, records: Iterable<unknown>) => {
      const output = createWriteStream(join(options.output, file));
      let written = 0;
      for (const record of records) {
        if (!output.write(`${JSON.stringify(record)}\n`)) await once(output, 'drain');
        written += 1;
      }
      output.end();
      await once(output, 'finish');
      console.log(`${written} records written to ${join(options.output, file)}`);
    };
    await write('statutes.ndjson', generateStatutes());
    await write('cases.ndjson', generateCases({ count: options.count, seed: options.seed }));
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
