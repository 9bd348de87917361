import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AuditAction, Permission as PermissionName } from '@caseatlas/contracts';

export const PERMISSION_KEY = 'caseatlas:permission';
export const PUBLIC_KEY = 'caseatlas:public';
export const NOT_AUDITED_KEY = 'caseatlas:notAudited';
export const AUDIT_ACTION_KEY = 'caseatlas:auditAction';
export const STRICT_RATE_LIMIT_KEY = 'caseatlas:strictRateLimit';

/** The permission a route needs (see PERMISSIONS in @caseatlas/contracts). Routes without one are refused. */
export const Permission = (permission: PermissionName) =>
  applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid access token' }),
    ApiForbiddenResponse({ description: `The role lacks ${permission}` }),
  );

/** Open without signing in (login, refresh, health). Says why, so a reviewer can check it. */
export const Public = (_why: string) => SetMetadata(PUBLIC_KEY, true);

/** The action the audit trail records for this route (declared, so a renamed handler keeps it). */
export const Audit = (action: AuditAction) => SetMetadata(AUDIT_ACTION_KEY, action);

/** Left out of the audit trail: polled or catalogue reads that say nothing about anyone's work. */
export const NotAudited = (_why: string) => SetMetadata(NOT_AUDITED_KEY, true);

/** Counts against LOGIN_RATE_LIMIT_PER_MINUTE instead of the general limit. */
export const StrictRateLimit = () => SetMetadata(STRICT_RATE_LIMIT_KEY, true);
