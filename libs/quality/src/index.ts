export * from './quality.dto';
export * from './quality.errors';
export * from './quality.module';
export * from './quality-timers';
export * from './quality-timers.service';
export * from './rectifications.service';
export * from './quality-figures.service';
export * from './appeals.service';
