import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { CachedQuery, Transactional, Tx } from '@app/database';
import { JobOutbox } from '@app/jobs';
import { CalendarDataError, calendarWarnings, HolidayYearRecord, WorkingCalendar } from '@app/calendar';
import { recalendarJob } from '../jobs/queues';
import { HolidayYearDto } from './holiday-year.dto';
import { HolidayYearRepository } from './holiday-year.repository';

const CACHE_MS = 60_000;

/**
 * The working calendar built from `holiday_years`, cached per process for a minute; an edit
 * made here is seen at once, one made by another process within the minute.
 */
@Injectable()
export class HolidayCalendar implements OnApplicationBootstrap {
  private readonly logger = new Logger('HolidayCalendar');
  private readonly cached: CachedQuery<WorkingCalendar>;

  constructor(
    private readonly txHost: Tx,
    private readonly repository: HolidayYearRepository,
    private readonly audit: AuditService,
    private readonly outbox: JobOutbox,
  ) {
    this.cached = new CachedQuery('holiday calendar', () => repository.workingCalendar(), txHost, CACHE_MS);
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      for (const warning of calendarWarnings(await this.repository.years(), new Date())) this.logger.warn(warning);
    } catch (error) {
      this.logger.error(`holiday calendar not readable: ${(error as Error).message}`);
    }
  }

  /** The calendar (the first read after a change runs in the caller's transaction, see CachedQuery). */
  calendar(): Promise<WorkingCalendar> {
    return this.cached.get();
  }

  invalidate(): void {
    this.cached.invalidate();
  }

  async list() {
    const years = await this.repository.years();
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
    await this.save(actor, meta, next, dto);
    this.invalidate();
    return (await this.list()).years.find((y) => y.year === year);
  }

  @Transactional()
  private async save(actor: Actor, meta: RequestMeta, next: HolidayYearRecord, dto: HolidayYearDto): Promise<void> {
    await this.repository.lockYears();
    const years = await this.repository.years();
    const before = years.find((y) => y.year === next.year) ?? null;
    try {
      new WorkingCalendar([...years.filter((y) => y.year !== next.year), next], { workingPeriods: await this.repository.workingPeriods() });
    } catch (error) {
      if (error instanceof CalendarDataError) throw new ValidationError([{ field: calendarField(error, dto), message: error.message }], `节假日数据有误：${error.message}`);
      throw error;
    }
    await this.repository.saveYear(next, actor.userId);
    await this.audit.record({
      actor,
      meta,
      action: 'calendar.holiday_year_update',
      entityType: 'holiday_year',
      entityId: String(next.year),
      before: before && { holidays: before.holidays, makeupWorkdays: before.makeupWorkdays, source: before.source, provisional: before.provisional },
      after: { holidays: next.holidays, makeupWorkdays: next.makeupWorkdays, source: next.source, provisional: next.provisional },
    });
    await this.outbox.enqueue([recalendarJob(next.year)]);
  }
}

/** The field of the request a calendar data error is about: the date's item in its list when it names one. */
function calendarField(error: CalendarDataError, dto: HolidayYearDto): string {
  if (error.field !== 'holidays' && error.field !== 'makeupWorkdays') return error.field === 'year' ? 'year' : 'holidays';
  const index = error.value === undefined ? -1 : dto[error.field].indexOf(error.value);
  return index < 0 ? error.field : `${error.field}[${index}]`;
}
