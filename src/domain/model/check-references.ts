// Checks that tasks and transitions refer to phases, themes and roles the handbook defines.
import type { LocatedYaml } from '../yaml/located-yaml.ts';
import { didYouMean } from '../problems/nearest.ts';
import type { Problem } from '../problems/problem.ts';
import { listItemPath, type Report } from './check-context.ts';
import { flattenPhases } from './phases.ts';
import { handbookParties, partyNamed, partyWord } from './roles.ts';
import type { Model } from './schema.ts';

/** Reports every task phase, theme and role, and every transition phase, that the handbook does not define. */
export function checkReferences(model: Model, yaml: LocatedYaml, report: Report): Problem[] {
  const phases = flattenPhases(model.phases).map((phase) => phase.id);
  const themes = model.themes.map((theme) => theme.id);
  const roles = model.roles.map((role) => role.id);
  const declaredParties = handbookParties(model.parties);
  // Shown as writers type them: leverandoer, not leverandør.
  const parties = declaredParties.map((party) => partyWord(party.id));
  const problems: Problem[] = [];
  const expect = (value: string, choices: readonly string[], what: Choice, path: readonly PropertyKey[]) => {
    if (!choices.includes(value)) problems.push(report(path, notAChoiceMessage(value, what, choices)));
  };
  for (const [index, task] of model.tasks.entries()) {
    expect(task.phase, phases, 'phase', ['tasks', index, 'phase']);
    expect(task.theme, themes, 'theme', ['tasks', index, 'theme']);
    for (const field of ['responsible', 'performers'] as const) {
      // A task may name a party where the handbook names no role ("Udfører: Leverandøren"): kommune, leverandoer, kombit or a party's id.
      for (const [item, role] of task[field].entries()) {
        if (roles.includes(role) || partyNamed(role, declaredParties)) continue;
        problems.push(report(listItemPath(yaml, ['tasks', index, field], item), notARoleMessage(role, roles, parties)));
      }
    }
  }
  for (const [index, role] of model.roles.entries()) {
    if (!partyNamed(role.party, declaredParties)) problems.push(report(['roles', index, 'party'], notAChoiceMessage(role.party, 'party', parties)));
  }
  for (const [index, transition] of model.transitions.entries()) {
    expect(transition.from, phases, 'phase', ['transitions', index, 'from']);
    expect(transition.to, phases, 'phase', ['transitions', index, 'to']);
    if (transition.from === transition.to) {
      problems.push(report(['transitions', index, 'to'], `en faseovergang går fra én fase til en anden, men både from og to er "${transition.to}". Ret en af dem.`));
    }
  }
  return problems;
}

/** What a reference points at. */
export type Choice = 'phase' | 'theme' | 'role' | 'party';

const WHAT: Readonly<Record<Choice, { name: string; list: string; none: string }>> = {
  phase: { name: 'en fase', list: 'phases', none: 'faser' },
  theme: { name: 'et tema', list: 'themes', none: 'temaer' },
  role: { name: 'en rolle', list: 'roles', none: 'roller' },
  party: { name: 'en part', list: 'parties', none: 'parter' },
};

/** Explains that a task's responsible or performer names neither a role nor a party, listing both and the nearest. */
export function notARoleMessage(value: string, roles: readonly string[], parties: readonly string[]): string {
  const head = `"${value}" er hverken en rolle eller en part i håndbogen.`;
  const near = didYouMean(value, [...roles, ...parties]);
  if (roles.length === 0) return `${head} Der er ingen roller endnu: tilføj dem under roles, eller skriv en part: ${parties.join(', ')}.${near}`;
  return `${head} Vælg en rolle: ${roles.join(', ')}, eller en part: ${parties.join(', ')}.${near}`;
}

/** Explains in Danish that a reference names nothing the handbook defines, listing the valid choices and the nearest one. */
export function notAChoiceMessage(value: string, what: Choice, choices: readonly string[]): string {
  const { name, list, none } = WHAT[what];
  const head = `"${value}" er ikke ${name} i håndbogen.`;
  if (choices.length === 0) return `${head} Der er ingen ${none} endnu: tilføj dem under ${list}.`;
  return `${head} Vælg en af: ${[...new Set(choices)].join(', ')}.${didYouMean(value, choices)}`;
}
