import { Injectable, Logger } from '@nestjs/common';
import { Actor, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { UnknownCalendarYearError } from '@app/calendar';
import { CaseTransitioned, OnCaseEvent } from '@app/cases';
import { isBadRating, RECTIFICATION_STATUS_LABELS, type QualitySettings, type RectificationView } from '@app/contracts';
import { RatingFigures } from '@app/dashboard';
import { Transactional, Tx } from '@app/database';
import { JobOutbox } from '@app/jobs';
import { Notifier } from '@app/notifications';
import { HolidayCalendar } from '@app/sla';
import { QualityError, QualityErrorCode } from './quality.errors';
import { ContactDto, LedgerQuery, QualitySettingsDto, RectifyDto, RerateDto } from './quality.dto';
import { QualityRepository, RectificationRow } from './quality.repository';
import { overdueJob } from './quality-timers';
import { creatorView, rectificationView } from './quality-views';

const DAY_MS = 24 * 3600 * 1000;
const STAFF = new Set(['agent', 'supervisor']);

/**
 * 差评整改: a first rating of 不满意 or 非常不满意 opens a rectification with two deadlines on the
 * working-day calendar (回访 contact, 整改 rectify, from settings); the desk records the contact and
 * what was done; then the creator may rate once more, and that rating counts beside the first.
 */
@Injectable()
export class RectificationsService {
  private readonly logger = new Logger('Rectifications');

  constructor(
    private readonly txHost: Tx,
    private readonly repo: QualityRepository,
    private readonly calendar: HolidayCalendar,
    private readonly outbox: JobOutbox,
    private readonly figures: RatingFigures,
    private readonly notifier: Notifier,
    private readonly audit: AuditService,
  ) {}

  /** In the transaction of the rating: opens the rectification of a 差评 and its two timers. */
  @OnCaseEvent({ listener: 'quality-rectifications', events: ['case.transitioned'] })
  async onRated(event: CaseTransitioned): Promise<void> {
    const level = event.details.level;
    if (event.action !== 'rate' || typeof level !== 'number' || !isBadRating(level)) return;
    const c = event.case;
    const settings = await this.repo.settings();
    const contactDueAt = await this.deadline(event.at, settings.contactWorkingDays);
    const rectifyDueAt = await this.deadline(event.at, settings.rectifyWorkingDays);
    const comment = typeof event.details.comment === 'string' ? event.details.comment : null;
    const id = await this.repo.open({ caseId: c.id, zoneId: c.zoneId, level, comment, ratedAt: event.at, contactDueAt, rectifyDueAt });
    if (!id) return;
    await this.outbox.enqueue([overdueJob(id, 'contact', contactDueAt), overdueJob(id, 'rectify', rectifyDueAt)]);
    await this.audit.record({
      actor: event.actor,
      action: 'rectification.open',
      entityType: 'rectification',
      entityId: id,
      after: { caseId: c.id, level, status: 'contacting', contactDueAt, rectifyDueAt },
    });
  }

  /** Working days on the holiday calendar; a year the calendar does not know counts calendar days (×7/5). */
  private async deadline(from: Date, workingDays: number): Promise<Date> {
    try {
      return (await this.calendar.calendar()).addWorkingDays(from, workingDays);
    } catch (error) {
      if (!(error instanceof UnknownCalendarYearError)) throw error;
      this.logger.warn(`rectification deadline without a calendar for ${error.year}: counted in calendar days`);
      return new Date(from.getTime() + Math.ceil((workingDays * 7) / 5) * DAY_MS);
    }
  }

  async settings(): Promise<QualitySettings> {
    const s = await this.repo.settings();
    return { contactWorkingDays: s.contactWorkingDays, rectifyWorkingDays: s.rectifyWorkingDays, updatedAt: s.updatedAt ? new Date(s.updatedAt).toISOString() : null };
  }

  /** City-wide supervisors set the deadlines; rectifications already open keep theirs. */
  @Transactional()
  async saveSettings(actor: Actor, meta: RequestMeta, dto: QualitySettingsDto): Promise<QualitySettings> {
    if (actor.role !== 'supervisor' || actor.zoneId) throw new QualityError(QualityErrorCode.CitySupervisorOnly, '整改时限由市级主管设置');
    const before = await this.repo.settings();
    const value = { contactWorkingDays: dto.contactWorkingDays, rectifyWorkingDays: dto.rectifyWorkingDays };
    await this.repo.saveSettings(value, actor.userId);
    await this.audit.record({ actor, meta, action: 'quality.settings', entityType: 'settings', entityId: 'quality', before: { contactWorkingDays: before.contactWorkingDays, rectifyWorkingDays: before.rectifyWorkingDays }, after: value });
    return this.settings();
  }

  async get(actor: Actor, id: string): Promise<RectificationView> {
    const r = await this.repo.get(actor, id);
    if (!r) throw notFound(id);
    return this.view(actor, r);
  }

  /** The rectification of a case, or null (a creator sees their own; the desk its zone). */
  async forCase(actor: Actor, caseId: string): Promise<RectificationView | null> {
    if (!(await this.repo.caseVisible(actor, caseId))) throw new QualityError(QualityErrorCode.NotFound, `未找到案件（${caseId}）`);
    const r = await this.repo.forCase(actor, caseId);
    return r ? this.view(actor, r) : null;
  }

  async ledger(actor: Actor, q: LedgerQuery): Promise<RectificationView[]> {
    const rows = await this.repo.ledger(actor, q);
    const appeals = await this.repo.appealsOf(rows.map((r) => r.id));
    return rows.map((r) => rectificationView(r, appeals));
  }

  private async view(actor: Actor, r: RectificationRow): Promise<RectificationView> {
    const v = rectificationView(r, await this.repo.appealsOf([r.id]));
    return actor.role === 'creator' ? creatorView(v) : v;
  }

  /** 回访: by phone or in person, with what came of it. */
  @Transactional()
  async contact(actor: Actor, meta: RequestMeta, id: string, dto: ContactDto): Promise<RectificationView> {
    const r = await this.staffLock(actor, id);
    if (r.status !== 'contacting') throw wrongStep(r, '回访');
    const at = new Date();
    await this.repo.markContacted(id, dto.method, dto.outcome, actor.userId, at);
    await this.audit.record({ actor, meta, action: 'rectification.contact', entityType: 'rectification', entityId: id, before: { status: r.status }, after: { status: 'rectifying', method: dto.method, contactedAt: at, late: at > new Date(r.contactDueAt) } });
    return this.get(actor, id);
  }

  /** 整改: what was done. The creator is told and may rate once more. */
  @Transactional()
  async rectify(actor: Actor, meta: RequestMeta, id: string, dto: RectifyDto): Promise<RectificationView> {
    const r = await this.staffLock(actor, id);
    if (r.status !== 'rectifying') throw wrongStep(r, '整改');
    const at = new Date();
    await this.repo.markRectified(id, dto.measures, actor.userId, at);
    await this.notifier.notify([{ userIds: [r.creatorId], kind: 'rectification_done', caseId: r.caseId, params: { reference: r.caseReference, title: r.caseTitle, summary: dto.measures } }]);
    await this.audit.record({ actor, meta, action: 'rectification.rectify', entityType: 'rectification', entityId: id, before: { status: r.status }, after: { status: 'rectified', rectifiedAt: at, late: at > new Date(r.rectifyDueAt) } });
    return this.get(actor, id);
  }

  /** The creator's second rating, once, after the rectification: kept beside the first and counted in the figures. */
  @Transactional()
  async rerate(actor: Actor, meta: RequestMeta, id: string, dto: RerateDto): Promise<RectificationView> {
    const r = await this.repo.get(actor, id, true);
    if (!r) throw notFound(id);
    if (actor.role !== 'creator' || r.creatorId !== actor.userId) throw new QualityError(QualityErrorCode.NotCreator, '只有案件的创作者可以再次评价');
    if (r.secondLevel !== null) throw new QualityError(QualityErrorCode.AlreadyRerated, '整改后只能再评价一次');
    if (r.status !== 'rectified') throw wrongStep(r, '再次评价');
    const at = new Date();
    await this.repo.markRerated(id, dto.level, dto.comment ?? null, at);
    await this.figures.adjust(r.caseId, at, dto.level, 1);
    await this.audit.record({ actor, meta, action: 'rectification.rerate', entityType: 'rectification', entityId: id, before: { status: r.status, firstLevel: r.firstLevel }, after: { status: 'rerated', secondLevel: dto.level } });
    return this.get(actor, id);
  }

  private async staffLock(actor: Actor, id: string): Promise<RectificationRow> {
    if (!STAFF.has(actor.role)) throw notFound(id);
    const r = await this.repo.get(actor, id, true);
    if (!r) throw notFound(id);
    return r;
  }
}

export const notFound = (id: string) => new QualityError(QualityErrorCode.NotFound, `未找到差评整改记录（${id}）`);

const wrongStep = (r: RectificationRow, step: string) =>
  new QualityError(QualityErrorCode.WrongStep, `该差评当前为「${RECTIFICATION_STATUS_LABELS[r.status]}」，不能${step}`);
