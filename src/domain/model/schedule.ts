// Turns the model's relative timing into one wave's calendar: phase periods and task dates.
import { applyOffset, type IsoDate } from '../calendar/index.ts';
import { lastDayOfPhase } from './duration.ts';
import { flattenPhases, type FlatPhase } from './phases.ts';
import type { Model } from './schema.ts';
import type { Task } from './tasks.ts';
import { resolveTaskDate } from './task-date.ts';
import type { Theme } from './themes.ts';
import type { Wave } from './waves.ts';

/** A phase or sub-phase with its dates in one wave; a phase without `starts` has none. */
export type ScheduledPhase = FlatPhase & {
  /** The first day of the phase. */
  readonly startDate: IsoDate | undefined;
  /** The last day of the phase (inclusive); undefined without both `starts` and `duration`. */
  readonly endDate: IsoDate | undefined;
};

/** A task with its dates in one wave. */
export type ScheduledTask = Task & {
  /** The day to begin, if the task has a start. */
  readonly startDate: IsoDate | undefined;
  /** The day it must be done (Tidsfrist), if the task has a deadline. */
  readonly deadlineDate: IsoDate | undefined;
};

/** One wave's concrete calendar. */
export type WaveSchedule = {
  readonly wave: Wave;
  /** Phases and sub-phases in reading order (each phase followed by its sub-phases). */
  readonly phases: readonly ScheduledPhase[];
  /** Tasks by date: deadline (or start, for tasks without one) first, then start, then the YAML's order; undated last. */
  readonly tasks: readonly ScheduledTask[];
};

/** Computes a wave's phase periods and task dates: offsets count from the wave's go-live, fixed dates stay as written. */
export function scheduleForWave(model: Model, wave: Wave): WaveSchedule {
  const phases = flattenPhases(model.phases).map((phase): ScheduledPhase => {
    const startDate = phase.starts ? applyOffset(wave.goLive, phase.starts) : undefined;
    const endDate = phase.starts && phase.duration ? lastDayOfPhase(wave.goLive, phase.starts, phase.duration) : undefined;
    return { ...phase, startDate, endDate };
  });
  const tasks = model.tasks.map(
    (task): ScheduledTask => ({
      ...task,
      startDate: task.start ? resolveTaskDate(task.start, wave.goLive) : undefined,
      deadlineDate: task.deadline ? resolveTaskDate(task.deadline, wave.goLive) : undefined,
    }),
  );
  return { wave, phases, tasks: sortByDate(tasks) };
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
