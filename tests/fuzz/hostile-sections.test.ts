// Section text that check accepted and the build broke on or published: code in attributes, links that run code, pictures from elsewhere.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { crashSigns, removeTemp, runInProcess, tempProject } from '../support/project.ts';

const FILE = 'content/eksempel/sections/gevinster.mdx';

describe('hostile section text in the example', () => {
  test.each([
    ['an expression attribute', '\n<Boelgeplan vis={1} />\n', 'MDX-fejl: <Boelgeplan vis={…}>'],
    ['dangerouslySetInnerHTML', '\n<Opgaver dangerouslySetInnerHTML={{ __html: "<img src=x onerror=alert(1)>" }} />\n', 'MDX-fejl: <Opgaver dangerouslySetInnerHTML={…}>'],
    ['a spread attribute', '\n<Roller {...{ part: "kommune" }} />\n', 'kan ikke stå blandt egenskaberne'],
    ['a javascript: link', '\nKlik [her](javascript:alert(document.domain)).\n', 'javascript:-links kører kode'],
    ['a data: reference definition', '\nSe [filen][f].\n\n[f]: data:text/html,<script>alert(1)</script>\n', 'data:-links gemmer en hel fil'],
    ['an external picture', '\n![Logo](https://tracker.example.com/pixel.png)\n', 'ligger på en anden server'],
    ['a capitalised section link', '\nSe [gevinster](afsnit:Gevinster).\n', 'Mente du "gevinster"?'],
  ])('check and build refuse %s at its line, in Danish', async (_name, text, message) => {
    const root = tempProject('hostile-sections', { example: true });
    try {
      appendFileSync(join(root, FILE), text);
      for (const command of ['check', 'build'] as const) {
        const result = await runInProcess(command, ['eksempel'], root);
        const output = `${result.stdout}\n${result.stderr}`;
        expect(result.status, output).toBe(1);
        expect(crashSigns(output)).toEqual([]);
        expect(output).toMatch(new RegExp(`${FILE}:\\d+:\\d+ .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
      expect(existsSync(join(root, 'dist'))).toBe(false);
    } finally {
      removeTemp(root);
    }
  }, 120_000);
});

describe('megabytes of openings without their close in a section', () => {
  // Each opening was matched against the rest of the text: check and build ran for hours before they said anything.
  const lines = [
    `## Detaljer${' '.repeat(256 * 1024)}##`,
    'Se [nedenfor](#detaljer) og [ingen steder](#intet).',
    '[I dette afsnit'.repeat(16 * 1024),
    '](#a'.repeat(64 * 1024),
    '['.repeat(256 * 1024),
    '![a]'.repeat(64 * 1024),
  ];

  test('check reports what is wrong where it stands, check --publish refuses the note, and the draft builds', async () => {
    const root = tempProject('hostile-openings', { example: true });
    try {
      appendFileSync(join(root, FILE), `\n${lines.join('\n\n')}\n`);
      const text = readFileSync(join(root, FILE), 'utf8');
      const line = (index: number) => text.slice(0, text.indexOf(lines[index]!)).split('\n').length;
      const draft = await runInProcess('check', ['eksempel'], root);
      const drafted = `${draft.stdout}\n${draft.stderr}`;
      expect(draft.status, drafted).toBe(0);
      expect(crashSigns(drafted)).toEqual([]);
      expect(drafted).toContain(`${FILE}:${line(1)}:44 gevinster: linket #intet peger på et anker, der ikke findes på siden.`);
      expect(drafted).not.toContain('linket #detaljer');

      const published = await runInProcess('check', ['eksempel', '--publish'], root);
      expect(published.status).toBe(1);
      expect(`${published.stdout}\n${published.stderr}`).toContain(`${FILE}:${line(2)}:1 gevinster: vejledning til forfatteren står stadig i teksten: [I dette afsnit`);

      const built = await runInProcess('build', ['eksempel', '--draft'], root);
      expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
      expect(readFileSync(join(root, 'dist', 'eksempel', 'gevinster', 'index.html'), 'utf8')).toContain('id="detaljer"');
    } finally {
      removeTemp(root);
    }
  }, 300_000);
});
