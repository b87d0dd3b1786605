// A municipality's tasks in every handbook, by deadline, as one spreadsheet for Danish Excel: /kommuner/<slug>/frister.csv.
import type { APIRoute } from 'astro';
import { municipalityToCsv } from '../../../domain/municipality-plan/index.ts';
import { municipalityFor, municipalityPaths, planOf } from '../../../site/municipality-plans.ts';
import { getSite } from '../../../site/site-data.ts';

export function getStaticPaths() {
  return municipalityPaths();
}

export const GET: APIRoute = ({ params }) => {
  const systems = new Map(getSite().handbooks.map((handbook) => [handbook.id, { name: handbook.data.system.name, taskIdLabel: handbook.data.taskIdLabel }]));
  const text = municipalityToCsv(planOf(municipalityFor({ params })), systems);
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
