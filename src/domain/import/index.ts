// Imports a Word handbook (`npm run import`): the steps, one per file, that scripts/import.ts calls in order.
export { ImportError } from './import-error.ts';
export { MAX_DOCX_BYTES, readDocx, type DocxContent, type DocxImage } from './read-docx.ts';
export { planImport, type ImportFile, type ImportPlan, type PlanContext } from './plan-import.ts';
export { formatReport, type ImportReport } from './report.ts';
