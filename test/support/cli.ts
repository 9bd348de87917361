import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { TEST_DATABASE_URL, TEST_INDEX_PREFIX } from './environment';

const repositoryRoot = join(__dirname, '..', '..');

interface CliRun {
  code: number;
  output: string;
}

function run(cliArguments: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'cli', '--', ...cliArguments], {
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
 * Runs `npm run cli -- <arguments>` against the test database and insists that it succeeded
 * (exit code 0); resolves with its output.
 */
export async function runCli(...cliArguments: string[]): Promise<CliRun> {
  const result = await run(cliArguments);
  if (result.code !== 0) {
    throw new Error(`cli ${cliArguments.join(' ')} exited with ${result.code}:\n${result.output}`);
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
