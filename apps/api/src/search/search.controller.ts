import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiQuery,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CASE_FILTERS, describeFilters, SEARCH_SORTS } from '@caseatlas/contracts';
import type { SearchResponse, SimilarCase } from '@caseatlas/contracts';
import type { Actor } from '@caseatlas/auth';
import { CaseService } from '@caseatlas/cases';
import { ProblemsException } from '@caseatlas/validation';
import { parseSearchParameters, SEARCH_PAGE_SIZE, SearchService } from '@caseatlas/search';

import { Audit, Permission } from '../http/access.decorators';
import { CurrentActor } from '../http/current-actor.decorator';
import { NoQueryParametersPipe } from '../http/no-query.pipe';
import { CaseIdPipe } from '../http/id.pipes';

@ApiTags('search')
@ApiBadRequestResponse({ description: 'Every problem with its parameter and rule (see docs/api.md)' })
@ApiServiceUnavailableResponse({ description: 'Elasticsearch is unreachable or slow; case pages keep working' })
@Controller()
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly cases: CaseService,
  ) {}

  @Get('search')
  @Permission('cases.read')
  @Audit('search.query')
  @ApiQuery({
    name: 'q',
    required: false,
    example: '"долговая кабала" +Дубай',
    description: 'Words to find in title, summary, facts, region and court; "phrase", +must, -must not, a | b, prefix*',
  })
  @ApiQuery({
    name: 'filter',
    required: false,
    example: '{"exploitationPurpose":["forced_labour"],"routeDestination":["RU"]}',
    description: `JSON object; a list of values matches any of them. ${describeFilters(CASE_FILTERS)}`,
  })
  @ApiQuery({
    name: 'sort',
    required: false,
    enum: SEARCH_SORTS,
    description: 'relevance by default when q is given, else verdictDate',
  })
  @ApiQuery({
    name: 'size',
    required: false,
    example: SEARCH_PAGE_SIZE.default,
    description: `1–${SEARCH_PAGE_SIZE.max}`,
  })
  @ApiQuery({ name: 'cursor', required: false, description: 'the `next` of the previous page' })
  find(@Query() query: Record<string, unknown>, @CurrentActor() actor: Actor): Promise<SearchResponse> {
    const parsed = parseSearchParameters(query);
    if (parsed.problems) throw new ProblemsException(parsed.problems);
    return this.search.search(parsed.parameters, actor);
  }

  @Get('cases/:id/similar')
  @Permission('cases.read')
  @Audit('cases.similar')
  @ApiNotFoundResponse({ description: 'No such case, or one the role may not see' })
  async similar(
    @Param('id', CaseIdPipe) id: string,
    @Query(NoQueryParametersPipe) _query: Record<string, never>,
    @CurrentActor() actor: Actor,
  ): Promise<SimilarCase[]> {
    return this.search.similar(await this.cases.get(id, actor), actor);
  }
}
