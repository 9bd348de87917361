import { Body, Controller, Get, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AuthService, ChangePasswordDto, UpdateAccountDto, UserService } from '@caseatlas/auth';
import type { AccountResponse } from '@caseatlas/contracts';
import { NotAudited, Permission } from './access.decorators';
import { contextOf } from './request-context';

/** The signed-in user's own account: always their own, so there is no id to guess. */
@ApiTags('account')
@Controller('account')
export class AccountController {
  constructor(
    private readonly users: UserService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  @Permission('account.read')
  @NotAudited('read on every page load; says nothing about case work')
  get(@Req() request: Request): Promise<AccountResponse> {
    return this.users.account(actorOf(request).id);
  }

  @Put()
  @Permission('account.write')
  @ApiBody({ type: UpdateAccountDto })
  update(@Req() request: Request, @Body() body: UpdateAccountDto): Promise<AccountResponse> {
    return this.users.updateAccount(actorOf(request).id, body);
  }

  // Validated by the service, which checks the password policy against the username too.
  @Post('password')
  @HttpCode(204)
  @Permission('account.write')
  @ApiBody({ type: ChangePasswordDto })
  @ApiNoContentResponse({ description: 'Changed; every other session of the account has ended' })
  changePassword(@Req() request: Request, @Body() body: Record<string, unknown>): Promise<void> {
    return this.auth.changePassword(actorOf(request), body);
  }
}

function actorOf(request: Request) {
  const actor = contextOf(request).actor;
  if (!actor) throw new Error('AccessGuard lets no request without an actor reach this controller');
  return actor;
}
