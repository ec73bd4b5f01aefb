import { moduleError } from '@app/common';
import type { UnknownCalendarYearError } from '@app/calendar';

/** Every refusal of the SLA module. The values are the `code` of the problem answer. */
export enum SlaErrorCode {
  /** A deadline needs a year the holiday calendar does not have: refused loudly, never guessed. */
  CalendarYearMissing = 'sla.calendar_year_missing',
  /** The queue board's session needs the bearer token itself (the code clients know from auth). */
  BoardTokenMissing = 'auth.token_invalid',
}

export class SlaError extends moduleError<SlaErrorCode>('SlaError', {
  [SlaErrorCode.CalendarYearMissing]: 'unavailable',
  [SlaErrorCode.BoardTokenMissing]: 'unauthenticated',
}) {}

export function calendarProblem(error: UnknownCalendarYearError): SlaError {
  return new SlaError(
    SlaErrorCode.CalendarYearMissing,
    `节假日日历缺少 ${error.year} 年的放假安排，无法计算办理时限。请系统管理员在「节假日设置」中补充 ${error.year} 年的国务院放假通知后重试`,
    { year: error.year },
  );
}
