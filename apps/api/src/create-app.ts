import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { logLevelsFrom } from '@caseatlas/config';
import type { EnvironmentVariables } from '@caseatlas/config';
import { AppModule } from './app.module';
import { requestContextMiddleware } from './http/request-context';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { HttpAuditWriter } from './http/http-audit.writer';
import { ProblemsException, problemsFromValidationErrors, STRICT_VALIDATION } from '@caseatlas/validation';

export const API_PREFIX = 'api';

/** Builds the whole application; main.ts and the e2e/browser tests share it. */
export async function createApp(environment: EnvironmentVariables): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(environment), {
    logger: logLevelsFrom(environment.LOG_LEVEL),
    bodyParser: false,
  });
  // Client addresses in the audit come from X-Forwarded-For only behind configured proxies.
  app.set('trust proxy', environment.TRUST_PROXY);
  app.use(requestContextMiddleware);
  app.use(helmet());
  app.use(cookieParser());
  // Case facts run to 200,000 characters, up to 4 bytes each in UTF-8.
  app.useBodyParser('json', { limit: '1mb' });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(
    new ValidationPipe({
      ...STRICT_VALIDATION,
      transform: true,
      exceptionFactory: (errors) => new ProblemsException(problemsFromValidationErrors(errors)),
    }),
  );
  // The admin is served from the same origin; other origins only when configured.
  app.enableCors({
    origin: environment.CORS_ORIGINS,
    credentials: true,
    exposedHeaders: ['Content-Range', 'Content-Disposition', 'Retry-After', 'X-Request-Id'],
  });
  app.useGlobalFilters(new AllExceptionsFilter(app.get(HttpAuditWriter)));
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('CaseAtlas API')
    .setDescription('Anonymized case studies of cross-border human-trafficking cases.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
