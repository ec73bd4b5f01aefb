export * from './creators.module';
export * from './creators.service';
