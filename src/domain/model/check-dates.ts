// Checks the dates each wave's calendar computes: inside the years a handbook plans in, in order, and on working days.
import { applyOffset, formatDanishDate, holidayName, isPlanningDate, PLANNING_YEARS, type IsoDate } from '../calendar/index.ts';
import type { Problem } from '../problems/problem.ts';
import type { Report } from './check-context.ts';
import { lastDayOfPhase } from './duration.ts';
import { flattenPhases } from './phases.ts';
import type { Model } from './schema.ts';
import { formatTaskDate, resolveTaskDate } from './task-date.ts';

const YEARS = `${PLANNING_YEARS.first}–${PLANNING_YEARS.last}`;

/**
 * Reports, each at most once: a computed phase or task date outside the planning years (an error: the pages cannot
 * show it), a deadline before the task's start (an error), a deadline before its phase begins and a go-live on a
 * holiday (warnings: possible, but rarely meant).
 * A fixed deadline is the same day in every wave on purpose, so only a relative one is compared with its phase.
 */
export function checkTaskDates(model: Model, report: Report): Problem[] {
  return [...checkGoLiveDays(model, report), ...checkPhaseDates(model, report), ...checkTasks(model, report)];
}

function checkGoLiveDays(model: Model, report: Report): Problem[] {
  return model.waves.flatMap((wave, index) => {
    const holiday = holidayName(wave.goLive);
    if (!holiday) return [];
    const message = `go-live-datoen ${formatDanishDate(wave.goLive)} er en helligdag (${holiday}), hvor kommunerne holder lukket. Vælg en arbejdsdag, hvis det ikke er meningen.`;
    return [report(['waves', index, 'goLive'], message, 'warning')];
  });
}

function checkPhaseDates(model: Model, report: Report): Problem[] {
  const problems: Problem[] = [];
  for (const phase of flattenPhases(model.phases)) {
    if (!phase.starts) continue;
    for (const wave of model.waves) {
      const start = applyOffset(wave.goLive, phase.starts);
      if (!isPlanningDate(start)) {
        problems.push(report([...phase.path, 'starts'], `fasen begynder ${formatDanishDate(start)} i bølgen "${wave.name}", uden for årene ${YEARS}. Ret starten.`));
        break;
      }
      const end = phase.duration ? lastDayOfPhase(wave.goLive, phase.starts, phase.duration) : start;
      if (!isPlanningDate(end)) {
        problems.push(report([...phase.path, 'duration'], `fasen slutter ${formatDanishDate(end)} i bølgen "${wave.name}", uden for årene ${YEARS}. Ret varigheden eller starten.`));
        break;
      }
    }
  }
  return problems;
}

function checkTasks(model: Model, report: Report): Problem[] {
  const phaseStarts = new Map(flattenPhases(model.phases).flatMap((phase) => (phase.starts ? [[phase.id, phase] as const] : [])));
  const problems: Problem[] = [];
  for (const [index, task] of model.tasks.entries()) {
    const outside = (['start', 'deadline'] as const).flatMap((field) => {
      const date = task[field];
      if (!date) return [];
      const wave = model.waves.find((candidate) => !isPlanningDate(resolveTaskDate(date, candidate.goLive)));
      if (!wave) return [];
      const day = resolveTaskDate(date, wave.goLive);
      return [report(['tasks', index, field], `"${formatTaskDate(date)}" falder på ${formatDanishDate(day)} i bølgen "${wave.name}", uden for årene ${YEARS}. Ret tidsangivelsen.`)];
    });
    problems.push(...outside);
    if (outside.length > 0 || !task.deadline) continue;
    const phase = phaseStarts.get(task.phase);
    for (const wave of model.waves) {
      const deadline = resolveTaskDate(task.deadline, wave.goLive);
      const start = task.start ? resolveTaskDate(task.start, wave.goLive) : undefined;
      if (start !== undefined && deadline < start) {
        problems.push(
          report(
            ['tasks', index, 'deadline'],
            `tidsfristen (${formatDanishDate(deadline)}) ligger før starten (${formatDanishDate(start)}) i bølgen "${wave.name}". Ret start eller deadline.`,
          ),
        );
        break;
      }
      const phaseStart: IsoDate | undefined = phase?.starts ? applyOffset(wave.goLive, phase.starts) : undefined;
      // A fixed date is one day for every wave on purpose, so a later wave's phase may well begin after it.
      if (task.deadline.kind === 'relative' && phase && phaseStart !== undefined && deadline < phaseStart) {
        problems.push(
          report(
            ['tasks', index, 'deadline'],
            `tidsfristen ${formatDanishDate(deadline)} ligger før fasen "${phase.name}" begynder (${formatDanishDate(phaseStart)}) i bølgen "${wave.name}". Flyt opgaven til en tidligere fase, eller ret tidsfristen.`,
            'warning',
          ),
        );
        break;
      }
    }
  }
  return problems;
}
