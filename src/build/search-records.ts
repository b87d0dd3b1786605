// Turns each KLIK task into a search record of its own, so a search finds tasks and can be filtered by phase.
import type { ResolvedHandbook } from '../domain/index.ts';
import { flattenPhases, modelNames, phaseLabel, taskTypeLabel } from '../domain/model/index.ts';

/** A record as Pagefind's `addCustomRecord` takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Builds one record per task of the current handbook, linking to its row in the task overview. The URL is relative to
 * the site's root, like those of the pages Pagefind indexes: the search UI puts the site's base path (its `baseUrl`) in front of both.
 */
export function taskSearchRecords(handbook: ResolvedHandbook, labels: { part: string; title: (task: string) => string }): SearchRecord[] {
  const model = handbook.data;
  const names = modelNames(model);
  const phases = new Map(flattenPhases(model.phases).map((phase) => [phase.id, phase]));
  const themes = new Map(model.themes.map((theme) => [theme.id, theme.name]));
  return model.tasks.map((task) => {
    const phase = phases.get(task.phase);
    const parts = [
      task.title,
      task.description,
      task.result,
      ...task.prerequisites,
      `${taskTypeLabel(task.type)}.`,
      names.roles(task.responsible),
      names.roles(task.performers),
      task.klikId,
    ];
    return {
      url: `/${handbook.id}/opgaver/#opgave-${task.id}`,
      content: parts.filter((part): part is string => Boolean(part)).join(' '),
      language: 'da',
      meta: { title: labels.title(task.title) },
      filters: {
        håndbog: [model.system.name],
        del: [labels.part],
        ...(phase && { fase: [phaseLabel(phase)] }),
        ...(themes.has(task.theme) && { tema: [themes.get(task.theme)!] }),
      },
    };
  });
}
