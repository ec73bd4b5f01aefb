export * from './compliance.module';
export * from './knowledge.service';
export * from './navigator.service';
export * from './navigator';
export * from './canned-reply';
export * from './compliance.dto';
export * from './compliance.errors';
export * from './compliance-retention.repository';
