// Checks that no task's deadline falls before its start in any wave.
import { formatDanishDate } from '../calendar/index.ts';
import type { Problem } from '../problems/problem.ts';
import type { Report } from './check-context.ts';
import type { Model } from './schema.ts';
import { resolveTaskDate } from './task-date.ts';

/** Reports, once per task, a deadline that falls before the start in some wave (working days shift with holidays). */
export function checkTaskDates(model: Model, report: Report): Problem[] {
  const problems: Problem[] = [];
  for (const [index, task] of model.tasks.entries()) {
    if (!task.start || !task.deadline) continue;
    for (const wave of model.waves) {
      const start = resolveTaskDate(task.start, wave.goLive);
      const deadline = resolveTaskDate(task.deadline, wave.goLive);
      if (deadline >= start) continue;
      problems.push(
        report(
          ['tasks', index, 'deadline'],
          `tidsfristen (${formatDanishDate(deadline)}) ligger før starten (${formatDanishDate(start)}) i bølgen "${wave.name}". Ret start eller deadline.`,
        ),
      );
      break;
    }
  }
  return problems;
}
