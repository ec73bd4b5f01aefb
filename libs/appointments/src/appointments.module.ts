import { BullModule } from '@nestjs/bull';
import { Module, OnModuleInit } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { DocumentRegistry } from '@app/documents';
import { JobsModule, OFFLINE_TIMERS_QUEUE } from '@app/jobs';
import { NotificationsModule } from '@app/notifications';
import { ReceiptsModule, ReceiptsService } from '@app/receipts';
import { SlaModule } from '@app/sla';
import { ZonesModule } from '@app/zones';
import { APPOINTMENT_STATUS_LABELS } from '@app/contracts';
import { AppointmentReminderJob } from './appointment-reminder.job';
import { AppointmentTimers } from './appointment-timers.service';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsRepository } from './appointments.repository';
import { AppointmentsService } from './appointments.service';
import { OfflineSweepJob } from './offline-sweep.job';
import { SlotClosing } from './slot-notices';
import { SlotsRepository } from './slots.repository';
import { SlotsService } from './slots.service';

/** Service points, slots and appointments with their timers: api and worker. */
@Module({
  imports: [AuditModule, CasesModule, JobsModule, NotificationsModule, ReceiptsModule, SlaModule, ZonesModule],
  providers: [SlotsRepository, AppointmentsRepository, SlotClosing, SlotsService, AppointmentsService, AppointmentTimers],
  exports: [SlotsService, AppointmentsService, AppointmentTimers, AppointmentsRepository],
})
export class AppointmentsModule implements OnModuleInit {
  constructor(
    private readonly receipts: ReceiptsService,
    private readonly registry: DocumentRegistry,
    private readonly appointments: AppointmentsRepository,
  ) {}

  onModuleInit(): void {
    // A 预约确认单 is read by its creator and the staff of its zone; verified by anyone.
    this.receipts.addAccessRule('appointment', (actor, id) => this.appointments.visibleTo(actor, id));
    this.registry.registerSubject('appointment', async (id) => {
      const a = await this.appointments.get(id);
      return a ? { reference: a.reference, status: a.status, statusLabel: APPOINTMENT_STATUS_LABELS[a.status] } : null;
    });
  }
}

/** The appointment routes (creators, the desk, supervisors). */
@Module({ imports: [AppointmentsModule, ReceiptsModule], controllers: [AppointmentsController] })
export class AppointmentsApiModule {}

/** The reminder job and the minute sweep: the worker only. */
@Module({ imports: [AppointmentsModule, BullModule.registerQueue({ name: OFFLINE_TIMERS_QUEUE })], providers: [AppointmentReminderJob, OfflineSweepJob] })
export class AppointmentsWorkerModule {}
