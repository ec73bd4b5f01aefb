export * from './database.module';
export * from './migration-runner';
