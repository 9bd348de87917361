import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AccessModule } from '@caseatlas/access';
import { AuditModule } from '@caseatlas/audit';
import { AuthModule } from '@caseatlas/auth';
import type { EnvironmentVariables } from '@caseatlas/config';
import { AccessGuard } from './access.guard';
import { AuditInterceptor } from './audit.interceptor';
import { HttpAuditWriter } from './http-audit.writer';
import { rateLimits } from './rate-limit';

/**
 * What every request passes through besides its controller: rate limits, authentication and
 * permission, and the audit row. The exception filter (create-app.ts) uses the same writer.
 */
@Module({})
export class HttpPipelineModule {
  static forRoot(environment: EnvironmentVariables): DynamicModule {
    return {
      module: HttpPipelineModule,
      imports: [ThrottlerModule.forRoot(rateLimits(environment)), AccessModule, AuditModule, AuthModule],
      // Guards run in this order: how often (before any work, so floods of anonymous requests
      // are cut off too), then who is asking and may they (deny by default).
      providers: [
        HttpAuditWriter,
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      ],
      exports: [HttpAuditWriter],
    };
  }
}
