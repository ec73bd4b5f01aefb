import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { Actor, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { SHANGHAI_TIME_ZONE } from '@app/calendar';
import type { ServicePointView, SlotView } from '@app/contracts';
import { Transactional } from '@app/database';
import { HolidayCalendar } from '@app/sla';
import { ZonesService } from '@app/zones';
import { servicePointView, slotView } from './appointment-views';
import { CloseSlotDto, CreateSlotDto, ListSlotsQuery, SlotPatternDto } from './appointments.dto';
import { AppointmentError, AppointmentErrorCode } from './appointments.errors';
import { expandPattern, MAX_PATTERN_DAYS, slotProblem, slotProblemField } from './slot-planning';
import { SlotClosing } from './slot-notices';
import { ServicePointRow, SlotsRepository } from './slots.repository';

const DAY_MS = 24 * 3600_000;

/** The service points and their slots: supervisors open and close them, everyone lists them. */
@Injectable()
export class SlotsService {
  constructor(
    private readonly slots: SlotsRepository,
    private readonly closing: SlotClosing,
    private readonly calendar: HolidayCalendar,
    private readonly zones: ZonesService,
    private readonly audit: AuditService,
  ) {}

  /** Each zone's service point with its opening hours and the next ten working days (调休 included). */
  async servicePoints(now = new Date()): Promise<ServicePointView[]> {
    const cal = await this.calendar.calendar();
    const openDays: string[] = [];
    for (let d = DateTime.fromJSDate(now, { zone: SHANGHAI_TIME_ZONE }).startOf('day'); openDays.length < 10 && d.diff(DateTime.fromJSDate(now), 'days').days < 60; d = d.plus({ days: 1 })) {
      try {
        if (cal.isWorkingDay(d.set({ hour: 12 }).toJSDate())) openDays.push(d.toISODate() as string);
      } catch {
        break;
      }
    }
    const points = await this.slots.servicePoints();
    return Promise.all(points.map(async (p) => servicePointView(p, (await this.zones.zone(p.zoneId))?.name ?? p.zoneId, openDays)));
  }

  /** Slots from now (or `from`) for two weeks: creators see open ones of every zone, staff their zones' in any state. */
  async list(actor: Actor, q: ListSlotsQuery, now = new Date()): Promise<SlotView[]> {
    const from = q.from ?? now;
    const to = q.to ?? new Date(from.getTime() + 14 * DAY_MS);
    if (to <= from) throw new ValidationError([{ field: 'to', message: 'to 须晚于 from' }]);
    if (to.getTime() - from.getTime() > MAX_PATTERN_DAYS * DAY_MS) throw new ValidationError([{ field: 'to', message: `一次最多查询 ${MAX_PATTERN_DAYS} 天` }]);
    const rows = await this.slots.list(actor.role === 'creator' ? null : actor, { zoneId: q.zoneId, from, to, programme: q.programme });
    return rows.map((s) => slotView(s, now));
  }

  @Transactional()
  async create(actor: Actor, meta: RequestMeta, dto: CreateSlotDto, now = new Date()): Promise<SlotView> {
    const point = await this.pointFor(actor, dto.zoneId, dto.programmes);
    const problem = slotProblem(await this.calendar.calendar(), point.openingHours, dto.startsAt, dto.endsAt, now);
    if (problem) throw new ValidationError([{ field: slotProblemField(problem), message: problem }], problem);
    const [id] = await this.slots.insertSlots(point, [{ startsAt: dto.startsAt, endsAt: dto.endsAt }], dto.capacity, dto.programmes, actor.userId, null);
    if (!id) throw new AppointmentError(AppointmentErrorCode.SlotExists, '该服务点在此开始时间已有时段');
    await this.audit.record({
      actor,
      meta,
      action: 'appointment_slot.create',
      entityType: 'appointment_slot',
      entityId: id,
      after: { zoneId: point.zoneId, startsAt: dto.startsAt, endsAt: dto.endsAt, capacity: dto.capacity, programmes: dto.programmes },
    });
    return slotView((await this.slots.slot(id))!, now);
  }

  /** Opens the slots of a weekly pattern; days and times that cannot be opened are reported, not guessed. */
  @Transactional()
  async createPattern(actor: Actor, meta: RequestMeta, dto: SlotPatternDto, now = new Date()) {
    if (dto.to < dto.from) throw new ValidationError([{ field: 'to', message: 'to 不能早于 from' }]);
    const days = (Date.parse(dto.to) - Date.parse(dto.from)) / DAY_MS + 1;
    if (days > MAX_PATTERN_DAYS) throw new ValidationError([{ field: 'to', message: `一个周期最长 ${MAX_PATTERN_DAYS} 天` }]);
    const badTime = dto.times.findIndex((t) => t.end <= t.start);
    if (badTime >= 0) throw new ValidationError([{ field: `times[${badTime}].end`, message: '结束时间须晚于开始时间' }]);
    const point = await this.pointFor(actor, dto.zoneId, dto.programmes);
    const plan = expandPattern(await this.calendar.calendar(), point.openingHours, dto, now);
    const spec = { from: dto.from, to: dto.to, weekdays: dto.weekdays, times: dto.times, capacity: dto.capacity, programmes: dto.programmes };
    const patternId = await this.slots.insertPattern(point.zoneId, spec, 0, actor.userId);
    const ids = await this.slots.insertSlots(point, plan.slots, dto.capacity, dto.programmes, actor.userId, patternId);
    await this.slots.setPatternCount(patternId, ids.length);
    await this.audit.record({ actor, meta, action: 'appointment_slot.pattern', entityType: 'appointment_pattern', entityId: patternId, after: { zoneId: point.zoneId, ...spec, created: ids.length } });
    return { patternId, created: ids.length, existing: plan.slots.length - ids.length, skipped: plan.skipped };
  }

  /** Closes a slot (e.g. the service point is closed that day); its bookings are cancelled and told. */
  @Transactional()
  async close(actor: Actor, meta: RequestMeta, id: string, dto: CloseSlotDto, now = new Date()): Promise<SlotView> {
    const slot = await this.slots.lockScoped(actor, id);
    if (!slot) throw new AppointmentError(AppointmentErrorCode.SlotNotFound, `未找到时段（${id}）`);
    if (slot.status === 'closed') throw new AppointmentError(AppointmentErrorCode.SlotClosed, '该时段已关闭');
    await this.closing.close(actor, meta, slot, dto.reason.trim(), now);
    return slotView((await this.slots.slot(id))!, now);
  }

  /** The service point a supervisor manages: their zone's, or the one a city-wide supervisor names. */
  private async pointFor(actor: Actor, zoneId: string | undefined, programmes: string[]): Promise<ServicePointRow> {
    if (actor.zoneId && zoneId && zoneId !== actor.zoneId) throw new ValidationError([{ field: 'zoneId', message: '只能为本集聚区的服务点开放时段' }]);
    const zone = actor.zoneId ?? zoneId;
    if (!zone) throw new AppointmentError(AppointmentErrorCode.ZoneRequired, '请指定集聚区', { errors: [{ field: 'zoneId', message: '全市主管开放时段须指定集聚区' }] });
    const point = await this.slots.servicePointOf(zone);
    if (!point) throw new ValidationError([{ field: 'zoneId', message: `集聚区 ${zone} 没有服务点` }]);
    const unknown = programmes.filter((p) => !point.programmes.includes(p));
    if (unknown.length) throw new ValidationError([{ field: 'programmes', message: `${point.name}不提供：${unknown.join('、')}` }]);
    return point;
  }
}
