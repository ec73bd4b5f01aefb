import { Module } from '@nestjs/common';
import { OutboxDispatcher } from './outbox-dispatcher';
import { LoggingSmsTransport, SmsTransport } from './sms.transport';

@Module({
  providers: [OutboxDispatcher, { provide: SmsTransport, useClass: LoggingSmsTransport }],
  exports: [OutboxDispatcher, SmsTransport],
})
export class NotificationsModule {}
