// Section text that check accepted and the build broke on or published: code in attributes, links that run code, pictures from elsewhere.
import { appendFileSync, existsSync } from 'node:fs';
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
