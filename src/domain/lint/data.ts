// Flags data in handbook.yaml that `npm run new` filled in as a stand-in for the writer to replace.
import type { Problem } from '../problems/problem.ts';
import type { HandbookData } from '../schema/handbook.ts';
import type { Mode } from '../sections/resolve.ts';

/**
 * The stand-in address `npm run new` writes when no --email is given. The top-level domain
 * `.invalid` is reserved (RFC 2606) and can never receive mail, so any address ending in it is
 * a stand-in, whoever wrote it.
 */
export const PLACEHOLDER_EMAIL = 'udfyld-funktionspostkasse@kombit.invalid';

/** Tells whether an e-mail address is a stand-in that can never receive mail (its domain ends in `.invalid`). */
export function isPlaceholderEmail(address: string | undefined): address is string {
  return address !== undefined && /\.invalid$/iu.test(address.trim());
}

/** Finds a field's line and column in handbook.yaml; without one, problems point at line 1. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number };

/** Explains that the contact address is a stand-in and what to write instead. */
export function placeholderEmailMessage(address: string): string {
  return `"${address}" er en pladsholder, som npm run new har sat ind. Skriv projektets funktionspostkasse, fx ydr@kombit.dk.`;
}

/** Lists stand-in values in the data: warnings in a draft, errors when publishing (readers must never get them). */
export function lintData(data: HandbookData, dataFile: string, mode: Mode, locate?: Locate): Problem[] {
  const problems: Problem[] = [];
  if (isPlaceholderEmail(data.system.contactEmail)) {
    const { line, column } = locate?.(['system', 'contactEmail']) ?? { line: 1, column: 1 };
    problems.push({
      severity: mode === 'publish' ? 'error' : 'warning',
      file: dataFile,
      line,
      column,
      field: 'system.contactEmail',
      message: placeholderEmailMessage(data.system.contactEmail),
    });
  }
  return problems;
}
