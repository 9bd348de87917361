import { STATUS_CODES } from 'node:http';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { auditHintsOf } from '@caseatlas/audit';
import { LoginLockedException } from '@caseatlas/auth';
import { toErrorResponse } from './error-response';
import { HttpAuditWriter } from './http-audit.writer';
import { pathRefusalOf, RequestRefusedException } from './request-refusals';

/**
 * Turns every error into the documented body ({@link ErrorResponse}) and records it in the
 * audit trail when the route is audited. Unexpected errors are logged with their stack on the
 * server; the client only learns that something failed.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly writer: HttpAuditWriter) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const refused = exception instanceof RequestRefusedException ? exception : pathRefusalOf(exception);
    let { status, body } = this.describe(refused ?? exception);
    const recorded =
      refused && !request.caseatlas?.audit
        ? await this.writer.recordRefusedRequest(request, status, refused.reason, { clientAddress: 'unknown' })
        : await this.writer.recordFailure(request, status, auditHintsOf(exception));
    if (!recorded) {
      // An access that cannot be recorded is not answered as if it had been.
      ({ status, body } = this.describe(new Error('audit trail unavailable')));
    }
    // A failed request hands out no session.
    if (status >= 500) response.removeHeader('Set-Cookie');
    if (exception instanceof LoginLockedException)
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    response.status(status).json(body);
  }

  private describe(exception: unknown): { status: number; body: object } {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      return { status, body: typeof body === 'object' ? body : toErrorResponse(status, String(body)) };
    }
    // Other errors with a 4xx status of their own (a library's); their messages are not ours to show.
    const status = (exception as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { status, body: toErrorResponse(status, STATUS_CODES[status] ?? 'Bad request') };
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: toErrorResponse(HttpStatus.INTERNAL_SERVER_ERROR, 'Internal server error'),
    };
  }
}
