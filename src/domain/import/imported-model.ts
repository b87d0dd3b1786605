// The handbook data the import gathers from the document's tables, and the guidance notes for every guess it made.
import { partyNamed, type Party } from '../model/roles.ts';
import { TaskSchema } from '../model/tasks.ts';
import { IdPool } from './ids.ts';
import type { FoundPhase, FoundTheme } from './model-names.ts';

/** A role as it goes into handbook.yaml. */
export interface RoleEntry {
  id: string;
  name: string;
  party: string;
  description?: string;
  responsibilities?: string[];
}

/** A task as it goes into handbook.yaml; a field the document does not state is absent where the schema allows it. */
export interface TaskEntry {
  id: string;
  klikId?: string;
  title: string;
  description?: string;
  phase: string;
  theme: string;
  responsible?: string[];
  performers?: string[];
  type?: string;
  start?: string;
  deadline?: string;
}

/** A checkpoint as it goes into handbook.yaml. */
export interface CheckpointEntry {
  title: string;
  /** Left out where the document does not say which kind of checkpoint it is. */
  type?: string;
  description?: string;
}

/** A transition between two phases, with its checkpoints. */
export interface TransitionEntry {
  from: string;
  to: string;
  checkpoints: CheckpointEntry[];
}

/** A line of Word's version log, as written. */
export interface VersionRow {
  version: string;
  note: string;
  date: string;
  initials: string;
}

/** How task tables name the three parties themselves, and the id a task refers to each by. */
const PARTY_IN_TASKS: Readonly<Record<string, string>> = {
  kommune: 'kommune',
  kommunen: 'kommune',
  kommunerne: 'kommune',
  leverandør: 'leverandoer',
  leverandøren: 'leverandoer',
  kombit: 'kombit',
};

/** Tells whether today's task schema lets a task leave `field` out (the "not known yet" form); otherwise the import must guess and say so. */
export function taskFieldMayBeUnstated(field: 'type' | 'responsible' | 'performers'): boolean {
  const task: Record<string, unknown> = { id: 'a', title: 'A', phase: 'p', theme: 't', responsible: 'r', performers: 'r', type: 'valgfri' };
  delete task[field];
  return TaskSchema.safeParse(task).success;
}

/** Everything gathered so far, with the notes to the writer keyed by the section they belong in. */
export class ImportedModel {
  readonly roles: RoleEntry[] = [];
  readonly tasks: TaskEntry[] = [];
  readonly transitions: TransitionEntry[] = [];
  readonly phases: FoundPhase[] = [];
  readonly themes: FoundTheme[] = [];
  readonly versions: VersionRow[] = [];
  /** Guidance notes for the writer, by section id, in the order they were made. */
  readonly notes = new Map<string, string[]>();
  readonly taskIds = new IdPool();
  readonly roleIds = new IdPool();
  /** The system's supplier, when the front page names it: its roles belong to the party leverandør. */
  supplier: string | undefined;

  /** Adds a guidance note to a section: a guess the writer must look at before the handbook can be published. */
  note(sectionId: string, text: string): void {
    const list = this.notes.get(sectionId) ?? [];
    if (!list.includes(text)) list.push(text);
    this.notes.set(sectionId, list);
  }

  /** Records a phase the document names, once. */
  addPhase(phase: FoundPhase): void {
    if (!this.phases.some((known) => known.id === phase.id)) this.phases.push(phase);
  }

  /** Records a theme the document names, once. */
  addTheme(theme: FoundTheme): void {
    if (!this.themes.some((known) => known.id === theme.id)) this.themes.push(theme);
  }

  /** Adds a role from a roles table; a second role with the same name and party is merged into the first. */
  addRole(role: Omit<RoleEntry, 'id'>): RoleEntry {
    const same = this.roles.find((known) => sameName(known.name, role.name) && known.party === role.party);
    if (same) return same;
    const entry = { id: this.roleIds.take(role.name, 'rolle'), ...role };
    this.roles.push(entry);
    return entry;
  }

  /** Names of roles that only task tables name and whose party the name does not give away, in the order met. */
  readonly rolesOfGuessedParty: string[] = [];

  /**
   * Returns the id of the role a task table names ("Projektleder", "Leverandøren"); a name no roles
   * table gave becomes a role of its own. When its name does not say whose role it is, it becomes
   * the municipality's and is listed in `rolesOfGuessedParty`, for the note to the writer.
   */
  roleIdFor(name: string, { guessed = false } = {}): string {
    // "Leverandøren", "KOMBIT", "Kommunen": a task may name a whole party instead of one of its roles.
    const party = PARTY_IN_TASKS[name.trim().toLocaleLowerCase('da')];
    if (party) return party;
    const known = this.roles.find((role) => sameName(role.name, name));
    if (known) return known.id;
    const owner = this.partyOf(name);
    const role = this.addRole({ name, party: owner ?? 'kommune' });
    if (!owner && !guessed) this.rolesOfGuessedParty.push(name);
    return role.id;
  }

  /** The party a role's name gives away ("Leverandørens projektleder", "KOMBIT"), or undefined when it does not. */
  partyOf(name: string): Party | undefined {
    const words = name.toLocaleLowerCase('da').split(/[^\p{L}]+/u);
    if (words.some((word) => word.startsWith('leverandør')) || (this.supplier && name.toLocaleLowerCase('da').includes(this.supplier.toLocaleLowerCase('da')))) return 'leverandør';
    if (words.includes('kombit') || words.includes('kombits')) return 'KOMBIT';
    if (words.some((word) => word.startsWith('kommune') || partyNamed(word) === 'kommune')) return 'kommune';
    return undefined;
  }
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');
}
