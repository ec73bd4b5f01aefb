export * from './visits.dto';
export * from './visits.errors';
export * from './visits.module';
export * from './visits.service';
