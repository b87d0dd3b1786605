// Parses each text it is sent with the sections' parser, in a process of its own, and answers with one JSON line
// per text: a native parser that panics aborts its whole process, so only a separate process can survive it and say
// which text did it.
import { createInterface } from 'node:readline';
import { parseBody } from '../../../src/domain/diff/blocks.ts';

/** An answer: a tree, MDX's own located message (what the content check explains to the writer), or anything else. */
function answer(text: string): { outcome: 'tree' | 'mdx-error' | 'other-error'; message?: string } {
  try {
    parseBody(text);
    return { outcome: 'tree' };
  } catch (error) {
    const located = typeof (error as { source?: unknown }).source === 'string' && typeof (error as { reason?: unknown }).reason === 'string';
    return { outcome: located ? 'mdx-error' : 'other-error', message: String(error) };
  }
}

for await (const line of createInterface({ input: process.stdin })) {
  process.stdout.write(`${JSON.stringify(answer(JSON.parse(line) as string))}\n`);
}
