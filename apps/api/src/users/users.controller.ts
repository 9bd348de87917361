import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiNotFoundResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CreateUserDto, UpdateUserDto, USER_SORT_COLUMNS, UserService } from '@caseatlas/auth';
import type { Actor, UserSortField } from '@caseatlas/auth';
import { ROLES } from '@caseatlas/contracts';
import type { UserResponse } from '@caseatlas/contracts';
import { contentRange } from '@caseatlas/validation';
import type { ListQuery, ListSpecification } from '@caseatlas/validation';
import { UserIdPipe } from '../http/id.pipes';
import { ListQueryPipe } from '../http/list-query.pipe';
import { Audit, Permission } from '../http/access.decorators';
import { CurrentActor } from '../http/current-actor.decorator';

export const USER_LIST: ListSpecification<UserSortField> = {
  sortable: Object.keys(USER_SORT_COLUMNS) as UserSortField[],
  defaultSort: { field: 'username', order: 'ASC' },
  filters: { id: 'id', q: 'string', role: { kind: 'string', vocabulary: ROLES }, active: 'boolean' },
};

/** Accounts, for admins. Accounts are deactivated, never deleted: the audit trail refers to them. */
@ApiTags('users')
@ApiBadRequestResponse({ description: 'Every problem with its JSON path and rule' })
@Controller('users')
export class UsersController {
  constructor(private readonly users: UserService) {}

  @Get()
  @Permission('users.read')
  @Audit('users.list')
  @ApiQuery({ name: 'filter', required: false, example: '{"role":"editor","active":true}' })
  async list(
    @Query(new ListQueryPipe(USER_LIST)) query: ListQuery<UserSortField>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UserResponse[]> {
    const { rows, total } = await this.users.list(query);
    response.setHeader('Content-Range', contentRange('users', query.offset, rows.length, total));
    return rows;
  }

  @Get(':id')
  @Permission('users.read')
  @Audit('users.get')
  @ApiNotFoundResponse()
  get(@Param('id', UserIdPipe) id: string): Promise<UserResponse> {
    return this.users.get(id);
  }

  @Post()
  @Permission('users.write')
  @Audit('users.create')
  @ApiBody({ type: CreateUserDto })
  create(@Body() body: Record<string, unknown>): Promise<UserResponse> {
    return this.users.create(body);
  }

  @Put(':id')
  @Permission('users.write')
  @Audit('users.update')
  @ApiNotFoundResponse()
  @ApiBody({ type: UpdateUserDto })
  update(
    @Param('id', UserIdPipe) id: string,
    @Body() body: Record<string, unknown>,
    @CurrentActor() actor: Actor,
  ): Promise<UserResponse> {
    return this.users.update(id, body, actor.id);
  }
}
