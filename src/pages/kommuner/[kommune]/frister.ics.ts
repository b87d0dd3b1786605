// A municipality's go-live, phase starts and task deadlines in every handbook as one iCalendar file: /kommuner/<slug>/frister.ics.
import type { APIRoute } from 'astro';
import { municipalityToIcs } from '../../../domain/municipality-plan/index.ts';
import { t } from '../../../i18n/t.ts';
import { calendarHandbooks, municipalityFor, municipalityPaths, planOf } from '../../../site/municipality-plans.ts';

export function getStaticPaths() {
  return municipalityPaths();
}

export const GET: APIRoute = ({ params }) => {
  const municipality = municipalityFor({ params });
  const text = municipalityToIcs(planOf(municipality), calendarHandbooks(municipality), t('municipality.calendarName', { municipality: municipality.name }));
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
