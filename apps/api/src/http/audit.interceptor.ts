import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { concatMap, Observable } from 'rxjs';
import { HttpAuditWriter } from './http-audit.writer';

/**
 * Records every audited request that succeeded, before the response leaves: an access that
 * cannot be recorded fails. Failures are recorded by AllExceptionsFilter, through the same writer.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly writer: HttpAuditWriter) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      concatMap(async (result: unknown) => {
        // A created record names itself: cases and accounts by id, statutes by key.
        const created = result as { id?: unknown; key?: unknown } | null;
        const createdId = created?.id ?? created?.key;
        await this.writer.recordSuccess(
          request,
          response.statusCode,
          typeof createdId === 'string' ? createdId : undefined,
        );
        return result;
      }),
    );
  }
}
