import { Module } from '@nestjs/common';
import { CaseLiveController } from './case-live.controller';
import { CaseLiveHub } from './case-live.hub';

/** The live event stream (GET /events): the api only; publishing is part of CasesModule. */
@Module({
  controllers: [CaseLiveController],
  providers: [CaseLiveHub],
})
export class CaseLiveModule {}
