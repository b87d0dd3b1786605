// Splits an MDX section file into its YAML frontmatter and its body, keeping line numbers for messages.
import type { Problem } from '../problems/problem.ts';
import { parseLocatedYaml, type LocatedYaml } from '../yaml/located-yaml.ts';

/** A section file split into located frontmatter and body. */
export interface SplitSection {
  frontmatter: LocatedYaml | undefined;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
  /** Lines before the frontmatter's first line, to shift frontmatter positions to file positions. */
  frontmatterLineOffset: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits `text` into frontmatter and body; a file without `---` frontmatter is all body. */
export function splitSection(text: string, file: string): { ok: true; section: SplitSection } | { ok: false; problems: Problem[] } {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  if (!FENCE.test(lines[0] ?? '')) {
    return { ok: true, section: { frontmatter: undefined, body: source, bodyLine: 1, frontmatterLineOffset: 0 } };
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) {
    return {
      ok: false,
      problems: [{ severity: 'error', file, line: 1, column: 1, message: 'frontmatter starter med --- men slutter aldrig. Tilføj en linje med --- efter felterne.' }],
    };
  }
  const parsed = parseLocatedYaml(lines.slice(1, end).join('\n'), file);
  if (!parsed.ok) {
    return { ok: false, problems: parsed.problems.map((problem) => ({ ...problem, line: problem.line + 1 })) };
  }
  const shifted: LocatedYaml = {
    data: parsed.yaml.data,
    locate: (path, target) => {
      const pos = parsed.yaml.locate(path, target);
      return { line: pos.line + 1, column: pos.column };
    },
  };
  return {
    ok: true,
    section: { frontmatter: shifted, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, frontmatterLineOffset: 1 },
  };
}

/** Finds the 1-based line and column of a character offset within a body that starts at `bodyLine`. */
export function positionInBody(body: string, offset: number, bodyLine: number): { line: number; column: number } {
  const before = body.slice(0, offset);
  const lineBreaks = before.split('\n');
  return { line: bodyLine + lineBreaks.length - 1, column: (lineBreaks.at(-1)?.length ?? 0) + 1 };
}
