// `node scripts/published-releases.ts`: the publishing workflow's guard that no frozen release changed since the previous published one.
//
// Each release's manifest.json records the checksum of the one before it, so check, build and release catch a rewritten
// older release. The newest release has no successor yet: rewriting it together with its manifest.json passes them. Once
// a version was published (a GitHub release, hence a git tag), git holds what readers saw; this compares every release
// folder that tag had with the commit being published.
import { execFileSync } from 'node:child_process';
import { exit, isMainModule } from './lib/entry.ts';
import { fail, info } from './lib/messages.ts';

/** Runs git in `root` and returns its output, or undefined when git fails (no repository, no such revision). */
function git(root: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The newest tag on the history of HEAD that is not on HEAD itself: the previous published version. */
function previousTag(root: string): string | undefined {
  const head = git(root, ['rev-parse', 'HEAD']);
  const tags = git(root, ['tag', '--merged', 'HEAD', '--sort=-creatordate'])?.split('\n').filter(Boolean) ?? [];
  return tags.find((tag) => git(root, ['rev-list', '-n', '1', tag]) !== head);
}

/** Runs the guard in the checkout at `root`; returns the exit code. */
export function main(root: string): number {
  if (git(root, ['rev-parse', '--is-inside-work-tree']) !== 'true') {
    fail('Kontrollen af udgivne versioner kræver et git-checkout af projektet med historikken (actions/checkout med fetch-depth: 0).');
    return 1;
  }
  if (git(root, ['rev-parse', '--is-shallow-repository']) === 'true') {
    fail('Checkoutet har ikke hele historikken, så de udgivne versioner kan ikke sammenlignes med den forrige udgivelse. Sæt fetch-depth: 0 på actions/checkout.');
    return 1;
  }
  const tag = previousTag(root);
  if (tag === undefined) {
    info('Ingen tidligere udgivelse (git-tag) at sammenligne med: de frosne udgivelser kontrolleres af npm run check.');
    return 0;
  }
  const changed = git(root, ['diff', '--name-only', '--diff-filter=MDT', tag, 'HEAD', '--', ':(glob)content/*/releases/**'])?.split('\n').filter(Boolean);
  if (changed === undefined) {
    fail(`Udgivelsen ${tag} kan ikke sammenlignes med det, der udgives nu.`);
    return 1;
  }
  if (changed.length > 0) {
    fail([
      `${changed.length === 1 ? '1 fil' : `${changed.length} filer`} i frosne udgivelser er ændret eller slettet siden den forrige udgivelse, ${tag}:`,
      ...changed.map((path) => `  ${path}`),
      'En udgivet version er historik, som læserne har set: ret aldrig i den. Gendan filerne med',
      `  git checkout ${tag} -- ${[...new Set(changed.map((path) => path.split('/').slice(0, 4).join('/')))].join(' ')}`,
      'og skriv rettelsen i håndbogens egne filer, så den kommer med i næste version.',
    ].join('\n'));
    return 1;
  }
  info(`De frosne udgivelser er uændrede siden ${tag}.`);
  return 0;
}

if (isMainModule(import.meta.url)) exit(main(process.cwd()));
