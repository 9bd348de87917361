import type { INestApplication } from '@nestjs/common';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../apps/api/src/create-app';
import type { Role } from '../../libs/contracts/src';
import { accessTokensPerRole, AuthorizedClient, authorizedClient } from './accounts';
import { BUILT_ADMIN, testEnvironment } from './environment';

export interface TestApp {
  app: INestApplication;
  /** http://127.0.0.1:<port>/api */
  apiUrl: string;
  /** A client signed in with a fresh account of that role (one per role and app). */
  as: (role: Role) => Promise<AuthorizedClient>;
  close: () => Promise<void>;
}

/**
 * The whole application in-process, on a free port, against the real test database and node: the
 * same modules and middleware as `npm start` and the image, the built admin included, so an error
 * path that serving the admin changes is the one tested. Overrides change ports and limits only.
 */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  if (!existsSync(BUILT_ADMIN))
    throw new Error(`${BUILT_ADMIN} is missing: run \`npm run build\` first (npm test does)`);
  const app = await createApp(testEnvironment({ ADMIN_STATIC_DIR: BUILT_ADMIN, ...overrides }));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const apiUrl = `http://127.0.0.1:${port}/api`;
  const tokenFor = accessTokensPerRole(apiUrl);
  const as = async (role: Role) => authorizedClient(apiUrl, await tokenFor(role));
  return { app, apiUrl, as, close: () => app.close() };
}
