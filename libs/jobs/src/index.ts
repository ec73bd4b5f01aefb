export * from './job-outbox';
export * from './job-outbox.relay';
export * from './jobs.module';
export * from './queues';
export * from './repeatable-job';
export * from './sweep-job';
