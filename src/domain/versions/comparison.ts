// Lays two versions' sections side by side: per changed section, each changed block in its old and its new wording.
import { sideBySide, type SidePair } from '../diff/side-by-side.ts';
import { versionLinks, type SummarySection, type VersionContent } from './summary.ts';

/** One section of a side-by-side comparison: new, gone, or changed with its changed blocks paired. */
export interface SectionComparison {
  section: SummarySection;
  status: 'new' | 'changed' | 'removed';
  pairs: SidePair[];
}

/** Compares the sections of `previous` and `current` block by block, in the newer version's reading order, gone sections last. */
export function compareSideBySide(
  previous: Pick<VersionContent, 'sections' | 'media'>,
  current: Pick<VersionContent, 'sections' | 'media'>,
  editorial: ReadonlyMap<string, readonly string[]> = new Map(),
): SectionComparison[] {
  const before = new Map(previous.sections.map((section) => [section.id, section]));
  const links = versionLinks(previous, current);
  const sections: SectionComparison[] = [];
  for (const section of current.sections) {
    const old = before.get(section.id);
    before.delete(section.id);
    if (!old) {
      sections.push({ section, status: 'new', pairs: [] });
      continue;
    }
    const pairs = sideBySide(old.body, section.body, { sectionId: section.id, editorial: editorial.get(section.id) ?? [], links });
    if (pairs.length > 0) sections.push({ section, status: 'changed', pairs });
  }
  for (const gone of before.values()) sections.push({ section: gone, status: 'removed', pairs: [] });
  return sections;
}
