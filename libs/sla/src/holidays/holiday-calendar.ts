import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, AppError, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CachedQuery, Transactional, Tx } from '@app/database';
import { JobOutbox } from '@app/jobs';
import {
  CalendarDataError,
  calendarWarnings,
  HolidayYear,
  HolidayYearRecord,
  loadHolidayYears,
  loadWorkingCalendar,
  loadWorkingPeriods,
  SHANGHAI_TIME_ZONE,
  UnknownCalendarYearError,
  WorkingCalendar,
} from '@app/calendar';
import { recalendarJob } from '../jobs/queues';
import { HolidayYearDto } from './holiday-year.dto';

const CACHE_MS = 60_000;

/** An SLA deadline that needs a year the calendar does not know: refused loudly, never guessed. */
export function calendarProblem(error: UnknownCalendarYearError): AppError {
  return new AppError(
    'unavailable',
    'sla.calendar_year_missing',
    `节假日日历缺少 ${error.year} 年的放假安排，无法计算办理时限。请系统管理员在「节假日设置」中补充 ${error.year} 年的国务院放假通知后重试`,
    { year: error.year },
  );
}

/**
 * The working calendar built from `holiday_years`, cached per process for a minute; an edit
 * made here is seen at once, one made by another process within the minute.
 */
@Injectable()
export class HolidayCalendar implements OnApplicationBootstrap {
  private readonly logger = new Logger('HolidayCalendar');
  private readonly cached: CachedQuery<WorkingCalendar>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly txHost: Tx,
    private readonly audit: AuditService,
    private readonly outbox: JobOutbox,
  ) {
    this.cached = new CachedQuery('holiday calendar', loadWorkingCalendar, () => dataSource.manager, CACHE_MS);
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      for (const warning of calendarWarnings(await loadHolidayYears(this.dataSource.manager), new Date())) this.logger.warn(warning);
    } catch (error) {
      this.logger.error(`holiday calendar not readable: ${(error as Error).message}`);
    }
  }

  /** The calendar; inside a transaction pass its manager (see CachedQuery). */
  calendar(m: EntityManager): Promise<WorkingCalendar> {
    return this.cached.get(m);
  }

  invalidate(): void {
    this.cached.invalidate();
  }

  async list() {
    const years = await loadHolidayYears(this.dataSource.manager);
    return { years, warnings: calendarWarnings(years, new Date()) };
  }

  /**
   * Replaces (or adds) one year. The whole calendar is rebuilt first so that bad data is refused
   * with its reason; then every running working-day clock is recomputed by the worker.
   */
  async update(actor: Actor, meta: RequestMeta, year: number, dto: HolidayYearDto) {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new ValidationError([{ field: 'year', message: '年份须在 2000–2100 之间' }]);
    const next: HolidayYearRecord = {
      year,
      source: dto.source.trim(),
      holidays: [...new Set(dto.holidays)].sort(),
      makeupWorkdays: [...new Set(dto.makeupWorkdays)].sort(),
      provisional: dto.provisional ?? false,
      updatedAt: new Date(),
      updatedBy: actor.userId,
    };
    await this.save(actor, meta, year, next);
    this.invalidate();
    return (await this.list()).years.find((y) => y.year === year);
  }

  @Transactional()
  private async save(actor: Actor, meta: RequestMeta, year: number, next: HolidayYearRecord): Promise<void> {
    const m = this.txHost.tx;
    {
      await m.query(`LOCK TABLE holiday_years IN SHARE ROW EXCLUSIVE MODE`);
      const years = await loadHolidayYears(m);
      const before = years.find((y) => y.year === year) ?? null;
      try {
        new WorkingCalendar([...years.filter((y) => y.year !== year), next], { workingPeriods: await loadWorkingPeriods(m) });
      } catch (error) {
        if (error instanceof CalendarDataError) throw new ValidationError([{ field: 'holidays', message: error.message }], `节假日数据有误：${error.message}`);
        throw error;
      }
      await m.query(
        `INSERT INTO holiday_years (year, holidays, makeup_workdays, source, provisional, updated_at, updated_by)
         VALUES ($1, $2, $3, $4, $5, now(), $6)
         ON CONFLICT (year) DO UPDATE SET holidays = EXCLUDED.holidays, makeup_workdays = EXCLUDED.makeup_workdays,
           source = EXCLUDED.source, provisional = EXCLUDED.provisional, updated_at = now(), updated_by = EXCLUDED.updated_by`,
        [year, next.holidays, next.makeupWorkdays, next.source, next.provisional, actor.userId],
      );
      await this.audit.record(m, {
        actor,
        meta,
        action: 'calendar.holiday_year_update',
        entityType: 'holiday_year',
        entityId: String(year),
        before: before && { holidays: before.holidays, makeupWorkdays: before.makeupWorkdays, source: before.source, provisional: before.provisional },
        after: { holidays: next.holidays, makeupWorkdays: next.makeupWorkdays, source: next.source, provisional: next.provisional },
      });
      await this.outbox.enqueue([recalendarJob(year)]);
    }
  }
}
