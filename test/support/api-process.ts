import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, AddressInfo } from 'node:net';
import type { Role } from '../../libs/contracts/src';
import { accessTokensPerRole } from './accounts';
import { BUILT_ADMIN, BUILT_API, testEnvironment } from './environment';

export { BUILT_API };

export interface ApiProcess {
  url: string;
  process: ChildProcess;
  output: () => string;
  /**
   * POSTs JSON to `/api/<path>` as a fresh account of `role` (by default statutes as an admin,
   * the rest as a reviewer), insists on 201 and returns the body: for seeding data before a test.
   */
  create: <T = unknown>(path: string, body: unknown, role?: Role) => Promise<T>;
  /** An access token of a fresh account of that role (one per role and process). */
  tokenFor: (role: Role) => Promise<string>;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Runs the built API (what `npm start` and the Docker image run) as a child process, so a
 * test can observe that it keeps running while its dependencies come and go.
 */
export async function startApiProcess(environment: Record<string, string> = {}): Promise<ApiProcess> {
  for (const artefact of [BUILT_API, BUILT_ADMIN]) {
    if (!existsSync(artefact)) throw new Error(`${artefact} is missing: run \`npm run build\` first (npm test does)`);
  }
  const port = await freePort();
  const settings = testEnvironment({ PORT: String(port), ADMIN_STATIC_DIR: BUILT_ADMIN, ...environment });
  const child = spawn(process.execPath, [BUILT_API], {
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(settings).map(([key, value]) => [key, String(value)])),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode}:\n${output}`);
    const reachable = await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    );
    if (reachable) break;
    if (Date.now() > deadline) throw new Error(`The API did not start within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const tokenFor = accessTokensPerRole(`${url}/api`);
  return {
    url,
    process: child,
    output: () => output,
    tokenFor,
    create: async <T>(path: string, body: unknown, role?: Role): Promise<T> => {
      const token = await tokenFor(role ?? (path.startsWith('statutes') ? 'admin' : 'reviewer'));
      const response = await fetch(`${url}/api/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
