import { applyDecorators, Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiQuery, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { COMPARE_COLUMNS, COUNTRY_CODE_PATTERN, describeFilters, OUTCOME_GROUP_NAMES } from '@caseatlas/contracts';
import type {
  CompareResponse,
  CooperationResponse,
  LegislationResponse,
  OutcomeGroup,
  OutcomesResponse,
  RoutesResponse,
  TrendsResponse,
  VictimsResponse,
} from '@caseatlas/contracts';
import type { Actor } from '@caseatlas/auth';
import { AnalyticsService } from '@caseatlas/analytics';
import type { AnalyticsScope } from '@caseatlas/analytics';
import { parseSearchScope, SEARCH_FILTERS, textParameter } from '@caseatlas/search';
import { ProblemsException, unknownParameterProblems, UUID_PATTERN } from '@caseatlas/validation';
import type { Problem } from '@caseatlas/validation';
import { Audit, Permission } from '../http/access.decorators';
import { CurrentActor } from '../http/current-actor.decorator';

const SCOPE = ['q', 'filter', 'interpret'];
/** Every route takes the cases to analyse as /api/search does. */
const ScopeQueries = () =>
  applyDecorators(
    ApiQuery({ name: 'q', required: false, description: 'the search text of /api/search: analyse its results' }),
    ApiQuery({
      name: 'filter',
      required: false,
      description: `the filter of /api/search: ${describeFilters(SEARCH_FILTERS)}`,
    }),
  );

@ApiTags('analytics')
@ApiBadRequestResponse({ description: 'Every problem with its parameter and rule (see docs/api.md)' })
@ApiServiceUnavailableResponse({ description: 'Elasticsearch is unreachable or slow' })
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('outcomes')
  @Permission('cases.read')
  @Audit('analytics.outcomes')
  @ScopeQueries()
  @ApiQuery({ name: 'groupBy', required: false, enum: OUTCOME_GROUP_NAMES, description: 'jurisdiction by default' })
  outcomes(@Query() query: Record<string, unknown>, @CurrentActor() actor: Actor): Promise<OutcomesResponse> {
    const problems = unknownParameterProblems(query, [...SCOPE, 'groupBy']);
    const scope = parseSearchScope(query, problems);
    const groupBy = textParameter(query, 'groupBy', problems) ?? 'jurisdiction';
    if (!(OUTCOME_GROUP_NAMES as readonly string[]).includes(groupBy)) {
      problems.push({
        path: 'groupBy',
        rule: 'vocabulary',
        message: `groupBy takes ${OUTCOME_GROUP_NAMES.join(', ')}`,
      });
    }
    refuse(problems);
    return this.analytics.outcomes(groupBy as OutcomeGroup, scope, actor);
  }

  @Get('trends')
  @Permission('cases.read')
  @Audit('analytics.trends')
  @ScopeQueries()
  trends(@Query() query: Record<string, unknown>, @CurrentActor() actor: Actor): Promise<TrendsResponse> {
    return this.analytics.trends(scopeOnly(query), actor);
  }

  @Get('routes')
  @Permission('cases.read')
  @Audit('analytics.routes')
  @ScopeQueries()
  routes(@Query() query: Record<string, unknown>, @CurrentActor() actor: Actor): Promise<RoutesResponse> {
    return this.analytics.routes(scopeOnly(query), actor);
  }

  @Get('victims')
  @Permission('cases.read')
  @Audit('analytics.victims')
  @ScopeQueries()
  victims(@Query() query: Record<string, unknown>, @CurrentActor() actor: Actor): Promise<VictimsResponse> {
    return this.analytics.victims(scopeOnly(query), actor);
  }

  @Get('cooperation')
  @Permission('cases.read')
  @Audit('analytics.cooperation')
  @ScopeQueries()
  cooperation(@Query() query: Record<string, unknown>, @CurrentActor() actor: Actor): Promise<CooperationResponse> {
    return this.analytics.cooperation(scopeOnly(query), actor);
  }

  @Get('legislation')
  @Permission('cases.read')
  @Audit('analytics.legislation')
  @ScopeQueries()
  @ApiQuery({ name: 'jurisdictions', required: true, description: '2 to 6 countries, comma-separated: KZ,UZ' })
  legislation(@Query() query: Record<string, unknown>, @CurrentActor() actor: Actor): Promise<LegislationResponse> {
    const problems = unknownParameterProblems(query, [...SCOPE, 'jurisdictions']);
    const scope = parseSearchScope(query, problems);
    const jurisdictions = listParameter(
      query,
      'jurisdictions',
      COUNTRY,
      'an ISO 3166-1 alpha-2 country code, like KZ',
      problems,
      true,
    );
    refuse(problems);
    return this.analytics.legislation(jurisdictions ?? [], scope, actor);
  }

  @Get('compare')
  @Permission('cases.read')
  @Audit('analytics.compare')
  @ScopeQueries()
  @ApiQuery({ name: 'jurisdictions', required: false, description: '2 to 6 countries, comma-separated: KZ,UZ' })
  @ApiQuery({
    name: 'savedSearches',
    required: false,
    description: '2 to 6 ids of your saved searches, comma-separated',
  })
  compare(@Query() query: Record<string, unknown>, @CurrentActor() actor: Actor): Promise<CompareResponse> {
    const problems = unknownParameterProblems(query, [...SCOPE, 'jurisdictions', 'savedSearches']);
    const scope = parseSearchScope(query, problems);
    const jurisdictions = listParameter(
      query,
      'jurisdictions',
      COUNTRY,
      'an ISO 3166-1 alpha-2 country code, like KZ',
      problems,
      false,
    );
    // Ids in any letter case name the same saved search: compared (and kept) in lower case.
    const savedSearches = listParameter(
      {
        savedSearches:
          typeof query.savedSearches === 'string' ? query.savedSearches.toLowerCase() : query.savedSearches,
      },
      'savedSearches',
      UUID_PATTERN,
      'a saved search id',
      problems,
      false,
    );
    if (query.jurisdictions === undefined && query.savedSearches === undefined) {
      problems.push({ path: 'jurisdictions', rule: 'required', message: 'give jurisdictions or savedSearches' });
    }
    if (query.jurisdictions !== undefined && query.savedSearches !== undefined) {
      problems.push({
        path: 'savedSearches',
        rule: 'exclusive',
        message: 'give jurisdictions or savedSearches, not both',
      });
    }
    refuse(problems);
    return this.analytics.compare(
      jurisdictions ? { jurisdictions } : { savedSearches: savedSearches ?? [] },
      scope,
      actor,
    );
  }
}

const COUNTRY = COUNTRY_CODE_PATTERN;

function refuse(problems: Problem[]): void {
  if (problems.length) throw new ProblemsException(problems);
}

/** Routes that take nothing but the cases to analyse. */
function scopeOnly(query: Record<string, unknown>): AnalyticsScope {
  const problems = unknownParameterProblems(query, SCOPE);
  const scope = parseSearchScope(query, problems);
  refuse(problems);
  return scope;
}

/** A comma-separated list of 2–6 distinct values, each matching `pattern`. */
function listParameter(
  query: Record<string, unknown>,
  name: string,
  pattern: RegExp,
  what: string,
  problems: Problem[],
  required: boolean,
): string[] | undefined {
  const text = textParameter(query, name, problems);
  if (text === undefined) {
    if (required) problems.push({ path: name, rule: 'required', message: `${name} is required` });
    return undefined;
  }
  const values = text.split(',').map((value) => value.trim());
  const { min, max } = COMPARE_COLUMNS;
  if (values.length < min || values.length > max || new Set(values).size !== values.length) {
    problems.push({
      path: name,
      rule: 'count',
      message: `${name} takes ${min} to ${max} different values, comma-separated`,
    });
  }
  const wrong = values.findIndex((value) => !pattern.test(value));
  if (wrong >= 0)
    problems.push({ path: `${name}[${wrong}]`, rule: 'format', message: `${name}[${wrong}] must be ${what}` });
  return values;
}
