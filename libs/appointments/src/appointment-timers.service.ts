import { Injectable, Logger } from '@nestjs/common';
import { SYSTEM_ACTOR_ID } from '@app/common';
import { AuditService } from '@app/audit';
import { UnknownCalendarYearError } from '@app/calendar';
import { Transactional } from '@app/database';
import { Notifier } from '@app/notifications';
import { shanghaiDay, chineseRange } from '@app/offline';
import { OFFLINE_TIMERS_QUEUE, OutboxJob } from '@app/jobs';
import { HolidayCalendar } from '@app/sla';
import { AppointmentsRepository } from './appointments.repository';
import { NO_SHOW_GRACE_MS } from './slot-planning';
import { SlotClosing } from './slot-notices';
import { SlotsRepository } from './slots.repository';

export const APPOINTMENT_REMINDER_JOB = 'appointment-reminder';
export const OFFLINE_SWEEP_JOB = 'offline-sweep';

export interface AppointmentReminderPayload {
  appointmentId: string;
}

/** The reminder a day before, written to the job outbox in the booking's transaction. */
export function reminderJob(appointmentId: string, at: Date): OutboxJob {
  const payload: AppointmentReminderPayload = { appointmentId };
  return { queue: OFFLINE_TIMERS_QUEUE, name: APPOINTMENT_REMINDER_JOB, jobId: `${APPOINTMENT_REMINDER_JOB}:${appointmentId}`, payload, runAt: at };
}

export interface OfflineSweepReport {
  reminders: number;
  noShows: number;
  closedSlots: number;
}

/**
 * What happens to appointments with time: the reminder, the no-show, and a slot closed because
 * its day became a holiday. PostgreSQL is the source of truth: each effect is a conditional
 * update that happens once however often it runs, the Bull job is only the punctual trigger,
 * and the sweep finds whatever a lost job or a stopped worker missed.
 */
@Injectable()
export class AppointmentTimers {
  private readonly logger = new Logger('AppointmentTimers');

  constructor(
    private readonly appointments: AppointmentsRepository,
    private readonly slots: SlotsRepository,
    private readonly closing: SlotClosing,
    private readonly calendar: HolidayCalendar,
    private readonly notifier: Notifier,
    private readonly audit: AuditService,
  ) {}

  /** Sends the reminder once; `not_due` before its time (the job is retried), `skipped` when no longer wanted. */
  @Transactional()
  async remind(appointmentId: string, now = new Date()): Promise<'sent' | 'skipped' | 'not_due'> {
    const a = await this.appointments.get(appointmentId);
    if (!a || a.status !== 'booked' || a.remindedAt || !a.remindAt) return 'skipped';
    if (new Date(a.remindAt) > now) return 'not_due';
    if (!(await this.appointments.markReminded(a.id, now))) return 'skipped';
    const when = chineseRange(a.startsAt, a.endsAt);
    await this.notifier.notify([
      { userIds: [a.creatorId], kind: 'appointment_reminder', params: { reference: a.reference, when, place: a.servicePointName, code: a.checkInCode }, sms: true, smsParams: { when, place: a.servicePointName, code: a.checkInCode } },
    ]);
    await this.audit.record({ actor: SYSTEM_ACTOR_ID, action: 'appointment.remind', entityType: 'appointment', entityId: a.id, after: { remindedAt: now } });
    return 'sent';
  }

  @Transactional()
  async markNoShow(appointmentId: string, now = new Date()): Promise<boolean> {
    if (!(await this.appointments.markNoShow(appointmentId, now))) return false;
    await this.audit.record({ actor: SYSTEM_ACTOR_ID, action: 'appointment.no_show', entityType: 'appointment', entityId: appointmentId, before: { status: 'booked' }, after: { status: 'no_show' } });
    return true;
  }

  /** Closes one slot whose day is no longer a working day, if it is still open. */
  @Transactional()
  async closeForHoliday(slotId: string, now = new Date()): Promise<boolean> {
    const slot = await this.slots.lockForSystem(slotId);
    if (!slot || slot.status !== 'open') return false;
    const cal = await this.calendar.calendar();
    try {
      if (cal.isWorkingDay(new Date(slot.startsAt))) return false;
    } catch (error) {
      if (error instanceof UnknownCalendarYearError) return false;
      throw error;
    }
    await this.closing.close(SYSTEM_ACTOR_ID, undefined, slot, `${shanghaiDay(slot.startsAt)} 为法定节假日，服务点休息`, now);
    return true;
  }

  /** Everything due: reminders, no-shows, slots on days that became holidays. */
  async sweepOnce(now = new Date()): Promise<OfflineSweepReport> {
    const report: OfflineSweepReport = { reminders: 0, noShows: 0, closedSlots: 0 };
    for (const id of await this.appointments.dueReminders(now)) if ((await this.remind(id, now)) === 'sent') report.reminders++;
    for (const id of await this.appointments.noShowCandidates(new Date(now.getTime() - NO_SHOW_GRACE_MS))) if (await this.markNoShow(id, now)) report.noShows++;
    const cal = await this.calendar.calendar();
    for (const slot of await this.slots.openFuture(now)) {
      let working = true;
      try {
        working = cal.isWorkingDay(new Date(slot.startsAt));
      } catch (error) {
        if (!(error instanceof UnknownCalendarYearError)) throw error;
      }
      if (!working && (await this.closeForHoliday(slot.id, now))) report.closedSlots++;
    }
    if (report.reminders || report.noShows || report.closedSlots) this.logger.log(`offline sweep: ${JSON.stringify(report)}`);
    return report;
  }
}
