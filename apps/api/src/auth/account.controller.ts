import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBody, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { AuthService, ChangePasswordDto, UpdateAccountDto, UserService } from '@caseatlas/auth';
import type { Actor } from '@caseatlas/auth';
import type { AccountResponse } from '@caseatlas/contracts';
import { Audit, NotAudited, Permission, StrictRateLimit } from '../http/access.decorators';
import { CurrentActor } from '../http/current-actor.decorator';

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
  get(@CurrentActor() actor: Actor): Promise<AccountResponse> {
    return this.users.account(actor.id);
  }

  @Put()
  @Permission('account.write')
  @Audit('account.update')
  @ApiBody({ type: UpdateAccountDto })
  update(@CurrentActor() actor: Actor, @Body() body: UpdateAccountDto): Promise<AccountResponse> {
    return this.users.updateAccount(actor.id, body);
  }

  // Validated by the service, which checks the password policy against the username too.
  @Post('password')
  @HttpCode(204)
  @Permission('account.write')
  @Audit('account.changePassword')
  // Each attempt checks the current password: guessing it gets the login limit.
  @StrictRateLimit()
  @ApiBody({ type: ChangePasswordDto })
  @ApiNoContentResponse({ description: 'Changed; every other session of the account has ended' })
  changePassword(@CurrentActor() actor: Actor, @Body() body: Record<string, unknown>): Promise<void> {
    return this.auth.changePassword(actor, body);
  }
}
