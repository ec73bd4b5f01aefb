import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { JobsModule, NOTIFICATION_QUEUE } from '@app/jobs';
import { UserDirectoryModule } from '@app/users';
import { ZonesModule } from '@app/zones';
import { CaseNotifications } from './case-notifications.listener';
import { DeliveryJobs } from './delivery/delivery.jobs';
import { DeliverySweepJob, NotificationDeliveryJob } from './delivery/notification-delivery.job';
import { NotificationDelivery } from './delivery/notification-delivery.service';
import { EmailTransport, SmtpEmailTransport } from './email.transport';
import { InboxController } from './inbox.controller';
import { InboxRepository } from './inbox.repository';
import { InboxService } from './inbox.service';
import { NotificationRepository } from './notification.repository';
import { Notifier } from './notifier';
import { Recipients } from './recipients';
import { LoggingSmsTransport, SmsTransport } from './sms.transport';

/** Writing notifications (inbox rows, deliveries and their jobs) from case events: used by the api and the worker. */
@Module({
  imports: [ZonesModule, UserDirectoryModule, JobsModule],
  providers: [NotificationRepository, DeliveryJobs, Notifier, Recipients, CaseNotifications],
  exports: [Notifier, Recipients, NotificationRepository, DeliveryJobs],
})
export class NotificationsModule {}

/** The inbox and notification settings endpoints. */
@Module({
  imports: [NotificationsModule, AuditModule, UserDirectoryModule],
  controllers: [InboxController],
  providers: [InboxService, InboxRepository],
  exports: [InboxService],
})
export class NotificationsApiModule {}

/** Delivery of e-mail and SMS as Bull jobs (with Bull's retries) and their sweep: the worker only. */
@Module({
  imports: [NotificationsModule, BullModule.registerQueue({ name: NOTIFICATION_QUEUE })],
  providers: [
    NotificationDelivery,
    NotificationDeliveryJob,
    DeliverySweepJob,
    { provide: SmsTransport, useClass: LoggingSmsTransport },
    { provide: EmailTransport, useClass: SmtpEmailTransport },
  ],
  exports: [NotificationDelivery, SmsTransport, EmailTransport],
})
export class NotificationDeliveryModule {}
