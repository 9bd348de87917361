import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { concatMap, Observable } from 'rxjs';
import { AuditService } from '@caseatlas/audit';
import { contextOf } from './request-context';

/**
 * Records every audited request that succeeded, before the response leaves: an access that
 * cannot be recorded fails. Failures are recorded by AllExceptionsFilter.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const requestContext = contextOf(request);
    return next.handle().pipe(
      concatMap(async (result: unknown) => {
        const audit = requestContext.audit;
        if (!audit) return result;
        // A created record names itself: cases and accounts by id, statutes by key.
        const created = result as { id?: unknown; key?: unknown } | null;
        const createdId = created?.id ?? created?.key;
        await this.audit.record({
          actor: requestContext.actor,
          action: audit.action,
          targetType: audit.targetType,
          targetId: audit.targetId ?? (typeof createdId === 'string' ? createdId : undefined),
          outcome: 'success',
          statusCode: response.statusCode,
          clientAddress: requestContext.clientAddress,
          requestId: requestContext.requestId,
          details: audit.details,
        });
        return result;
      }),
    );
  }
}
