import { STATUS_CODES, Server } from 'node:http';
import type { Duplex } from 'node:stream';
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
import { serveAdmin } from './http/admin-static';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { toErrorResponse } from './http/error-response';
import { HttpAuditWriter } from './http/http-audit.writer';
import { refuseInvalidUtf8, refuseUnreadableBodies, refuseUnreadableRequests } from './http/request-refusals';
import { ProblemsException, problemsFromValidationErrors, STRICT_VALIDATION } from '@caseatlas/validation';

export const API_PREFIX = 'api';

/** Node's answers to requests it cannot parse, before Express sees them: status, and our reason. */
const CLIENT_ERRORS: Record<string, { status: number; reason: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: 'headersTooLarge', message: 'the request headers are larger than 16 KB' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'timeout', message: 'the request took too long to arrive' },
};

/**
 * Requests Node's HTTP parser refuses (headers over 16 KB, malformed request lines) get the same
 * JSON body as every other error, and an audit row, instead of Node's bare status line.
 */
function answerUnparsableRequests(server: Server, writer: HttpAuditWriter): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex & { remoteAddress?: string }) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const known = CLIENT_ERRORS[error.code ?? ''] ?? {
      status: 400,
      reason: 'malformedRequest',
      message: 'the request is not valid HTTP',
    };
    const body = JSON.stringify(toErrorResponse(known.status, known.message));
    socket.end(
      `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    void writer.recordRefusedRequest({}, known.status, known.reason, {
      clientAddress: socket.remoteAddress ?? 'unknown',
    });
  });
}

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
  app.use(refuseUnreadableRequests);
  // Case facts run to 200,000 characters, up to 4 bytes each in UTF-8.
  app.useBodyParser('json', { limit: '1mb', verify: refuseInvalidUtf8 });
  app.use(refuseUnreadableBodies);
  app.setGlobalPrefix(API_PREFIX);
  serveAdmin(app, environment.ADMIN_STATIC_DIR, API_PREFIX);
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
  const auditWriter = app.get(HttpAuditWriter);
  app.useGlobalFilters(new AllExceptionsFilter(auditWriter));
  answerUnparsableRequests(app.getHttpServer() as Server, auditWriter);
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
