// The preview reads the site on a second thread (scripts/lib/site-aside.ts): each test starts that thread.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/domain/index.ts';
import { tempProject } from '../support/project.ts';
import { previewRequest, readSiteAside } from '../../scripts/lib/site-aside.ts';

describe('the site read on a second thread for the preview', () => {
  const root = tempProject('site-aside', { example: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is the site the preview would read itself, for the handbook the command line names', async () => {
    const aside = await readSiteAside(['eksempel', '--port', '4400'], root);
    expect(aside?.only).toBe('eksempel');
    expect(aside?.site).toEqual(loadSite({ ...previewRequest(root, 'eksempel'), lint: true }));
    expect(aside?.site.handbooks.map((handbook) => handbook.id)).toEqual(['eksempel']);
  });

  it('gives nothing for a command line the preview refuses (and then explains) or answers with its help', async () => {
    expect(await readSiteAside(['--port', 'abc'], root)).toBeUndefined();
    expect(await readSiteAside(['eksempel', '--help'], root)).toBeUndefined();
  });
});
