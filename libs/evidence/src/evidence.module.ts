import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { tmpdir } from 'node:os';
import { AuditModule } from '@app/audit';
import { CasesDataModule } from '@app/cases';
import { AppConfig } from '@app/config';
import { EvidenceController } from './evidence.controller';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceService } from './evidence.service';
import { EvidenceStorage, LocalDiskStorage } from './evidence-storage';

@Module({
  imports: [
    AuditModule,
    CasesDataModule,
    // Uploads stream to a temporary file (not memory) and stop at the configured size.
    MulterModule.registerAsync({
      inject: [AppConfig],
      // preservePath: keep the name as sent, so a name with folders is refused rather than trimmed.
      useFactory: (config: AppConfig) => ({ dest: tmpdir(), preservePath: true, limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 5, parts: 6 } }),
    }),
  ],
  controllers: [EvidenceController],
  providers: [EvidenceService, EvidenceRepository, { provide: EvidenceStorage, useClass: LocalDiskStorage }],
  exports: [EvidenceStorage, EvidenceRepository],
})
export class EvidenceModule {}
