// Names the generated file of each section body, and finds the compiled body a section's page shows (see build/generate.ts).
import { sharedBodies } from './site-store.ts';

/** The id the pages import the compiled bodies by (declared in src/virtual-modules.d.ts; see integration/bodies-module.ts). */
export const BODIES_MODULE = 'virtual:kombit-handbooks/bodies';

/** Returns a section's generated file, relative to the generated folder; `version` selects an archived release. */
export function generatedPath(handbookId: string, sectionId: string, version?: string): string {
  return version ? `${handbookId}/v/${version}/${sectionId}.mdx` : `${handbookId}/${sectionId}.mdx`;
}

/** Returns the generated file, relative to the generated folder, whose compiled content the section's page shows. */
export function compiledBodyPath(handbookId: string, sectionId: string, version?: string): string {
  const own = generatedPath(handbookId, sectionId, version);
  return sharedBodies()[own] ?? own;
}
