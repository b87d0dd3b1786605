import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test } from 'vitest';
import { beginRequest } from '../site/site-store.ts';
import { leaveFailuresToTheCommand } from './hook-failures.ts';

/** A logger that records what it is asked to print, as Astro's integration logger prints it. */
function recordingLogger(): { logger: AstroIntegrationLogger; printed: string[] } {
  const printed: string[] = [];
  const logger = { error: (message: string) => printed.push(`error: ${message}`) } as unknown as AstroIntegrationLogger;
  return { logger, printed };
}

/** Runs one hook as Astro does (integrations/hooks.js): an error is announced on the hook's logger, then passed on. */
async function runAsAstro(hook: (params: { logger: AstroIntegrationLogger }) => unknown, logger: AstroIntegrationLogger): Promise<unknown> {
  try {
    return await hook({ logger });
  } catch (error) {
    logger.error('An unhandled error occurred while running the \u001b[1m"astro:config:setup"\u001b[22m hook');
    throw error;
  }
}

const failing = new Error('Kunne ikke skrive generated/mini/formaal.mdx: der er ikke mere plads på disken.');

let endRequest: (() => void) | undefined;
afterEach(() => {
  endRequest?.();
  endRequest = undefined;
});

describe('leaveFailuresToTheCommand', () => {
  test('a hook that throws under a writer\'s command passes its error on without Astro\'s English announcement', async () => {
    endRequest = beginRequest({ root: '/tmp/projekt', mode: 'draft', only: undefined, live: true });
    const hooks = leaveFailuresToTheCommand({ 'astro:config:setup': () => { throw failing; } });
    const { logger, printed } = recordingLogger();
    await expect(runAsAstro(hooks['astro:config:setup'] as never, logger)).rejects.toBe(failing);
    expect(printed).toEqual([]);
    // The logger prints the next error again.
    logger.error('Indholdet har fejl.');
    expect(printed).toEqual(['error: Indholdet har fejl.']);
  });

  test('an error the hook printed itself before it threw is still printed', async () => {
    endRequest = beginRequest({ root: '/tmp/projekt', mode: 'publish', only: undefined, live: false });
    const hooks = leaveFailuresToTheCommand({
      'astro:build:done': ({ logger }) => {
        logger.error('Sidelageret kunne ikke gemmes.');
        throw failing;
      },
    });
    const { logger, printed } = recordingLogger();
    await expect(runAsAstro(hooks['astro:build:done'] as never, logger)).rejects.toBe(failing);
    expect(printed).toEqual(['error: Sidelageret kunne ikke gemmes.']);
  });

  test('Astro started by hand, with no command to explain the error, announces the failure as usual', async () => {
    const hooks = leaveFailuresToTheCommand({ 'astro:config:setup': () => { throw failing; } });
    const { logger, printed } = recordingLogger();
    await expect(runAsAstro(hooks['astro:config:setup'] as never, logger)).rejects.toBe(failing);
    expect(printed).toEqual([expect.stringContaining('An unhandled error occurred while running the')]);
  });

  test('a hook that succeeds returns what it returned and leaves the logger as it was', async () => {
    endRequest = beginRequest({ root: '/tmp/projekt', mode: 'draft', only: undefined, live: true });
    const hooks = leaveFailuresToTheCommand({ 'astro:server:setup': async () => undefined });
    const { logger, printed } = recordingLogger();
    const error = logger.error;
    await runAsAstro(hooks['astro:server:setup'] as never, logger);
    expect(logger.error).toBe(error);
    logger.error('An unhandled error occurred while running the "astro:server:start" hook');
    expect(printed).toHaveLength(1);
  });
});
