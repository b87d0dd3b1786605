// Checks the dates each wave's calendar computes: inside the years a handbook plans in, in order, and on working days.
import { formatDanishDate, holidayName, isPlanningDate, offsetSpan, PLANNING_YEARS, type IsoDate } from '../calendar/index.ts';
import type { Problem } from '../problems/problem.ts';
import type { Report } from './check-context.ts';
import { lastDayOfPhase } from './duration.ts';
import { flattenPhases } from './phases.ts';
import type { Model } from './schema.ts';
import { formatTaskDate, resolveTaskSpan } from './task-date.ts';
import { waveGoLiveDay, type Wave } from './waves.ts';

const YEARS = `${PLANNING_YEARS.first}–${PLANNING_YEARS.last}`;

/**
 * Reports, each at most once: a computed phase or task date outside the planning years (an error: the pages cannot
 * show it), a deadline before the task's start (an error), a deadline before its phase begins and a go-live on a
 * holiday (warnings: possible, but rarely meant).
 * A fixed deadline is the same day in every wave on purpose, so only a relative one is compared with its phase.
 */
export function checkTaskDates(model: Model, report: Report): Problem[] {
  // Nothing is computed for a wave whose go-live is a month, a quarter or not settled, so there is nothing to check.
  return [...checkGoLiveDays(model, report), ...checkPhaseDates(model, report), ...checkTasks(model, report)];
}

function checkGoLiveDays(model: Model, report: Report): Problem[] {
  return model.waves.flatMap((wave, index) => {
    const goLive = waveGoLiveDay(wave);
    const holiday = goLive ? holidayName(goLive) : undefined;
    if (!holiday) return [];
    const message = `go-live-datoen ${formatDanishDate(goLive!)} er en helligdag (${holiday}), hvor kommunerne holder lukket. Vælg en arbejdsdag, hvis det ikke er meningen.`;
    return [report(['waves', index, 'goLive'], message, 'warning')];
  });
}

function checkPhaseDates(model: Model, report: Report): Problem[] {
  const problems: Problem[] = [];
  for (const phase of flattenPhases(model.phases)) {
    if (!phase.starts) continue;
    for (const { wave, goLive } of datedWaves(model.waves)) {
      const start = offsetSpan(goLive, phase.starts).from;
      if (!isPlanningDate(start)) {
        problems.push(report([...phase.path, 'starts'], `fasen begynder ${formatDanishDate(start)} i bølgen "${wave.name}", uden for årene ${YEARS}. Ret starten.`));
        break;
      }
      const end = phase.duration ? lastDayOfPhase(goLive, phase.starts, phase.duration) : start;
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
      const move = field === 'start' ? model.workdays.starts : model.workdays.deadlines;
      const outsideDay = (goLive: IsoDate) => {
        const span = resolveTaskSpan(date, goLive, move);
        return [span.from, span.to].find((day) => !isPlanningDate(day));
      };
      const found = datedWaves(model.waves).find(({ goLive }) => outsideDay(goLive) !== undefined);
      if (!found) return [];
      const { wave } = found;
      const day = outsideDay(found.goLive)!;
      return [report(['tasks', index, field], `"${formatTaskDate(date)}" falder på ${formatDanishDate(day)} i bølgen "${wave.name}", uden for årene ${YEARS}. Ret tidsangivelsen.`)];
    });
    problems.push(...outside);
    if (outside.length > 0 || !task.deadline) continue;
    const phase = phaseStarts.get(task.phase);
    for (const { wave, goLive } of datedWaves(model.waves)) {
      // Only a deadline that must fall before every day the start may be is wrong: a range may overlap the start's.
      // The days are compared before moving off weekends, so a deadline moved back to Friday from a phase's or a
      // start's Saturday is no mistake of the writer's.
      const deadline = resolveTaskSpan(task.deadline, goLive, 'uændret').to;
      const start = task.start ? resolveTaskSpan(task.start, goLive, 'uændret').from : undefined;
      if (start !== undefined && deadline < start) {
        problems.push(
          report(
            ['tasks', index, 'deadline'],
            `tidsfristen (${formatDanishDate(deadline)}) ligger før starten (${formatDanishDate(start)}) i bølgen "${wave.name}". Ret start eller deadline.`,
          ),
        );
        break;
      }
      const phaseStart: IsoDate | undefined = phase?.starts ? offsetSpan(goLive, phase.starts).from : undefined;
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

// The waves whose go-live is a settled day, with that day: the only ones dates are computed for.
function datedWaves(waves: readonly Wave[]): { wave: Wave; goLive: IsoDate }[] {
  return waves.flatMap((wave) => {
    const goLive = waveGoLiveDay(wave);
    return goLive ? [{ wave, goLive }] : [];
  });
}
