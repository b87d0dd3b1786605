// Site-wide settings that differ per publisher, read from the environment at build time.

/** Where the accessibility statement (tilgængelighedserklæring) lives; Danish rules ask every site to link it and answer /was. */
export function accessibilityStatementUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.ACCESSIBILITY_STATEMENT_URL || 'https://www.was.digst.dk/';
}
