// Computes what a wave's page shows: its calendar, its municipalities and, against the compared version, what is new or moved.
import type { Municipality } from '../municipalities/index.ts';
import type { Model } from '../model/schema.ts';
import { scheduleForWave, type ScheduledPhase, type ScheduledTask, type WaveSchedule } from '../model/schedule.ts';
import type { Task } from '../model/tasks.ts';
import { waveMunicipalities, type Wave } from '../model/waves.ts';
import { dataChanges, fieldChange, type ChangeKind } from './data-changes.ts';
import { waveChanges, type WaveChanges } from './wave-changes.ts';

/** One phase or sub-phase of the wave with its tasks and the tasks of it the compared version had and this one has not. */
export interface WavePart {
  phase: ScheduledPhase;
  /** How the phase's period differs from the compared version's. */
  period: ChangeKind;
  tasks: ScheduledTask[];
  removed: Task[];
}

/** A main phase of the wave: the phase itself first, then its sub-phases. */
export interface WaveSection {
  phase: ScheduledPhase;
  parts: WavePart[];
}

/** Everything the wave page shows, with the marks of what changed since the compared version. */
export interface WaveView {
  wave: Wave;
  schedule: WaveSchedule;
  /** The compared version and what changed for this wave since; undefined without a compared version. */
  compared: { version: string; changes: WaveChanges | undefined } | undefined;
  /** The wave's municipalities, each marked when the compared version did not have it in this wave. */
  municipalities: { municipality: Municipality; change: ChangeKind }[];
  /** The municipalities that were in the wave in the compared version and have moved to another wave or out of the plan. */
  leftWave: Municipality[];
  /** How the wave's go-live, kind and number of municipalities differ from the compared version's. */
  facts: { goLive: ChangeKind; kind: ChangeKind; count: ChangeKind };
  /** The main phases with their sub-phases and tasks. */
  sections: WaveSection[];
  /** How a phase's first or last day differs from the compared version's. */
  phaseDate(phase: ScheduledPhase, end: 'start' | 'end'): ChangeKind;
  /** How a task's concrete start or deadline differs: its rule changed, or it moved with the go-live although the rule did not. */
  taskDate(task: Task, field: 'start' | 'deadline'): ChangeKind;
}

/** The version a wave page compares with: its number and its data. */
export interface ComparedVersion {
  version: string;
  data: Model;
}

/** Computes the view of `wave` in `model`, marked against `compared` (nothing is marked without one). */
export function waveView(model: Model, wave: Wave, compared: ComparedVersion | undefined): WaveView {
  const schedule = scheduleForWave(model, wave);
  const municipalities = waveMunicipalities(wave);
  const changes = compared ? waveChanges(compared.data, model, wave.id) : undefined;
  const previousWave = compared?.data.waves.find((candidate) => candidate.id === wave.id);
  const before = new Set(previousWave ? waveMunicipalities(previousWave).map((municipality) => municipality.code) : []);
  const current = new Set(municipalities.map((municipality) => municipality.code));
  // A new wave is new throughout, and a moved go-live moves every date counted from it.
  const waveIsNew = compared !== undefined && previousWave === undefined;
  const factChange = (changed: boolean): ChangeKind => (waveIsNew ? 'added' : changed ? 'changed' : undefined);
  const phaseMoves = new Map((changes?.phases ?? []).map((phase) => [phase.id, phase]));
  const movedTasks = new Map((changes?.tasks ?? []).filter((task) => task.kind === 'changed').map((task) => [task.id, task]));
  const removedIds = new Set((changes?.tasks ?? []).filter((task) => task.kind === 'removed').map((task) => task.id));
  const marks = dataChanges(compared?.data, model);
  const part = (phase: ScheduledPhase): WavePart => ({
    phase,
    period: factChange(phaseMoves.has(phase.id)),
    tasks: schedule.tasks.filter((task) => task.phase === phase.id),
    removed: (compared?.data.tasks ?? []).filter((task) => task.phase === phase.id && removedIds.has(task.id)),
  });
  return {
    wave,
    schedule,
    compared: compared && { version: compared.version, changes },
    municipalities: municipalities.map((municipality) => ({ municipality, change: compared !== undefined && !before.has(municipality.code) ? 'added' : undefined })),
    leftWave: previousWave ? waveMunicipalities(previousWave).filter((municipality) => !current.has(municipality.code)) : [],
    facts: {
      goLive: factChange(changes?.goLive !== undefined),
      kind: factChange(previousWave !== undefined && previousWave.kind !== wave.kind),
      count: factChange(previousWave !== undefined && before.size !== municipalities.length),
    },
    sections: schedule.phases
      .filter((phase) => phase.parent === undefined)
      .map((phase) => ({ phase, parts: [phase, ...schedule.phases.filter((candidate) => candidate.parent === phase.id)].map(part) })),
    phaseDate: (phase, end) => factChange(phaseMoves.get(phase.id)?.[end] !== undefined),
    taskDate: (task, field) => (waveIsNew ? 'added' : (fieldChange(marks.task(task.id), field) ?? (movedTasks.get(task.id)?.[field] ? 'changed' : undefined))),
  };
}
