import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesDataModule } from '@app/cases';
import { CreatorProfileRepository } from './creator-profile.repository';
import { CreatorsController } from './creators.controller';
import { CreatorsService } from './creators.service';

@Module({ imports: [AuditModule, CasesDataModule], controllers: [CreatorsController], providers: [CreatorsService, CreatorProfileRepository] })
export class CreatorsModule {}
