import type { ExecutionContext } from '@nestjs/common';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { EnvironmentVariables } from '@caseatlas/config';
import { STRICT_RATE_LIMIT_KEY } from './access.decorators';

/**
 * One limiter, counted per client address and route (the throttler's key); routes marked
 * @StrictRateLimit (login, refresh) get the lower limit. Failed logins of one account are
 * locked out separately (AuthService), so an attacker cannot lock other people out.
 */
export function rateLimits(environment: EnvironmentVariables): ThrottlerModuleOptions {
  const isStrict = (context: ExecutionContext) =>
    Reflect.getMetadata(STRICT_RATE_LIMIT_KEY, context.getHandler()) === true;
  return {
    throttlers: [
      {
        name: 'default',
        ttl: 60_000,
        limit: (context) =>
          isStrict(context) ? environment.LOGIN_RATE_LIMIT_PER_MINUTE : environment.RATE_LIMIT_PER_MINUTE,
      },
    ],
    errorMessage: 'Too many requests; try again later',
    // One IPv6 network (/64) counts as one client, as one household or office would.
    ipv6SubnetPrefix: 64,
  };
}
