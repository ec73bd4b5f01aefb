import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CasesModule } from '@app/cases';
import { ZonesModule } from '@app/zones';
import { CaseNotifications } from './case-notifications.listener';
import { EmailTransport, SmtpEmailTransport } from './email.transport';
import { InboxController } from './inbox.controller';
import { InboxService } from './inbox.service';
import { Notifier } from './notifier';
import { OutboxDispatcher } from './outbox-dispatcher';
import { Recipients } from './recipients';
import { LoggingSmsTransport, SmsTransport } from './sms.transport';

/** Writing notifications (inbox rows and the outbox) from case events: used by the api and the worker. */
@Module({
  imports: [CasesModule, ZonesModule],
  providers: [Notifier, Recipients, CaseNotifications],
  exports: [Notifier, Recipients],
})
export class NotificationsModule {}

/** The inbox and notification settings endpoints. */
@Module({
  imports: [NotificationsModule, AuditModule],
  controllers: [InboxController],
  providers: [InboxService],
  exports: [InboxService],
})
export class NotificationsApiModule {}

/** Delivery of e-mail and SMS from the outbox: the worker only. */
@Module({
  providers: [OutboxDispatcher, { provide: SmsTransport, useClass: LoggingSmsTransport }, { provide: EmailTransport, useClass: SmtpEmailTransport }],
  exports: [OutboxDispatcher, SmsTransport, EmailTransport],
})
export class NotificationDeliveryModule {}
