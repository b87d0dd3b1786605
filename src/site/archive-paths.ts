// Names the output folders of the pages that show frozen releases; URLs and the page cache both build on them.

/** Returns the folder, relative to the site's root, of an archived version's pages: `<id>/v/<version>`. */
export function archivePath(handbookId: string, version: string): string {
  return `${handbookId}/v/${version}`;
}

/** Returns the folder, relative to the site's root, of the comparison of two releases: `<id>/sammenlign/<from>-til-<to>`. */
export function comparisonPath(handbookId: string, from: string, to: string): string {
  return `${handbookId}/sammenlign/${from}-til-${to}`;
}
