// Leaves the error of a failed hook to the writer's command that started Astro, which explains it in Danish.
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { currentRequest } from '../site/site-store.ts';

/** How Astro begins the English line it prints about a hook that threw, before it passes the error on (integrations/hooks.js). */
const ANNOUNCEMENT = 'An unhandled error occurred while running the';

type Hook = (params: { logger: AstroIntegrationLogger }) => unknown;

/**
 * Wraps each hook so that, when it throws while a writer's command runs Astro (npm run build, npm run dev), Astro does
 * not first print "[ERROR] … An unhandled error occurred while running the … hook": the error reaches the command,
 * which says in Danish what went wrong, where and how to fix it (scripts/lib/messages.ts), and nothing English may come
 * before that. Astro started by hand (`astro build`) announces the failure as usual.
 */
export function leaveFailuresToTheCommand(hooks: AstroIntegration['hooks']): AstroIntegration['hooks'] {
  const wrapped: Record<string, Hook> = {};
  for (const [name, hook] of Object.entries(hooks as Record<string, Hook | undefined>)) {
    if (!hook) continue;
    wrapped[name] = async (params) => {
      try {
        return await hook(params);
      } catch (error) {
        if (currentRequest()) withoutAnnouncement(params.logger);
        throw error;
      }
    };
  }
  return wrapped as AstroIntegration['hooks'];
}

/**
 * Makes the logger Astro announces the failure on (the one it gave the hook) leave out that announcement, once; any
 * other error it is asked to print meanwhile is printed.
 */
function withoutAnnouncement(logger: AstroIntegrationLogger): void {
  const error = logger.error;
  logger.error = (message: string) => {
    logger.error = error;
    if (!message.includes(ANNOUNCEMENT)) error.call(logger, message);
  };
}
