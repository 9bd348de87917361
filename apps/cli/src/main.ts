/**
 * `npm run cli -- <command>`: import and export of case and statute files, demo data.
 * Runs the same services as the API (validation, transactions), without HTTP.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Command, Option } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { CaseTransferService, fileSize, formatOf, ImportSummary, TransferKind } from '@caseatlas/cases';
import { validateEnvironment } from '@caseatlas/config';
import { migrate } from '@caseatlas/database';
import { CliModule } from './cli.module';

async function withContext<T>(work: (context: INestApplicationContext) => Promise<T>): Promise<T> {
  const environment = validateEnvironment(process.env);
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
  .action(async (file: string, options: { kind: TransferKind; format?: string; dryRun: boolean }) => {
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
    const summary = await withContext((context) =>
      context.get(CaseTransferService).importFile(file, {
        kind: options.kind,
        format,
        dryRun: options.dryRun,
        onBytes: (bytes) => bar?.update(bytes),
      }),
    );
    bar?.update(total);
    bar?.stop();
    printSummary(summary, (Date.now() - started) / 1000);
    if (summary.rejected > 0) process.exitCode = 2;
  });

program
  .command('export')
  .description('export every case or statute to NDJSON or CSV')
  .argument('<file>')
  .addOption(kindOption())
  .addOption(formatOption())
  .action(async (file: string, options: { kind: TransferKind; format?: string }) => {
    const format = formatOf(file, options.format);
    const written = await withContext((context) =>
      context.get(CaseTransferService).exportFile(file, { kind: options.kind, format }),
    );
    console.log(`${written} ${options.kind} written to ${file}.`);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
