export * from './dispatch.dto';
export * from './dispatch.errors';
export * from './dispatch.module';
export * from './dispatch.responses';
export * from './dispatch-views';
export * from './return-visits.service';
export * from './supervision-timers.service';
export * from './dispatch.service';
