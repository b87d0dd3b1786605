// Reads what the model components show from a handbook's model: phases in scope, parties, task dates as text.
import { formatDuration, formatTaskDate, flattenPhases, partyNamed, phasesWithin, type FlatPhase, type Model, type Party, type PartyData, type Task } from '../../domain/model/index.ts';
import { didYouMean } from '../../domain/problems/nearest.ts';
import { formatOffset } from '../../domain/calendar/index.ts';

/**
 * Returns the phases a component covers: every phase and sub-phase without `phaseId`, else the
 * phase and its sub-phases. An unknown id is a writer's mistake in MDX, explained in Danish.
 */
export function phasesInScope(model: Model, phaseId: string | undefined, component: string): FlatPhase[] {
  const scope = phasesWithin(model.phases, phaseId);
  if (scope.length === 0) {
    throw new Error(
      `<${component} fase="${phaseId}" />: "${phaseId}" er ikke en fase i handbook.yaml. Brug et af disse id'er: ${flattenPhases(model.phases).map((phase) => phase.id).join(', ')}.`,
    );
  }
  return scope;
}

/** Returns the phase with `id`, or throws a Danish message naming the component and the known ids. */
export function phaseById(model: Model, id: string, component: string): FlatPhase {
  const phase = flattenPhases(model.phases).find((candidate) => candidate.id === id);
  if (phase) return phase;
  throw new Error(
    `<${component}>: "${id}" er ikke en fase i handbook.yaml. Brug et af disse id'er: ${flattenPhases(model.phases).map((p) => p.id).join(', ')}.`,
  );
}

/** Reads a `part="…"` prop (one of the handbook's parties, any case; leverandoer too); undefined means every party. */
export function partyFrom(value: string | undefined, parties: readonly PartyData[]): Party | undefined {
  if (value === undefined || value === '') return undefined;
  const party = partyNamed(value, parties);
  if (party) return party;
  const ids = parties.map((candidate) => candidate.id);
  throw new Error(`<Roller part="${value}" />: part skal være ${ids.join(', ')} eller udelades for alle roller.${didYouMean(value, ids)}`);
}

/** Writes when a phase begins and how long it lasts, as the YAML says it: "6 måneder før go-live", "2 måneder". */
export function phaseTiming(phase: FlatPhase): { starts: string | undefined; duration: string | undefined } {
  return {
    starts: phase.starts ? formatOffset(phase.starts) : undefined,
    duration: phase.duration ? formatDuration(phase.duration) : undefined,
  };
}

/** Writes a task's deadline as readers see it without a wave: "20 arbejdsdage før go-live" or a date. */
export function relativeDeadline(task: Pick<Task, 'deadline'>): string | undefined {
  return task.deadline ? formatTaskDate(task.deadline) : undefined;
}

/** Writes a task's start the same way as its deadline. */
export function relativeStart(task: Pick<Task, 'start'>): string | undefined {
  return task.start ? formatTaskDate(task.start) : undefined;
}

