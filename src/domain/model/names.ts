// Looks up the names readers see for the ids a task refers to, for exports that show names, not ids.
import { t } from '../../i18n/t.ts';
import { phaseLabel } from './labels.ts';
import { flattenPhases } from './phases.ts';
import { handbookParties, partyNamed } from './roles.ts';
import type { Model } from './schema.ts';

/** Names for a model's ids; an id the model lacks (caught by checkModel) is shown as itself. */
export type ModelNames = {
  /** "Fase 2.1 – Planlægning" for `planlaegning`. */
  readonly phase: (id: string) => string;
  /** "Viden og færdigheder" for `viden`. */
  readonly theme: (id: string) => string;
  /** "Projektleder, Superbruger" for `[projektleder, superbruger]`; a party's name for a party ("Leverandør" for leverandoer); "Ikke angivet" for none. */
  readonly roles: (ids: readonly string[]) => string;
};

/** Builds the name lookups for one model. */
export function modelNames(model: Model): ModelNames {
  const phases = new Map(flattenPhases(model.phases).map((phase) => [phase.id, phaseLabel(phase)]));
  const themes = new Map(model.themes.map((theme) => [theme.id, theme.name]));
  const roles = new Map(model.roles.map((role) => [role.id, role.name]));
  const parties = handbookParties(model.parties);
  const partyName = (id: string) => {
    const party = partyNamed(id, parties);
    return party === undefined ? undefined : parties.find((candidate) => candidate.id === party)?.name;
  };
  return {
    phase: (id) => phases.get(id) ?? id,
    theme: (id) => themes.get(id) ?? id,
    roles: (ids) => (ids.length === 0 ? t('notStated') : ids.map((id) => roles.get(id) ?? partyName(id) ?? id).join(', ')),
  };
}
