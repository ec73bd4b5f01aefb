export * from './audit-event.entity';
export * from './audit-hash';
export * from './audit-verifier';
export * from './audit.module';
export * from './audit.service';
