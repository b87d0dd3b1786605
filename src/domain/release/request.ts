// Checks what the writer asked to release (version, note, initials, date) before anything is loaded or written.
import { addDays } from '../calendar/dates.ts';
import { isIsoDate } from '../calendar/iso-date.ts';
import { plannedDateBounds } from '../calendar/planned-date.ts';
import { versionDate } from '../schema/iso-date.ts';
import type { Version } from '../schema/handbook.ts';
import { compareVersions } from '../versions/current.ts';
import { RELEASE_VERSION_PATTERN } from './format.ts';

/** What the writer typed on the command line; the date is optional and defaults to today in Denmark. */
export interface ReleaseRequest {
  version: string;
  note: string;
  initials: string;
  date?: string | undefined;
}

// A writer's initials (MKJ) or an organisation's short name (KOMBIT), as the version log's schema allows.
const INITIALS = /^[A-ZÆØÅ][A-ZÆØÅ0-9&-]{1,11}$/u;

/** Turns a request into a version log entry, or lists in Danish everything wrong with it. */
export function checkRequest(request: ReleaseRequest, now: Date): { ok: true; entry: Version } | { ok: false; refusals: string[] } {
  const refusals: string[] = [];
  const note = request.note.trim();
  const date = request.date ?? danishToday(now);
  if (!RELEASE_VERSION_PATTERN.test(request.version)) {
    refusals.push(`"${request.version}" er ikke et gyldigt versionsnummer. Skriv tal adskilt af punktum uden foranstillede nuller, fx 1.0 eller 2.1.`);
  }
  if (note === '') {
    refusals.push('bemærkningen til ændringen er tom. Skriv, hvad der er ændret, fx --note "Tidsplanen for bølge 2 er opdateret".');
  }
  if (!INITIALS.test(request.initials)) {
    refusals.push(`"${request.initials}" er ikke gyldige initialer. Skriv 2–5 store bogstaver (A–Å), fx --initials MKJ, eller en organisations forkortelse, fx --initials KOMBIT.`);
  }
  if (!isIsoDate(date)) {
    refusals.push(`"${date}" er ikke en gyldig dato. Skriv en dato, der findes, som ÅÅÅÅ-MM-DD, fx --date 2027-03-01, eller udelad --date for at bruge dagens dato.`);
  } else {
    refusals.push(...checkNotFuture(date, now));
  }
  if (refusals.length > 0) return { ok: false, refusals };
  return { ok: true, entry: { version: request.version, note, date, initials: request.initials } };
}

/**
 * Lists in Danish why a release cannot be dated `date`: a day after tomorrow has not come yet. A later release must
 * not be dated before it (checkDateOrder), so a release dated in the future would lock the log until that day.
 * Tomorrow is allowed: a writer east of Denmark, or one finishing just before midnight, may already be there.
 */
function checkNotFuture(date: string, now: Date): string[] {
  const today = danishToday(now);
  const tomorrow = addDays(today, 1);
  if (date <= tomorrow) return [];
  return [`datoen ${date} ligger i fremtiden (i dag er det ${today}). En version dateres den dag, den udgives: udelad --date for at bruge dagens dato, eller skriv en dato senest ${tomorrow}.`];
}

/** Lists in Danish why `version` cannot follow the versions already in the log. */
export function checkVersionOrder(version: string, logged: readonly Version[], handbookId: string): string[] {
  const latest = [...logged].sort((a, b) => compareVersions(a.version, b.version)).at(-1);
  if (logged.some((entry) => compareVersions(entry.version, version) === 0)) {
    return [`version ${version} findes allerede i versionsloggen i content/${handbookId}/handbook.yaml. Vælg et højere versionsnummer end ${latest!.version}, fx ${nextVersion(latest!.version)}.`];
  }
  if (latest && compareVersions(version, latest.version) < 0) {
    return [`version ${version} er ikke højere end den seneste version, ${latest.version}. Vælg et højere versionsnummer, fx ${nextVersion(latest.version)}.`];
  }
  return [];
}

/** Lists in Danish why a release dated `date` cannot follow the versions already in the log: no version predates the one before. */
export function checkDateOrder(date: string, logged: readonly Version[]): string[] {
  const latest = [...logged].sort((a, b) => compareVersions(a.version, b.version)).at(-1);
  // A month or quarter ("maj 2015") is passed once its first day is reached: the log does not say which day it was.
  const since = latest ? plannedDateBounds(versionDate(latest))?.first : undefined;
  if (!latest || since === undefined || date >= since) return [];
  return [`datoen ${date} ligger før den seneste version, ${latest.version} af ${latest.date}. Brug en dato fra ${since} eller senere, eller udelad --date for at bruge dagens dato.`];
}

/** Suggests the next minor version: "1.0" → "1.1", "2.9" → "2.10". */
export function nextVersion(version: string): string {
  const parts = version.split('.').map(Number);
  parts[parts.length - 1] = (parts.at(-1) ?? 0) + 1;
  return parts.join('.');
}

/** Returns today's date in Denmark (Europe/Copenhagen) as ÅÅÅÅ-MM-DD, whatever the machine's time zone. */
export function danishToday(now: Date): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
