import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsDate } from 'class-validator';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A body field holding an instant: an ISO 8601 date-time with its offset, and nothing else (a
 * number or a bare date would otherwise be taken as some instant of 1970 or of midnight UTC).
 */
export function IsoDateTime(field: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' && ISO_DATE_TIME.test(value) ? new Date(value) : value)),
    IsDate({ message: `${field} 须为带时区的 ISO 8601 日期时间，如 2026-03-09T09:30:00+08:00` }),
  );
}
