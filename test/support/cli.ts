import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { TEST_DATABASE_URL } from './environment';

const repositoryRoot = join(__dirname, '..', '..');

/** Runs `npm run cli -- <arguments>` against the test database; resolves with its output. */
export function runCli(...cliArguments: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'cli', '--', ...cliArguments], {
      cwd: repositoryRoot,
      env: { ...process.env, DATABASE_URL: TEST_DATABASE_URL, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}
