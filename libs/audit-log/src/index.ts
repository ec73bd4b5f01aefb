export * from './audit-log.module';
export * from './audit-log.service';
export * from './audit-log.dto';
export * from './audit-log.errors';
