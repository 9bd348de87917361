import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { AuditService, transactionWithAudit } from '@caseatlas/audit';
import { derivedKey } from '@caseatlas/config';
import type { EnvironmentVariables } from '@caseatlas/config';
import type { SessionResponse } from '@caseatlas/contracts';
import { ProblemsException, UUID_PATTERN, validateAs } from '@caseatlas/validation';
import type { AccessTokenClaims, Actor } from './actor';
import { ChangePasswordDto } from './dto/account.dto';
import { LoginLockedException, LoginRefusedException, RefreshTokenReusedException } from './errors';
import { passwordProblems } from './password-policy';
import { decoyPasswordHash, hashPassword, newRefreshToken, tokenHash, verifyPassword } from './passwords';
import { SessionEntity } from './session.entity';
import { revokeSessions, toAccountResponse, UserService } from './user.service';
import { UserEntity } from './user.entity';

export const TOKEN_ISSUER = 'caseatlas';

/** Where a login attempt comes from, for its audit record. */
export interface LoginOrigin {
  clientAddress: string;
  requestId: string;
  details: Record<string, unknown>;
}

/**
 * Unknown usernames are counted under a keyed hash: the trail never keeps what was typed, and
 * without the server's key a guess (a phone number, an e-mail typed as a username) cannot be
 * checked against it, as it could against a plain hash. Pure.
 */
export function unknownAccountKey(username: string, key: Buffer): string {
  return `unknown:${createHmac('sha256', key).update(username.trim().toLowerCase()).digest('hex').slice(0, 24)}`;
}

/** A new session: what the client receives, plus the refresh token for the httpOnly cookie. */
export interface IssuedSession {
  response: SessionResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

/**
 * Local accounts: argon2id passwords, short-lived JWT access tokens, refresh tokens kept only as
 * hashes and rotated on every use. An OIDC provider would issue the same sessions after its own
 * login (docs/permissions.md).
 */
@Injectable()
export class AuthService {
  private readonly settings: Pick<
    EnvironmentVariables,
    | 'ACCESS_TOKEN_TTL_SECONDS'
    | 'REFRESH_TOKEN_TTL_SECONDS'
    | 'SESSION_MAX_AGE_SECONDS'
    | 'LOGIN_MAX_FAILURES'
    | 'LOGIN_LOCKOUT_SECONDS'
    | 'REFRESH_REUSE_GRACE_SECONDS'
  >;
  private readonly usernameKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly users: UserService,
    private readonly audit: AuditService,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.settings = {
      ACCESS_TOKEN_TTL_SECONDS: config.get('ACCESS_TOKEN_TTL_SECONDS', { infer: true }),
      REFRESH_TOKEN_TTL_SECONDS: config.get('REFRESH_TOKEN_TTL_SECONDS', { infer: true }),
      SESSION_MAX_AGE_SECONDS: config.get('SESSION_MAX_AGE_SECONDS', { infer: true }),
      LOGIN_MAX_FAILURES: config.get('LOGIN_MAX_FAILURES', { infer: true }),
      LOGIN_LOCKOUT_SECONDS: config.get('LOGIN_LOCKOUT_SECONDS', { infer: true }),
      REFRESH_REUSE_GRACE_SECONDS: config.get('REFRESH_REUSE_GRACE_SECONDS', { infer: true }),
    };
    this.usernameKey = derivedKey(config.get('JWT_SECRET', { infer: true }), 'unknown account');
  }

  /**
   * Checks the password (against a decoy hash when the account does not exist, so timing does
   * not tell), and refuses with 429 while the account — or the unknown username, so that locking
   * tells nothing either — is locked for this address. Attempts on one account from one address
   * take turns, and a failure is recorded before the next is counted.
   */
  async login(username: string, password: string, origin: LoginOrigin): Promise<IssuedSession> {
    const user = await this.users.findByUsername(username);
    const subject = user?.id ?? unknownAccountKey(username, this.usernameKey);
    const attempt = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${subject}:${origin.clientAddress}`]);
      const retryAfter = await this.lockedFor(subject, origin.clientAddress, manager);
      if (retryAfter > 0) return { retryAfter };
      const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
      if (user && valid && user.active) return { user };
      await this.audit.record(
        {
          action: 'auth.login',
          targetType: 'auth',
          targetId: subject,
          outcome: 'failure',
          statusCode: 401,
          clientAddress: origin.clientAddress,
          requestId: origin.requestId,
          details: origin.details,
        },
        manager,
      );
      return {};
    });
    if (attempt.retryAfter) throw new LoginLockedException(subject, attempt.retryAfter);
    if (!attempt.user) throw new LoginRefusedException();
    await this.dataSource.manager.update(UserEntity, { id: attempt.user.id }, { lastLoginAt: new Date() });
    return this.startSession(attempt.user, origin.clientAddress);
  }

  /** Rotates the refresh token: the one presented stops working. */
  async refresh(refreshToken: string | undefined, clientAddress: string): Promise<IssuedSession | null> {
    if (!refreshToken) return null;
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<IssuedSession | { reusedBy: string } | null> => {
        const session = await manager.findOne(SessionEntity, {
          where: { tokenHash: tokenHash(refreshToken), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
          relations: { user: true },
          lock: { mode: 'pessimistic_write', tables: ['sessions'] },
        });
        if (!session) {
          const reusedBy = await this.endSessionOfReusedToken(manager, tokenHash(refreshToken));
          return reusedBy ? { reusedBy } : null;
        }
        if (!session.user.active) return null;
        if (this.refreshExpiry(session.createdAt).getTime() <= Date.now()) return null;
        const next = newRefreshToken();
        const expiresAt = this.refreshExpiry(session.createdAt);
        await manager.query(
          'INSERT INTO session_retired_tokens (token_hash, session_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
          [session.tokenHash, session.id],
        );
        await manager.update(
          SessionEntity,
          { id: session.id },
          { tokenHash: tokenHash(next), lastUsedAt: new Date(), expiresAt, clientAddress },
        );
        return this.issue(session.user, session.id, next, expiresAt);
      },
    );
    // Thrown after the commit, so the session stays ended.
    if (outcome && 'reusedBy' in outcome) throw new RefreshTokenReusedException(outcome.reusedBy);
    return outcome;
  }

  /**
   * A token this session rotated away, presented again once the grace for parallel refreshes
   * (two tabs at once) has passed, is a copy in someone else's hands: the session ends (OAuth 2.0
   * security best current practice, refresh token rotation).
   */
  private async endSessionOfReusedToken(manager: EntityManager, hash: string): Promise<string | null> {
    const [retired]: { session_id: string; user_id: string; late: boolean }[] = await manager.query(
      `SELECT retired.session_id, session.user_id,
              retired.retired_at < now() - make_interval(secs => $2) AS late
         FROM session_retired_tokens retired JOIN sessions session ON session.id = retired.session_id
        WHERE retired.token_hash = $1`,
      [hash, this.settings.REFRESH_REUSE_GRACE_SECONDS],
    );
    if (!retired?.late) return null;
    await manager.update(SessionEntity, { id: retired.session_id, revokedAt: IsNull() }, { revokedAt: new Date() });
    return retired.user_id;
  }

  /** Ends the session the refresh token belongs to and says whose it was; unknown tokens are ignored. */
  async logout(refreshToken: string | undefined): Promise<Actor | null> {
    if (!refreshToken) return null;
    const session = await this.dataSource.manager.findOne(SessionEntity, {
      where: { tokenHash: tokenHash(refreshToken), revokedAt: IsNull() },
      relations: { user: true },
    });
    if (!session) return null;
    await this.dataSource.manager.update(SessionEntity, { id: session.id }, { revokedAt: new Date() });
    return { id: session.user.id, username: session.user.username, role: session.user.role, sessionId: session.id };
  }

  /** Needs the current password; ends every other session of the account. */
  async changePassword(actor: Actor, body: unknown): Promise<void> {
    const fields = validateAs(ChangePasswordDto, body);
    const sent = (body ?? {}) as Record<string, unknown>;
    const problems = [...(fields.problems ?? []), ...passwordProblems(sent.newPassword, actor.username, 'newPassword')];
    if (problems.length) throw new ProblemsException(problems);
    const user = await this.dataSource.manager.findOneByOrFail(UserEntity, { id: actor.id });
    if (!(await verifyPassword(user.passwordHash, fields.value!.currentPassword))) {
      throw new ProblemsException([
        { path: 'currentPassword', rule: 'matches', message: 'currentPassword is not the current password' },
      ]);
    }
    if (fields.value!.currentPassword === fields.value!.newPassword) {
      throw new ProblemsException([
        { path: 'newPassword', rule: 'changed', message: 'newPassword must differ from the current password' },
      ]);
    }
    await transactionWithAudit(this.dataSource, async (manager) => {
      await manager.update(
        UserEntity,
        { id: actor.id },
        {
          passwordHash: await hashPassword(fields.value!.newPassword),
          passwordChangedAt: new Date(),
          updatedAt: new Date(),
        },
      );
      await revokeSessions(manager, actor.id, actor.sessionId);
    });
  }

  /**
   * The actor behind an access token, or null. The account and the session are looked up on
   * every request, so logout, deactivation and role changes take effect at once.
   */
  async authenticate(accessToken: string): Promise<Actor | null> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(accessToken, {
        issuer: TOKEN_ISSUER,
        algorithms: ['HS256'],
      });
    } catch {
      return null;
    }
    // A signed token is still only as good as its claims: ids that are not UUIDs match nobody.
    if (!isUuid(claims.sub) || !isUuid(claims.sid)) return null;
    const [row] = await this.dataSource.query(
      `SELECT u.id, u.username, u.role FROM users u JOIN sessions s ON s.user_id = u.id
        WHERE u.id = $1 AND s.id = $2 AND u.active AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [claims.sub, claims.sid],
    );
    return row ? { id: row.id, username: row.username, role: row.role, sessionId: claims.sid } : null;
  }

  /** Seconds until the subject may try again from this address; 0 when not locked. */
  private async lockedFor(subject: string, clientAddress: string, manager: EntityManager): Promise<number> {
    const { LOGIN_MAX_FAILURES, LOGIN_LOCKOUT_SECONDS } = this.settings;
    const failures = await this.audit.recentLoginFailures(subject, clientAddress, LOGIN_LOCKOUT_SECONDS, manager);
    if (failures.count < LOGIN_MAX_FAILURES || !failures.latest) return 0;
    const unlockAt = failures.latest.getTime() + LOGIN_LOCKOUT_SECONDS * 1000;
    return Math.max(0, Math.ceil((unlockAt - Date.now()) / 1000));
  }

  private async startSession(user: UserEntity, clientAddress: string): Promise<IssuedSession> {
    const refreshToken = newRefreshToken();
    const expiresAt = this.refreshExpiry(new Date());
    const { identifiers } = await this.dataSource.manager.insert(SessionEntity, {
      userId: user.id,
      tokenHash: tokenHash(refreshToken),
      clientAddress,
      lastUsedAt: new Date(),
      expiresAt,
    });
    return this.issue(user, identifiers[0].id as string, refreshToken, expiresAt);
  }

  private async issue(
    user: UserEntity,
    sessionId: string,
    refreshToken: string,
    refreshExpiresAt: Date,
  ): Promise<IssuedSession> {
    const claims: AccessTokenClaims = { sub: user.id, sid: sessionId, role: user.role };
    const accessToken = await this.jwt.signAsync(claims, {
      issuer: TOKEN_ISSUER,
      algorithm: 'HS256',
      expiresIn: this.settings.ACCESS_TOKEN_TTL_SECONDS,
    });
    return {
      response: { accessToken, expiresIn: this.settings.ACCESS_TOKEN_TTL_SECONDS, account: toAccountResponse(user) },
      refreshToken,
      refreshExpiresAt,
    };
  }

  /** Sliding with use, but never beyond SESSION_MAX_AGE_SECONDS after signing in. */
  private refreshExpiry(sessionStart: Date): Date {
    const sliding = Date.now() + this.settings.REFRESH_TOKEN_TTL_SECONDS * 1000;
    const absolute = sessionStart.getTime() + this.settings.SESSION_MAX_AGE_SECONDS * 1000;
    return new Date(Math.min(sliding, absolute));
  }
}

const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_PATTERN.test(value);
