export * from './salon-views';
export * from './salons.dto';
export * from './salons.errors';
export * from './salons.module';
export * from './salons.service';
