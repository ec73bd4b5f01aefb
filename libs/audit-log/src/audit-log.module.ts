import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { UserDirectoryModule } from '@app/users';
import { AuditLogController } from './audit-log.controller';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogService } from './audit-log.service';

/**
 * Reading the audit log (the auditor's page and export). Apart from libs/audit, which every
 * module uses to append, so that it may name cases and people through their modules.
 */
@Module({
  imports: [AuditModule, CasesModule, UserDirectoryModule],
  controllers: [AuditLogController],
  providers: [AuditLogService, AuditLogRepository],
})
export class AuditLogModule {}
