import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { SessionsModule } from '@app/sessions';
import { ZonesModule } from '@app/zones';
import { LoginLockout } from './login-lockout';
import { PasswordHasher } from './password-hasher';
import { SecurityPolicyRepository } from './security-policy.repository';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User]), AuditModule, SessionsModule, ZonesModule],
  controllers: [UsersController],
  providers: [UsersService, UsersRepository, SecurityPolicyRepository, PasswordHasher, LoginLockout],
  exports: [UsersRepository, SecurityPolicyRepository, PasswordHasher, LoginLockout],
})
export class UsersModule {}
