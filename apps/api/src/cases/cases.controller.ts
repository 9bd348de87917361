import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CASE_FILTERS, describeFilters } from '@caseatlas/contracts';
import type { CaseResponse } from '@caseatlas/contracts';
import type { Actor } from '@caseatlas/auth';
import { CaseRecordDto, CaseService, CaseSortField, CASE_SORT_FIELDS, UpdateCaseDto } from '@caseatlas/cases';
import { contentRange } from '@caseatlas/validation';
import type { ListQuery, ListSpecification } from '@caseatlas/validation';
import { Audit, Permission } from '../http/access.decorators';
import { CurrentActor } from '../http/current-actor.decorator';
import { CaseIdPipe } from '../http/id.pipes';
import { ListQueryPipe } from '../http/list-query.pipe';

export const CASE_LIST: ListSpecification<CaseSortField> = {
  sortable: CASE_SORT_FIELDS,
  defaultSort: { field: 'updatedAt', order: 'DESC' },
  filters: CASE_FILTERS,
};

@ApiTags('cases')
@ApiBadRequestResponse({ description: 'Every problem with its JSON path and rule (see docs/api.md)' })
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CaseService) {}

  @Get()
  @Permission('cases.read')
  @Audit('cases.list')
  @ApiQuery({ name: 'sort', required: false, example: '["updatedAt","DESC"]' })
  @ApiQuery({ name: 'range', required: false, example: '[0,24]' })
  @ApiQuery({
    name: 'filter',
    required: false,
    example: '{"jurisdiction":"KZ"}',
    description: `JSON object; a list of values matches any of them. ${describeFilters(CASE_FILTERS)}`,
  })
  async list(
    @Query(new ListQueryPipe(CASE_LIST)) query: ListQuery<CaseSortField>,
    @Res({ passthrough: true }) response: Response,
    @CurrentActor() actor: Actor,
  ): Promise<CaseResponse[]> {
    const { rows, total } = await this.cases.list(query, actor);
    response.setHeader('Content-Range', contentRange('cases', query.offset, rows.length, total));
    return rows;
  }

  @Get(':id')
  @Permission('cases.read')
  @Audit('cases.get')
  @ApiNotFoundResponse({ description: 'No such case, or one the role may not see (drafts, cases in review)' })
  get(@Param('id', CaseIdPipe) id: string, @CurrentActor() actor: Actor): Promise<CaseResponse> {
    return this.cases.get(id, actor);
  }

  // Bodies are validated by the service, field rules and cross-field rules together, so a
  // 400 lists every problem at once; the DTOs still document them here.
  @Post()
  @Permission('cases.create')
  @Audit('cases.create')
  @ApiBody({ type: CaseRecordDto })
  create(@Body() body: Record<string, unknown>, @CurrentActor() actor: Actor): Promise<CaseResponse> {
    return this.cases.create(body, actor);
  }

  @Put(':id')
  @Permission('cases.update')
  @Audit('cases.update')
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The version sent is stale; the body carries currentVersion' })
  @ApiBody({ type: UpdateCaseDto })
  update(
    @Param('id', CaseIdPipe) id: string,
    @Body() body: Record<string, unknown>,
    @CurrentActor() actor: Actor,
  ): Promise<CaseResponse> {
    return this.cases.update(id, body, actor);
  }

  @Delete(':id')
  @Permission('cases.delete')
  @Audit('cases.delete')
  @ApiNotFoundResponse()
  delete(@Param('id', CaseIdPipe) id: string, @CurrentActor() actor: Actor): Promise<CaseResponse> {
    return this.cases.delete(id, actor);
  }
}
