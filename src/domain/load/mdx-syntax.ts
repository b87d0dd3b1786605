// Checks that a section body reads as MDX, so a stray `<` or `{` is reported at its line instead of breaking the build.
import { parseBody } from '../diff/blocks.ts';
import type { Problem } from '../problems/problem.ts';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

/** The components a section may use; the site registers exactly these (src/components/SectionBody.astro). */
export const SECTION_COMPONENTS = ['Vejledning', 'Fasemodel', 'Opgaver', 'Kontrolpunkter', 'Roller', 'Ansvarsfordeling', 'Boelgeplan'] as const;

/** What the MDX parser reports: where, and which part of it (JSX tags or `{…}` expressions) gave up. */
interface MdxMessage {
  line?: number | undefined;
  column?: number | undefined;
  source?: string | undefined;
  ruleId?: string | undefined;
  reason?: string | undefined;
}

/**
 * What MDX adds to Markdown starts only with `<` (JSX), `{` (expressions) or an `import`/`export` line (ESM); the
 * rest of the syntax is Markdown's and GFM's, which read any text. A body without them is valid MDX and holds none
 * of the constructs below (tests/fuzz/mdx-syntax.test.ts checks both on random text).
 */
const MAY_HOLD_MDX = /[<{]|\b(?:import|export)\b/;

/** The guidance tags as the template writes them, each alone on its line. */
const GUIDANCE_OPEN = '<Vejledning>';
const GUIDANCE_CLOSE = '</Vejledning>';
const FENCE = /^[ \t]*(?:```|~~~)/m;

/**
 * Tells whether `body` is Markdown with only guidance blocks in it: lines that are exactly <Vejledning> and
 * </Vejledning>, opened before they are closed, and no other MDX and no code fences (which could swallow a tag line).
 * A tag alone on its line starts or ends the block wherever it stands (after a paragraph, a list, a quote or a table),
 * so such a body is valid MDX with no other components (tests/fuzz/mdx-syntax.test.ts checks it on random text).
 */
function onlyGuidance(body: string): boolean {
  let depth = 0;
  const rest: string[] = [];
  for (const line of body.split('\n')) {
    if (line === GUIDANCE_OPEN) depth += 1;
    else if (line === GUIDANCE_CLOSE) depth -= 1;
    else rest.push(line);
    if (depth < 0) return false;
  }
  const text = rest.join('\n');
  return depth === 0 && !MAY_HOLD_MDX.test(text) && !FENCE.test(text);
}

/**
 * Returns a located Danish problem when `body` is not valid MDX, or undefined. The body is parsed as the
 * site's pipeline and the change markings read it (MDX and GFM); `bodyLine` is the file line it starts on.
 * Plain Markdown, with or without guidance blocks, is not parsed here: it cannot fail, and the build parses what it
 * publishes when it compiles the section.
 */
export function mdxSyntaxProblem(body: string, file: string, bodyLine: number): Problem | undefined {
  if (!MAY_HOLD_MDX.test(body) || onlyGuidance(body)) return undefined;
  let tree: Root;
  try {
    tree = parseBody(body);
  } catch (error) {
    const message = error as MdxMessage;
    if (typeof message.source !== 'string') throw error;
    const at = placeOf(message);
    return { severity: 'error', file, line: bodyLine + at.line - 1, column: at.column, message: `MDX-fejl: ${explain(message)}` };
  }
  const found = firstUnsupported(tree);
  if (!found) return undefined;
  const start = found.node.position?.start;
  return { severity: 'error', file, line: bodyLine + (start?.line ?? 1) - 1, column: start?.column ?? 1, message: `MDX-fejl: ${found.message}` };
}

/**
 * Where the parser gave up. A tag that is never closed is reported with no place of its own, only the opening tag's
 * in the reason ("Expected a closing tag for `<Vejledning>` (5:1-5:13)"), which is where the writer must look.
 */
function placeOf({ line, column, reason = '' }: MdxMessage): { line: number; column: number } {
  if (line !== undefined) return { line: Math.max(1, line), column: Math.max(1, column ?? 1) };
  const opening = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  return opening ? { line: Number(opening[1]), column: Number(opening[2]) } : { line: 1, column: 1 };
}

/** Finds the first construct a writer's text may not use: code in { }, import/export, an unknown component, or code in its attributes. */
function firstUnsupported(tree: Root): { node: Nodes; message: string } | undefined {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      return { node, message: 'krøllede parenteser { } kan ikke bruges i teksten. Skriv \\{ og \\} for at vise dem.' };
    }
    if (node.type === 'mdxjsEsm') return { node, message: 'import og export kan ikke bruges i en håndbogs tekst. Slet linjen.' };
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !(SECTION_COMPONENTS as readonly string[]).includes(node.name ?? '')) {
      return { node, message: `<${node.name ?? ''}> er ikke en kendt komponent. Brug en af: ${SECTION_COMPONENTS.map((name) => `<${name}>`).join(', ')}, eller skriv \\< for at vise tegnet <.` };
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const message = codeInAttributes(node);
      if (message) return { node, message };
    }
    if ('children' in node) stack.unshift(...(node.children as Nodes[]));
  }
  return undefined;
}

/**
 * Explains an attribute written as code: `vis={1}` fails the build with an English parse error, and `{...props}` is
 * silently dropped. The components read plain text attributes only, so both are refused.
 */
function codeInAttributes(element: MdxJsxFlowElement | MdxJsxTextElement): string | undefined {
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      return `<${element.name ?? ''} {${attribute.value}}>: { } kan ikke stå blandt egenskaberne. Komponenterne tager kun tekst: skriv hver egenskab som navn="værdi".`;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      return `<${element.name ?? ''} ${attribute.name}={…}>: en egenskab kan ikke have et udtryk i { } som værdi. Komponenterne tager kun tekst: skriv ${attribute.name}="…" med anførselstegn.`;
    }
  }
  return undefined;
}

function explain({ source = '', ruleId = '' }: MdxMessage): string {
  if (source.includes('esm')) return 'import og export kan ikke bruges i en håndbogs tekst. Slet linjen.';
  if (source.includes('expression') || ruleId === 'acorn') {
    return 'tegnet { starter et udtryk, som ikke kan læses. Skriv \\{ og \\} for at vise krøllede parenteser.';
  }
  if (ruleId.startsWith('end-tag') || ruleId.includes('closing')) {
    return 'et mærke som <Vejledning> åbnes eller lukkes forkert: hvert <navn> skal lukkes med </navn>. Skriv \\< for at vise tegnet <.';
  }
  if (source.includes('jsx')) {
    return 'tegnet < starter et mærke, som ikke kan læses. Skriv \\< for at vise tegnet <; skriv links som [tekst](https://…) og e-mailadresser som [navn@kommune.dk](mailto:navn@kommune.dk); HTML-kommentarer (<!-- … -->) kan ikke bruges.';
  }
  return 'teksten kan ikke læses som MDX her. Tjek tegnene < og { på linjen, og skriv \\< og \\{ for at vise dem.';
}
