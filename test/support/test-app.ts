import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../apps/api/src/create-app';
import { testEnvironment } from './environment';

export interface TestApp {
  app: INestApplication;
  /** http://127.0.0.1:<port>/api */
  apiUrl: string;
  close: () => Promise<void>;
}

/** The whole API in-process, on a free port, against the real test database and node. */
export async function startTestApp(): Promise<TestApp> {
  const app = await createApp(testEnvironment());
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, apiUrl: `http://127.0.0.1:${port}/api`, close: () => app.close() };
}
