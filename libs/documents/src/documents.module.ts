import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { DocumentRegistry } from './documents.service';
import { IssuedDocumentRepository } from './issued-document.repository';
import { VerificationController } from './verification.controller';

/** Issuing and drawing documents: for any module that issues them (api or worker). */
@Module({
  imports: [AuditModule],
  providers: [DocumentRegistry, IssuedDocumentRepository],
  exports: [DocumentRegistry],
})
export class DocumentsModule {}

/** The public verification route. */
@Module({
  imports: [DocumentsModule],
  controllers: [VerificationController],
})
export class DocumentsApiModule {}
