// Lists what changed for one wave since the compared version: its go-live and the concrete dates of its phases and tasks.
import { dayOf, formatDateSpan, formatPlannedDate, type DateSpan } from '../calendar/index.ts';
import type { Model } from '../model/schema.ts';
import { scheduleForWave, type ScheduledTask } from '../model/schedule.ts';
import { phaseLabel } from '../model/labels.ts';
import type { Wave } from '../model/waves.ts';

/** A date that moved, or appeared or disappeared (undefined on one side), as readers see it: "6. september 2027", "2. kvartal 2027". */
export interface DateChange {
  from: string | undefined;
  to: string | undefined;
  /** For a go-live that moved from one day to another, the two days, so the page can say by how much. */
  days?: { from: string; to: string } | undefined;
}

/** One task of the wave that is new, gone, or has new dates or other changes. */
export interface WaveTaskChange {
  id: string;
  title: string;
  kind: 'added' | 'removed' | 'changed';
  start?: DateChange;
  deadline?: DateChange;
  /** True when the task's dates moved only because the go-live moved: its timing relative to go-live is unchanged. */
  followsGoLive?: boolean;
}

/** Everything a project leader in this wave must notice in the new version. */
export interface WaveChanges {
  goLive?: DateChange;
  phases: { id: string; label: string; start?: DateChange; end?: DateChange; followsGoLive?: boolean }[];
  tasks: WaveTaskChange[];
}

/** Compares the wave's schedule in two versions; a wave new in this version reports only that its go-live is new. */
export function waveChanges(previous: Model | undefined, current: Model, waveId: string): WaveChanges | undefined {
  const wave = current.waves.find((candidate) => candidate.id === waveId);
  if (!previous || !wave) return undefined;
  const before = previous.waves.find((candidate) => candidate.id === waveId);
  if (!before) return { goLive: { from: undefined, to: formatPlannedDate(wave.goLive) }, phases: [], tasks: [] };
  return scheduleChanges(previous, before, current, wave);
}

/**
 * Compares the concrete dates of one wave in the previous version with one in the current version: the same wave,
 * or, for a municipality that moved, the wave it was in and the wave it is in now.
 */
export function scheduleChanges(previous: Model, before: Wave, current: Model, wave: Wave): WaveChanges {
  const old = scheduleForWave(previous, before);
  const now = scheduleForWave(current, wave);
  const goLiveText = moved(formatPlannedDate(before.goLive), formatPlannedDate(wave.goLive));
  const [fromDay, toDay] = [dayOf(before.goLive), dayOf(wave.goLive)];
  const goLive = goLiveText && fromDay && toDay ? { ...goLiveText, days: { from: fromDay, to: toDay } } : goLiveText;
  const goLiveMoved = goLive !== undefined;
  const oldPhases = new Map(old.phases.map((phase) => [phase.id, phase]));
  const phases = now.phases.flatMap((phase) => {
    const was = oldPhases.get(phase.id);
    const start = moved(spanText(was?.startSpan), spanText(phase.startSpan));
    const end = moved(spanText(was?.endSpan), spanText(phase.endSpan));
    const followsGoLive = goLiveMoved && was !== undefined && sameTiming([was.starts, was.duration], [phase.starts, phase.duration]);
    return start || end ? [{ id: phase.id, label: phaseLabel(phase), ...(start && { start }), ...(end && { end }), ...(followsGoLive && { followsGoLive }) }] : [];
  });
  return {
    ...(goLive && { goLive }),
    phases,
    tasks: taskChanges(old.tasks, now.tasks, goLiveMoved),
  };
}

// Timing is compared as written ("4 uger før go-live"), so a task whose own timing was edited is not said to follow go-live.
// Keys are sorted first: a release's frozen data has its keys in another order than freshly parsed YAML.
function sameTiming(a: readonly unknown[], b: readonly unknown[]): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  );
}

function taskChanges(old: readonly ScheduledTask[], now: readonly ScheduledTask[], goLiveMoved = false): WaveTaskChange[] {
  const before = new Map(old.map((task) => [task.id, task]));
  const changes: WaveTaskChange[] = [];
  for (const task of now) {
    const was = before.get(task.id);
    before.delete(task.id);
    if (!was) {
      changes.push({ id: task.id, title: task.title, kind: 'added' });
      continue;
    }
    const start = moved(spanText(was.startSpan), spanText(task.startSpan));
    const deadline = moved(spanText(was.deadlineSpan), spanText(task.deadlineSpan));
    const followsGoLive = goLiveMoved && sameTiming([was.start, was.deadline], [task.start, task.deadline]);
    if (start || deadline) changes.push({ id: task.id, title: task.title, kind: 'changed', ...(start && { start }), ...(deadline && { deadline }), ...(followsGoLive && { followsGoLive }) });
  }
  for (const gone of before.values()) changes.push({ id: gone.id, title: gone.title, kind: 'removed' });
  return changes;
}

// Dates are compared as readers see them, so a range ("1. marts – 1. juni 2016") or "ca." that changes counts too.
function spanText(span: DateSpan | undefined): string | undefined {
  return span ? formatDateSpan(span) : undefined;
}

function moved(from: string | undefined, to: string | undefined): DateChange | undefined {
  return from === to ? undefined : { from, to };
}
