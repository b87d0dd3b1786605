// Turns the model's relative timing into one wave's calendar: phase periods and task dates.
import { offsetSpan, type DateSpan, type IsoDate } from '../calendar/index.ts';
import { lastDayOfPhase } from './duration.ts';
import { flattenPhases, type FlatPhase } from './phases.ts';
import type { Model } from './schema.ts';
import type { Task } from './tasks.ts';
import { resolveTaskSpan } from './task-date.ts';
import type { Theme } from './themes.ts';
import { waveGoLiveDay, type Wave } from './waves.ts';

/** A phase or sub-phase with its dates in one wave; a phase without `starts`, or a wave without a go-live day, has none. */
export type ScheduledPhase = FlatPhase & {
  /** The first day of the phase (the earliest, when the handbook gives a range such as "9–12 måneder før"). */
  readonly startDate: IsoDate | undefined;
  /** The last day of the phase (inclusive; the latest, for a range); undefined without both `starts` and `duration`. */
  readonly endDate: IsoDate | undefined;
  /** The days the phase may begin on, as readers see them ("1. marts – 1. juni 2016" for a range). */
  readonly startSpan: DateSpan | undefined;
  /** The days the phase may end on. */
  readonly endSpan: DateSpan | undefined;
};

/** A task with its dates in one wave; none while the wave's go-live is not a settled day. */
export type ScheduledTask = Task & {
  /** The (earliest) day to begin, if the task has a start. */
  readonly startDate: IsoDate | undefined;
  /** The (earliest) day it must be done by (Tidsfrist), if the task has a deadline. */
  readonly deadlineDate: IsoDate | undefined;
  /** The days to begin, as readers see them: one day, or a span for a range, moved off weekends and holidays. */
  readonly startSpan: DateSpan | undefined;
  /** The days it must be done by, likewise. */
  readonly deadlineSpan: DateSpan | undefined;
};

/** One wave's concrete calendar. */
export type WaveSchedule = {
  readonly wave: Wave;
  /** Phases and sub-phases in reading order (each phase followed by its sub-phases). */
  readonly phases: readonly ScheduledPhase[];
  /** Tasks by date: deadline (or start, for tasks without one) first, then start, then the YAML's order; undated last. */
  readonly tasks: readonly ScheduledTask[];
};

/**
 * Computes a wave's phase periods and task dates: offsets count from the wave's go-live, fixed dates stay as written,
 * and computed task dates on a weekend or holiday move as the handbook's `workdays` rule says. A wave whose go-live is
 * not a settled day gets no dates at all: nothing is computed from a month, a quarter or "fastlægges senere".
 */
export function scheduleForWave(model: Model, wave: Wave): WaveSchedule {
  const goLive = waveGoLiveDay(wave);
  const phases = flattenPhases(model.phases).map((phase): ScheduledPhase => {
    const startSpan = goLive && phase.starts ? offsetSpan(goLive, phase.starts) : undefined;
    const endSpan = goLive && phase.starts && phase.duration ? phaseEndSpan(goLive, phase.starts, phase.duration, startSpan!) : undefined;
    return { ...phase, startDate: startSpan?.from, endDate: endSpan?.to, startSpan, endSpan };
  });
  const rule = model.workdays;
  const tasks = model.tasks.map((task): ScheduledTask => {
    const startSpan = goLive && task.start ? resolveTaskSpan(task.start, goLive, rule.starts) : undefined;
    const deadlineSpan = goLive && task.deadline ? resolveTaskSpan(task.deadline, goLive, rule.deadlines) : undefined;
    return { ...task, startDate: startSpan?.from, deadlineDate: deadlineSpan?.from, startSpan, deadlineSpan };
  });
  return { wave, phases, tasks: sortByDate(tasks) };
}

// A phase starting "9–12 måneder før" ends within the same span, shifted by its duration.
function phaseEndSpan(goLive: IsoDate, starts: NonNullable<FlatPhase['starts']>, duration: NonNullable<FlatPhase['duration']>, start: DateSpan): DateSpan {
  const ends = [starts.amount, starts.upTo ?? starts.amount]
    .map((amount) => lastDayOfPhase(goLive, { amount, unit: starts.unit, direction: starts.direction }, duration))
    .sort();
  return { from: ends[0]!, to: ends[1]!, approximate: start.approximate, moved: false };
}

function sortByDate(tasks: readonly ScheduledTask[]): ScheduledTask[] {
  const key = (task: ScheduledTask) => task.deadlineDate ?? task.startDate;
  return tasks
    .map((task, index) => ({ task, index }))
    .sort((a, b) => compareDates(key(a.task), key(b.task)) || compareDates(a.task.startDate, b.task.startDate) || a.index - b.index)
    .map(({ task }) => task);
}

// Undefined dates sort after every date.
function compareDates(a: IsoDate | undefined, b: IsoDate | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

// What grouping needs of a task: where it belongs.
type TaskPlace = Pick<Task, 'phase' | 'theme'>;

/** The tasks of one theme within a phase. */
export type ThemeTasks<T> = { readonly theme: Theme; readonly tasks: readonly T[] };

/** The tasks of one phase or sub-phase, grouped by theme. */
export type PhaseTasks<T> = { readonly phase: FlatPhase; readonly themes: readonly ThemeTasks<T>[] };

/**
 * Groups tasks for the per-phase tables: every phase and sub-phase in reading order (also those
 * without tasks), and within each the themes in the model's order that have tasks, the tasks in
 * the order given. A sub-phase's tasks are not repeated under its phase. Pass a wave's
 * scheduled tasks to get their dates along.
 */
export function tasksByPhaseAndTheme(model: Model): PhaseTasks<Task>[];
export function tasksByPhaseAndTheme<T extends TaskPlace>(model: Model, tasks: readonly T[]): PhaseTasks<T>[];
export function tasksByPhaseAndTheme(model: Model, tasks: readonly TaskPlace[] = model.tasks): PhaseTasks<TaskPlace>[] {
  return flattenPhases(model.phases).map((phase) => ({
    phase,
    themes: model.themes
      .map((theme) => ({ theme, tasks: tasks.filter((task) => task.phase === phase.id && task.theme === theme.id) }))
      .filter((group) => group.tasks.length > 0),
  }));
}
