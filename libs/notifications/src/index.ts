export * from './notifications.module';
export * from './outbox-dispatcher';
export * from './sms.transport';
