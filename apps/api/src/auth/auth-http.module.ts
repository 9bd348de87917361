import { Module } from '@nestjs/common';
import { AuthModule } from '@caseatlas/auth';
import { AccountController } from './account.controller';
import { AuthController } from './auth.controller';

@Module({
  imports: [AuthModule],
  controllers: [AuthController, AccountController],
})
export class AuthHttpModule {}
