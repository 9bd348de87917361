import { Module } from '@nestjs/common';
import { AuthModule } from '@caseatlas/auth';
import { AccountController } from './account.controller';
import { AuthController } from './auth.controller';
import { UsersController } from './users.controller';

@Module({
  imports: [AuthModule],
  controllers: [AuthController, AccountController, UsersController],
})
export class AuthHttpModule {}
