import { existsSync } from 'node:fs';
import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuditModule } from '@caseatlas/audit';
import { AuthModule } from '@caseatlas/auth';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { EnvironmentVariables } from '@caseatlas/config';
import { DatabaseModule } from '@caseatlas/database';
import { ElasticsearchModule } from '@caseatlas/search';
import { AnonymizerController } from './anonymizer/anonymizer.controller';
import { AuditHttpModule } from './audit/audit-http.module';
import { AccessGuard } from './auth/access.guard';
import { AuditInterceptor } from './auth/audit.interceptor';
import { AuthHttpModule } from './auth/auth-http.module';
import { rateLimits } from './auth/rate-limit';
import { CasesHttpModule } from './cases/cases-http.module';
import { HealthModule } from './health/health.module';

@Module({})
export class AppModule {
  /** The environment arrives validated (see main.ts), so tests can pass their own. */
  static forRoot(environment: EnvironmentVariables): DynamicModule {
    const adminDirectory = environment.ADMIN_STATIC_DIR;
    const serveAdmin = adminDirectory !== undefined && existsSync(adminDirectory);
    return {
      module: AppModule,
      controllers: [AnonymizerController],
      // Guards run in this order: how often (before any work, so floods of anonymous requests
      // are cut off too), then who is asking and may they (deny by default).
      providers: [
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
      ],
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          skipProcessEnv: true,
          load: [() => ({ ...environment })],
        }),
        DatabaseModule,
        ElasticsearchModule,
        ThrottlerModule.forRoot(rateLimits(environment)),
        AuditModule,
        AuthModule,
        HealthModule,
        AuthHttpModule,
        AuditHttpModule,
        CasesHttpModule,
        ...(serveAdmin ? [ServeStaticModule.forRoot({ rootPath: adminDirectory, exclude: ['/api/{*path}'] })] : []),
      ],
    };
  }
}
