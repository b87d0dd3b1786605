// A wave's go-live, phase starts and task deadlines as an iCalendar file: /<id>/boelger/<wave>/opgaver.ics.
import type { APIRoute } from 'astro';
import { waveToIcs } from '../../../../domain/model/index.ts';
import { currentVersion } from '../../../../domain/versions/current.ts';
import { wavePaths, waveFor } from '../../../../site/routes.ts';

export function getStaticPaths() {
  return wavePaths();
}

export const GET: APIRoute = ({ params }) => {
  const { handbook, wave } = waveFor({ params });
  const { system } = handbook.data;
  // The version date keeps DTSTAMP stable between builds; an unreleased handbook has only go-live to go by.
  const versionDate = currentVersion(handbook.data)?.date ?? wave.goLive;
  const text = waveToIcs(handbook.data, wave, { handbookId: handbook.id, systemName: system.name, versionDate });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
