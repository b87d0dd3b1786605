// The status page's data: what is still to write, fill in and fix in a handbook, and how long it is.
import { describe, expect, test } from 'vitest';
import type { LoadedSystem, SystemSectionFile } from '../load/load-system.ts';
import { PLACEHOLDER_EMAIL } from '../lint/data.ts';
import type { Problem } from '../problems/problem.ts';
import { resolveHandbook } from '../sections/resolve.ts';
import { loadedSystem, templatePartial } from '../../../tests/support/sections.ts';
import { handbookStatus } from './status.ts';

const TEMPLATE = [
  templatePartial({ id: 'velkommen', order: 100, part: 'forord' }, 'Velkommen til [indsæt systemnavn], som går i drift d. [indsæt dato].\n\n<Vejledning>\nSkriv [indsæt noget].\n</Vejledning>\n'),
  templatePartial({ id: 'hvad-er-systemet', order: 1100, requiresSystemText: true }, '<Vejledning>\nBeskriv systemet.\n</Vejledning>\n'),
  templatePartial({ id: 'organisering', order: 1200, requiresSystemText: true }, '<Vejledning>\nUdfyld tabellen.\n</Vejledning>\n\n| Rolle | Ansvar |\n| --- | --- |\n| Projektleder | |\n\nTabel for [indsæt systemnavn]\n'),
  templatePartial({ id: 'uddannelse', order: 1300, requiresSystemText: true }, '<Vejledning>\nBeskriv uddannelsen.\n</Vejledning>\n'),
  templatePartial({ id: 'support', order: 1400, requiresSystemText: true }, '<Vejledning>\nBeskriv supporten.\n</Vejledning>\n'),
];

function system(sections: Partial<SystemSectionFile>[], systemData: Record<string, unknown> = {}): LoadedSystem {
  return loadedSystem({ id: 'ydr', sections, system: systemData });
}

const WRITTEN = [
  { id: 'hvad-er-systemet', body: 'YDR er kommunernes system til personlige ydelser.\n' },
  { id: 'organisering', body: '| Rolle | Ansvar |\n| --- | --- |\n| Projektleder | Leder projektet |\n' },
  { id: 'uddannelse', body: 'Fjordsoft uddanner superbrugerne.\n' },
  { id: 'support', body: 'Kommunen ringer til Fjordsoft.\n' },
];

function statusOf(loaded: LoadedSystem, problems: Problem[] = []) {
  const { handbook } = resolveHandbook(TEMPLATE, loaded, 'draft');
  return handbookStatus(handbook, problems, TEMPLATE);
}

describe('the status of a handbook', () => {
  test('a finished handbook has nothing left to do', () => {
    const status = statusOf(system(WRITTEN));
    expect(status).toMatchObject({
      id: 'ydr', name: 'Ydelsesregistret', version: undefined, sections: { required: 4, written: 4 },
      unwritten: [], openPlaceholders: [], missingData: [], problems: { errors: 0, warnings: 0, byFile: [] }, done: true,
    });
  });

  test('sections that hold only template text are listed with why and where to write', () => {
    const copied = { id: 'organisering', body: `${TEMPLATE[2]!.body.replace('[indsæt systemnavn]', 'Ydelsesregistret')}\n` };
    const stub = { id: 'uddannelse', body: '<Vejledning>\nBeskriv uddannelsen.\n</Vejledning>\n\n<Vejledning>\nErstat vejledningen.\n</Vejledning>\n' };
    const status = statusOf(system([WRITTEN[0]!, copied, stub]));
    expect(status.unwritten).toEqual([
      { id: 'organisering', title: 'organisering', number: '3', state: 'copied', file: 'content/ydr/sections/organisering.mdx' },
      { id: 'uddannelse', title: 'uddannelse', number: '4', state: 'guidance-only', file: 'content/ydr/sections/uddannelse.mdx' },
      { id: 'support', title: 'support', number: '5', state: 'missing', file: 'content/ydr/sections/support.mdx' },
    ]);
    expect(status.sections).toEqual({ required: 4, written: 1 });
    expect(status.done).toBe(false);
  });

  test('placeholders without a value are located and say which field fills them; guidance is left out', () => {
    const status = statusOf(system([...WRITTEN.slice(1), { id: 'hvad-er-systemet', body: 'Kontakt\n[indsæt kontaktperson].\n' }], { goLive: undefined, rollout: 'for alle 98 kommuner' }));
    expect(status.openPlaceholders).toEqual([
      { name: 'dato', sectionId: 'velkommen', file: 'templates/velkommen.mdx', line: 8, column: 55, field: 'system.goLive' },
      { name: 'kontaktperson', sectionId: 'hvad-er-systemet', file: 'content/ydr/sections/hvad-er-systemet.mdx', line: 2, column: 1, field: 'placeholders.kontaktperson' },
    ]);
  });

  test('missing data names the field and the fix: the stand-in address and the values behind open placeholders', () => {
    const status = statusOf(system(WRITTEN, { contactEmail: PLACEHOLDER_EMAIL, goLive: undefined, rollout: 'for alle 98 kommuner' }));
    expect(status.missingData).toEqual([
      { field: 'system.contactEmail', message: `Projektets funktionspostkasse mangler: contactEmail under system er stadig pladsholderen "${PLACEHOLDER_EMAIL}". Skriv den rigtige adresse.` },
      { field: 'system.goLive', message: 'Datoen for første go-live mangler. Skriv den som goLive under system: en dato (ÅÅÅÅ-MM-DD), en måned ("maj 2027"), et kvartal ("2. kvartal 2027") eller "fastlægges senere", hvis den ikke er kendt endnu; den udfylder [indsæt dato].' },
    ]);
  });

  test('a handbook without a contact address needs one only where the text asks for it with [indsæt emailadresse]', () => {
    expect(statusOf(system(WRITTEN, { contactEmail: undefined })).missingData).toEqual([]);
    const asking = statusOf(system([...WRITTEN.slice(1), { id: 'hvad-er-systemet', body: 'Skriv til [indsæt emailadresse].\n' }], { contactEmail: undefined }));
    expect(asking.missingData).toEqual([
      { field: 'system.contactEmail', message: 'Projektets funktionspostkasse mangler. Skriv den som contactEmail under system, fx contactEmail: ydr@kombit.dk; den udfylder [indsæt emailadresse]. Har projektet ingen endnu, så slet sætningen med pladsholderen.' },
    ]);
  });

  test("problems are grouped by file with counts, leaving out other handbooks' files", () => {
    const problem = (file: string, line: number, severity: Problem['severity']): Problem => ({ severity, file, line, column: 1, message: 'x' });
    const status = statusOf(system(WRITTEN), [
      problem('content/ydr/sections/uddannelse.mdx', 9, 'warning'),
      problem('content/ydr/handbook.yaml', 3, 'error'),
      problem('content/ydr/sections/uddannelse.mdx', 2, 'error'),
      problem('content/andet/handbook.yaml', 1, 'error'),
      problem('templates/support.mdx', 1, 'warning'),
    ]);
    expect(status.problems.errors).toBe(2);
    expect(status.problems.warnings).toBe(2);
    expect(status.problems.byFile.map(({ file, errors, warnings, problems }) => [file, errors, warnings, problems.map((p) => p.line)])).toEqual([
      ['content/ydr/handbook.yaml', 1, 0, [3]],
      ['content/ydr/sections/uddannelse.mdx', 1, 1, [2, 9]],
      ['templates/support.mdx', 0, 1, [1]],
    ]);
    expect(status.done).toBe(false);
  });

  test('the length is estimated against the 30-page guideline', () => {
    expect(statusOf(system(WRITTEN)).length).toMatchObject({ pages: 1, maxPages: 30, overLimit: false });
  });

  test('the current version is shown once the handbook is released', () => {
    const loaded = system(WRITTEN);
    loaded.data.versions = [
      { version: '1.0', note: 'Første udgave', date: '2026-09-15', initials: 'MKJ' },
      { version: '1.1', note: 'Bølge 2', date: '2026-12-01', initials: 'MKJ' },
    ];
    expect(statusOf(loaded).version).toBe('1.1');
  });
});
