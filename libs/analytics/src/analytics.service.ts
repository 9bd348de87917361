import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client, errors } from '@elastic/elasticsearch';
import type { estypes } from '@elastic/elasticsearch';
import type { AccessActor, SearchFilter } from '@caseatlas/contracts';
import type { EnvironmentVariables } from '@caseatlas/config';
import { AccessService } from '@caseatlas/access';
import { CaseIndex, filterClauses, totalOf } from '@caseatlas/search';
import { buildOutcomesBody, buildTrendsBody } from './outcomes-query';
import type { OutcomeGroup } from './outcomes-query';
import { toOutcomeRow } from './outcomes';
import type { OutcomeBucket, OutcomeRow } from './outcomes';

/** Groups with fewer cases are flagged `small` (docs/metrics.md). */
export const SMALL_GROUP_CASES = 5;

/** Comparative analytics over the case index, within the reader's row rule. */
@Injectable()
export class AnalyticsService {
  private readonly requestOptions: { requestTimeout: number; maxRetries: number };

  constructor(
    @Inject(Client) private readonly client: Client,
    private readonly index: CaseIndex,
    private readonly access: AccessService,
    config: ConfigService<EnvironmentVariables, true>,
  ) {
    this.requestOptions = { requestTimeout: config.get('SEARCH_TIMEOUT_MS', { infer: true }), maxRetries: 0 };
  }

  /** The outcome metrics by year of the first-instance verdict, per jurisdiction (cases without one are left out). */
  async trends(
    filter: SearchFilter,
    actor: AccessActor,
  ): Promise<{ rows: (OutcomeRow & { jurisdiction: string; year: number })[] }> {
    const response = await this.run(buildTrendsBody(this.filtersFor(filter, actor)));
    const aggregations = response.aggregations as unknown as {
      jurisdictions: { buckets: { key: string; years: { buckets: (OutcomeBucket & { key: number })[] } }[] };
    };
    return {
      rows: aggregations.jurisdictions.buckets.flatMap((jurisdiction) =>
        jurisdiction.years.buckets.map((year) => ({
          ...toOutcomeRow(`${jurisdiction.key}/${year.key}`, year, SMALL_GROUP_CASES),
          jurisdiction: jurisdiction.key,
          year: year.key,
        })),
      ),
    };
  }

  async outcomes(
    group: OutcomeGroup,
    filter: SearchFilter,
    actor: AccessActor,
  ): Promise<{ rows: OutcomeRow[]; total: Omit<OutcomeRow, 'key'> }> {
    const response = await this.run(buildOutcomesBody(group, this.filtersFor(filter, actor)));
    const aggregations = response.aggregations as unknown as OutcomeBucket & {
      groups: { buckets: (OutcomeBucket & { key: string | number; key_as_string?: string })[] };
    };
    const { key: _key, ...total } = toOutcomeRow(
      'total',
      { ...aggregations, doc_count: totalOf(response.hits.total) },
      SMALL_GROUP_CASES,
    );
    return {
      rows: aggregations.groups.buckets.map((bucket) =>
        toOutcomeRow(bucket.key_as_string ?? String(bucket.key), bucket, SMALL_GROUP_CASES),
      ),
      total,
    };
  }

  /** The reader's row rule and the search filter, as the clauses of an aggregation request. */
  private filtersFor(filter: SearchFilter, actor: AccessActor) {
    const readable = this.access.caseStatuses(actor, 'cases.read');
    return [{ terms: { status: [...readable] } }, ...filterClauses(filter).values()];
  }

  private async run(body: estypes.SearchRequest) {
    try {
      return await this.client.search({ index: this.index.names.alias, ...body }, this.requestOptions);
    } catch (error) {
      if (error instanceof errors.ElasticsearchClientError) {
        throw new ServiceUnavailableException('Analytics are unavailable right now; case pages still work.');
      }
      throw error;
    }
  }
}
