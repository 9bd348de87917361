import { HttpException, HttpStatus, UnauthorizedException } from '@nestjs/common';
import type { AuditHints } from '@caseatlas/audit';

/** Wrong username, wrong password or deactivated account: one answer for all three. */
export class LoginRefusedException extends UnauthorizedException {
  readonly auditHints: AuditHints;

  /** AuthService records the failure itself, in the transaction that counts failures. */
  constructor() {
    super('Wrong username or password');
    this.auditHints = { recorded: true };
  }
}

/** Too many failed logins of one account from one address: 429 with Retry-After. */
export class LoginLockedException extends HttpException {
  readonly auditHints: AuditHints;

  constructor(
    subject: string,
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
    this.auditHints = { outcome: 'denied', targetId: subject, details: { reason: 'locked' } };
  }
}

/**
 * A refresh token rotated away was presented again after the grace for parallel refreshes:
 * someone holds a copy. The session has been ended; the audit names the account.
 */
export class RefreshTokenReusedException extends UnauthorizedException {
  readonly auditHints: AuditHints;

  constructor(userId: string) {
    super('The session has ended; sign in again');
    this.auditHints = { outcome: 'denied', targetId: userId, details: { reason: 'refreshTokenReuse' } };
  }
}
