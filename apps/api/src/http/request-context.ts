import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Actor } from '@caseatlas/auth';
import { UUID_PATTERN } from '@caseatlas/validation';
import type { AuditAction } from '@caseatlas/contracts';

/** What the API learns about a request on its way through guard, handler and filter. */
export interface RequestContext {
  requestId: string;
  clientAddress: string;
  actor?: Actor;
  /** Set by the guard for audited routes; HttpAuditWriter writes it out. */
  audit?: { action: AuditAction; targetId?: string; details: Record<string, unknown> };
}

declare module 'express-serve-static-core' {
  interface Request {
    caseatlas?: RequestContext;
  }
}

/** Gives every request an id (the caller's X-Request-Id when it is a UUID, else a new one) and echoes it. */
export function requestContextMiddleware(request: Request, response: Response, next: NextFunction): void {
  const sent = request.header('x-request-id');
  // Only a UUID is taken from the caller: any freer form could carry a name or a number.
  const requestId = sent && UUID_PATTERN.test(sent) ? sent : randomUUID();
  request.caseatlas = { requestId, clientAddress: request.ip ?? request.socket.remoteAddress ?? 'unknown' };
  response.setHeader('X-Request-Id', requestId);
  next();
}

export function contextOf(request: Request): RequestContext {
  if (!request.caseatlas) throw new Error('request context missing: requestContextMiddleware not installed');
  return request.caseatlas;
}
