// A handbook's pictures and files: figures numbered in reading order, every bad reference a located Danish problem,
// and releases that freeze the pictures and files they use.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadSite, type Problem } from '../index.ts';
import { cutRelease } from '../release/release.ts';
import { loadReleases } from '../release/load.ts';
import { freezeRelease, hasChangesSince } from '../release/freeze.ts';
import { createFixture, readProjectFile, writeProjectFile } from '../../../tests/support/release-fixture.ts';
import { nestsParentheses } from '../../../tests/support/messages.ts';
import { mediaChanges, mediaView } from './view.ts';
import { describeFile, nameProblem, suggestedName } from './names.ts';
import { svgProblem } from './svg.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="200" height="100" fill="#1f4e79"/></svg>\n';

/** A fixture handbook with two pictures and one file, and the given texts for two sections in reading order. */
function project(texts: { hvadErSystemet?: string; tidsplan?: string } = {}): string {
  const root = createFixture();
  roots.push(root);
  writeProjectFile(root, 'content/mini/billeder/oversigt.svg', SVG);
  writeProjectFile(root, 'content/mini/billeder/faser.svg', SVG.replace('#1f4e79', '#3c6e3c'));
  writeProjectFile(root, 'content/mini/filer/plan.xlsx', 'x'.repeat(48_000));
  writeProjectFile(root, 'content/mini/sections/hvad-er-systemet.mdx', texts.hvadErSystemet ?? 'Se [Figur](figur:faser).\n\n![Tre kasser med pile](billeder/oversigt.svg "Oversigt")\n');
  writeProjectFile(root, 'content/mini/sections/tidsplan.mdx', texts.tidsplan ?? '![Fire faser](billeder/faser.svg "Faserne")\n\nHent [planen](fil:plan.xlsx).\n');
  return root;
}

function load(root: string, mode: 'publish' | 'draft' = 'publish') {
  const site = loadSite({ root, mode, only: 'mini', lint: false });
  const media = (problem: Problem) => /billede|fil|figur|SVG|\.\./i.test(problem.message) && !problem.message.includes('håndbogen er ændret');
  return { handbook: site.handbooks[0]!, problems: site.problems.filter(media) };
}

describe('figures', () => {
  test('are numbered in reading order across the handbook, and figur: links name the number', () => {
    const { handbook, problems } = load(project());
    expect(problems).toEqual([]);
    expect(handbook.media!.figures.map(({ id, number, section, caption }) => ({ id, number, section, caption }))).toEqual([
      { id: 'oversigt', number: 1, section: 'hvad-er-systemet', caption: 'Oversigt' },
      { id: 'faser', number: 2, section: 'tidsplan', caption: 'Faserne' },
    ]);
    const view = mediaView('mini/', handbook.media!, undefined);
    expect(view.figures.faser).toMatchObject({ number: 2, vector: true, width: 200, height: 100 });
    expect(view.files['plan.xlsx']).toBe('Excel, 48 kB');
  });

  test('follow the figure when it moves: the number is its place in reading order', () => {
    const { handbook } = load(project({ hvadErSystemet: 'Se [Figur](figur:faser).\n\n![Fire faser](billeder/faser.svg)\n', tidsplan: '![Tre kasser](billeder/oversigt.svg)\n\n[planen](fil:plan.xlsx)\n' }));
    expect(handbook.media!.figures.map((figure) => [figure.id, figure.number])).toEqual([['faser', 1], ['oversigt', 2]]);
  });

  test.each([
    ['publish', 'error'],
    ['draft', 'warning'],
  ] as const)('without alt text are a located problem when building for %s (%s)', (mode, severity) => {
    const { problems } = load(project({ tidsplan: 'Tekst.\n\n![](billeder/faser.svg "Faserne")\n\n[planen](fil:plan.xlsx)\n' }), mode);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity, file: 'content/mini/sections/tidsplan.mdx', line: 3, column: 1 });
    expect(problems[0]!.message).toContain('ingen alternativ tekst');
    expect(nestsParentheses(problems[0]!.message)).toBe(false);
  });

  test('marked decorative need no alt text, get no number, and cannot be referred to', () => {
    const { handbook, problems } = load(project({ hvadErSystemet: '![Tre kasser](billeder/oversigt.svg)\n', tidsplan: '![dekorativ](billeder/faser.svg)\n\nSe [Figur](figur:faser). [planen](fil:plan.xlsx)\n' }));
    expect(handbook.media!.figures.map((figure) => figure.id)).toEqual(['oversigt']);
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringContaining('markeret som dekorativ')]);
  });

  test('a figur: link to no figure names the figures and the nearest one', () => {
    const { problems } = load(project({ hvadErSystemet: 'Se [Figur](figur:fase).\n\n![Tre kasser](billeder/oversigt.svg)\n' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', line: 1, column: 4 });
    expect(problems[0]!.message).toContain('Mente du "faser"?');
  });

  test('a picture inside a sentence is refused: a figure stands in its own paragraph', () => {
    const { problems } = load(project({ hvadErSystemet: 'Her er ![Tre kasser](billeder/oversigt.svg) midt i teksten.\n\n![Fire faser](billeder/faser.svg)\n' , tidsplan: '[planen](fil:plan.xlsx)\n' }));
    expect(problems).toEqual([expect.objectContaining({ line: 1, column: 8, message: expect.stringContaining('billedet oversigt.svg står inde i en tekst') })]);
  });
});

describe('references that cannot be published', () => {
  test.each([
    ['a missing picture', '![Kasser](billeder/oversigten.svg)', 'findes ikke i content/mini/billeder/'],
    ['a path out of the folder', '![Kasser](../billeder/oversigt.svg)', 'peger ud af håndbogens mappe'],
    ['a path through the folder', '![Kasser](billeder/../../handbook.yaml)', 'peger ud af håndbogens mappe'],
    ['an absolute path', '![Kasser](/etc/passwd.png)', 'absolut sti'],
    ['a picture from another server', '![Kasser](https://example.org/a.png)', 'ligger på en anden server', 11],
    ['a picture in a sub-folder', '![Kasser](billeder/gamle/a.png)', 'ligger ikke direkte i'],
    ['a picture type that is not allowed', '![Kasser](billeder/a.gif)', 'filtypen .gif kan ikke bruges'],
    ['a file that is missing', '[plan](fil:planen.xlsx)', 'Mente du "plan.xlsx"?'],
    ['a file type that is not allowed', '[program](fil:setup.exe)', 'filtypen .exe kan ikke bruges til vedhæftede filer'],
    ['a file name with spaces', '[plan](<fil:Min plan.xlsx>)', 'omdøb filen til min-plan.xlsx'],
    ['a file path with a folder', '[plan](fil:../handbook.yaml)', 'kun nævne et filnavn'],
    ['a link straight into the folder', '[plan](filer/plan.xlsx)', 'Skriv [tekst](fil:plan.xlsx)'],
  ] as [string, string, string, number?][])('%s is a located error', (_, reference, message, column = 1) => {
    const { problems } = load(project({ tidsplan: `![Fire faser](billeder/faser.svg)\n\n[planen](fil:plan.xlsx)\n\n${reference}\n` }));
    const found = problems.filter((problem) => problem.severity === 'error');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'content/mini/sections/tidsplan.mdx', line: 5, column, field: 'tidsplan' });
    expect(found[0]!.message).toContain(message);
  });

  test('a picture that is a symbolic link (possibly out of content/) is refused', () => {
    const root = project();
    mkdirSync(join(root, 'outside'));
    writeFileSync(join(root, 'outside', 'hemmelig.png'), 'x');
    symlinkSync(join(root, 'outside', 'hemmelig.png'), join(root, 'content/mini/billeder/hemmelig.png'));
    const { problems } = load(root);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', file: 'content/mini/billeder/hemmelig.png', message: expect.stringContaining('symbolsk link') })]);
  });

  test('a section using a refused picture or file is told to fix its error, not that it is missing', () => {
    const root = project();
    // faser.svg is a figure (tidsplan) and the target of a figur: link (hvad-er-systemet); plan.xlsx is linked with fil:.
    writeProjectFile(root, 'content/mini/billeder/faser.svg', '<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>');
    rmSync(join(root, 'content/mini/filer/plan.xlsx'));
    mkdirSync(join(root, 'content/mini/filer/plan.xlsx'));
    const { problems } = load(root);
    expect(problems.map(({ file, line, column, message }) => ({ file, line, column, message }))).toEqual([
      { file: 'content/mini/billeder/faser.svg', line: 1, column: 1, message: expect.stringContaining('script') },
      { file: 'content/mini/filer/plan.xlsx', line: 1, column: 1, message: expect.stringContaining('undermapper') },
      { file: 'content/mini/sections/tidsplan.mdx', line: 1, column: 1, message: 'billedet billeder/faser.svg kan ikke bruges endnu: ret fejlen ved content/mini/billeder/faser.svg.' },
      { file: 'content/mini/sections/tidsplan.mdx', line: 3, column: 6, message: 'filen filer/plan.xlsx kan ikke bruges endnu: ret fejlen ved content/mini/filer/plan.xlsx.' },
      { file: 'content/mini/sections/hvad-er-systemet.mdx', line: 1, column: 4, message: 'linket figur:faser peger på billeder/faser.svg, som ikke kan bruges endnu: ret fejlen ved content/mini/billeder/faser.svg.' },
    ]);
  });

  test('an SVG with a script is refused', () => {
    expect(svgProblem('<svg viewBox="0 0 1 1"><script>alert(1)</script></svg>')).toContain('script');
    expect(svgProblem('<svg viewBox="0 0 1 1" onload="alert(1)"></svg>')).toContain('hændelsesattributter');
    expect(svgProblem('<svg viewBox="0 0 1 1"><image href="https://example.org/a.png"/></svg>')).toContain('henter andre filer');
    expect(svgProblem(SVG)).toBeUndefined();
  });

  test('an unreferenced picture or file is a warning, and is not published', () => {
    const root = project();
    writeProjectFile(root, 'content/mini/filer/gammel.pdf', '%PDF');
    const { handbook, problems } = load(root);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', file: 'content/mini/filer/gammel.pdf', message: expect.stringContaining('bruges ikke') })]);
    expect(handbook.media!.files.map((file) => file.name)).toEqual(['plan.xlsx']);
  });
});

describe('names and sizes', () => {
  test.each([
    ['Figur 2 – KSD i sammenhæng.PNG', 'figur-2-ksd-i-sammenhaeng.png'],
    ['Uddannelsesplan_ÅRHUS.xlsx', 'uddannelsesplan-aarhus.xlsx'],
  ])('suggests %s → %s', (name, suggested) => expect(suggestedName(name)).toBe(suggested));

  test('accepts ids with an allowed extension only', () => {
    expect(nameProblem('plan-2027.xlsx', 'file')).toBeUndefined();
    expect(nameProblem('plan.png', 'file')).toContain('filtypen .png');
    expect(nameProblem('Plan.xlsx', 'file')).toContain('omdøb filen til plan.xlsx');
  });

  test('describes type and size as Danish readers read them', () => {
    expect(describeFile('a.xlsx', 48_213)).toBe('Excel, 48 kB');
    expect(describeFile('a.pdf', 120)).toBe('PDF, 1 kB');
    expect(describeFile('a.docx', 1_250_000)).toBe('Word, 1,3 MB');
  });
});

describe('releases', () => {
  const FIRST = { id: 'mini', version: '1.0', note: 'Første udgave', initials: 'MKJ', date: '2026-09-15' };

  test('freeze the pictures and files the sections use, listed with their checksums in the manifest', () => {
    const root = project();
    writeProjectFile(root, 'content/mini/filer/ubrugt.pdf', '%PDF');
    expect(cutRelease({ root, ...FIRST })).toMatchObject({ ok: true });
    const manifest = JSON.parse(readProjectFile(root, 'content/mini/releases/1.0/manifest.json'));
    expect(Object.keys(manifest.files).filter((path) => !path.startsWith('sections/'))).toEqual(['billeder/faser.svg', 'billeder/oversigt.svg', 'filer/plan.xlsx', 'handbook.json']);
    const [release] = loadReleases(root, 'mini');
    expect(release!.media.figures.map((figure) => [figure.id, figure.number])).toEqual([['oversigt', 1], ['faser', 2]]);
    expect(release!.media.files[0]!.source).toBe(join(root, 'content/mini/releases/1.0/filer/plan.xlsx'));
  });

  test('count a replaced picture as a change, and mark the figure changed against the release', () => {
    const root = project();
    expect(cutRelease({ root, ...FIRST })).toMatchObject({ ok: true });
    writeProjectFile(root, 'content/mini/billeder/faser.svg', SVG.replace('#1f4e79', '#b00020'));
    writeProjectFile(root, 'content/mini/filer/plan.xlsx', 'y'.repeat(50_000));
    const site = loadSite({ root, mode: 'publish', only: 'mini', lint: false });
    const [release] = loadReleases(root, 'mini');
    expect(hasChangesSince(release, freezeRelease(site.handbooks[0]!, { ...FIRST, version: '1.1' }, [], null))).toBe(true);
    const changes = mediaChanges(site.handbooks[0]!.media!, release!.media);
    expect(changes.map(({ kind, what, id, details }) => ({ kind, what, id, details }))).toEqual([
      { kind: 'changed', what: 'figure', id: 'faser', details: ['picture'] },
      { kind: 'changed', what: 'file', id: 'plan.xlsx', details: [] },
    ]);
    expect(mediaView('mini/', site.handbooks[0]!.media!, release!.media).figures.faser!.change).toBe('changed');
  });

  test('tell a reworded caption or alt text apart from a replaced picture, and number a removed figure as it was', () => {
    const root = project();
    expect(cutRelease({ root, ...FIRST })).toMatchObject({ ok: true });
    writeProjectFile(root, 'content/mini/sections/hvad-er-systemet.mdx', '![Tre kasser  med\npile](billeder/oversigt.svg "Oversigten over systemet")\n');
    writeProjectFile(root, 'content/mini/sections/tidsplan.mdx', 'Hent [planen](fil:plan.xlsx).\n');
    const site = loadSite({ root, mode: 'publish', only: 'mini', lint: false });
    const [release] = loadReleases(root, 'mini');
    const view = mediaView('mini/', site.handbooks[0]!.media!, release!.media);
    // The alt text was only re-wrapped: no change. The caption was reworded: its words, not the whole figure.
    expect(view.figures.oversigt).toMatchObject({ reworded: { caption: { before: 'Oversigt', after: 'Oversigten over systemet' } } });
    expect(view.figures.oversigt!.change).toBeUndefined();
    expect(view.figures.oversigt!.reworded!.alt).toBeUndefined();
    expect(view.removed).toEqual({ faser: { number: 2 } });
  });

  test('refuse a frozen picture that was replaced afterwards', () => {
    const root = project();
    expect(cutRelease({ root, ...FIRST })).toMatchObject({ ok: true });
    writeProjectFile(root, 'content/mini/releases/1.0/billeder/faser.svg', SVG);
    const site = loadSite({ root, mode: 'publish', only: 'mini', lint: false });
    expect(site.problems).toContainEqual(expect.objectContaining({ severity: 'error', file: 'content/mini/releases/1.0/billeder/faser.svg', message: expect.stringContaining('er ændret, efter version 1.0 blev udgivet') }));
  });
});
