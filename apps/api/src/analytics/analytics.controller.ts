import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiQuery, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { describeFilters } from '@caseatlas/contracts';
import type { SearchFilter } from '@caseatlas/contracts';
import type { Actor } from '@caseatlas/auth';
import { AnalyticsService, OUTCOME_GROUP_NAMES } from '@caseatlas/analytics';
import type { OutcomeGroup } from '@caseatlas/analytics';
import { parseSearchFilter, SEARCH_FILTERS } from '@caseatlas/search';
import { ProblemsException, unknownParameterProblems } from '@caseatlas/validation';
import type { Problem } from '@caseatlas/validation';
import { Audit, Permission } from '../http/access.decorators';
import { CurrentActor } from '../http/current-actor.decorator';

@ApiTags('analytics')
@ApiBadRequestResponse({ description: 'Every problem with its parameter and rule (see docs/api.md)' })
@ApiServiceUnavailableResponse({ description: 'Elasticsearch is unreachable or slow' })
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('outcomes')
  @Permission('cases.read')
  @Audit('analytics.outcomes')
  @ApiQuery({ name: 'groupBy', required: false, enum: OUTCOME_GROUP_NAMES, description: 'jurisdiction by default' })
  @ApiQuery({
    name: 'filter',
    required: false,
    description: `the filter of /api/search: ${describeFilters(SEARCH_FILTERS)}`,
  })
  outcomes(@Query() query: Record<string, unknown>, @CurrentActor() actor: Actor) {
    const { filter, problems } = parseFilter(query, ['groupBy', 'filter']);
    const groupBy = query.groupBy ?? 'jurisdiction';
    if (typeof groupBy !== 'string' || !(OUTCOME_GROUP_NAMES as string[]).includes(groupBy)) {
      problems.push({
        path: 'groupBy',
        rule: 'vocabulary',
        message: `groupBy takes ${OUTCOME_GROUP_NAMES.join(', ')}`,
      });
    }
    if (problems.length) throw new ProblemsException(problems);
    return this.analytics.outcomes(groupBy as OutcomeGroup, filter, actor);
  }

  @Get('trends')
  @Permission('cases.read')
  @Audit('analytics.trends')
  @ApiQuery({ name: 'filter', required: false, description: 'the filter of /api/search' })
  trends(@Query() query: Record<string, unknown>, @CurrentActor() actor: Actor) {
    const { filter, problems } = parseFilter(query, ['filter']);
    if (problems.length) throw new ProblemsException(problems);
    return this.analytics.trends(filter, actor);
  }
}

/** The `filter` of /api/search, and a problem for every parameter the route does not take. */
function parseFilter(
  query: Record<string, unknown>,
  parameters: string[],
): { filter: SearchFilter; problems: Problem[] } {
  const problems = unknownParameterProblems(query, parameters);
  const text = query.filter;
  if (text !== undefined && typeof text !== 'string') {
    problems.push({ path: 'filter', rule: 'single', message: 'filter must be given once, as JSON' });
  }
  const parsed = parseSearchFilter(typeof text === 'string' ? text : undefined);
  return { filter: parsed.filter, problems: [...problems, ...parsed.problems] };
}
