import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditChainScheduler } from './audit-chain.scheduler';
import { AuditChainService } from './audit-chain.service';
import { AuditEvent } from './audit-event.entity';
import { AuditEventRepository } from './audit-event.repository';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** Appending (AuditService), the chain (AuditChainService); the worker adds the linker with `AuditModule.withLinker()`. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  controllers: [AuditController],
  providers: [AuditEventRepository, AuditService, AuditChainService],
  exports: [AuditService, AuditChainService],
})
export class AuditModule {
  static withLinker() {
    return { module: AuditModule, providers: [AuditChainScheduler] };
  }
}
