import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDate } from 'class-validator';

/** An ISO 8601 date-time with its offset. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
/** An ISO 8601 date, or a date-time with its offset. */
const ISO_DATE_OR_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * A field holding an instant: only an ISO 8601 text becomes a Date (`new Date` alone would also
 * read a number, "1" or "March 3" as some instant); anything else is refused, in Chinese, naming
 * the field. A body field wants the time and its offset (`timeRequired`); a query parameter may
 * also be a bare date (midnight UTC, as `new Date` reads it).
 */
export function IsoInstant(field: string, options: { timeRequired?: boolean } = {}): PropertyDecorator {
  const pattern = options.timeRequired ? ISO_DATE_TIME : ISO_DATE_OR_DATE_TIME;
  const message = options.timeRequired
    ? `${field} 须为带时区的 ISO 8601 日期时间，如 2026-03-09T09:30:00+08:00`
    : `${field} 须为 ISO 8601 日期或日期时间，如 2026-03-01 或 2026-03-01T09:00:00+08:00`;
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' && pattern.test(value) ? new Date(value) : value)),
    IsDate({ message }),
  );
}

const FLAGS: Record<string, boolean> = { true: true, '1': true, false: false, '0': false };

/** A query parameter that is a flag: `true`/`1` or `false`/`0`; any other word is refused, not read as false. */
export function QueryFlag(field: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' && value in FLAGS ? FLAGS[value] : value)),
    IsBoolean({ message: `${field} 须为 true 或 false` }),
  );
}
