// Summarises what changed between two versions of a handbook: per section (word-level) and per data item (by id).
import { diffById, type ItemChange } from '../diff/data.ts';
import { computeSectionChanges, type Change } from '../diff/prose.ts';
import type { VersionLinks } from '../diff/types.ts';
import type { HandbookMedia } from '../media/collect.ts';
import { shownLinksOf } from '../media/link-words.ts';
import type { HandbookData } from '../schema/handbook.ts';
import type { Part } from '../schema/section-frontmatter.ts';
import type { Role } from '../model/roles.ts';
import type { Task } from '../model/tasks.ts';
import type { Wave } from '../model/waves.ts';

/** The parts of a section a summary needs; resolved and frozen sections both have them. */
export interface SummarySection {
  id: string;
  title: string;
  number: string;
  part: Part;
  parent?: string | undefined;
  body: string;
}

/** One version of a handbook as the summary compares it. */
export interface VersionContent {
  sections: readonly SummarySection[];
  data: Pick<HandbookData, 'tasks' | 'roles' | 'waves' | 'transitions'>;
  /** Its figures and files, so the texts of its changes read "Figur 4" and a file's type and size as its pages do. */
  media?: HandbookMedia | undefined;
}

/** What happened to one section. */
export interface SectionSummary {
  section: SummarySection;
  status: 'new' | 'changed' | 'removed';
  changes: Change[];
}

/** A checkpoint with an id derived from its transition and title, so it can be compared between versions. */
export interface CheckpointItem {
  id: string;
  from: string;
  to: string;
  title: string;
  /** Left out where the handbook does not say what kind of checkpoint it is. */
  type?: string | undefined;
  /** More on what is checked and how, where the handbook says it. */
  description?: string | undefined;
}

/** Everything that differs, in reading order; unchanged items are left out. */
export interface ChangeSummary {
  sections: SectionSummary[];
  tasks: ItemChange<Task>[];
  roles: ItemChange<Role>[];
  waves: ItemChange<Wave>[];
  checkpoints: ItemChange<CheckpointItem>[];
}

/** Compares `current` with `previous`; `editorial` lists, per section, wordings declared editorial. */
export function summarizeChanges(
  previous: VersionContent,
  current: VersionContent,
  editorial: ReadonlyMap<string, readonly string[]> = new Map(),
): ChangeSummary {
  const before = new Map(previous.sections.map((section) => [section.id, section]));
  const links = versionLinks(previous, current);
  const sections: SectionSummary[] = [];
  for (const section of current.sections) {
    const old = before.get(section.id);
    before.delete(section.id);
    const result = computeSectionChanges(old?.body, section.body, { sectionId: section.id, editorial: editorial.get(section.id) ?? [], links });
    if (result.status === 'new') sections.push({ section, status: 'new', changes: [] });
    else if (result.changes.length > 0) sections.push({ section, status: 'changed', changes: result.changes });
  }
  for (const removed of before.values()) sections.push({ section: removed, status: 'removed', changes: [] });
  return {
    sections,
    tasks: changedOnly(diffById(previous.data.tasks, current.data.tasks)),
    roles: changedOnly(diffById(previous.data.roles, current.data.roles)),
    waves: changedOnly(diffById(previous.data.waves, current.data.waves)),
    checkpoints: changedOnly(diffById(checkpointsOf(previous.data), checkpointsOf(current.data))),
  };
}

/** How each version's pages show the links they rewrite, from its media (as written, for a version without). */
export function versionLinks(previous: Pick<VersionContent, 'media'>, current: Pick<VersionContent, 'media'>): VersionLinks {
  return { previous: previous.media && shownLinksOf(previous.media), current: current.media && shownLinksOf(current.media) };
}

/** Tells whether a summary holds any change at all. */
export function hasAnyChange(summary: ChangeSummary): boolean {
  return [summary.sections, summary.tasks, summary.roles, summary.waves, summary.checkpoints].some((list) => list.length > 0);
}

/**
 * Flattens the transitions' checkpoints into items with stable ids (`<from>-<to>-<n>` would shift when one is inserted).
 * A title repeated at the same transition gets its place among the repeats, so no two items share an id.
 */
export function checkpointsOf(data: Pick<HandbookData, 'transitions'>): CheckpointItem[] {
  const ids = checkpointIds(data);
  return data.transitions.flatMap((transition, at) =>
    transition.checkpoints.map((checkpoint, index) => ({
      id: ids[at]![index]!,
      from: transition.from,
      to: transition.to,
      title: checkpoint.title,
      type: checkpoint.type,
      description: checkpoint.description,
    })),
  );
}

/** Returns each checkpoint's id, per transition in order: what the checkpoint tables look their changes up by. */
export function checkpointIds(data: Pick<HandbookData, 'transitions'>): string[][] {
  const seen = new Map<string, number>();
  return data.transitions.map((transition) =>
    transition.checkpoints.map((checkpoint) => {
      const id = `${transition.from}-${transition.to}: ${checkpoint.title}`;
      const count = (seen.get(id) ?? 0) + 1;
      seen.set(id, count);
      return count === 1 ? id : `${id} (${count})`;
    }),
  );
}

function changedOnly<T>(changes: ItemChange<T>[]): ItemChange<T>[] {
  return changes.filter((change) => change.kind !== 'unchanged');
}
