import { HttpException, HttpStatus, UnauthorizedException } from '@nestjs/common';
import type { AuditHints } from '@caseatlas/audit';

/** Wrong username, wrong password or deactivated account: one answer for all three. */
export class LoginRefusedException extends UnauthorizedException {
  readonly auditHints: AuditHints;

  constructor(userId: string | undefined) {
    super('Wrong username or password');
    this.auditHints = { outcome: 'failure', targetId: userId };
  }
}

/** Too many failed logins of one account from one address: 429 with Retry-After. */
export class LoginLockedException extends HttpException {
  readonly auditHints: AuditHints;

  constructor(
    userId: string,
    readonly retryAfterSeconds: number,
  ) {
    super(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'Too Many Requests',
        message: `Too many failed logins; try again in ${retryAfterSeconds} seconds`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
    this.auditHints = { outcome: 'denied', targetId: userId, details: { reason: 'locked' } };
  }
}
