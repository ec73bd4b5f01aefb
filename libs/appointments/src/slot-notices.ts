import { Injectable } from '@nestjs/common';
import { Actor, RequestMeta, SYSTEM_ACTOR_ID } from '@app/common';
import { AuditService } from '@app/audit';
import { Notifier } from '@app/notifications';
import { chineseRange } from '@app/offline';
import { AppointmentsRepository } from './appointments.repository';
import { SlotRow, SlotsRepository } from './slots.repository';

/**
 * Closing a slot, by a supervisor or because the day became a holiday: every booking on it is
 * cancelled and its creator told (inbox and SMS), in the same transaction.
 */
@Injectable()
export class SlotClosing {
  constructor(
    private readonly slots: SlotsRepository,
    private readonly appointments: AppointmentsRepository,
    private readonly notifier: Notifier,
    private readonly audit: AuditService,
  ) {}

  /** Runs inside the caller's transaction, with the slot row locked by it. */
  async close(actor: Actor | typeof SYSTEM_ACTOR_ID, meta: RequestMeta | undefined, slot: SlotRow, reason: string, at: Date): Promise<number> {
    const booked = await this.appointments.bookedInSlot(slot.id);
    for (const a of booked) await this.appointments.cancel(a.id, at, reason, actor === SYSTEM_ACTOR_ID ? 'system' : actor.role);
    await this.slots.close(slot.id, reason, at);
    const when = chineseRange(slot.startsAt, slot.endsAt);
    for (const a of booked) {
      await this.notifier.notify([
        { userIds: [a.creatorId], kind: 'appointment_closed', params: { reference: a.reference, when, place: a.servicePointName, note: reason }, sms: true, smsParams: { when, note: reason } },
      ]);
    }
    await this.audit.record({
      actor,
      meta,
      action: 'appointment_slot.close',
      entityType: 'appointment_slot',
      entityId: slot.id,
      before: { status: slot.status, booked: slot.booked },
      after: { status: 'closed', reason, cancelledAppointments: booked.map((a) => a.reference) },
      at,
    });
    return booked.length;
  }
}
