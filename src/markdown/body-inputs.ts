// Holds what the markdown plugins need to compile each generated body, handed over by the build in the process-wide store.
//
// The build writes each section body to the generated folder (build/generate.ts) and Astro compiles it, in the same
// process, through the plugins in this folder. What a body compiles with besides its text (the sections of its version
// for its links, its previous version for the change marks, the figures and files of its version) is kept here, by the
// body's path in the generated folder, in the one process-wide store (domain/process-wide.ts): the plugins, loaded
// with Astro's config, may be another copy of this module than the one the build sets it through.
import { isAbsolute, relative, sep } from 'node:path';
import { realpathSync } from 'node:fs';
import { processWide } from '../domain/process-wide.ts';
import type { MediaView } from '../domain/media/view.ts';
import type { MediaWords } from '../domain/media/link-words.ts';

/** A section as a link to it needs it: its id and its parent (a sub-section lives on its parent's page). */
export interface LinkTarget {
  id: string;
  parent?: string | undefined;
}

/** A body's previous version: its text, its section and the editorial wordings that are not marked as changes. */
export interface PreviousBody {
  body: string;
  sectionId: string;
  editorial: string[];
  /** The previous version's figures and files, so its removed words read as its page read them ("Figur 2"). */
  media?: MediaWords | undefined;
}

/** What one generated body compiles with besides its text. */
export interface BodyInputs {
  /** The sections of the body's version, for its section links. */
  targets: readonly LinkTarget[];
  /** The figures, pictures and files of the body's version. */
  media: MediaView;
  /** The body's previous version, when its text has changed since and is marked. */
  previous?: PreviousBody | undefined;
  /** Everything the compiled body depends on, as one string: a body whose key is unchanged compiles the same. */
  key: string;
}

interface Slot {
  /** The generated folder, as given and with its links resolved (the compiler may name a file either way). */
  dirs: string[];
  inputs: ReadonlyMap<string, BodyInputs>;
}

function slot(): Slot {
  return processWide<Slot>('body-inputs', () => ({ dirs: [], inputs: new Map() }));
}

/**
 * Records the inputs of every body in `generatedDir` (by path relative to it, with forward slashes), replacing the
 * previous ones; returns the bodies whose inputs changed, which compile differently though their text may not have.
 */
export function setBodyInputs(generatedDir: string, inputs: ReadonlyMap<string, BodyInputs>): string[] {
  const store = slot();
  const before = store.inputs;
  store.dirs = [...new Set([generatedDir, realpathOrSelf(generatedDir)])];
  store.inputs = inputs;
  return [...inputs].filter(([path, now]) => before.has(path) && before.get(path)!.key !== now.key).map(([path]) => path);
}

/** Returns the sections of the version the generated body at `filePath` belongs to; undefined outside the generated bodies. */
export function linkTargetsFor(filePath: string): readonly LinkTarget[] | undefined {
  return inputsFor(filePath)?.targets;
}

/** Returns the previous version of the generated body at `filePath`, when it is marked against one. */
export function previousFor(filePath: string): PreviousBody | undefined {
  return inputsFor(filePath)?.previous;
}

/** Returns the media of the version the generated body at `filePath` belongs to; undefined outside the generated bodies. */
export function mediaFor(filePath: string): MediaView | undefined {
  return inputsFor(filePath)?.media;
}

function inputsFor(filePath: string): BodyInputs | undefined {
  const store = slot();
  for (const dir of store.dirs) {
    const path = relative(dir, filePath);
    if (path !== '' && !path.startsWith('..') && !isAbsolute(path)) return store.inputs.get(path.split(sep).join('/'));
  }
  return undefined;
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // Not written yet: no body in it can be compiled under another name.
    return path;
  }
}
