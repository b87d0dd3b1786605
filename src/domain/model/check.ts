// Checks what a schema cannot: that the model's ids are unique, its references resolve and its waves place every municipality once.
import type { Problem } from '../problems/problem.ts';
import type { LocatedYaml } from '../yaml/located-yaml.ts';
import { reporter } from './check-context.ts';
import { checkTaskDates } from './check-dates.ts';
import { checkUniqueIds } from './check-ids.ts';
import { checkReferences } from './check-references.ts';
import { checkWaves } from './check-waves.ts';
import type { Model } from './schema.ts';

/**
 * Checks a validated model against the YAML it came from and returns every problem, each
 * located at the offending value with a Danish message that lists the valid choices.
 */
export function checkModel(model: Model, yaml: LocatedYaml, file: string): Problem[] {
  const report = reporter(yaml, file);
  return [
    ...checkUniqueIds(model, report),
    ...checkReferences(model, yaml, report),
    ...checkWaves(model, yaml, report),
    ...checkTaskDates(model, report),
  ];
}
