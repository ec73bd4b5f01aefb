import { Module } from '@nestjs/common';
import { CasesDataModule } from '@app/cases';
import { ZonesModule } from '@app/zones';
import { CaseExportRepository } from './case-export.repository';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';
import { RatingFigures } from './rating-figures.repository';

/**
 * Supervisor dashboards, exports and the monthly report. The rollups they read are kept current
 * by database triggers (migrations/1764180000000-dashboard.ts), so nothing here listens to cases.
 */
@Module({
  imports: [CasesDataModule, ZonesModule],
  controllers: [DashboardController],
  providers: [DashboardService, DashboardRepository, CaseExportRepository, RatingFigures],
  exports: [DashboardService, RatingFigures],
})
export class DashboardModule {}
