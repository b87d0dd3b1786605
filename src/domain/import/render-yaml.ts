// Step: writes handbook.yaml from what the import gathered, with a comment saying where it came from and what to check.
import { Document } from 'yaml';
import { JSON_SCHEMA_FILE, schemaComment } from '../schema/json-schema.ts';
import type { ImportedModel } from './imported-model.ts';
import type { FoundPhase } from './model-names.ts';

/** The system's fields as the import found them (a field the document does not state is absent). */
export interface SystemEntry {
  name: string;
  shortName: string;
  supplier: string;
  owner?: string;
  contactEmail: string;
  goLive?: string;
  rollout?: string;
}

/** Renders handbook.yaml; phases and themes are written only when the document's differ from the implementation model's. */
export function renderYaml({ system, model, versions, source }: { system: SystemEntry; model: ImportedModel; versions: readonly object[]; source: string }): string {
  const data: Record<string, unknown> = { system, versions, omitSections: [], editorial: [], placeholders: {} };
  if (model.phases.some((phase) => !phase.isDefault || phase.parent)) data.phases = phaseList(model.phases);
  if (model.themes.some((theme) => !theme.isDefault)) data.themes = model.themes.map(({ id, name }) => ({ id, name }));
  if (model.roles.length > 0) data.roles = model.roles;
  if (model.tasks.length > 0) data.tasks = model.tasks.map((task) => ({ ...task, responsible: oneOrList(task.responsible), performers: oneOrList(task.performers) }));
  if (model.transitions.length > 0) data.transitions = model.transitions;
  const document = new Document(data);
  document.commentBefore = [
    schemaComment(`../../${JSON_SCHEMA_FILE}`).slice(1),
    ` handbook.yaml: importeret fra ${source} med npm run import.`,
    '',
    ' Tjek felterne mod Word-dokumentet. Hvor importen har gættet, står der en vejledning i',
    ' afsnittet, hvor data vises; den forsvinder først, når du sletter den, og indtil da kan',
    ' håndbogen ikke udgives. Se felternes betydning i templates/handbook.yaml.',
    ' versions: Word-udgavens versioner står med frozen: false (udgivet før håndbogen kom herover);',
    ' npm run release tilføjer en linje, hver gang du udgiver en version her.',
  ].join('\n');
  return document.toString({ lineWidth: 0 });
}

function oneOrList(ids: readonly string[] | undefined): string | readonly string[] | undefined {
  if (!ids) return undefined;
  return ids.length === 1 ? ids[0] : ids;
}

/** The phases in the document's order, each sub-phase under its phase. */
function phaseList(phases: readonly FoundPhase[]): object[] {
  const entry = (phase: FoundPhase) => ({ id: phase.id, ...(phase.number ? { number: phase.number } : {}), name: phase.name });
  return phases
    .filter((phase) => !phase.parent)
    .map((phase) => {
      const subphases = phases.filter((sub) => sub.parent === phase.id).map(entry);
      return { ...entry(phase), ...(subphases.length > 0 ? { subphases } : {}) };
    });
}
