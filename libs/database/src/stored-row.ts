/**
 * A contract view as its repository reads it from PostgreSQL: the named timestamp fields are
 * Dates (the view carries them as ISO strings); every other field is as the view has it.
 */
export type StoredRow<View, DateFields extends keyof View> = Omit<View, DateFields> & {
  [F in DateFields]: null extends View[F] ? Date | null : Date;
};
