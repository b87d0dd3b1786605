// The Atom feed of a handbook's versions, so a project leader can subscribe to new versions.
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { compareVersions } from '../../domain/versions/current.ts';
import { formatDanishDate } from '../../domain/calendar/index.ts';
import { t } from '../../i18n/t.ts';
import { getHandbook, getHistory } from '../../site/site-data.ts';
import { handbookPaths } from '../../site/routes.ts';
import { changesUrl, handbookUrl } from '../../site/urls.ts';

export function getStaticPaths() {
  return handbookPaths();
}

/** Escapes text for the feed's `type="html"` fields, so a name or note with markup is shown as text by feed readers. */
function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const GET: APIRoute = ({ params, site }) => {
  const handbook = getHandbook(params.handbook!);
  const { system } = handbook.data;
  // Atom wants absolute links: the site's address comes from SITE_URL (see astro.config.mjs).
  const absolute = (path: string) => new URL(path, site).href;
  const releases = [...getHistory(handbook.id).releases].sort((a, b) => compareVersions(b.version, a.version));
  const updated = releases[0] ? new Date(`${releases[0].date}T00:00:00Z`) : new Date(0);
  const feed = new Feed({
    id: absolute(handbookUrl(handbook.id)),
    title: htmlText(t('feed.title', { system: system.name })),
    link: absolute(handbookUrl(handbook.id)),
    language: 'da',
    updated,
    generator: false,
    feedLinks: { atom: absolute(`${handbookUrl(handbook.id)}versioner.xml`) },
    author: { name: system.owner, email: system.contactEmail },
    copyright: system.owner,
  });
  for (const release of releases) {
    feed.addItem({
      id: absolute(handbookUrl(handbook.id, release.version)),
      title: htmlText(t('feed.entry', { version: release.version, system: system.name })),
      link: absolute(changesUrl(handbook.id, release.version)),
      date: new Date(`${release.date}T00:00:00Z`),
      description: htmlText(`${formatDanishDate(release.date)}: ${release.note} (${release.initials})`),
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
