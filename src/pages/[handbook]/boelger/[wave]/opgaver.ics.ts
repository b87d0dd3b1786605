// A wave's go-live, phase starts and task deadlines as an iCalendar file: /<id>/boelger/<wave>/opgaver.ics.
import type { APIRoute } from 'astro';
import { plannedDateBounds } from '../../../../domain/calendar/index.ts';
import { waveGoLiveDay, waveToIcs } from '../../../../domain/model/index.ts';
import { versionDate } from '../../../../domain/schema/iso-date.ts';
import { currentVersion } from '../../../../domain/versions/current.ts';
import { hasDates, wavePaths, waveFor } from '../../../../site/routes.ts';

// A wave whose go-live is not settled has no dates to export.
export function getStaticPaths() {
  return wavePaths(hasDates);
}

export const GET: APIRoute = ({ params }) => {
  const { handbook, wave } = waveFor({ params });
  const { system } = handbook.data;
  // The version date keeps DTSTAMP stable between builds; an unreleased handbook has only go-live to go by.
  // A version logged as a month only ("maj 2015") stamps the first day of it.
  const version = currentVersion(handbook.data);
  const stamp = (version && plannedDateBounds(versionDate(version))?.first) ?? waveGoLiveDay(wave)!;
  const text = waveToIcs(handbook.data, wave, { handbookId: handbook.id, systemName: system.name, versionDate: stamp, taskIdLabel: handbook.data.taskIdLabel });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
