// Presents a frozen release as a resolved handbook, so archived versions render with the same pages and components.
import type { LoadedRelease } from '../release/load.ts';
import type { ResolvedHandbook } from '../sections/resolve.ts';

/** Turns a frozen release into the shape the pages render; its text is exactly as released. */
export function releaseAsHandbook(handbookId: string, release: LoadedRelease): ResolvedHandbook {
  return {
    id: handbookId,
    mode: 'publish',
    data: release.data,
    sections: release.sections.map((section) => ({
      ...section,
      parent: section.parent,
      requiresSystemText: false,
      source: 'template' as const,
      file: `${release.dir}/sections/${section.id}.mdx`,
      bodyLine: 1,
    })),
  };
}
