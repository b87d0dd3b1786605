// One municipality across every handbook: its plan, calendar and spreadsheet.
export { municipalityPlan, planEvents, waveWith, type HandbookPlan, type MunicipalityPlan, type PlanChanges, type PlanEvent, type PlanHandbook } from './plan.ts';
export { eventRevisions, eventSignature } from './revisions.ts';
export { municipalityToIcs, type CalendarHandbook } from './ics.ts';
export { municipalityToCsv, PLAN_CSV_COLUMNS, type CsvHandbook } from './csv.ts';
