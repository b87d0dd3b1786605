// Generates the benchmark corpus: a root with a copy of templates/ and N synthetic systems, each with three real releases.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatProblem } from '../../src/domain/index.ts';
import { loadTemplates } from '../../src/domain/load/load-templates.ts';
import { cutRelease } from '../../src/domain/release/index.ts';
import { fillPlaceholders, placeholderValues } from '../../src/domain/sections/placeholders.ts';
import { HandbookDataSchema } from '../../src/domain/schema/handbook.ts';
import { editForStage, holdBackTasks, STAGES, type SystemState } from './edits.ts';
import { addDays, generateHandbookData, systemFacts } from './handbook-data.ts';
import { generateSection } from './prose.ts';
import { createRandom, type Random } from './random.ts';
import { FIRST_NAMES, SURNAMES } from './vocabulary.ts';
import { writeSystem } from './write-system.ts';

/** Bump when the generator's output changes, so `npm run bench` regenerates an older corpus. */
export const GENERATOR_VERSION = 1;
/** The file in the corpus root that records how it was generated. */
export const STAMP_FILE = 'corpus.json';

/** What to generate. */
export interface CorpusOptions {
  /** The project whose templates/ are copied. */
  projectRoot: string;
  /** The corpus root to (re)create; replaced only once the whole corpus is generated. */
  out: string;
  systems: number;
  seed?: number | undefined;
  /** Called with a short line per system. */
  log?: ((message: string) => void) | undefined;
}

/** How a corpus was generated; a corpus whose stamp differs from the wanted one is stale. */
export interface CorpusStamp {
  generator: number;
  systems: number;
  seed: number;
  templates: string;
}

/** Returns the stamp a corpus generated now from `projectRoot` would carry. */
export function wantedStamp(projectRoot: string, systems: number, seed = 1): CorpusStamp {
  return { generator: GENERATOR_VERSION, systems, seed, templates: hashFolder(join(projectRoot, 'templates')) };
}

/** Tells whether `out` holds a corpus generated with exactly this stamp. */
export function isCorpusCurrent(out: string, stamp: CorpusStamp): boolean {
  const path = join(out, STAMP_FILE);
  return existsSync(path) && readFileSync(path, 'utf8') === renderStamp(stamp);
}

/** Generates the corpus into a temporary folder and swaps it into `out`; returns the system ids. */
export function generateCorpus({ projectRoot, out, systems, seed = 1, log }: CorpusOptions): string[] {
  const temp = `${out}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  try {
    cpSync(join(projectRoot, 'templates'), join(temp, 'templates'), { recursive: true });
    const random = createRandom(seed);
    const ids: string[] = [];
    for (let index = 1; index <= systems; index += 1) {
      ids.push(generateSystem(temp, index, random.fork(`system-${index}`)));
      log?.(`${ids.at(-1)} (${index}/${systems})`);
    }
    writeFileSync(join(temp, STAMP_FILE), renderStamp(wantedStamp(projectRoot, systems, seed)));
    mkdirSync(dirname(out), { recursive: true });
    rmSync(out, { recursive: true, force: true });
    renameSync(temp, out);
    return ids;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Generates one system and cuts its three releases with the real release code, editing between them. */
function generateSystem(root: string, index: number, random: Random): string {
  const facts = systemFacts(index, random.fork('facts'));
  const { partials } = loadTemplates(root);
  const own = partials.filter((partial) => partial.meta.requiresSystemText).map((partial) => partial.meta.id);
  const all = partials.map((partial) => ({ id: partial.meta.id, title: partial.meta.title.replace(/\[indsæt systemnavn\]/gi, facts.name) }));
  const full = generateHandbookData(facts, index, random.fork('data'));
  const held = holdBackTasks(full, random.fork('reserve'));
  let state: SystemState = { facts, data: held.data, reserve: held.reserve, sections: own.map((id) => generateSection(id, facts, random.fork(`section-${id}`), all)) };
  state.data.placeholders = missingPlaceholders(state, partials);
  const initials = `${FIRST_NAMES[index % FIRST_NAMES.length]![0]}${SURNAMES[(index * 3) % SURNAMES.length]![0]}`.toUpperCase();
  for (const [stage, release] of STAGES.entries()) {
    if (stage > 0) state = editForStage(state, stage, random.fork(`edits-${stage}`));
    writeSystem(root, state);
    const date = addDays(state.data.system.goLive, -200 + 35 * stage);
    const result = cutRelease({ root, id: facts.id, ...release, initials, date, now: new Date(`${date}T12:00:00Z`) });
    if (!result.ok) {
      throw new Error(`The generated system ${facts.id} cannot be released as ${release.version}:\n${[...result.refusals, ...result.problems.map(formatProblem)].join('\n')}`);
    }
    state.data.versions.push(result.entry);
  }
  writeSystem(root, editForStage(state, STAGES.length, random.fork('edits-unreleased')));
  return facts.id;
}

/** Gives every placeholder the template uses outside the system's own sections a value, so publishing never stops on one. */
function missingPlaceholders(state: SystemState, partials: ReturnType<typeof loadTemplates>['partials']): Record<string, string> {
  const values = placeholderValues(HandbookDataSchema.parse(state.data));
  const overridden = new Set(state.sections.map((section) => section.id));
  const missing: Record<string, string> = {};
  for (const partial of partials) {
    const texts = [partial.meta.title, ...(overridden.has(partial.meta.id) ? [] : [partial.body])];
    for (const text of texts) for (const hole of fillPlaceholders(text, values).unfilled) missing[hole.name] = `${hole.name} for ${state.facts.name}`;
  }
  return missing;
}

function renderStamp(stamp: CorpusStamp): string {
  return `${JSON.stringify(stamp, null, 2)}\n`;
}

function hashFolder(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const paths = files.map((entry) => join(entry.parentPath, entry.name)).sort();
  for (const path of paths) hash.update(path.slice(dir.length)).update('\0').update(readFileSync(path)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
