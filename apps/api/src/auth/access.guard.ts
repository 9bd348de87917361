import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthService } from '@caseatlas/auth';
import { scopeOf } from '@caseatlas/contracts';
import type { Permission } from '@caseatlas/contracts';
import { requestAuditDetails } from './audit-details';
import { NOT_AUDITED_KEY, PERMISSION_KEY, PUBLIC_KEY } from './access.decorators';
import { contextOf } from './request-context';

/** `cases.list`, `auth.login`: the controller's path and the handler's name. */
export function auditActionOf(context: ExecutionContext): { action: string; targetType: string } {
  const path = String(Reflect.getMetadata(PATH_METADATA, context.getClass()) ?? '').replace(/^\/|\/$/g, '');
  return { action: `${path}.${context.getHandler().name}`, targetType: path };
}

/**
 * Deny by default: a route runs only when it is marked @Public or carries a @Permission the
 * actor's role holds (PERMISSIONS). Also names the audit action and resolves the actor.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const requestContext = contextOf(request);
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    const token = /^Bearer (\S+)$/i.exec(request.header('authorization') ?? '')?.[1];
    if (token) requestContext.actor = (await this.auth.authenticate(token)) ?? undefined;
    if (!this.reflector.getAllAndOverride<boolean>(NOT_AUDITED_KEY, targets)) {
      const id = request.params?.id ?? request.params?.key;
      requestContext.audit = {
        ...auditActionOf(context),
        // Ids, statute keys and audit numbers only: a path segment can carry anything.
        targetId: typeof id === 'string' ? (/^[A-Za-z0-9._:-]{1,120}$/.test(id) ? id : '(not an id)') : undefined,
        // Strangers' requests are recorded without what they sent: it is theirs to choose.
        details:
          requestContext.actor || isPublic
            ? requestAuditDetails(request.method, request.query as Record<string, unknown>, request.body)
            : {},
      };
    }
    if (isPublic) return true;
    if (!permission) {
      this.logger.error(`${request.method} ${request.path} has neither @Permission nor @Public: refused`);
      throw new ForbiddenException('This route has no permission assigned');
    }
    const actor = requestContext.actor;
    if (!actor) throw new UnauthorizedException(token ? 'The access token is invalid or expired' : 'Sign in first');
    const scope = scopeOf(actor.role, permission);
    if (!scope) throw new ForbiddenException(`The ${actor.role} role lacks the permission ${permission}`);
    requestContext.scope = scope;
    return true;
  }
}
