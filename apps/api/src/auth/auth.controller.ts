import {
  Body,
  Controller,
  HttpCode,
  HttpException,
  HttpStatus,
  Post,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { AuthService, LoginDto } from '@caseatlas/auth';
import type { IssuedSession } from '@caseatlas/auth';
import type { AuditHints } from '@caseatlas/audit';
import type { EnvironmentVariables } from '@caseatlas/config';
import type { SessionResponse } from '@caseatlas/contracts';
import { Audit, Public, StrictRateLimit } from '../http/access.decorators';
import { contextOf } from '../http/request-context';

export const REFRESH_COOKIE = 'caseatlas_refresh';
/** The cookie goes only to the auth routes, never with ordinary API calls. */
const REFRESH_COOKIE_PATH = '/api/auth';

/**
 * A refresh without any refresh cookie: there is no session to renew. The admin asks on every
 * first visit, signed in or not, so that is an answer (204), not a refused credential (a 401 is an
 * error in the browser's console). Thrown, because Nest answers what a handler returns with the
 * route's one status; the exception filter records it in the audit trail before it answers.
 */
class NoSessionToRenewException extends HttpException {
  readonly auditHints: AuditHints = { outcome: 'denied' };

  constructor() {
    super('No session to renew', HttpStatus.NO_CONTENT);
  }
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  private readonly secureCookie: boolean;

  constructor(
    private readonly auth: AuthService,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.secureCookie = config.get('NODE_ENV', { infer: true }) === 'production';
  }

  @Post('login')
  @HttpCode(200)
  @Public('signing in')
  @Audit('auth.login')
  @StrictRateLimit()
  @ApiOkResponse({ description: 'An access token; the refresh token is set as an httpOnly cookie' })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts; see Retry-After' })
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    const context = contextOf(request);
    const session = await this.auth.login(body.username, body.password, {
      clientAddress: context.clientAddress,
      requestId: context.requestId,
      details: context.audit?.details ?? {},
    });
    context.actor = { ...session.response.account, sessionId: '' };
    if (context.audit) context.audit.targetId = session.response.account.id;
    return this.answer(session, response);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public('the refresh cookie is the credential')
  @Audit('auth.refresh')
  @StrictRateLimit()
  @ApiOkResponse({ description: 'A new access token; the refresh cookie is rotated' })
  @ApiNoContentResponse({ description: 'No refresh cookie was sent: there is no session to renew' })
  @ApiUnauthorizedResponse({ description: 'The refresh cookie is not valid (any more)' })
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionResponse> {
    if (request.cookies?.[REFRESH_COOKIE] === undefined) throw new NoSessionToRenewException();
    const context = contextOf(request);
    const session = await this.auth.refresh(refreshCookieOf(request), context.clientAddress);
    // The cookie is left alone: a parallel refresh may just have replaced it with a good one.
    if (!session) throw new UnauthorizedException('The session has ended; sign in again');
    context.actor = { ...session.response.account, sessionId: '' };
    if (context.audit) context.audit.targetId = session.response.account.id;
    return this.answer(session, response);
  }

  @Post('logout')
  @HttpCode(204)
  @Public('ends the session the refresh cookie belongs to')
  @Audit('auth.logout')
  @ApiNoContentResponse()
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const ended = await this.auth.logout(refreshCookieOf(request));
    const context = contextOf(request);
    if (ended) {
      context.actor = ended;
      if (context.audit) context.audit.targetId = ended.id;
    }
    response.clearCookie(REFRESH_COOKIE, this.cookieOptions());
  }

  private answer(session: IssuedSession, response: Response): SessionResponse {
    response.cookie(REFRESH_COOKIE, session.refreshToken, {
      ...this.cookieOptions(),
      expires: session.refreshExpiresAt,
    });
    response.setHeader('Cache-Control', 'no-store');
    return session.response;
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', secure: this.secureCookie, path: REFRESH_COOKIE_PATH };
  }
}

function refreshCookieOf(request: Request): string | undefined {
  const value: unknown = request.cookies?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;
}
