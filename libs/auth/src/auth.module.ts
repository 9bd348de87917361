import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@caseatlas/audit';
import type { EnvironmentVariables } from '@caseatlas/config';
import { AuthService } from './auth.service';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';
import { UserService } from './user.service';

/** Accounts, sessions and tokens; shared by the API and the command line (create-admin). */
@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, SessionEntity]),
    AuditModule,
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<EnvironmentVariables, true>) => ({
        secret: config.get('JWT_SECRET', { infer: true }),
      }),
    }),
  ],
  providers: [AuthService, UserService],
  exports: [AuthService, UserService],
})
export class AuthModule {}
