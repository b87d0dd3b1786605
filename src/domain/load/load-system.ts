// Reads one system's folder: `handbook.yaml` and its own sections in `sections/`.
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problems/problem.ts';
import { formatFieldPath } from '../problems/field-path.ts';
import { HandbookDataSchema, type HandbookData } from '../schema/handbook.ts';
import { checkModel } from '../model/check.ts';
import { SystemSectionSchema, type SystemSection } from '../schema/section-frontmatter.ts';
import { parseLocatedYaml, type LocatedYaml } from '../yaml/located-yaml.ts';
import { validateLocated } from '../yaml/validate.ts';
import { mdxSyntaxProblem } from './mdx-syntax.ts';
import { salvageData } from './salvage.ts';
import { salvageModel } from './salvage-model.ts';
import { controlCharacterMessage, CONTROL_CHARACTER, readSectionFile, readTextFile } from './read-text.ts';
import { isValidHandbookId, relativePath } from './paths.ts';

/** A system's own section file: it replaces the template section with the same id, or adds a new one. */
export interface SystemSectionFile {
  id: string;
  meta: SystemSection;
  body: string;
  file: string;
  bodyLine: number;
  frontmatter: LocatedYaml | undefined;
}

/** A system's validated data and sections, as read from `content/<id>/`. */
export interface LoadedSystem {
  id: string;
  dataFile: string;
  data: HandbookData;
  yaml: LocatedYaml;
  sections: SystemSectionFile[];
}

/** What loadSystem found: the system, or what of it can still have its sections checked, plus every problem. */
export interface LoadResult {
  system: LoadedSystem | undefined;
  problems: Problem[];
  /**
   * When handbook.yaml has errors: the system with the data that could be read (fields the schema refused left out or
   * stood in for, named in `replaced`), so its sections are checked in the same round. Never built or released.
   */
  partial?: { system: LoadedSystem; replaced: ReadonlySet<string> } | undefined;
}

/** Loads `content/<id>/`; returns the system, or undefined when handbook.yaml itself is unusable, plus every problem. */
export function loadSystem(root: string, id: string): LoadResult {
  if (!isValidHandbookId(id)) {
    return { system: undefined, problems: [{ severity: 'error', file: 'content', line: 1, column: 1, message: `"${id}" er ikke et gyldigt id for en håndbog. Mappen i content/ skal hedde noget med små bogstaver a–z, tal og bindestreg, fx ydr.` }] };
  }
  const dir = join(root, 'content', id);
  const dataPath = join(dir, 'handbook.yaml');
  const dataFile = relativePath(root, dataPath);
  const linked = symbolicLinks(root, id, [dir, dataPath, join(dir, 'sections'), join(dir, 'releases')]);
  if (linked.length > 0) return { system: undefined, problems: linked };
  if (!existsSync(dataPath)) {
    return { system: undefined, problems: [{ severity: 'error', file: dataFile, line: 1, column: 1, message: `håndbogen "${id}" har ingen handbook.yaml. Opret filen (npm run new -- ${id}).` }] };
  }
  const read = readTextFile(dataPath, dataFile);
  if (!read.ok) return { system: undefined, problems: [read.problem] };
  const parsed = parseLocatedYaml(read.text, dataFile);
  if (!parsed.ok) return { system: undefined, problems: parsed.problems };
  const controls = controlCharacters(parsed.yaml, dataFile);
  if (controls.length > 0) return { system: undefined, problems: controls };
  const data = validateLocated(HandbookDataSchema, parsed.yaml, dataFile);
  const sections = loadSystemSections(root, join(dir, 'sections'));
  if (!data.ok) {
    const salvaged = salvageData(parsed.yaml.data);
    const partial = salvaged && { system: { id, dataFile, data: salvaged.data, yaml: parsed.yaml, sections: sections.files }, replaced: salvaged.replaced };
    return { system: undefined, problems: [...data.problems, ...modelProblemsDespite(parsed.yaml, dataFile, data.problems), ...sections.problems], partial };
  }
  const modelProblems = checkModel(data.value, parsed.yaml, dataFile);
  if (modelProblems.some((problem) => problem.severity === 'error')) {
    const partial = { system: { id, dataFile, data: data.value, yaml: parsed.yaml, sections: sections.files }, replaced: new Set<string>() };
    return { system: undefined, problems: [...modelProblems, ...sections.problems], partial };
  }
  return {
    system: { id, dataFile, data: data.value, yaml: parsed.yaml, sections: sections.files },
    problems: [...modelProblems, ...sections.problems],
  };
}

/**
 * Checks the model's references when handbook.yaml fails its schema, so the writer learns of an unknown phase or role
 * in the same round, not after the first fix. Values the schema refused are left out or stood in for (salvageModel);
 * a problem at the place of a schema problem is about a stand-in, not the writer's text, and is left out.
 */
function modelProblemsDespite(yaml: LocatedYaml, dataFile: string, schemaProblems: readonly Problem[]): Problem[] {
  const model = salvageModel(yaml.data);
  if (!model) return [];
  const refused = new Set(schemaProblems.map((problem) => `${problem.line}:${problem.column}`));
  return checkModel(model, yaml, dataFile).filter((problem) => !refused.has(`${problem.line}:${problem.column}`));
}

function loadSystemSections(root: string, dir: string): { files: SystemSectionFile[]; problems: Problem[] } {
  const files: SystemSectionFile[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { files, problems };
  if (!statSync(dir).isDirectory()) {
    problems.push({ severity: 'error', file: relativePath(root, dir), line: 1, column: 1, message: 'sections er en fil, men skal være en mappe med ét afsnit pr. .mdx-fil. Omdøb filen, og opret mappen sections/.' });
    return { files, problems };
  }
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const file = relativePath(root, path);
    if (!name.endsWith('.mdx')) {
      const misnamed = /^(.+)\.(?:mdx|md|markdown)$/iu.exec(name);
      if (misnamed) problems.push({ severity: 'error', file, line: 1, column: 1, message: `filen bruges ikke: et afsnit skal hedde <id>.mdx med små bogstaver. Omdøb den til ${misnamed[1]}.mdx.` });
      continue;
    }
    const id = name.slice(0, -'.mdx'.length);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push({ severity: 'error', file, line: 1, column: 1, message: `filnavnet "${name}" er ikke et gyldigt afsnits-id. Brug små bogstaver a–z, tal og bindestreg, fx teknisk-stoette.mdx.` });
      continue;
    }
    if (lstatSync(path).isSymbolicLink()) {
      problems.push({ severity: 'error', file, line: 1, column: 1, message: 'afsnittet er et symbolsk link. Læg selve filen i mappen sections/.' });
      continue;
    }
    const split = readSectionFile(path, file);
    if (!split.ok) {
      problems.push(...split.problems);
      continue;
    }
    const { frontmatter, body, bodyLine } = split.section;
    const syntax = mdxSyntaxProblem(body, file, bodyLine);
    if (syntax) problems.push(syntax);
    let meta: SystemSection = {};
    if (frontmatter && frontmatter.data !== null && frontmatter.data !== undefined) {
      const validated = validateLocated(SystemSectionSchema, frontmatter, file);
      if (!validated.ok) {
        problems.push(...validated.problems);
        continue;
      }
      meta = validated.value;
    }
    files.push({ id, meta, body, file, bodyLine, frontmatter });
  }
  return { files, problems };
}

/** Reports every text value of handbook.yaml that holds a control character (YAML's "\0" escape writes a NUL), at the value. */
function controlCharacters(yaml: LocatedYaml, file: string): Problem[] {
  const problems: Problem[] = [];
  // An alias can make the data refer to itself (a: &a [*a]): each object is visited once.
  const seen = new WeakSet<object>();
  const visit = (value: unknown, path: (string | number)[]) => {
    if (value !== null && typeof value === 'object') {
      if (seen.has(value)) return;
      seen.add(value);
    }
    if (typeof value === 'string') {
      const found = CONTROL_CHARACTER.exec(value);
      if (found) problems.push({ severity: 'error', file, ...yaml.locate(path), field: formatFieldPath(path, yaml.data), message: controlCharacterMessage(found[0]) });
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(yaml.data, []);
  return problems;
}

/**
 * Refuses a system whose folder, handbook.yaml, sections/ or releases/ is a symbolic link: the commands
 * would read, and `npm run release` write, wherever the link points, outside the project.
 */
function symbolicLinks(root: string, id: string, paths: readonly string[]): Problem[] {
  return paths.flatMap((path) => {
    let linked: boolean;
    try {
      linked = lstatSync(path).isSymbolicLink();
    } catch (error) {
      // A missing path is not a link; the checks that follow explain what is missing.
      if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return [];
      throw error;
    }
    if (!linked) return [];
    const file = relativePath(root, path);
    return [{ severity: 'error', file, line: 1, column: 1, message: `${file} er et symbolsk link til et sted uden for håndbogens mappe. Læg de rigtige filer i content/${id}/ i stedet for linket.` }];
  });
}

/** Lists the handbook ids in `content/` (folders, or links that loadSystem refuses, holding a handbook.yaml), sorted. */
export function listSystems(root: string): string[] {
  const dir = join(root, 'content');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => (entry.isDirectory() || entry.isSymbolicLink()) && existsSync(join(dir, entry.name, 'handbook.yaml')))
    .map((entry) => entry.name)
    .sort();
}
