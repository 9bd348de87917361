import { Module } from '@nestjs/common';
import { AuthModule } from '@caseatlas/auth';
import { UsersController } from './users.controller';

@Module({
  imports: [AuthModule],
  controllers: [UsersController],
})
export class UsersHttpModule {}
