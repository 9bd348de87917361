import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { HealthCheckResult, HealthIndicatorResult } from '@nestjs/terminus';
import type { EnvironmentVariables } from '@caseatlas/config';
import type { SearchIndexStatus } from '@caseatlas/contracts';
import { CaseIndex, ElasticsearchHealthIndicator, SearchIndexWorker, SearchRelay } from '@caseatlas/search';
import { NotAudited, Public } from '../http/access.decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly timeoutMs: number;

  constructor(
    private readonly health: HealthCheckService,
    private readonly postgresql: TypeOrmHealthIndicator,
    private readonly elasticsearch: ElasticsearchHealthIndicator,
    private readonly relay: SearchRelay,
    private readonly worker: SearchIndexWorker,
    private readonly index: CaseIndex,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.timeoutMs = config.get('HEALTH_CHECK_TIMEOUT_MS', { infer: true });
  }

  @Get()
  @Public('load balancers and the status page poll it; answers carry no connection details')
  @NotAudited('polled every few seconds')
  @HealthCheck()
  @ApiOkResponse({ description: 'PostgreSQL and Elasticsearch are both reachable.' })
  @ApiServiceUnavailableResponse({ description: 'At least one dependency is down; the body says which.' })
  async check(): Promise<HealthCheckResult> {
    try {
      return withoutDriverMessages(
        await this.health.check([
          () => this.postgresql.pingCheck('postgresql', { timeout: this.timeoutMs }),
          () => this.elasticsearch.check('elasticsearch', this.timeoutMs),
          () => this.searchIndex(),
        ]),
      );
    } catch (error) {
      if (error instanceof ServiceUnavailableException) {
        throw new ServiceUnavailableException(withoutDriverMessages(error.getResponse() as HealthCheckResult));
      }
      throw error;
    }
  }

  /** The index's lag: reported, never failing the check (search degrades, writes go on). */
  private async searchIndex(): Promise<HealthIndicatorResult> {
    const backlog = await this.relay.backlog().catch(() => null);
    // No index (never built, or deleted) is a lag too, whether or not this process relays.
    const missing = (await this.index.exists(this.timeoutMs).catch(() => true)) === false;
    const lastError =
      this.worker.lastError ??
      (missing
        ? {
            message: 'the search index is missing; it is built from PostgreSQL by a relay',
            at: new Date().toISOString(),
          }
        : null);
    const status: SearchIndexStatus = {
      status: 'up',
      state: lastError || (backlog?.parked ?? 0) > 0 ? 'degraded' : 'ok',
      backlog: backlog?.waiting ?? 0,
      oldestSeconds: backlog?.oldestSeconds ?? null,
      parked: backlog?.parked ?? 0,
      lastError,
    };
    return { searchIndex: status };
  }
}

/** Public answers say which service is down, not its address or driver error (those go to the log). */
function withoutDriverMessages(result: HealthCheckResult): HealthCheckResult {
  const strip = (section: Partial<HealthIndicatorResult> | undefined) =>
    section &&
    (Object.fromEntries(
      Object.entries(section).map(([name, indicator]) => [
        name,
        // The search index's figures are ours, not a driver's: they stay, and so does a state.
        name === 'searchIndex'
          ? indicator
          : { status: indicator?.status, ...(indicator && 'state' in indicator ? { state: indicator.state } : {}) },
      ]),
    ) as HealthIndicatorResult);
  return { ...result, info: strip(result.info), error: strip(result.error), details: strip(result.details)! };
}
