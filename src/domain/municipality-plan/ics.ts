// Writes one municipality's dates across every handbook as one iCalendar file.
import { addDays, type IsoDate } from '../calendar/index.ts';
import { calendarText, contentLine, escapeText, icsDate, icsMidnightUtc } from '../model/ics-format.ts';
import { deadlineNote, phaseDateLines } from '../model/ics.ts';
import { phaseLabel, taskTypeLabel } from '../model/labels.ts';
import { modelNames } from '../model/names.ts';
import { planEvents, type MunicipalityPlan, type PlanEvent } from './plan.ts';

/** What the calendar needs of each handbook beyond the plan. */
export type CalendarHandbook = {
  /** The system's name, e.g. "Ydelsesregistret". */
  readonly systemName: string;
  /** The system's short name, which starts every event's title: "YDR: Frist: …". */
  readonly shortName: string;
  /** The current version's date: the DTSTAMP of the handbook's events, so the same content gives the same file. */
  readonly versionDate: IsoDate;
  /** How often each event (by its key) has moved over the handbook's versions: its SEQUENCE. */
  readonly revisions: ReadonlyMap<string, number>;
  /** What the handbook calls a task's id ("KIGO-id" in older handbooks); KLIK-id when it does not say. */
  readonly taskIdLabel?: string | undefined;
};

const UID_DOMAIN = 'implementeringshaandbog.kombit';

/**
 * Returns an iCalendar (RFC 5545) text with all-day events for the municipality's go-live, phase starts and task
 * deadlines in every handbook, in date order. UIDs are built from the municipality's code, the handbook and the
 * phase's or task's id, so they stay the same when the municipality moves wave; SEQUENCE counts the event's moves,
 * so importing a newer file moves the event in the reader's calendar instead of adding a second one.
 */
export function municipalityToIcs(plan: MunicipalityPlan, handbooks: ReadonlyMap<string, CalendarHandbook>, calendarName: string): string {
  const events = planEvents(plan).flatMap((event) => {
    const handbook = handbooks.get(event.handbookId);
    return handbook ? [eventLines(plan, event, handbook)] : [];
  });
  return calendarText(calendarName, events.flat());
}

function eventLines(plan: MunicipalityPlan, event: PlanEvent, handbook: CalendarHandbook): string[] {
  const { summary, description } = eventText(plan, event, handbook);
  return [
    'BEGIN:VEVENT',
    contentLine('UID', `kommune-${plan.municipality.code}/${event.key}@${UID_DOMAIN}`),
    `SEQUENCE:${handbook.revisions.get(event.key) ?? 0}`,
    `DTSTAMP:${icsMidnightUtc(handbook.versionDate)}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`,
    contentLine('SUMMARY', escapeText(summary)),
    contentLine('DESCRIPTION', escapeText(description)),
    // All-day reminders should not make anyone look busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

function eventText(plan: MunicipalityPlan, event: PlanEvent, handbook: CalendarHandbook): { summary: string; description: string } {
  const entry = plan.handbooks.find((candidate) => candidate.handbookId === event.handbookId);
  const wave = entry?.wave?.name ?? '';
  const prefix = `${handbook.shortName}: `;
  const context = `${handbook.systemName}, ${wave}`;
  if (event.kind === 'go-live') {
    return { summary: `${prefix}Go-live`, description: `${context}: ${plan.municipality.name} Kommune tager ${handbook.systemName} i brug.` };
  }
  if (event.phase) {
    const { phase } = event;
    const lines = [context, phase.focus ?? phase.description, ...phaseDateLines(phase)].filter((line) => line !== undefined);
    return { summary: `${prefix}${phaseLabel(phase)} begynder`, description: lines.join('\n') };
  }
  const task = event.task!;
  const names = entry ? modelNames(entry.model) : undefined;
  const lines = [
    context,
    deadlineNote(task),
    taskTypeLabel(task.type),
    task.klikId ? `${handbook.taskIdLabel ?? 'KLIK-id'}: ${task.klikId}` : undefined,
    names?.phase(task.phase),
    names && `Ansvarlig: ${names.roles(task.responsible)}`,
    names && `Udfører: ${names.roles(task.performers)}`,
    task.description,
  ];
  return { summary: `${prefix}Frist: ${task.title}`, description: lines.filter((line) => line !== undefined).join('\n') };
}
