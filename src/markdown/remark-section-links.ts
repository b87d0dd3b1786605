// Turns the writer's section links, `[tekst](afsnit:<id>)` or `(afsnit:<id>#anker)`, into links to the section's page.
//
// Done in the tree rather than in the text, so the body the compiler parses is the body as written (and its parse is
// shared with the checks and the change markings), and so an `afsnit:` link shown in code stays as the writer wrote it.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { relativeSectionHref } from '../domain/sections/navigation.ts';
import type { LinkTarget } from './body-inputs.ts';

/** Options of `remarkSectionLinks`. */
export interface RemarkSectionLinksOptions {
  /** Returns the sections of the version the file at `filePath` belongs to, or undefined for a file with no such list. */
  targetsFor: (filePath: string) => readonly LinkTarget[] | undefined;
}

const SECTION_URL = /^afsnit:([a-z0-9-]*)(?:#(\S*))?$/;

/** Creates the remark plugin; a link to a section the version does not have is left as written (the checks report it). */
export function remarkSectionLinks(options: RemarkSectionLinksOptions) {
  return (tree: Root, file: { path?: string | undefined }): void => {
    const targets = file.path ? options.targetsFor(file.path) : undefined;
    if (!targets) return;
    visit(tree, 'link', (link) => {
      const match = SECTION_URL.exec(link.url);
      if (!match) return;
      link.url = relativeSectionHref(targets, match[1] ?? '', match[2]) ?? link.url;
    });
  };
}
