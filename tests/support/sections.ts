// Builds the in-memory templates and systems the resolution and status tests resolve, without files on disk.
import type { LoadedSystem, SystemSectionFile } from '../../src/domain/load/load-system.ts';
import type { TemplatePartial } from '../../src/domain/load/load-templates.ts';
import { HandbookDataSchema } from '../../src/domain/schema/handbook.ts';
import type { TemplateSection } from '../../src/domain/schema/section-frontmatter.ts';

/** Returns a template partial with `meta`'s id and order, a chapter in del-1 unless `meta` says otherwise. */
export function templatePartial(meta: Partial<TemplateSection> & Pick<TemplateSection, 'id' | 'order'>, body: string): TemplatePartial {
  return {
    meta: { title: meta.id, part: 'del-1', kind: 'chapter', requiresSystemText: false, parent: undefined, description: undefined, ...meta },
    body,
    file: `templates/${meta.id}.mdx`,
    bodyLine: 8,
  };
}

/** What a test system differs in: its id, its own sections, extra handbook.yaml fields, system fields, where problems point. */
export interface SystemFixture {
  id?: string;
  sections?: Partial<SystemSectionFile>[];
  data?: Record<string, unknown>;
  system?: Record<string, unknown>;
  at?: { line: number; column: number };
}

/** Returns a loaded system (Ydelsesregistret by Fjordsoft) as loadSystem would, its YAML locating every value at `at`. */
export function loadedSystem({ id = 'eksempel', sections = [], data = {}, system = {}, at = { line: 1, column: 1 } }: SystemFixture): LoadedSystem {
  const parsed = HandbookDataSchema.parse({
    system: { name: 'Ydelsesregistret', shortName: 'YDR', supplier: 'Fjordsoft A/S', contactEmail: 'ydr@kombit.example', goLive: '2027-03-01', ...system },
    ...data,
  });
  return {
    id,
    dataFile: `content/${id}/handbook.yaml`,
    data: parsed,
    yaml: { data: parsed, locate: () => at },
    sections: sections.map((section) => ({ id: 'x', meta: {}, body: '', file: `content/${id}/sections/${section.id}.mdx`, bodyLine: 1, frontmatter: undefined, ...section })),
  };
}
