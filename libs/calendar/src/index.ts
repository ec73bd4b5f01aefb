export { CN_HOLIDAYS } from './holiday-data';
export type { HolidayYear } from './holiday-data';
export {
  CalendarDataError,
  isClockKind,
  UnknownCalendarYearError,
  WorkingCalendar,
} from './working-calendar';
export type { ClockKind, WorkingCalendarOptions, WorkingPeriod } from './working-calendar';
export * from './holiday-year-record';
export * from './provisional-holidays';
export * from './shanghai-time';
