// Links an entry of a list of changes to the task, role, wave or checkpoint it names, on the current pages.
import type { ResolvedHandbook } from '../domain/index.ts';
import { checkpointPlace, rolePlace } from '../domain/sections/item-places.ts';
import type { CheckpointItem } from '../domain/versions/summary.ts';
import { chapterUrl, taskUrl, waveUrl } from './urls.ts';

/** An item a list of changes names, by kind. */
export type NamedItem =
  | { what: 'task'; id: string }
  | { what: 'wave'; id: string }
  | { what: 'role'; id: string; party: string }
  | { what: 'checkpoint'; item: Pick<CheckpointItem, 'from' | 'to' | 'title'> };

/**
 * Returns the address where the current handbook shows `named`: a task's row on the task page, a wave's page, a role's
 * or checkpoint's row in the section that shows it; undefined when the current handbook no longer has it.
 */
export function itemHref(handbook: ResolvedHandbook, named: NamedItem): string | undefined {
  const { data, sections } = handbook;
  if (named.what === 'task') return data.tasks.some((task) => task.id === named.id) ? taskUrl(handbook.id, named.id) : undefined;
  if (named.what === 'wave') return data.waves.some((wave) => wave.id === named.id) ? waveUrl(handbook.id, named.id) : undefined;
  if (named.what === 'role') {
    const place = data.roles.some((role) => role.id === named.id) ? rolePlace(sections, named) : undefined;
    return place && chapterUrl(handbook.id, place.page, place.anchor);
  }
  const { from, to, title } = named.item;
  const index = data.transitions.find((transition) => transition.from === from && transition.to === to)?.checkpoints.findIndex((checkpoint) => checkpoint.title === title) ?? -1;
  const place = index >= 0 ? checkpointPlace(sections, { from, to, index }) : undefined;
  return place && chapterUrl(handbook.id, place.page, place.anchor);
}
