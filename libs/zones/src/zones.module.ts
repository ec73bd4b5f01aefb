import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Authority, Zone } from './zone.entity';
import { ZoneRepository } from './zone.repository';
import { ZonesController } from './zones.controller';
import { ZonesService } from './zones.service';

@Module({
  imports: [TypeOrmModule.forFeature([Zone, Authority])],
  controllers: [ZonesController],
  providers: [ZonesService, ZoneRepository],
  exports: [ZonesService],
})
export class ZonesModule {}
