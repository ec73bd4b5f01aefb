export { CN_HOLIDAYS } from './holiday-data';
export type { HolidayYear } from './holiday-data';
export {
  CalendarDataError,
  CLOCK_KINDS,
  DEFAULT_WORKING_PERIODS,
  isClockKind,
  SHANGHAI_TIME_ZONE,
  UnknownCalendarYearError,
  WorkingCalendar,
} from './working-calendar';
export type { ClockKind, WorkingCalendarOptions, WorkingPeriod } from './working-calendar';
