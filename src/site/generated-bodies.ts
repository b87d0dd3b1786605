// Finds the compiled body of a section: its own, or the identical one it shares (see writeGenerated in build/generate.ts).
import { generatedPath } from '../build/generate.ts';

// The integration writes the map before Vite bundles the pages.
const maps = import.meta.glob<Record<string, string>>('/generated/shared-bodies.json', { eager: true, import: 'default' });
const shared: Record<string, string> = Object.assign({}, ...Object.values(maps));

/** Returns the generated file, relative to the generated folder, whose compiled content the section's page shows. */
export function compiledBodyPath(handbookId: string, sectionId: string, version?: string): string {
  const own = generatedPath(handbookId, sectionId, version);
  return shared[own] ?? own;
}
