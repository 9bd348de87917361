import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import type { EnvironmentVariables } from '@caseatlas/config';
import { DatabaseModule } from '@caseatlas/database';
import { ElasticsearchModule } from '@caseatlas/search';
import { AnalyticsHttpModule } from './analytics/analytics-http.module';
import { AnnotationsHttpModule } from './annotations/annotations-http.module';
import { AnonymizerHttpModule } from './anonymizer/anonymizer-http.module';
import { AuditHttpModule } from './audit/audit-http.module';
import { AuthHttpModule } from './auth/auth-http.module';
import { CasesHttpModule } from './cases/cases-http.module';
import { HealthModule } from './health/health.module';
import { HttpPipelineModule } from './http/http-pipeline.module';
import { SearchHttpModule } from './search/search-http.module';
import { StatutesHttpModule } from './statutes/statutes-http.module';
import { UsersHttpModule } from './users/users-http.module';

@Module({})
export class AppModule {
  /** The environment arrives validated (see main.ts), so tests can pass their own. */
  static forRoot(environment: EnvironmentVariables): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          skipProcessEnv: true,
          load: [() => ({ ...environment })],
        }),
        DatabaseModule,
        ElasticsearchModule,
        HttpPipelineModule.forRoot(environment),
        HealthModule,
        AuthHttpModule,
        UsersHttpModule,
        AuditHttpModule,
        CasesHttpModule,
        StatutesHttpModule,
        AnonymizerHttpModule,
        SearchHttpModule,
        AnalyticsHttpModule,
        AnnotationsHttpModule,
      ],
    };
  }
}
