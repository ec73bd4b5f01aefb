export * from './database.module';
export * from './migration-runner';
export * from './cached-query';
export * from './transaction';
export * from './session-role';
export * from './sql-repository';
export * from './stored-row';
export * from './driver-pool';
