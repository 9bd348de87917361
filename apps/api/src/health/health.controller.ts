import { Controller, Get } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { EnvironmentVariables } from '@caseatlas/config';
import { ElasticsearchHealthIndicator } from '@caseatlas/search';

@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly timeoutMs: number;

  constructor(
    private readonly health: HealthCheckService,
    private readonly postgresql: TypeOrmHealthIndicator,
    private readonly elasticsearch: ElasticsearchHealthIndicator,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.timeoutMs = config.get('HEALTH_CHECK_TIMEOUT_MS', { infer: true });
  }

  @Get()
  @HealthCheck()
  @ApiOkResponse({ description: 'PostgreSQL and Elasticsearch are both reachable.' })
  @ApiServiceUnavailableResponse({ description: 'At least one dependency is down; the body says which.' })
  check() {
    return this.health.check([
      () => this.postgresql.pingCheck('postgresql', { timeout: this.timeoutMs }),
      () => this.elasticsearch.check('elasticsearch', this.timeoutMs),
    ]);
  }
}
