import { createSecretKey } from 'node:crypto';
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
        // A key object, made once: given the string, jsonwebtoken tries it as a public key on
        // every token (an exception each time) before taking it as a secret; a millisecond a request.
        secret: createSecretKey(config.get('JWT_SECRET', { infer: true }), 'utf8'),
      }),
    }),
  ],
  providers: [AuthService, UserService],
  exports: [AuthService, UserService],
})
export class AuthModule {}
