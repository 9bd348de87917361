import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { EXPLOITATION_PURPOSES } from '@caseatlas/contracts';
import type { StatuteResponse } from '@caseatlas/contracts';
import {
  StatuteRecordDto,
  StatuteService,
  StatuteSortField,
  STATUTE_SORT_COLUMNS,
  UpdateStatuteDto,
} from '@caseatlas/cases';
import { contentRange } from '@caseatlas/validation';
import type { ListQuery, ListSpecification } from '@caseatlas/validation';
import { Audit, NotAudited, Permission } from '../http/access.decorators';
import { StatuteKeyPipe } from '../http/id.pipes';
import { ListQueryPipe } from '../http/list-query.pipe';

export const STATUTE_LIST: ListSpecification<StatuteSortField> = {
  sortable: Object.keys(STATUTE_SORT_COLUMNS) as StatuteSortField[],
  defaultSort: { field: 'key', order: 'ASC' },
  filters: {
    id: 'string',
    q: 'string',
    jurisdiction: 'string',
    purpose: { kind: 'string', vocabulary: EXPLOITATION_PURPOSES },
  },
};

@ApiTags('statutes')
@Controller('statutes')
export class StatutesController {
  constructor(private readonly statutes: StatuteService) {}

  @Get()
  @Permission('statutes.read')
  @NotAudited('the public statute catalogue, read by every form')
  @ApiQuery({ name: 'sort', required: false, example: '["key","ASC"]' })
  @ApiQuery({ name: 'range', required: false, example: '[0,24]' })
  @ApiQuery({ name: 'filter', required: false, example: '{"jurisdiction":"KZ"}' })
  async list(
    @Query(new ListQueryPipe(STATUTE_LIST)) query: ListQuery<StatuteSortField>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StatuteResponse[]> {
    const { rows, total } = await this.statutes.list(query);
    response.setHeader('Content-Range', contentRange('statutes', query.offset, rows.length, total));
    return rows;
  }

  @Get(':key')
  @Permission('statutes.read')
  @NotAudited('the public statute catalogue')
  @ApiNotFoundResponse()
  get(@Param('key', StatuteKeyPipe) key: string): Promise<StatuteResponse> {
    return this.statutes.get(key);
  }

  @Post()
  @Permission('statutes.write')
  @Audit('statutes.create')
  create(@Body() record: StatuteRecordDto): Promise<StatuteResponse> {
    return this.statutes.create(record);
  }

  @Put(':key')
  @Permission('statutes.write')
  @Audit('statutes.update')
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Stale version' })
  update(@Param('key', StatuteKeyPipe) key: string, @Body() changes: UpdateStatuteDto): Promise<StatuteResponse> {
    return this.statutes.update(key, changes);
  }

  @Delete(':key')
  @Permission('statutes.write')
  @Audit('statutes.delete')
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Charges use this statute' })
  delete(@Param('key', StatuteKeyPipe) key: string): Promise<StatuteResponse> {
    return this.statutes.delete(key);
  }
}
