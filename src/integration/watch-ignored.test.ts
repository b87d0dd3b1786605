// The preview's watcher leaves the built sites and the caches alone, but never a handbook's own folders.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { notTheWritersFiles } from './watch-ignored.ts';

const project = '/srv/haandbog';
const own = notTheWritersFiles(project, [join(project, 'content'), join(project, 'templates')]);
const corpus = join(project, '.cache', 'corpus');
const inCache = notTheWritersFiles(project, [join(corpus, 'content'), join(corpus, 'templates')]);

describe('notTheWritersFiles', () => {
  test.each([
    join(project, '.cache'),
    join(project, '.cache', 'frozen-pages', 'a1', 'eksempel', 'index.html'),
    join(project, 'dist'),
    join(project, 'dist', 'eksempel', 'gevinster', 'index.html'),
    join(project, 'dist.next', 'index.html'),
    join(project, 'dist.old'),
    join(project, 'tests', 'build', 'preview.test.ts'),
    join(project, 'bench', 'lib', 'bench-dev.ts'),
    join(project, 'scripts', 'lib', 'preview.ts'),
    join(project, 'docs', 'arkitektur.md'),
    join(project, 'src', 'domain', 'load', 'load-site.test.ts'),
  ])('ignores %s', (path) => {
    expect(own(path)).toBe(true);
  });

  test.each([
    join(project, 'content', 'eksempel', 'sections', 'gevinster.mdx'),
    join(project, 'templates', 'gevinster.mdx'),
    join(project, 'src', 'components', 'Toc.astro'),
    join(project, 'generated', 'eksempel', 'gevinster.mdx'),
    join(project, 'distribution', 'x.md'),
    join(project, 'src', 'domain', 'load', 'load-site.ts'),
    join(project, 'src', 'styles', 'site.css'),
    join(project, 'public', 'favicon.svg'),
    project,
    '/srv/andet/dist/index.html',
  ])('watches %s', (path) => {
    expect(own(path)).toBe(false);
  });

  test('a project that itself lies in a folder called dist is watched', () => {
    const nested = notTheWritersFiles('/home/kb/dist/haandbog', ['/home/kb/dist/haandbog/content']);
    expect(nested('/home/kb/dist/haandbog/src/pages/index.astro')).toBe(false);
  });

  test('a content root under .cache/ is watched, with the folders on the way to it, and the rest of .cache/ is not', () => {
    expect(inCache(join(corpus, 'content', 'sys-01', 'handbook.yaml'))).toBe(false);
    expect(inCache(join(corpus, 'templates', 'gevinster.mdx'))).toBe(false);
    expect(inCache(join(project, '.cache'))).toBe(false);
    expect(inCache(corpus)).toBe(false);
    expect(inCache(join(corpus, 'corpus.json'))).toBe(true);
    expect(inCache(join(project, '.cache', 'frozen-pages', 'x.html'))).toBe(true);
  });

  test('a content root under tests/ is watched, and the tests beside it are not', () => {
    const fixture = join(project, 'tests', 'fixtures', 'mini');
    const inTests = notTheWritersFiles(project, [join(fixture, 'content'), join(fixture, 'templates')]);
    expect(inTests(join(fixture, 'content', 'mini', 'handbook.yaml'))).toBe(false);
    expect(inTests(join(project, 'tests'))).toBe(false);
    expect(inTests(join(project, 'tests', 'build', 'build.test.ts'))).toBe(true);
    expect(inTests(join(project, 'tests', 'support', 'project.ts'))).toBe(true);
  });
});
