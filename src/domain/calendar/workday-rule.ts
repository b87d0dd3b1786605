// Decides where a computed date that lands on a weekend or holiday goes: a deadline to the working day before, a start
// to the working day after, unless the handbook chooses otherwise.
import { t } from '../../i18n/t.ts';
import { addDays, isWorkday } from './dates.ts';
import type { IsoDate } from './iso-date.ts';

/** Where a computed date that is no working day moves: to the working day before, after, or nowhere. */
export const WORKDAY_MOVES = ['forrige', 'næste', 'uændret'] as const;
export type WorkdayMove = (typeof WORKDAY_MOVES)[number];

/** The handbook's rule for computed dates: where deadlines and where starts move. */
export type WorkdayRule = {
  /** Where a computed deadline (Tidsfrist) that is no working day moves; default the working day before. */
  readonly deadlines: WorkdayMove;
  /** Where a computed start that is no working day moves; default the working day after. */
  readonly starts: WorkdayMove;
};

/** The rule readers can act on: a deadline never lands after the day it is computed to, a start never before. */
export const DEFAULT_WORKDAY_RULE: WorkdayRule = { deadlines: 'forrige', starts: 'næste' };

/** Returns the date itself if it is a working day, else the nearest working day in the direction `move` says. */
export function moveToWorkday(date: IsoDate, move: WorkdayMove): IsoDate {
  if (move === 'uændret') return date;
  const step = move === 'forrige' ? -1 : 1;
  let current = date;
  while (!isWorkday(current)) current = addDays(current, step);
  return current;
}

const KEY_WORD: Readonly<Record<WorkdayMove, 'forrige' | 'naeste' | 'uaendret'>> = { forrige: 'forrige', næste: 'naeste', uændret: 'uaendret' };

/** States in Danish, for the pages that show computed dates, where deadlines and starts on a weekend or holiday went. */
export function describeWorkdayRule(rule: WorkdayRule): string {
  return `${t(`workdays.deadlines.${KEY_WORD[rule.deadlines]}`)} ${t(`workdays.starts.${KEY_WORD[rule.starts]}`)}`;
}
