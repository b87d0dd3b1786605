// Checks the rollout waves: real municipality names, each municipality in one wave, and none left out.
import type { Problem } from '../problems/problem.ts';
import { findMunicipality, MUNICIPALITIES, sortDanish, unknownMunicipalityMessage } from '../municipalities/index.ts';
import type { LocatedYaml } from '../yaml/located-yaml.ts';
import { listItemPath, type Report } from './check-context.ts';
import type { Model } from './schema.ts';
import { hasSettledMunicipalities } from './waves.ts';

type Placement = { readonly waveIndex: number; readonly path: readonly PropertyKey[] };

/**
 * Reports unknown or misspelt municipalities (with the closest match), municipalities written
 * twice, and, as one warning, the municipalities no wave has (unless there are no waves). When a
 * wave's municipalities are not settled yet, the others are expected to be unplaced: no warning,
 * and the wave plan says once which municipalities are not placed yet.
 */
export function checkWaves(model: Model, yaml: LocatedYaml, report: Report): Problem[] {
  const problems: Problem[] = [];
  const placed = new Map<string, Placement>();
  for (const [waveIndex, wave] of model.waves.entries()) {
    for (const [item, name] of (wave.municipalities ?? []).entries()) {
      const path = listItemPath(yaml, ['waves', waveIndex, 'municipalities'], item);
      const municipality = findMunicipality(name);
      if (!municipality) {
        problems.push(report(path, unknownMunicipalityMessage(name)));
        continue;
      }
      const first = placed.get(municipality.code);
      if (first) {
        problems.push(report(path, twiceMessage(name, first, waveIndex, model)));
        continue;
      }
      placed.set(municipality.code, { waveIndex, path });
    }
  }
  const unplaced = MUNICIPALITIES.filter((municipality) => !placed.has(municipality.code));
  if (model.waves.length > 0 && unplaced.length > 0 && model.waves.every(hasSettledMunicipalities)) {
    problems.push(report(['waves'], unplacedMessage(unplaced.map((municipality) => municipality.name)), 'warning', 'key'));
  }
  return problems;
}

function twiceMessage(name: string, first: Placement, waveIndex: number, model: Model): string {
  const item = first.path.at(-1);
  const where = typeof item === 'number' ? `som nr. ${item + 1} under municipalities` : 'under municipalities';
  if (first.waveIndex === waveIndex) return `"${name.trim()}" står to gange i samme bølge, også ${where}. Slet den ene.`;
  const wave = model.waves[first.waveIndex]?.name ?? '';
  return `"${name.trim()}" står allerede i bølgen "${wave}" ${where}. En kommune kan kun være i én bølge: slet den ene.`;
}

/** Explains in Danish which municipalities no wave has, in Danish alphabetical order. */
export function unplacedMessage(names: readonly string[]): string {
  const count = names.length === 1 ? '1 kommune er' : `${names.length} kommuner er`;
  return (
    `${count} ikke placeret i nogen bølge: ${sortDanish(names).join(', ')}. ` +
    `Tilføj dem til en bølge under municipalities (eller skriv municipalities: alle for big bang).`
  );
}
