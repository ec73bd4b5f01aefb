export * from './rate-limit.errors';
export * from './rate-limiter';
export * from './redis.module';
export * from './redis.token';
