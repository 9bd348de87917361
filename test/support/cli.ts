import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_CLI, TEST_DATABASE_URL, TEST_INDEX_PREFIX } from './environment';

const repositoryRoot = join(__dirname, '..', '..');

interface CliRun {
  code: number;
  output: string;
}

/**
 * The built command line, as the image and the compose profile run it: its startup takes about
 * 2 s where `npm run cli` (ts-node, transpiling every module) takes about 7, and the suites run it
 * some fifty times. `runNpmCli` runs the npm script itself.
 */
function builtCli(): string {
  if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run \`npm run build\` first (npm test does)`);
  return BUILT_CLI;
}

function run(cliArguments: string[], throughNpm = false): Promise<CliRun> {
  return new Promise((resolve) => {
    const [command, commandArguments] = throughNpm
      ? ['npm', ['run', '--silent', 'cli', '--', ...cliArguments]]
      : [process.execPath, [builtCli(), ...cliArguments]];
    const child = spawn(command, commandArguments, {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        DATABASE_URL: TEST_DATABASE_URL,
        ELASTICSEARCH_INDEX_PREFIX: TEST_INDEX_PREFIX,
        NODE_ENV: 'test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Runs the command line (`npm run cli -- <arguments>`, built) against the test database and insists that it succeeded
 * (exit code 0); resolves with its output.
 */
export async function runCli(...cliArguments: string[]): Promise<CliRun> {
  const result = await run(cliArguments);
  if (result.code !== 0) {
    throw new Error(`cli ${cliArguments.join(' ')} exited with ${result.code}:\n${result.output}`);
  }
  return result;
}

/** `npm run cli -- <arguments>` itself, as the README has users type it. */
export async function runNpmCli(...cliArguments: string[]): Promise<CliRun> {
  const result = await run(cliArguments, true);
  if (result.code !== 0) {
    throw new Error(`npm run cli -- ${cliArguments.join(' ')} exited with ${result.code}:\n${result.output}`);
  }
  return result;
}

/** The same for a run that must fail with `expectedCode` (2: some rows rejected, 1: refused). */
export async function runFailingCli(expectedCode: number, ...cliArguments: string[]): Promise<CliRun> {
  const result = await run(cliArguments);
  if (result.code !== expectedCode) {
    throw new Error(
      `cli ${cliArguments.join(' ')} exited with ${result.code}, expected ${expectedCode}:\n${result.output}`,
    );
  }
  return result;
}

export interface CliProcess {
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code and signal once the process has ended. */
  stop: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts a long-running command (`relay`) against the test database, without npm in between
 * so that signals reach it directly.
 */
export function startCli(cliArguments: string[], environment: Record<string, string> = {}): CliProcess {
  const child = spawn(process.execPath, [builtCli(), ...cliArguments], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      DATABASE_URL: TEST_DATABASE_URL,
      ELASTICSEARCH_INDEX_PREFIX: TEST_INDEX_PREFIX,
      NODE_ENV: 'test',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
