import { UnknownCalendarYearError, WorkingCalendar } from '@app/calendar';

/**
 * `start` plus working days, or null when the calendar lacks the year (the deadline is then not
 * known and nothing is due by it; the desk sees 未定).
 */
export function addWorkingDaysOrNull(cal: WorkingCalendar, start: Date, days: number): Date | null {
  try {
    return cal.addWorkingDays(start, days);
  } catch (error) {
    if (error instanceof UnknownCalendarYearError) return null;
    throw error;
  }
}
