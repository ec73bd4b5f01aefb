import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { ZonesModule } from '@app/zones';
import { SecurityPolicyService } from './security-policy.service';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User]), AuditModule, ZonesModule],
  controllers: [UsersController],
  providers: [UsersService, SecurityPolicyService],
  exports: [UsersService, SecurityPolicyService],
})
export class UsersModule {}
