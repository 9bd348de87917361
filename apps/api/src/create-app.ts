import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { EnvironmentVariables } from '@caseatlas/config';
import { AppModule } from './app.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';

export const API_PREFIX = 'api';

/** Builds the whole application; main.ts and the e2e/browser tests share it. */
export async function createApp(environment: EnvironmentVariables): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(environment), {
    logger: environment.NODE_ENV === 'test' ? ['error', 'warn'] : undefined,
  });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('CaseAtlas API')
    .setDescription('Anonymized case studies of cross-border human-trafficking cases.')
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
