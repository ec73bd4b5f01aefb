export * from './evidence-storage';
export * from './evidence-type';
export * from './evidence.errors';
export * from './evidence.module';
export * from './evidence.service';
export * from './evidence.repository';
