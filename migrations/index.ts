import { Foundation1764140000000 } from './1764140000000-foundation';

/** Every migration, in order. Add each new file here; TypeORM runs the pending ones. */
export const MIGRATIONS = [Foundation1764140000000];
