// Step: the import's report in Danish: what became which section, what was recognised, what was left as text, and what to do next.
import { counted } from '../../i18n/t.ts';

/** What the import did, for the writer. */
export interface ImportReport {
  source: string;
  id: string;
  systemName: string;
  /** Each Word section in order: its heading, the template title it matched (if any), and its file (none when it had no text). */
  sections: { wordTitle: string; id: string; template: string | undefined; file: string | undefined; proseTables: number }[];
  /** Template sections the document lacks. */
  missing: { id: string; title: string; requiresSystemText: boolean }[];
  counts: { tasks: number; roles: number; checkpoints: number; versions: number; figures: number; proseTables: number };
  figuresWithoutAlt: number;
  /** Content types of pictures a browser cannot show (EMF, WMF …). */
  unusableFigures: string[];
  /** Guidance notes the import wrote for its guesses. */
  notes: number;
  /** Front-page text that is not in the handbook. */
  leftOver: string[];
  /** What mammoth could not carry over from Word. */
  warnings: string[];
}

/** Writes the report; `written` says whether the files exist now or the run was a dry run. */
export function formatReport(report: ImportReport, written: boolean): string {
  const dir = `content/${report.id}`;
  const lines: string[] = [
    written
      ? `${report.source} er importeret som håndbogen ${dir}/ (${report.systemName}).`
      : `Prøvekørsel: intet er skrevet. ${report.source} ville blive til håndbogen ${dir}/ (${report.systemName}).`,
    '',
    'Afsnit:',
  ];
  for (const section of report.sections) {
    const target = section.template ? `skabelonens "${section.template}"` : 'nyt afsnit';
    const where = section.file ? `${dir}/${section.file}` : 'ingen tekst i Word; skabelonens tekst gælder';
    const tables = section.proseTables > 0 ? ` (${counted(section.proseTables, 'tabel', 'tabeller')} står som tekst)` : '';
    lines.push(`  ${section.wordTitle} → ${target}: ${where}${tables}`);
  }
  const { counts } = report;
  lines.push(
    '',
    'Genkendt:',
    `  ${[
      counted(counts.tasks, 'opgave', 'opgaver'),
      counted(counts.roles, 'rolle', 'roller'),
      counted(counts.checkpoints, 'kontrolpunkt', 'kontrolpunkter'),
      `${counted(counts.versions, 'version', 'versioner')} i versionsloggen`,
      counted(counts.figures, 'figur', 'figurer'),
    ].join(', ')}`,
    `  ${counted(counts.proseTables, 'tabel', 'tabeller')} står som tabel i teksten`,
  );
  if (report.missing.length > 0) {
    lines.push('', 'Skabelonens afsnit, som Word-dokumentet ikke har (skabelonens tekst og vejledning gælder):');
    for (const section of report.missing) lines.push(`  ${section.title} (${section.id})${section.requiresSystemText ? ' – skal skrives' : ''}`);
  }
  const todo: string[] = [];
  if (report.notes > 0) todo.push(`${counted(report.notes, 'vejledning', 'vejledninger')} om det, importen har gættet eller ikke kunne læse. Håndbogen kan ikke udgives, før du har tjekket dem og slettet dem.`);
  if (report.figuresWithoutAlt > 0) todo.push(`${counted(report.figuresWithoutAlt, 'figur', 'figurer')} mangler alternativ tekst: skriv den mellem [ og ] i billedets linje.`);
  if (report.unusableFigures.length > 0) {
    const one = report.unusableFigures.length === 1;
    const kinds = [...new Set(report.unusableFigures)].join(', ');
    todo.push(one
      ? `1 billede i et format, en browser ikke kan vise (${kinds}), er ikke med: gem det som PNG eller SVG i ${dir}/billeder/.`
      : `${report.unusableFigures.length} billeder i formater, en browser ikke kan vise (${kinds}), er ikke med: gem dem som PNG eller SVG i ${dir}/billeder/.`);
  }
  if (report.leftOver.length > 0) todo.push(`Forsidens øvrige tekst er ikke med: ${report.leftOver.map((text) => `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`).join(', ')}.`);
  const styles = [...new Set(report.warnings.flatMap((warning) => /^Unrecognised (?:paragraph|run) style: '([^']*)'/u.exec(warning)?.[1] ?? []))];
  if (styles.length > 0) todo.push(`Word-dokumentets egne typografier (${styles.map((style) => `"${style}"`).join(', ')}) er læst som almindelig tekst; er nogle af dem overskrifter, så giv dem typografien Overskrift 1–3 i Word, og importér igen.`);
  const other = report.warnings.length - report.warnings.filter((warning) => /^Unrecognised (?:paragraph|run) style/u.test(warning)).length;
  if (other > 0) todo.push(`${counted(other, 'del', 'dele')} af Word-dokumentet kunne ikke overføres (fx indlejrede objekter eller tekstfelter); sammenlign med Word.`);
  if (todo.length > 0) lines.push('', 'Tjek:', ...todo.map((text) => `  - ${text}`));
  lines.push('', 'Næste skridt:', `  1. Se håndbogen med vejledningerne: npm run dev -- ${report.id}`, `  2. Se, hvad der mangler: npm run check -- ${report.id}`);
  return lines.join('\n');
}
