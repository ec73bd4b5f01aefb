export * from './legislation.module';
export * from './consultations.service';
export * from './legislation.dto';
export * from './legislation.errors';
export * from './legislation-retention.repository';
