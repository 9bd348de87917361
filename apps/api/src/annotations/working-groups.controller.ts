import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { WorkingGroupResponse } from '@caseatlas/contracts';
import {
  UpdateWorkingGroupDto,
  WORKING_GROUP_SORT_COLUMNS,
  WorkingGroupDto,
  WorkingGroupService,
} from '@caseatlas/annotations';
import type { WorkingGroupSortField } from '@caseatlas/annotations';
import { contentRange } from '@caseatlas/validation';
import type { ListQuery, ListSpecification } from '@caseatlas/validation';
import { Audit, Permission } from '../http/access.decorators';
import { WorkingGroupIdPipe } from '../http/id.pipes';
import { ListQueryPipe } from '../http/list-query.pipe';

export const WORKING_GROUP_LIST: ListSpecification<WorkingGroupSortField> = {
  sortable: Object.keys(WORKING_GROUP_SORT_COLUMNS) as WorkingGroupSortField[],
  defaultSort: { field: 'name', order: 'ASC' },
  filters: { id: 'id', memberId: 'id', q: 'string' },
};

@ApiTags('working groups')
@Controller('groups')
export class WorkingGroupsController {
  constructor(private readonly groups: WorkingGroupService) {}

  @Get()
  @Permission('groups.read')
  @Audit('groups.list')
  @ApiQuery({ name: 'filter', required: false, example: '{"memberId":"…"}' })
  @ApiQuery({ name: 'sort', required: false, example: '["name","ASC"]' })
  @ApiQuery({ name: 'range', required: false, example: '[0,24]' })
  async list(
    @Query(new ListQueryPipe(WORKING_GROUP_LIST)) query: ListQuery<WorkingGroupSortField>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<WorkingGroupResponse[]> {
    const { rows, total } = await this.groups.list(query);
    response.setHeader('Content-Range', contentRange('groups', query.offset, rows.length, total));
    return rows;
  }

  @Get(':id')
  @Permission('groups.read')
  @Audit('groups.get')
  @ApiNotFoundResponse()
  get(@Param('id', WorkingGroupIdPipe) id: string): Promise<WorkingGroupResponse> {
    return this.groups.get(id);
  }

  @Post()
  @Permission('groups.write')
  @Audit('groups.create')
  create(@Body() body: WorkingGroupDto): Promise<WorkingGroupResponse> {
    return this.groups.create(body);
  }

  @Put(':id')
  @Permission('groups.write')
  @Audit('groups.update')
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Stale version or a name already used' })
  update(
    @Param('id', WorkingGroupIdPipe) id: string,
    @Body() body: UpdateWorkingGroupDto,
  ): Promise<WorkingGroupResponse> {
    return this.groups.update(id, body);
  }

  @Delete(':id')
  @Permission('groups.write')
  @Audit('groups.delete')
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Annotations are shared with the group' })
  delete(@Param('id', WorkingGroupIdPipe) id: string): Promise<WorkingGroupResponse> {
    return this.groups.delete(id);
  }
}
