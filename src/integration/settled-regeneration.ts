// Runs the preview's regeneration on each change the file watcher reports, and looks again a moment later for a change it
// did not report: the watcher reports one change of a file per 50 ms (chokidar's throttle, in Vite), so a second save
// within that time, as an editor's save-all or a script makes, would otherwise stay unseen until the next save.

/**
 * Returns the function to call on each reported change. It runs `regenerate`, and `settleMs` later compares the content's
 * `fingerprint` with the one taken before that run, running again (and looking again) until they agree.
 */
export function settledRegeneration(fingerprint: () => string, regenerate: () => void, settleMs: number): () => void {
  let read: string | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    read = fingerprint();
    try {
      regenerate();
    } finally {
      clearTimeout(settle);
      settle = setTimeout(() => {
        if (fingerprint() !== read) run();
      }, settleMs);
      // A preview that is stopped does not wait for the look.
      settle.unref();
    }
  };
  return run;
}
