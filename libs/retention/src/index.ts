export * from './retention.job';
export * from './retention.module';
export * from './retention.service';
