// Lets the MDX compiler take the trees the content checks and the change markings have already parsed, instead of
// parsing every section a second time: parsing is the costliest step of compiling a section.
//
// parseBody reads MDX with the same syntax extensions as the compiler (MDX, then GFM), so the trees are the same (the
// test compares them on every section of the example). The compiler's plugins change the tree they get, so each
// compile gets its own copy; the shared tree stays as the diff and the pages read it.
import type { Processor } from 'unified';
import { parseBody } from '../domain/diff/blocks.ts';

/** Replaces the processor's parser with one that returns a copy of the shared parse of the same text; list it first. */
export function remarkSharedParse(this: Processor): void {
  this.parser = (document) => structuredClone(parseBody(document));
}
