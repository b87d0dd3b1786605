import { describe, expect, test } from 'vitest';
import { formatReport, type ImportReport } from './report.ts';

/** A report with every count at `count`, so each counted word is written once in the number it takes. */
function report(count: number): ImportReport {
  return {
    source: 'haandbog.docx',
    id: 'fsd',
    systemName: 'Fælles Sygedagpengesystem',
    sections: [{ wordTitle: 'Indledning', id: 'velkommen', template: 'Velkommen', file: 'sections/velkommen.mdx', proseTables: count }],
    missing: [],
    counts: { tasks: count, roles: count, checkpoints: count, versions: count, figures: count, proseTables: count },
    figuresWithoutAlt: count,
    unusableFigures: Array.from({ length: count }, () => 'image/x-emf'),
    notes: count,
    leftOver: [],
    warnings: Array.from({ length: count }, () => 'An unrecognised element was ignored: v:textbox'),
  };
}

describe('the import report counts in Danish', () => {
  test('one of each is written in the singular', () => {
    const text = formatReport(report(1), true);
    expect(text).toContain('  1 opgave, 1 rolle, 1 kontrolpunkt, 1 version i versionsloggen, 1 figur\n');
    expect(text).toContain('  1 tabel står som tabel i teksten');
    expect(text).toContain('Indledning → skabelonens "Velkommen": content/fsd/sections/velkommen.mdx (1 tabel står som tekst)');
    expect(text).toContain('  - 1 vejledning om det, importen har gættet');
    expect(text).toContain('  - 1 figur mangler alternativ tekst');
    expect(text).toContain('  - 1 billede i et format, en browser ikke kan vise (image/x-emf), er ikke med: gem det som PNG eller SVG i content/fsd/billeder/.');
    expect(text).toContain('  - 1 del af Word-dokumentet kunne ikke overføres');
    expect(text).not.toMatch(/\b1 (?:opgaver|roller|kontrolpunkter|versioner|figurer|tabeller|vejledninger|billeder|dele)\b/u);
  });

  test('two of each are written in the plural', () => {
    const text = formatReport(report(2), true);
    expect(text).toContain('  2 opgaver, 2 roller, 2 kontrolpunkter, 2 versioner i versionsloggen, 2 figurer\n');
    expect(text).toContain('  - 2 figurer mangler alternativ tekst');
    expect(text).toContain('  - 2 billeder i formater, en browser ikke kan vise (image/x-emf), er ikke med: gem dem som PNG eller SVG i content/fsd/billeder/.');
    expect(text).toContain('  - 2 dele af Word-dokumentet kunne ikke overføres');
  });

  test('none is written in the plural, as Danish counts nothing', () => {
    expect(formatReport(report(0), true)).toContain('  0 opgaver, 0 roller, 0 kontrolpunkter, 0 versioner i versionsloggen, 0 figurer\n');
  });
});
