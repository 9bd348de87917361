import { existsSync } from 'node:fs';
import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { EnvironmentVariables } from '@caseatlas/config';
import { DatabaseModule } from '@caseatlas/database';
import { ElasticsearchModule } from '@caseatlas/search';
import { AnonymizerController } from './anonymizer/anonymizer.controller';
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
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          skipProcessEnv: true,
          load: [() => ({ ...environment })],
        }),
        DatabaseModule,
        ElasticsearchModule,
        HealthModule,
        CasesHttpModule,
        ...(serveAdmin ? [ServeStaticModule.forRoot({ rootPath: adminDirectory, exclude: ['/api/{*path}'] })] : []),
      ],
    };
  }
}
