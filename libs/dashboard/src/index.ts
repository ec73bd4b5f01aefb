export * from './dashboard.module';
export * from './dashboard.service';
export * from './dashboard.types';
export * from './dashboard.dto';
export * from './day-range';
export * from './table-export';
export * from './rating-figures.repository';
