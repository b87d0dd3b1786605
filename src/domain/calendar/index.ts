// Exposes date computation relative to go-live: offsets, working days, holidays and formats.

export {
  addDays,
  addMonths,
  addWorkdays,
  applyOffset,
  formatDanishDate,
  formatDanishShortDate,
  isWorkday,
} from './dates.ts';
export { danishHolidays, holidayName, isHoliday, type Holiday } from './holidays.ts';
export { fromUtcDate, isIsoDate, isPlanningDate, outsidePlanningYearsMessage, PLANNING_YEARS, toUtcDate, type IsoDate } from './iso-date.ts';
export {
  formatOffset,
  GO_LIVE_DAY,
  invalidOffsetMessage,
  parseOffset,
  RelativeOffsetSchema,
  type OffsetDirection,
  type OffsetParseResult,
  type OffsetUnit,
  type RelativeOffset,
} from './offset.ts';
