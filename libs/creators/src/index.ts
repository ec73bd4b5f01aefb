export * from './creators.errors';
export * from './creators.module';
export * from './creators.service';
