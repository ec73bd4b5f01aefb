import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '@app/audit';
import { NotificationsModule } from '@app/notifications';
import { AppConfig } from '@app/config';
import { SessionsModule } from '@app/sessions';
import { UsersModule } from '@app/users';
import { AuthController } from './auth.controller';
import { JwtAuthGuard, RolesGuard } from './auth.guards';
import { AuthService } from './auth.service';
import { LoginService } from './login.service';
import { RegistrationCodesRepository } from './registration-codes.repository';
import { RegistrationService } from './registration.service';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { jwtSecretKey } from './jwt-key';
import { TokensService } from './tokens.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: jwtSecretKey(config.JWT_SECRET),
        signOptions: { algorithm: 'HS256', expiresIn: config.ACCESS_TOKEN_TTL_SECONDS },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    AuditModule,
    NotificationsModule,
    SessionsModule,
    UsersModule,
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    LoginService,
    RegistrationService,
    RegistrationCodesRepository,
    TokensService,
    LocalStrategy,
    JwtStrategy,
    // Order matters: authenticate first, then check the role.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AuthService, TokensService],
})
export class AuthModule {}
