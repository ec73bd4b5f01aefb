import { Foundation1764140000000 } from './1764140000000-foundation';
import { Cases1764150000000 } from './1764150000000-cases';

/** Every migration, in order. Add each new file here; TypeORM runs the pending ones. */
export const MIGRATIONS = [Foundation1764140000000, Cases1764150000000];
