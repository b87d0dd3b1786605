// Says in Danish why the preview could not regenerate the bodies after a save, for the line it prints in the terminal.
import { ContentProblems } from '../domain/index.ts';
import { fileSystemErrorMessage } from '../domain/problems/file-system-error.ts';

/**
 * Returns what the preview prints when a regeneration failed: the located content errors, or for a file-system error
 * (a full disk, a read-only drive, refused access) what could not be written, where (relative to `root`) and what to
 * do, in Danish; any other error by its message.
 */
export function regenerationFailure(error: unknown, root: string): string {
  if (error instanceof ContentProblems) return error.message;
  return fileSystemErrorMessage(error, root) ?? (error instanceof Error ? error.message : String(error));
}
