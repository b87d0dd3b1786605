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
export { daySpan, formatDateSpan, offsetSpan, type DateSpan } from './date-span.ts';
export {
  comparePlannedDates,
  dayOf,
  formatPlannedDate,
  isPlannedDay,
  parsePlannedDate,
  plannedDateBounds,
  plannedDateSchema,
  plannedDateText,
  type PlannedDate,
  type PlannedDay,
} from './planned-date.ts';
export { DEFAULT_WORKDAY_RULE, describeWorkdayRule, moveToWorkday, WORKDAY_MOVES, type WorkdayMove, type WorkdayRule } from './workday-rule.ts';
export {
  formatOffset,
  isExactOffset,
  GO_LIVE_DAY,
  invalidOffsetMessage,
  parseOffset,
  RelativeOffsetSchema,
  type OffsetDirection,
  type OffsetParseResult,
  type OffsetUnit,
  type RelativeOffset,
} from './offset.ts';
