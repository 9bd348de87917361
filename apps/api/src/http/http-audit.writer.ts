import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AuditService } from '@caseatlas/audit';
import type { AuditHints, AuditRecord } from '@caseatlas/audit';
import { auditTargetTypeOf } from '@caseatlas/contracts';
import type { AuditOutcome } from '@caseatlas/contracts';
import type { RequestContext } from './request-context';

/**
 * The one place that turns an HTTP request into its audit row, for the interceptor (successes)
 * and the exception filter (refusals and failures) alike.
 */
@Injectable()
export class HttpAuditWriter {
  constructor(private readonly audit: AuditService) {}

  /** Records a successful request; throws when it cannot, so an unrecorded access fails. */
  async recordSuccess(request: Request, statusCode: number, createdId: string | undefined): Promise<void> {
    const event = this.successEvent(request, statusCode, createdId);
    if (event) await this.audit.record(event);
  }

  /** The success row of a request; undefined when its route is not audited. */
  successEvent(request: Request, statusCode: number, createdId: string | undefined): AuditRecord | undefined {
    // A created record names itself when the route has no id of its own.
    return this.eventOf(request, 'success', statusCode, (routeId) => routeId ?? createdId, {});
  }

  /**
   * Records a refused or failed request (the filter must answer anyway). False when the event
   * should have been recorded and could not be.
   */
  async recordFailure(request: Request, statusCode: number, hints: AuditHints): Promise<boolean> {
    if (hints.recorded) return true;
    const outcome = hints.outcome ?? outcomeOf(statusCode);
    // The exception knows best what it concerns (a login names the account it refused).
    const event = this.eventOf(request, outcome, statusCode, (routeId) => hints.targetId ?? routeId, hints.details);
    return event ? this.audit.recordOrLog(event) : true;
  }

  /**
   * Records a request refused before any route saw it (a body that is not JSON or too large, a
   * header too large): who sent what kind of request and why, never what it carried.
   */
  recordRefusedRequest(
    request: { method?: string; url?: string; caseatlas?: RequestContext },
    statusCode: number,
    reason: string,
    fallback: { clientAddress: string },
  ): Promise<boolean> {
    return this.audit.recordOrLog({
      action: 'http.refused',
      targetType: auditTargetTypeOf('http.refused'),
      outcome: 'failure',
      statusCode,
      clientAddress: request.caseatlas?.clientAddress ?? fallback.clientAddress,
      requestId: request.caseatlas?.requestId,
      details: {
        method: /^[A-Z]{3,7}$/.test(request.method ?? '') ? request.method : '(other)',
        area: areaOf(request.url),
        reason,
      },
    });
  }

  private eventOf(
    request: Request,
    outcome: AuditOutcome,
    statusCode: number,
    targetOf: (routeId: string | undefined) => string | undefined,
    details: Record<string, unknown> | undefined,
  ): AuditRecord | undefined {
    const context = request.caseatlas;
    const audit = context?.audit;
    if (!context || !audit) return undefined;
    return {
      actor: context.actor,
      action: audit.action,
      targetType: auditTargetTypeOf(audit.action),
      targetId: targetOf(audit.targetId),
      outcome,
      statusCode,
      clientAddress: context.clientAddress,
      requestId: context.requestId,
      details: { ...audit.details, ...details },
    };
  }
}

/** The first segment of an API path (`auth`, `cases`), the rest could carry anything. */
function areaOf(url: string | undefined): string {
  const match = /^\/api\/([a-z-]{1,30})(?:[/?]|$)/.exec(url ?? '');
  return match ? match[1] : '(other)';
}

function outcomeOf(status: number): AuditOutcome {
  if (status === 401 || status === 403 || status === 429) return 'denied';
  return status >= 500 ? 'error' : 'failure';
}
