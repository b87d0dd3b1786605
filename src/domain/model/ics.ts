// Writes one wave's dates as an iCalendar file, so municipalities can import task deadlines into their calendars.
import { addDays, formatDanishDate, formatDateSpan, formatOffset, type DateSpan, type IsoDate } from '../calendar/index.ts';
import { calendarText, contentLine, escapeText, icsDate, icsMidnightUtc } from './ics-format.ts';
import { phaseLabel, taskTypeLabel } from './labels.ts';
import { modelNames, type ModelNames } from './names.ts';
import { scheduleForWave, type ScheduledPhase, type ScheduledTask } from './schedule.ts';
import type { Model } from './schema.ts';
import { formatTaskDate } from './task-date.ts';
import { waveGoLiveDay, type Wave } from './waves.ts';

/** What the calendar file needs to know about the handbook around the model. */
export type IcsHandbook = {
  /** The handbook's id (`content/<id>/`), part of every UID so calendars of two handbooks never clash. */
  readonly handbookId: string;
  /** The system's name, used in the calendar's name and the go-live event. */
  readonly systemName: string;
  /** The current version's date: every DTSTAMP, so the same content always gives the same file. */
  readonly versionDate: IsoDate;
  /** What the handbook calls a task's id ("KIGO-id" in older handbooks); KLIK-id when it does not say. */
  readonly taskIdLabel?: string | undefined;
};

type CalendarEvent = { readonly uid: string; readonly date: IsoDate; readonly summary: string; readonly description: string };

const UID_DOMAIN = 'implementeringshaandbog.kombit';

/**
 * Returns an iCalendar (RFC 5545) text for one wave: all-day events for go-live, every phase's
 * start and every task deadline, in date order. UIDs are built from handbook, wave and
 * phase/task ids, so importing a newer version updates the events instead of duplicating them.
 * A date given as a range or "ca." is an event on its earliest day, with the span in the description.
 * Only a wave whose go-live is a settled day has a calendar.
 */
export function waveToIcs(model: Model, wave: Wave, handbook: IcsHandbook): string {
  const goLiveDay = waveGoLiveDay(wave);
  if (goLiveDay === undefined) throw new Error(`waveToIcs: the wave "${wave.id}" has no go-live day, so it has no calendar`);
  const schedule = scheduleForWave(model, wave);
  const names = modelNames(model);
  const uid = (kind: string, id: string) => `${handbook.handbookId}/${wave.id}/${kind}/${id}@${UID_DOMAIN}`;
  const goLive: CalendarEvent = {
    uid: uid('go-live', wave.id),
    date: goLiveDay,
    summary: `Go-live: ${handbook.systemName}`,
    description: `${wave.name}: de første brugere tager ${handbook.systemName} i brug.`,
  };
  const phases = schedule.phases.flatMap((phase) => (phase.startDate ? [phaseEvent(phase, phase.startDate, uid)] : []));
  const tasks = schedule.tasks.flatMap((task) => (task.deadlineDate ? [taskEvent(names, task, task.deadlineDate, uid, handbook.taskIdLabel ?? 'KLIK-id')] : []));
  const events = [goLive, ...phases, ...tasks]
    .map((event, index) => ({ event, index }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.index - b.index))
    .map(({ event }) => event);
  const stamp = icsMidnightUtc(handbook.versionDate);
  return calendarText(`${handbook.systemName} – ${wave.name}`, events.flatMap((event) => eventLines(event, stamp)));
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    contentLine('UID', event.uid),
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`,
    contentLine('SUMMARY', escapeText(event.summary)),
    contentLine('DESCRIPTION', escapeText(event.description)),
    // All-day reminders should not make anyone look busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * Returns the lines a phase's calendar event says of its dates, in the wave's calendar and the municipality's alike:
 * the range or "ca." it begins in, as the handbook has it, and the day or days it ends.
 */
export function phaseDateLines(phase: ScheduledPhase): string[] {
  const lines = [
    phase.starts && phase.startSpan ? spanNote('Fasen begynder', phase.startSpan, formatOffset(phase.starts)) : undefined,
    phase.endDate ? `Fasen slutter ${phase.endSpan ? formatDateSpan(phase.endSpan) : formatDanishDate(phase.endDate)}.` : undefined,
  ];
  return lines.filter((line) => line !== undefined);
}

/**
 * Returns the line a task's calendar event says of a deadline given as a range or "ca." (the event stands on its
 * earliest day), or undefined for a plain day: "Tidsfrist: ca. 1. juli 2015 (ca. 8 måneder før go-live)."
 */
export function deadlineNote(task: Pick<ScheduledTask, 'deadline' | 'deadlineSpan'>): string | undefined {
  return task.deadline && task.deadlineSpan ? spanNote('Tidsfrist', task.deadlineSpan, formatTaskDate(task.deadline)) : undefined;
}

function phaseEvent(phase: ScheduledPhase, date: IsoDate, uid: (kind: string, id: string) => string): CalendarEvent {
  const lines = [phase.focus ?? phase.description, ...phaseDateLines(phase)];
  return {
    uid: uid('fase', phase.id),
    date,
    summary: `${phaseLabel(phase)} begynder`,
    description: lines.filter((line) => line !== undefined).join('\n'),
  };
}

// A range or "ca." gets a line saying so; the event itself stands on the earliest day.
function spanNote(what: string, span: DateSpan, written: string): string | undefined {
  if (span.from === span.to && !span.approximate) return undefined;
  return `${what}: ${formatDateSpan(span)} (${written}).`;
}

function taskEvent(names: ModelNames, task: ScheduledTask, date: IsoDate, uid: (kind: string, id: string) => string, idLabel: string): CalendarEvent {
  const lines = [
    deadlineNote(task),
    taskTypeLabel(task.type),
    task.klikId ? `${idLabel}: ${task.klikId}` : undefined,
    names.phase(task.phase),
    `Tema: ${names.theme(task.theme)}`,
    `Ansvarlig: ${names.roles(task.responsible)}`,
    `Udfører: ${names.roles(task.performers)}`,
    task.description,
    task.result ? `Forventet resultat: ${task.result}` : undefined,
  ];
  return {
    uid: uid('opgave', task.id),
    date,
    summary: `Frist: ${task.title}`,
    description: lines.filter((line) => line !== undefined).join('\n'),
  };
}
