export * from './sessions.module';
export * from './sessions.repository';
