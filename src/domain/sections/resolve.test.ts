// Resolution: template partials + a system's sections + placeholders → one ordered handbook.
import { describe, expect, test } from 'vitest';
import type { LoadedSystem, SystemSectionFile } from '../load/load-system.ts';
import { formatProblem } from '../problems/problem.ts';
import { positionInSection, resolveHandbook, type Mode } from './resolve.ts';
import { loadedSystem, templatePartial } from '../../../tests/support/sections.ts';

const TEMPLATE = [
  templatePartial({ id: 'velkommen', order: 100, part: 'forord', title: 'Velkommen til [indsæt systemnavn]' }, 'Velkommen til [indsæt systemnavn] fra [indsæt leverandørnavn].\n\n<Vejledning>\nSkriv en hilsen.\n</Vejledning>\n'),
  templatePartial({ id: 'hvad-er-systemet', order: 1100, requiresSystemText: true }, '<Vejledning>\nBeskriv systemet.\n</Vejledning>\n'),
  templatePartial({ id: 'aktoerer', order: 1500 }, 'Aktører.'),
  templatePartial({ id: 'ansvarsfordeling', order: 1510, parent: 'aktoerer' }, 'Ansvar.'),
  templatePartial({ id: 'uddannelse', order: 1630, requiresSystemText: true }, '<Vejledning>\nBeskriv uddannelsen.\n</Vejledning>\n'),
];

function system(sections: Partial<SystemSectionFile>[], extra: Record<string, unknown> = {}): LoadedSystem {
  return loadedSystem({ sections, data: extra, at: { line: 3, column: 5 } });
}

function resolve(loaded: LoadedSystem, mode: Mode = 'publish') {
  const { handbook, problems } = resolveHandbook(TEMPLATE, loaded, mode);
  return { handbook, messages: problems.map(formatProblem), ids: handbook.sections.map((section) => section.id) };
}

const WRITTEN = [
  { id: 'hvad-er-systemet', body: 'YDR er et system.' },
  { id: 'uddannelse', body: 'Superbrugere uddannes.' },
];

describe('resolving a handbook', () => {
  test('a system section replaces the template section with the same id', () => {
    const { handbook, messages } = resolve(system(WRITTEN));
    expect(messages).toEqual([]);
    expect(handbook.sections.find((s) => s.id === 'hvad-er-systemet')).toMatchObject({ source: 'system', body: 'YDR er et system.' });
  });

  test('placeholders are filled in titles and bodies, and guidance is removed when publishing', () => {
    const { handbook } = resolve(system(WRITTEN));
    const welcome = handbook.sections[0]!;
    expect(welcome.title).toBe('Velkommen til Ydelsesregistret');
    expect(welcome.body.trim()).toBe('Velkommen til Ydelsesregistret fra Fjordsoft A/S.');
  });

  test('guidance stays in a draft', () => {
    const { handbook } = resolve(system(WRITTEN), 'draft');
    expect(handbook.sections[0]!.body).toContain('<Vejledning>');
  });

  test('an added section is placed by its order, and sub-sections follow their parent', () => {
    const added = { id: 'lokal-it', body: 'Lokal it.', meta: { title: 'Lokal it', part: 'del-1' as const, order: 1200 } };
    const { ids } = resolve(system([...WRITTEN, added]));
    expect(ids).toEqual(['velkommen', 'hvad-er-systemet', 'lokal-it', 'aktoerer', 'ansvarsfordeling', 'uddannelse']);
  });

  test('a section under a sub-section is an error at its file, never silently left out', () => {
    const nested = { id: 'ansvar-for-data', file: 'content/eksempel/sections/ansvar-for-data.mdx', body: 'Data.', meta: { title: 'Ansvar for data', part: 'del-1' as const, order: 1511, parent: 'ansvarsfordeling' } };
    const { messages } = resolve(system([...WRITTEN, nested]));
    expect(messages).toEqual([
      'content/eksempel/sections/ansvar-for-data.mdx:1:1 ansvar-for-data.parent: overafsnittet "ansvarsfordeling" er selv et underafsnit af "aktoerer", og et underafsnit kan ikke have sine egne underafsnit. Skriv parent: aktoerer, eller gør "ansvarsfordeling" til et kapitel uden parent.',
    ]);
  });

  test('sections are numbered as chapters and sub-sections', () => {
    const { handbook } = resolve(system(WRITTEN));
    expect(handbook.sections.map((s) => s.number)).toEqual(['1', '2', '3', '3.1', '4']);
  });

  test('an omitted section is left out without complaint', () => {
    const { ids, messages } = resolve(system([WRITTEN[0]!], { omitSections: [{ id: 'uddannelse', reason: 'Ingen uddannelse' }] }));
    expect(ids).not.toContain('uddannelse');
    expect(messages).toEqual([]);
  });

  test('omitting a section that does not exist is an error listing the valid ones', () => {
    const { messages } = resolve(system(WRITTEN, { omitSections: [{ id: 'udannelse', reason: 'x' }] }));
    expect(messages).toEqual([
      'content/eksempel/handbook.yaml:3:5 udeladt afsnit 1 (udannelse), id: "udannelse" er ikke et afsnit i skabelonen. Gyldige afsnit: velkommen, hvad-er-systemet, aktoerer, ansvarsfordeling, uddannelse.',
    ]);
  });

  test('a required section without system text stops publishing and only warns in a draft', () => {
    const expected = 'templates/uddannelse.mdx:1:1 uddannelse: afsnittet "uddannelse" kræver systemets egen tekst. Skriv den i content/eksempel/sections/uddannelse.mdx (opret filen), eller udelad afsnittet med omitSections i handbook.yaml.';
    const published = resolveHandbook(TEMPLATE, system([WRITTEN[0]!]), 'publish').problems;
    expect(published.map(formatProblem)).toEqual([expected]);
    expect(published[0]!.severity).toBe('error');
    expect(resolveHandbook(TEMPLATE, system([WRITTEN[0]!]), 'draft').problems[0]!.severity).toBe('warning');
  });

  test('an unknown placeholder is located and names the known ones', () => {
    const { messages } = resolve(system([{ id: 'hvad-er-systemet', body: 'Kontakt\n[indsæt kontaktperson] i dag.' }, WRITTEN[1]!]));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/eksempel\/sections\/hvad-er-systemet\.mdx:2:1 hvad-er-systemet: pladsholderen \[indsæt kontaktperson\] har ingen værdi\. Skriv teksten selv, eller giv den en værdi under placeholders i handbook\.yaml\. Kendte pladsholdere: \[indsæt systemnavn\]/);
  });

  test("the writer's own placeholders are filled", () => {
    const loaded = system([{ id: 'hvad-er-systemet', body: 'Kontakt [indsæt kontaktperson].' }, WRITTEN[1]!], { placeholders: { kontaktperson: 'Mette Jensen' } });
    expect(resolve(loaded).handbook.sections[1]!.body).toBe('Kontakt Mette Jensen.');
  });

  test('values from YAML are escaped so MDX shows them as text', () => {
    const loaded = system(WRITTEN);
    loaded.data.system.supplier = '<script>alert(1)</script> {x}';
    expect(resolve(loaded).handbook.sections[0]!.body).toContain('\\<script\\>alert(1)\\</script\\> \\{x\\}');
  });

  test('leftover bracketed guidance in a system text stops publishing', () => {
    const { messages } = resolve(system([{ id: 'hvad-er-systemet', body: 'Tekst.\n\n[I dette afsnit skal du beskrive systemet]' }, WRITTEN[1]!]));
    expect(messages).toEqual(['content/eksempel/sections/hvad-er-systemet.mdx:3:1 hvad-er-systemet: vejledning til forfatteren står stadig i teksten: [I dette afsnit skal du beskrive systemet]… Slet den, før håndbogen udgives.']);
  });

  test('a file for an omitted section is one error, not also a new section without frontmatter', () => {
    const loaded = system([WRITTEN[0]!, WRITTEN[1]!, { id: 'ansvarsfordeling', body: 'Tekst.' }], { omitSections: [{ id: 'ansvarsfordeling', reason: 'Ikke relevant.' }] });
    expect(resolve(loaded).messages).toEqual(['content/eksempel/handbook.yaml:3:5 udeladt afsnit 1 (ansvarsfordeling), id: afsnittet "ansvarsfordeling" er både udeladt og skrevet i sections/ansvarsfordeling.mdx. Slet filen eller fjern udeladelsen.']);
  });

  test('omitting a section whose sub-sections stay is an error at the omission', () => {
    const loaded = system(WRITTEN, { omitSections: [{ id: 'aktoerer', reason: 'Ikke relevant.' }] });
    expect(resolve(loaded).messages).toEqual(['content/eksempel/handbook.yaml:3:5 udeladt afsnit 1 (aktoerer), id: afsnittet "aktoerer" har underafsnit, der stadig er med: ansvarsfordeling. Udelad dem også, eller tag "aktoerer" med igen.']);
    expect(resolve(system(WRITTEN, { omitSections: [{ id: 'aktoerer', reason: 'Ikke relevant.' }, { id: 'ansvarsfordeling', reason: 'Ikke relevant.' }] })).messages).toEqual([]);
  });

  test.each([
    ['a section that is not in the handbook', { section: 'uddanelse', text: 'uddannes', note: 'Stavefejl' }, 'content/eksempel/handbook.yaml:3:5 rettelse 1 (uddanelse), section: "uddanelse" er ikke et afsnit i håndbogen, så ændringen markeres gult alligevel. Skriv afsnittets id. Mente du "uddannelse"?'],
    ['a wording that is not in the section', { section: 'uddannelse', text: 'uddanes', note: 'Stavefejl' }, 'content/eksempel/handbook.yaml:3:5 rettelse 1 (uddannelse), text: "uddanes" står ikke i afsnittet "uddannelse", så ændringen markeres gult alligevel. Skriv den nye formulering præcis, som den står i teksten.'],
    ['a wording that is in the section, across markup', { section: 'uddannelse', text: 'Superbrugere uddannes', note: 'Stavefejl' }, undefined],
  ])('an editorial declaration naming %s', (_name, entry, message) => {
    const loaded = system([WRITTEN[0]!, { id: 'uddannelse', body: '**Superbrugere** uddannes.' }], { editorial: [entry] });
    expect(resolve(loaded).messages).toEqual(message ? [message] : []);
  });

  test('a link to an omitted section says it is omitted', () => {
    const loaded = system([{ id: 'hvad-er-systemet', body: 'Se [ansvar](afsnit:ansvarsfordeling).' }, WRITTEN[1]!], { omitSections: [{ id: 'ansvarsfordeling', reason: 'Ikke relevant.' }] });
    expect(resolve(loaded).messages).toEqual(['content/eksempel/sections/hvad-er-systemet.mdx:1:13 hvad-er-systemet: linket afsnit:ansvarsfordeling peger på et afsnit, der er udeladt med omitSections i handbook.yaml. Fjern linket, eller tag afsnittet med igen.']);
  });

  test('a link to a section that does not exist is reported', () => {
    const { messages } = resolve(system([{ id: 'hvad-er-systemet', body: 'Se [her](afsnit:udannelse).' }, WRITTEN[1]!]));
    expect(messages[0]).toMatch(/hvad-er-systemet\.mdx:1:\d+ hvad-er-systemet: linket afsnit:udannelse peger på et afsnit, der ikke findes/);
  });
});

describe('positions behind removed guidance and filled placeholders', () => {
  // The writer's file: guidance on lines 1-4, then a line with a filled placeholder before the problem.
  const BODY = '<Vejledning>\nSkriv om systemet.\nHusk kurserne.\n</Vejledning>\n\n[indsæt systemnavn] bruges af kommunen.\n\nSe [kurser](afsnit:udannelse) og [indsæt kontaktperson].\n\n<Opgaver fase="forbredelse" />';

  test.each(['publish', 'draft'] as const)('a %s check reports each problem where the writer wrote it', (mode) => {
    const { messages } = resolve(system([{ id: 'hvad-er-systemet', body: BODY, bodyLine: 4 }, WRITTEN[1]!]), mode);
    const where = messages.map((message) => /hvad-er-systemet\.mdx:(\d+:\d+) hvad-er-systemet: (\S+ \S+)/.exec(message)?.slice(1).join(' '));
    expect(where).toEqual(['11:34 pladsholderen [indsæt', '11:13 linket afsnit:udannelse', '13:1 <Opgaver fase="forbredelse">:']);
  });

  test('a plain-language hint in a published section is located in the file', () => {
    const { handbook } = resolve(system([{ id: 'hvad-er-systemet', body: '<Vejledning>\nTekst.\n</Vejledning>\n\n[indsæt systemnavn] kan anvendes af kommunen.', bodyLine: 4 }, WRITTEN[1]!]));
    const section = handbook.sections.find((candidate) => candidate.id === 'hvad-er-systemet')!;
    expect(positionInSection(section, section.body.indexOf('kan anvendes'))).toEqual({ line: 8, column: 21 });
  });
});

describe('anchors in links', () => {
  test('a link to a heading in another section resolves', () => {
    const loaded = system([{ id: 'hvad-er-systemet', body: 'Se [kurser](afsnit:uddannelse#kurser-for-superbrugere).' }, { id: 'uddannelse', body: '### Kurser for superbrugere\n\nTekst.' }]);
    expect(resolve(loaded).messages).toEqual([]);
  });

  test.each([
    ['to a heading that does not exist', 'Se [kurser](afsnit:uddannelse#kurserne).', 'content/eksempel/sections/hvad-er-systemet.mdx:1:13 hvad-er-systemet: linket afsnit:uddannelse#kurserne peger på et anker, der ikke findes i afsnittet "uddannelse". Brug en overskrift i afsnittet (fx #kurser-for-superbrugere) eller kun afsnit:uddannelse.'],
    ['on the same page that does not exist', 'Se [nedenfor](#detaljer).', 'content/eksempel/sections/hvad-er-systemet.mdx:1:15 hvad-er-systemet: linket #detaljer peger på et anker, der ikke findes på siden. Ret det til en overskrift på siden, eller brug afsnit:<id> for at linke til et andet afsnit.'],
  ])('a link %s is reported', (_name, body, message) => {
    const loaded = system([{ id: 'hvad-er-systemet', body }, { id: 'uddannelse', body: '### Kurser for superbrugere\n\nTekst.' }]);
    expect(resolve(loaded).messages).toEqual([message]);
  });
});

describe('anchors among megabytes of openings', () => {
  const MEGABYTES = 1024 * 1024;

  // Each ](# was read to the end of the text for a ) that was not there, and each heading's end tried against the rest of its line: hours.
  test('a link to a missing anchor after megabytes of unclosed ](# is the one link reported', () => {
    const body = `${'](#a'.repeat(MEGABYTES / 4)} Se [nedenfor](#detaljer).`;
    expect(resolve(system([{ id: 'hvad-er-systemet', body }, WRITTEN[1]!])).messages).toEqual([
      `content/eksempel/sections/hvad-er-systemet.mdx:1:${MEGABYTES + 16} hvad-er-systemet: linket #detaljer peger på et anker, der ikke findes på siden. Ret det til en overskrift på siden, eller brug afsnit:<id> for at linke til et andet afsnit.`,
    ]);
  });

  test('a heading holding megabytes of spaces and [ is an anchor a link can reach', () => {
    const body = `Se [nedenfor](#detaljer).\n\n## Detaljer${'['.repeat(MEGABYTES)}${' '.repeat(MEGABYTES)}#\n`;
    expect(resolve(system([{ id: 'hvad-er-systemet', body }, WRITTEN[1]!])).messages).toEqual([]);
  });
});

describe('links a handbook should not carry', () => {
  const at = 'content/eksempel/sections/hvad-er-systemet.mdx';
  const messagesFor = (body: string, mode: Mode = 'publish') => resolve(system([{ id: 'hvad-er-systemet', body }, WRITTEN[1]!]), mode).messages;

  test.each([
    ['a javascript: link', 'Klik [her](javascript:alert(1)).', `${at}:1:12 hvad-er-systemet: linket "javascript:alert(1)" kan ikke bruges i en håndbog: javascript:-links kører kode. Link til en webadresse (https://…), en e-mailadresse (mailto:…) eller et afsnit (afsnit:<id>).`],
    ['a javascript: link in capitals behind a tab', 'Klik [her](<JavaScript\t:alert(1)>).', `${at}:1:12 hvad-er-systemet: linket "JavaScript:alert(1)" kan ikke bruges i en håndbog: javascript:-links kører kode.`],
    ['a vbscript: link', 'Klik [her](vbscript:msgbox).', `${at}:1:12 hvad-er-systemet: linket "vbscript:msgbox" kan ikke bruges i en håndbog: vbscript:-links kører kode.`],
    ['a data: link', 'Hent [filen](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==).', `${at}:1:14 hvad-er-systemet: linket "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2…" kan ikke bruges i en håndbog: data:-links gemmer en hel fil i linket.`],
    ['a javascript: reference definition', 'Klik [her][x].\n\n[x]: javascript:alert(1)', `${at}:3:6 hvad-er-systemet: linket "javascript:alert(1)" kan ikke bruges i en håndbog: javascript:-links kører kode.`],
    ['an external image', 'Se ![logo](https://cdn.example.com/logo.png).', `${at}:1:12 hvad-er-systemet: billedet "https://cdn.example.com/logo.png" ligger på en anden server, som læserens browser ville hente det fra. Gem billedet i håndbogens mappe, og brug det derfra.`],
    ['an external image by reference', 'Se ![logo][l].\n\n[l]: //cdn.example.com/logo.png', `${at}:3:6 hvad-er-systemet: billedet "//cdn.example.com/logo.png" ligger på en anden server`],
    ['a data: image', 'Se ![prik](data:image/png;base64,iVBORw0KGgo=).', `${at}:1:12 hvad-er-systemet: linket "data:image/png;base64,iVBORw0KGgo=" kan ikke bruges i en håndbog: data:-links gemmer en hel fil i linket.`],
  ])('%s is a located error, also in a draft', (_name, body, message) => {
    for (const mode of ['publish', 'draft'] as const) {
      const messages = messagesFor(body, mode);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain(message);
    }
  });

  test.each([
    ['a capitalised section id', 'Se [gevinster](afsnit:Uddannelse).', `${at}:1:16 hvad-er-systemet: linket afsnit:Uddannelse peger på et afsnit, der ikke findes.`, 'Mente du "uddannelse"?'],
    ['a path as the section id', 'Se [x](afsnit:../uddannelse).', `${at}:1:8 hvad-er-systemet: linket afsnit:../uddannelse peger på et afsnit, der ikke findes.`, 'Mente du "uddannelse"?'],
    ['a reference definition to a missing section', 'Se [x][u].\n\n[u]: afsnit:udannelse', `${at}:3:6 hvad-er-systemet: linket afsnit:udannelse peger på et afsnit, der ikke findes.`, 'Mente du "uddannelse"?'],
  ])('a section link with %s names the link and suggests the id', (_name, body, message, suggestion) => {
    const [problem, ...rest] = messagesFor(body);
    expect(rest).toEqual([]);
    expect(problem).toContain(message);
    expect(problem).toContain(suggestion);
  });

  test('web, e-mail, telephone, section and local links and local images pass', () => {
    const body = 'Se [KOMBIT](https://kombit.dk), [mail](mailto:a@b.dk), [ring](tel:+4512345678), [afsnit](afsnit:uddannelse), [ovenfor](#top) og ![figur](billeder/figur.png).\n\n### Top';
    expect(messagesFor(body)).toEqual([]);
  });
});

describe('task links into the handbook', () => {
  const withLink = (url: string) => ({
    tasks: [{ id: 'opgave', title: 'Opgave', phase: 'opstart', theme: 'viden', responsible: 'kommune', performers: 'kommune', type: 'valgfri', links: [{ title: 'Læs mere', url }] }],
  });

  test('afsnit:<id> and afsnit:<id>#anker to a section of the handbook pass', () => {
    expect(resolve(system(WRITTEN, withLink('afsnit:uddannelse'))).messages).toEqual([]);
    expect(resolve(system(WRITTEN, withLink('afsnit:ansvarsfordeling#ansvar'))).messages).toEqual([]);
  });

  test('afsnit:<id> to a section that does not exist is located in handbook.yaml with the nearest section', () => {
    expect(resolve(system(WRITTEN, withLink('afsnit:udannelse'))).messages).toEqual([
      'content/eksempel/handbook.yaml:3:5 opgave 1 (opgave), link 1, url: linket afsnit:udannelse peger på et afsnit, der ikke findes. Gyldige afsnit: velkommen, hvad-er-systemet, aktoerer, ansvarsfordeling, uddannelse. Mente du "uddannelse"?',
    ]);
  });
});

describe('section numbers', () => {
  const numbers = (loaded: LoadedSystem) => resolve(loaded).handbook.sections.map((section) => `${section.number} ${section.id}`.trim());

  test('are counted by default: chapters 1, 2 …, sub-sections 2.1 …, part introductions none', () => {
    expect(numbers(system(WRITTEN))).toEqual(['1 velkommen', '2 hvad-er-systemet', '3 aktoerer', '3.1 ansvarsfordeling', '4 uddannelse']);
  });

  test('sectionNumbers: ingen shows none, for a handbook whose titles carry their own ("Fase 2")', () => {
    expect(numbers(system(WRITTEN, { sectionNumbers: 'ingen' }))).toEqual(['velkommen', 'hvad-er-systemet', 'aktoerer', 'ansvarsfordeling', 'uddannelse']);
  });

  test("a section's own number is shown, its sub-sections count on from it, and so do the sections after it", () => {
    const own = [WRITTEN[0]!, WRITTEN[1]!, { id: 'aktoerer', body: 'Aktører.', meta: { number: '7' } }];
    expect(numbers(system(own))).toEqual(['1 velkommen', '2 hvad-er-systemet', '7 aktoerer', '7.1 ansvarsfordeling', '8 uddannelse']);
  });

  test("with counting off, a sub-section of a chapter with its own number gets no derived number", () => {
    const own = [WRITTEN[0]!, WRITTEN[1]!, { id: 'aktoerer', body: 'Aktører.', meta: { number: '2' } }];
    expect(numbers(system(own, { sectionNumbers: 'ingen' }))).toEqual(['velkommen', 'hvad-er-systemet', '2 aktoerer', 'ansvarsfordeling', 'uddannelse']);
  });

  test('with counting off, only the own numbers show', () => {
    const own = [WRITTEN[0]!, WRITTEN[1]!, { id: 'aktoerer', body: 'Aktører.', meta: { number: '2' } }, { id: 'ansvarsfordeling', body: 'Ansvar.', meta: { number: '2.1' } }];
    expect(numbers(system(own, { sectionNumbers: 'ingen' }))).toEqual(['velkommen', 'hvad-er-systemet', '2 aktoerer', '2.1 ansvarsfordeling', 'uddannelse']);
  });
});

describe('component attributes', () => {
  test.each([
    ['an unknown phase', '<Opgaver fase="forbredelse" />', 'content/eksempel/sections/hvad-er-systemet.mdx:1:1 hvad-er-systemet: <Opgaver fase="forbredelse">: "forbredelse" findes ikke. Vælg en af: opstart, forberedelse, ibrugtagning, forankring. Mente du "forberedelse"?'],
    ['an unknown party', '<Roller part="borgere" />', 'content/eksempel/sections/hvad-er-systemet.mdx:1:1 hvad-er-systemet: <Roller part="borgere">: "borgere" findes ikke. Vælg en af: kommune, leverandoer, kombit.'],
    ['a misspelt party', '<Roller part="komune" />', 'content/eksempel/sections/hvad-er-systemet.mdx:1:1 hvad-er-systemet: <Roller part="komune">: "komune" findes ikke. Vælg en af: kommune, leverandoer, kombit. Mente du "kommune"?'],
    ['an unknown attribute', '<Opgaver phase="opstart" />', 'content/eksempel/sections/hvad-er-systemet.mdx:1:1 hvad-er-systemet: <Opgaver> kender ikke egenskaben phase. Brug fase, visning, type, tema, rolle.'],
    ['an unknown theme', '<Opgaver tema="videen" />', 'content/eksempel/sections/hvad-er-systemet.mdx:1:1 hvad-er-systemet: <Opgaver tema="videen">: "videen" findes ikke. Vælg en af: projektstyring, gevinster, viden, organisering, ud-indfasning, it-miljoe, it-sikkerhed. Mente du "viden"?'],
  ])('%s is a located error before the build', (_name, body, message) => {
    expect(resolve(system([{ id: 'hvad-er-systemet', body }, WRITTEN[1]!])).messages).toEqual([message]);
  });

  test('valid attributes pass', () => {
    expect(resolve(system([{ id: 'hvad-er-systemet', body: '<Opgaver fase="opstart" visning="kort" />\n\n<Roller part="KOMBIT" />\n\n<Roller part="leverandoer" />\n\n<Opgaver fase="opstart" tema="viden" rolle="kommune" />' }, WRITTEN[1]!])).messages).toEqual([]);
  });
});
