// Counts how often each calendar event of a municipality's plan has moved over a handbook's versions: its SEQUENCE.
import type { Municipality } from '../municipalities/index.ts';
import type { Model } from '../model/schema.ts';
import { municipalityPlan, planEvents, type PlanEvent } from './plan.ts';

/** What a calendar shows of an event: when it is changes the event, as does what it is called. */
export function eventSignature(event: PlanEvent): string {
  const title = event.task?.title ?? event.phase?.name ?? '';
  return `${event.date} ${title}`;
}

/**
 * Returns, for each event key, how many times its date or title changed from one version to the next, oldest
 * version first and the current data last. A calendar keeps the event with the highest SEQUENCE, so a re-import
 * of a newer file moves the event instead of keeping the old one. A version in which the event is missing
 * (the municipality had no wave, the task did not exist) is skipped over, not counted.
 */
export function eventRevisions(municipality: Municipality, handbookId: string, versions: readonly Model[]): Map<string, number> {
  const last = new Map<string, string>();
  const revisions = new Map<string, number>();
  for (const model of versions) {
    const plan = municipalityPlan(municipality, [{ id: handbookId, model }]);
    for (const event of planEvents(plan)) {
      const signature = eventSignature(event);
      const before = last.get(event.key);
      if (before !== undefined && before !== signature) revisions.set(event.key, (revisions.get(event.key) ?? 0) + 1);
      last.set(event.key, signature);
    }
  }
  return revisions;
}
