// A wave's tasks with their dates as a spreadsheet for Danish Excel: /<id>/boelger/<wave>/opgaver.csv.
import type { APIRoute } from 'astro';
import { waveTasksToCsv } from '../../../../domain/model/index.ts';
import { hasDates, wavePaths, waveFor } from '../../../../site/routes.ts';

// A wave whose go-live is not settled has no dates to export.
export function getStaticPaths() {
  return wavePaths(hasDates);
}

export const GET: APIRoute = ({ params }) => {
  const { handbook, wave } = waveFor({ params });
  return new Response(waveTasksToCsv(handbook.data, wave, handbook.data.taskIdLabel), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
