import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { Request, Response } from 'express';
import { concatMap, Observable } from 'rxjs';
import { createdIdOf, runWithPendingAudit } from '@caseatlas/audit';
import type { PendingAudit } from '@caseatlas/audit';
import { HttpAuditWriter } from './http-audit.writer';

/**
 * Records every audited request that succeeded, before the response leaves: an access that
 * cannot be recorded fails. A request that changes data has its row written by the transaction
 * of the change (`transactionWithAudit`), so both commit or neither does; the rest are written
 * here. Failures are recorded by AllExceptionsFilter, through the same writer.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly writer: HttpAuditWriter) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    // The status Nest will answer with: the route's @HttpCode, else 201 for POST and 200 otherwise.
    const status =
      (Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) as number | undefined) ??
      (request.method === 'POST' ? 201 : 200);
    const pending: PendingAudit = {
      written: false,
      event: (createdId) => this.writer.successEvent(request, status, createdId),
    };
    return new Observable((subscriber) =>
      runWithPendingAudit(pending, () =>
        next
          .handle()
          .pipe(
            concatMap(async (result: unknown) => {
              if (!pending.written) await this.writer.recordSuccess(request, response.statusCode, createdIdOf(result));
              return result;
            }),
          )
          .subscribe(subscriber),
      ),
    );
  }
}
