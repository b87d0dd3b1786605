// Computes one municipality's implementation across every handbook: its wave, go-live, phase dates and deadlines.
import { dayOf, formatPlannedDate, type IsoDate } from '../calendar/index.ts';
import type { Municipality } from '../municipalities/index.ts';
import { findMunicipality } from '../municipalities/index.ts';
import { scheduleForWave, type ScheduledPhase, type ScheduledTask } from '../model/schedule.ts';
import type { Model } from '../model/schema.ts';
import type { Wave } from '../model/waves.ts';
import { scheduleChanges, type WaveChanges } from '../versions/wave-changes.ts';

/** One handbook as the municipality plan needs it: its data now and in the version the site compares with. */
export type PlanHandbook = {
  /** The handbook's id (`content/<id>/`). */
  readonly id: string;
  /** The handbook's current data. */
  readonly model: Model;
  /** The released version the current one is compared with for the yellow markings, if any. */
  readonly compared?: { readonly version: string; readonly model: Model } | undefined;
};

/** How the municipality's place in a handbook changed since the compared version. */
export type PlanChanges = {
  /** The version compared with, e.g. "1.0". */
  readonly version: string;
  /** The wave the municipality was in before, when it has moved to another wave (or was in none). */
  readonly movedFrom?: { readonly wave: Wave | undefined } | undefined;
  /** Its go-live, phase and task dates that differ from the compared version. */
  readonly dates: WaveChanges;
};

/** The municipality's part in one handbook. */
export type HandbookPlan = {
  readonly handbookId: string;
  readonly model: Model;
  /** The wave the municipality is placed in; undefined while the handbook has not placed it. */
  readonly wave: Wave | undefined;
  /** Phases and sub-phases in reading order with their dates for the municipality's wave. */
  readonly phases: readonly ScheduledPhase[];
  /** Tasks in date order (deadline, or start without one); undated tasks last. */
  readonly tasks: readonly ScheduledTask[];
  /** What changed for the municipality since the compared version; undefined without one or without changes. */
  readonly changes: PlanChanges | undefined;
};

/** One municipality across every handbook of the site. */
export type MunicipalityPlan = {
  readonly municipality: Municipality;
  /** One entry per handbook, in the order given. */
  readonly handbooks: readonly HandbookPlan[];
};

/** Finds the wave of a model that holds the municipality with this code. */
export function waveWith(model: Model, code: string): Wave | undefined {
  return model.waves.find((wave) => (wave.municipalities ?? []).some((entry) => findMunicipality(entry)?.code === code));
}

/** Computes the municipality's wave, dates and changes in each handbook. */
export function municipalityPlan(municipality: Municipality, handbooks: readonly PlanHandbook[]): MunicipalityPlan {
  return { municipality, handbooks: handbooks.map((handbook) => handbookPlan(municipality.code, handbook)) };
}

function handbookPlan(code: string, handbook: PlanHandbook): HandbookPlan {
  const wave = waveWith(handbook.model, code);
  const schedule = wave ? scheduleForWave(handbook.model, wave) : undefined;
  return {
    handbookId: handbook.id,
    model: handbook.model,
    wave,
    phases: schedule?.phases ?? [],
    tasks: schedule?.tasks ?? [],
    changes: wave ? planChanges(code, handbook, wave) : undefined,
  };
}

function planChanges(code: string, handbook: PlanHandbook, wave: Wave): PlanChanges | undefined {
  const { compared } = handbook;
  if (!compared) return undefined;
  const before = waveWith(compared.model, code);
  const movedFrom = before?.id === wave.id ? undefined : { wave: before };
  const dates = before ? scheduleChanges(compared.model, before, handbook.model, wave) : { goLive: { from: undefined, to: formatPlannedDate(wave.goLive) }, phases: [], tasks: [] };
  const changed = movedFrom || dates.goLive || dates.phases.length > 0 || dates.tasks.length > 0;
  return changed ? { version: compared.version, ...(movedFrom && { movedFrom }), dates } : undefined;
}

/** One dated event of the municipality's plan, for its calendar and spreadsheet. */
export type PlanEvent = {
  /** Stable across versions: the handbook, the kind of event and the phase's or task's id. */
  readonly key: string;
  readonly handbookId: string;
  readonly kind: 'go-live' | 'fase' | 'opgave';
  readonly date: IsoDate;
  /** The phase or task the event is about (undefined for go-live). */
  readonly phase?: ScheduledPhase | undefined;
  readonly task?: ScheduledTask | undefined;
};

/** Lists the plan's dated events across all handbooks in date order: go-live, phase starts and task deadlines. */
export function planEvents(plan: MunicipalityPlan): PlanEvent[] {
  const events = plan.handbooks.flatMap((handbook): PlanEvent[] => {
    const { wave, handbookId } = handbook;
    if (!wave) return [];
    // A go-live that is only a month, a quarter or not settled is no day in a calendar.
    const day = dayOf(wave.goLive);
    const goLive: PlanEvent[] = day ? [{ key: `${handbookId}/go-live`, handbookId, kind: 'go-live', date: day }] : [];
    const phases = handbook.phases.flatMap((phase): PlanEvent[] =>
      phase.startDate ? [{ key: `${handbookId}/fase/${phase.id}`, handbookId, kind: 'fase', date: phase.startDate, phase }] : [],
    );
    const tasks = handbook.tasks.flatMap((task): PlanEvent[] =>
      task.deadlineDate ? [{ key: `${handbookId}/opgave/${task.id}`, handbookId, kind: 'opgave', date: task.deadlineDate, task }] : [],
    );
    return [...goLive, ...phases, ...tasks];
  });
  // A stable sort: same-day events keep the handbooks' order and, within one, go-live, phases, then tasks.
  return events.map((event, index) => ({ event, index })).sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index)).map(({ event }) => event);
}
