import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { EnvironmentError, validateEnvironment } from '@caseatlas/config';
import { createApp } from './create-app';

async function bootstrap(): Promise<void> {
  let environment;
  try {
    environment = validateEnvironment(process.env);
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const app = await createApp(environment);
  await app.listen(environment.PORT, environment.HOST);
  const host = environment.HOST === '0.0.0.0' ? '127.0.0.1' : environment.HOST;
  new Logger('CaseAtlas').log(
    `Workbench ready at http://${host}:${environment.PORT}/ (API at /api, docs at /api/docs)`,
  );
}

void bootstrap();
