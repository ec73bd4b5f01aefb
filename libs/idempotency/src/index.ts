export * from './idempotency.errors';
export * from './idempotency.repository';
export * from './idempotent.decorator';
