// Sends texts to a child process that parses them as section bodies, so a test can tell a text that kills the
// parser's process (a native panic aborts it) from one that parses, and go on with the next text.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** What became of one text: a tree, MDX's located message, another exception, or the process died on it (with what it printed). */
export type ParseOutcome = { outcome: 'tree' | 'mdx-error' | 'other-error'; message?: string } | { outcome: 'died'; output: string };

/** A child process that parses section bodies one at a time, started again after a text kills it. */
export class ParseChild {
  private child: ChildProcessWithoutNullStreams | undefined;
  private output = '';
  private pending: ((outcome: ParseOutcome) => void) | undefined;

  /** Parses `body` in the child and says what came of it. */
  parse(body: string): Promise<ParseOutcome> {
    const child = this.started();
    return new Promise((resolve) => {
      this.pending = resolve;
      child.stdin.write(`${JSON.stringify(body)}\n`);
    });
  }

  /** Ends the child process. */
  stop(): void {
    this.child?.kill();
    this.child = undefined;
  }

  private started(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn(process.execPath, [join(import.meta.dirname, 'parse-child-main.ts')], { stdio: 'pipe' });
    this.output = '';
    createInterface({ input: child.stdout }).on('line', (line) => this.settle(JSON.parse(line) as ParseOutcome));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.output += chunk));
    child.on('exit', () => {
      if (this.child === child) this.child = undefined;
      this.settle({ outcome: 'died', output: this.output });
    });
    this.child = child;
    return child;
  }

  private settle(outcome: ParseOutcome): void {
    const resolve = this.pending;
    this.pending = undefined;
    resolve?.(outcome);
  }
}
