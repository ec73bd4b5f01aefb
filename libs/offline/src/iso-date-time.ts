import { IsoInstant } from '@app/common';

/**
 * A body field holding an instant: an ISO 8601 date-time with its offset, and nothing else (a
 * number or a bare date would otherwise be taken as some instant of 1970 or of midnight UTC).
 */
export const IsoDateTime = (field: string): PropertyDecorator => IsoInstant(field, { timeRequired: true });
