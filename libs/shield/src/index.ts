export * from './shield.module';
export * from './shield.service';
export * from './shield-targets';
export * from './shield.dto';
export * from './shield.errors';
export * from './shield-retention.repository';
