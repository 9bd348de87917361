import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AnnotationsModule } from '@caseatlas/annotations';
import { AuditModule } from '@caseatlas/audit';
import { AuthModule } from '@caseatlas/auth';
import { CasesModule } from '@caseatlas/cases';
import type { EnvironmentVariables } from '@caseatlas/config';
import { DatabaseModule } from '@caseatlas/database';
import { ElasticsearchModule, SearchIndexWorkerModule, SearchModule } from '@caseatlas/search';
import { InterchangeModule } from '@caseatlas/interchange';

/**
 * What the command line needs: configuration, the database, the case, interchange (import and export), search, account
 * and audit services; with `relay`, also the worker that drains the search outbox (as the API does).
 */
@Module({})
export class CliModule {
  static forRoot(environment: EnvironmentVariables, options: { relay?: boolean } = {}): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          skipProcessEnv: true,
          load: [() => ({ ...environment })],
        }),
        DatabaseModule,
        CasesModule,
        // The demo's working groups (imports re-anchor annotations through CasesModule, as every case write does).
        AnnotationsModule,
        InterchangeModule,
        AuditModule,
        AuthModule,
        ElasticsearchModule,
        SearchModule,
        ...(options.relay ? [SearchIndexWorkerModule] : []),
      ],
    };
  }
}
