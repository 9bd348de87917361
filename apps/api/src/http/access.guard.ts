import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthService } from '@caseatlas/auth';
import { AccessService } from '@caseatlas/access';
import { findMalformedInput, findMalformedQuery, ProblemsException } from '@caseatlas/validation';
import type { AuditAction, Permission } from '@caseatlas/contracts';
import { auditedTargetId, requestAuditDetails } from './audit-details';
import { AUDIT_ACTION_KEY, NOT_AUDITED_KEY, PERMISSION_KEY, PUBLIC_KEY } from './access.decorators';
import { contextOf } from './request-context';

/**
 * Deny by default: a route runs only when it is marked @Public or carries a @Permission the
 * actor's role holds (PERMISSIONS). Also resolves the actor and prepares the route's audit row
 * (an audited route without a declared action is refused like one without a permission).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly access: AccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const requestContext = contextOf(request);
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) === true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    const token = /^Bearer (\S+)$/i.exec(request.header('authorization') ?? '')?.[1];
    if (token) requestContext.actor = (await this.auth.authenticate(token)) ?? undefined;
    const declared = this.reflector.getAllAndOverride<AuditAction | undefined>(AUDIT_ACTION_KEY, targets);
    const notAudited = this.reflector.getAllAndOverride<boolean>(NOT_AUDITED_KEY, targets) === true;
    if (!declared && !notAudited) {
      this.logger.error(`${request.method} ${request.path} has neither @Audit nor @NotAudited: refused`);
      throw new ForbiddenException('This route has no audit action assigned');
    }
    const action = notAudited ? undefined : declared;
    // Input PostgreSQL or a validator cannot take (NUL, unpaired surrogates, deep nesting,
    // repeated parameters) is refused here, still audited, before anything reads it.
    const malformed =
      findMalformedQuery(request.query as Record<string, unknown>) ?? findMalformedInput(request.body, '');
    if (malformed) {
      if (action) requestContext.audit = { action, details: { refused: malformed.rule } };
      throw new ProblemsException([malformed]);
    }
    if (action) {
      requestContext.audit = {
        action,
        // Ids, statute keys and audit numbers only: a path segment can carry anything.
        targetId: auditedTargetId(request.params?.id ?? request.params?.key),
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
    if (!this.access.can(actor, permission)) {
      throw new ForbiddenException(`The ${actor.role} role lacks the permission ${permission}`);
    }
    return true;
  }
}
