import { Body, Controller, Delete, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { WorkingGroupResponse } from '@caseatlas/contracts';
import { UpdateWorkingGroupDto, WorkingGroupDto, WorkingGroupService } from '@caseatlas/annotations';
import { contentRange } from '@caseatlas/validation';
import { Audit, Permission } from '../http/access.decorators';
import { WorkingGroupIdPipe } from '../http/id.pipes';
import { NoQueryParametersPipe } from '../http/no-query.pipe';

@ApiTags('working groups')
@Controller('groups')
export class WorkingGroupsController {
  constructor(private readonly groups: WorkingGroupService) {}

  @Get()
  @Permission('groups.read')
  @Audit('groups.list')
  async list(
    @Query(NoQueryParametersPipe) _query: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<WorkingGroupResponse[]> {
    const rows = await this.groups.list();
    response.setHeader('Content-Range', contentRange('groups', 0, rows.length, rows.length));
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
