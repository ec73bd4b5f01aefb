import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { CreatorsController } from './creators.controller';
import { CreatorsService } from './creators.service';

@Module({ imports: [AuditModule, CasesModule], controllers: [CreatorsController], providers: [CreatorsService] })
export class CreatorsModule {}
