import { STATUS_CODES } from 'node:http';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import type { ErrorResponse } from '@caseatlas/contracts';

/**
 * Turns every error into the documented body ({@link ErrorResponse}). Unexpected errors are
 * logged with their stack on the server; the client only learns that something failed.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      response.status(status).json(typeof body === 'object' ? body : toErrorResponse(status, String(body)));
      return;
    }
    // Body-parser errors (too large, malformed) carry their own 4xx status.
    const status = (exception as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      response.status(status).json(toErrorResponse(status, (exception as Error).message));
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response
      .status(HttpStatus.INTERNAL_SERVER_ERROR)
      .json(toErrorResponse(HttpStatus.INTERNAL_SERVER_ERROR, 'Internal server error'));
  }
}

function toErrorResponse(statusCode: number, message: string): ErrorResponse {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}
