// Turns the writer's pictures into numbered figures, `figur:` links into "Figur 4", and `fil:` links into file links.
//
// A picture alone in its paragraph becomes a <figure> with its caption in a <figcaption> under it. A raster picture
// stays an image node pointing at the copy beside the generated body, so Astro's image pipeline (astro:assets) makes
// it a responsive WebP with its width and height; an SVG is shown as the published file with <img>. Runs after the
// change marks, and marks figures as the domain compared them (domain/media/view.ts): a new figure or a replaced
// picture as a whole ("Ny figur", "Ændret figur"), a reworded caption or alt text word by word as prose is, and a
// removed figure by the "Udgået figur" marker the change marks left where it stood, numbered as it was.
import type { Link, Nodes, Paragraph, Parent, PhrasingContent, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { t } from '../i18n/t.ts';
import { relativeSectionHref } from '../domain/sections/navigation.ts';
import type { ElementContent } from 'hast';
import { figureAnchor, type FigureView, type MediaView, type Rewording } from '../domain/media/view.ts';
import { diffText } from '../domain/diff/words.ts';
import { endCue, markNode, removedWordsNode, startCue, type RemovedFigureData } from './change-marks/nodes.ts';
import { DECORATIVE_ALT, FIGURE_SCHEME, FILE_SCHEME } from '../domain/media/references.ts';
import { linkWords } from '../domain/media/link-words.ts';
import type { LinkTarget } from './body-inputs.ts';

/** Options of `remarkFigures`. */
export interface RemarkFiguresOptions {
  /** The site's base path, ending in a slash. */
  base: string;
  /** Returns the media of the version the file at `filePath` belongs to, or undefined outside the generated bodies. */
  mediaFor: (filePath: string) => MediaView | undefined;
  /** Returns the sections of that version, for links to a figure on another page. */
  targetsFor: (filePath: string) => readonly LinkTarget[] | undefined;
}


/** The widths the image pipeline makes of a raster picture (never wider than the original), and the sizes they serve. */
const WIDTHS = '480 800 1200';
const SIZES = '(min-width: 52rem) 46rem, 100vw';

/**
 * Makes search index a picture's alt text, as it indexes the caption: the search finds what a figure shows. Spelt as
 * the attribute, because the image pipeline passes the property's name on to its <img> as it stands.
 */
const SEARCH_ALT = { 'data-pagefind-index-attrs': 'alt' };

/** Creates the remark plugin. */
export function remarkFigures(options: RemarkFiguresOptions) {
  return (tree: Root, file: { path?: string | undefined }): void => {
    const media = file.path ? options.mediaFor(file.path) : undefined;
    if (!media) return;
    const prefix = `${options.base}${media.folder}`;
    const targets = (file.path ? options.targetsFor(file.path) : undefined) ?? [];
    const walk = (parent: Parent, depth: number) => {
      parent.children.forEach((child, index) => {
        const node = child as Nodes;
        if (node.type === 'paragraph') {
          const figure = figureOf(node, media, prefix, depth === 0 && index < 3);
          if (figure) {
            parent.children[index] = figure as never;
            return;
          }
        }
        if (node.type === 'link') rewriteLink(node, media, prefix, targets);
        if ('children' in node) walk(node as Parent, depth + 1);
      });
      // A figure that left this section but stands in another was moved, not removed: its marker goes.
      parent.children = parent.children.filter((child) => numberRemovedFigure(child as Nodes, media));
    };
    walk(tree, 0);
  };
}

/** Makes a figure of a paragraph that holds one picture and nothing else (change marks aside); undefined otherwise. */
function figureOf(paragraph: Paragraph, media: MediaView, prefix: string, nearTop: boolean): Nodes | undefined {
  const content = leaves(paragraph.children).filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  const image = content[0];
  if (content.length !== 1 || image?.type !== 'image') return undefined;
  const name = image.url.replace(/^\.\//, '').replace(/^billeder\//, '');
  const loading = nearTop ? 'eager' : 'lazy';
  if (image.alt?.trim().toLowerCase() === DECORATIVE_ALT) {
    const picture = media.pictures[name];
    if (!picture) return undefined;
    return { type: 'paragraph', data: { hProperties: { className: ['dekorativ'] } }, children: [pictureNode(name, '', picture, prefix, loading)] };
  }
  const id = name.replace(/\.[^.]+$/, '');
  const figure = media.figures[id];
  if (!figure) return undefined;
  const caption: Nodes[] = [{ type: 'strong', data: { hProperties: { className: ['figur-nummer'] } }, children: [{ type: 'text', value: t('figures.label', { number: figure.number }) }] } as never];
  if (image.title?.trim()) caption.push({ type: 'text', value: ' ' }, ...reworded(image.title.trim(), figure.reworded?.caption));
  if (!figure.vector) {
    caption.push({ type: 'text', value: ' ' }, {
      type: 'link', url: `${prefix}billeder/${name}`, data: { hProperties: { className: ['figur-original'], dataPagefindIgnore: true } },
      children: [{ type: 'text', value: t('figures.original', { description: figure.original }) }],
    });
  }
  const changeCue = figure.change ? [cue(figure.change)] : [];
  // The marks dropped with the paragraph keep their ids as anchors at the figure, so the list of changes still lands here.
  const anchors = markIds(paragraph.children).map((markId) => ({ type: 'changeAnchor', data: { hName: 'span', hProperties: { id: markId } } }) as never);
  const properties = { id: figureAnchor(id), className: figure.change ? ['figur', 'aendring'] : ['figur'], ...(figure.change ? { dataChange: figure.change } : {}) };
  // The alt text is read aloud, not seen: reworded, it is shown under the picture with its changes marked.
  const altChange = figure.reworded?.alt ? [altNote(figure.reworded.alt)] : [];
  return {
    type: 'figure', data: { hName: 'figure', hProperties: properties },
    children: [...changeCue, ...anchors, pictureNode(name, image.alt ?? '', figure, prefix, loading), ...altChange, { type: 'figcaption', data: { hName: 'figcaption' }, children: caption }],
  } as never;
}

/** The current wording, with the words changed since `rewording.before` marked as prose changes are; plain without one. */
function reworded(text: string, rewording: Rewording | undefined): PhrasingContent[] {
  if (!rewording) return [{ type: 'text', value: text }];
  return diffText(rewording.before, text).map((piece): PhrasingContent => {
    if (piece.kind === 'same') return { type: 'text', value: piece.text };
    if (piece.kind === 'removed') return removedWordsNode(piece.text);
    return markNode(piece.kind, [startCue(piece.kind), { type: 'text', value: piece.text }, endCue()]);
  });
}

/** The paragraph that shows a reworded alt text with its changes marked. */
function altNote(rewording: Rewording): Nodes {
  const label: PhrasingContent = { type: 'emphasis', data: { hName: 'span', hProperties: { className: ['figur-alt-etiket'] } }, children: [{ type: 'text', value: t('figures.altLabel') }] };
  return { type: 'paragraph', data: { hProperties: { className: ['figur-alt-aendring'], dataPagefindIgnore: true } }, children: [label, { type: 'text', value: ' ' }, ...reworded(rewording.after, rewording)] } as never;
}

/**
 * Gives the "Udgået figur" marker of a figure gone from this version its old number and the figure's anchor (the list
 * of changes links to it); returns false for the marker of a figure that still stands elsewhere, to drop it.
 */
function numberRemovedFigure(node: Nodes, media: MediaView): boolean {
  const data = node.data as (Partial<RemovedFigureData> & { hProperties?: Record<string, unknown>; hChildren?: ElementContent[] }) | undefined;
  const id = data?.removedFigure;
  if (id === undefined) return true;
  if (media.figures[id]) return false;
  const removed = media.removed[id];
  data!.hProperties = { ...data!.hProperties, id: figureAnchor(id) };
  if (removed && data!.hChildren) {
    const number: ElementContent = { type: 'element', tagName: 'strong', properties: { className: ['figur-nummer'] }, children: [{ type: 'text', value: t('figures.label', { number: removed.number }) }] };
    const caption = data!.hChildren.find((child) => child.type === 'element' && (child.properties.className as string[] | undefined)?.includes('figur-udgaaet-tekst'));
    if (caption?.type === 'element') caption.children.unshift(number, { type: 'text', value: ' ' });
    else data!.hChildren.splice(1, 0, { type: 'element', tagName: 'p', properties: {}, children: [number] });
  }
  return true;
}

/** The picture itself: an image node for the image pipeline (raster), or a plain <img> of the published file (SVG). */
function pictureNode(name: string, alt: string, picture: Pick<FigureView, 'vector' | 'width' | 'height'>, prefix: string, loading: string): PhrasingContent {
  if (picture.vector) {
    const properties = { src: `${prefix}billeder/${name}`, alt, width: picture.width, height: picture.height, loading, decoding: 'async', ...SEARCH_ALT };
    return { type: 'svgPicture', data: { hName: 'img', hProperties: properties } } as never;
  }
  return { type: 'image', url: `./billeder/${name}`, alt, data: { hProperties: { loading, decoding: 'async', widths: WIDTHS, sizes: SIZES, ...SEARCH_ALT } } };
}

/** The visible words that say a figure is new or changed, in the style of the other change cues. */
function cue(kind: NonNullable<FigureView['change']>): Nodes {
  return { type: 'figureCue', data: { hName: 'p', hProperties: { className: ['figur-aendring'], dataPagefindIgnore: true }, hChildren: [{ type: 'text', value: t(kind === 'added' ? 'figures.added' : 'figures.changed') }] } } as never;
}

/**
 * Rewrites `figur:<id>` to "Figur N" linking to the figure, and `fil:<navn>` to the published file with its type and
 * size; the words come from `linkWords`, which the lists of changes read the same links with.
 */
function rewriteLink(link: Link, media: MediaView, prefix: string, targets: readonly LinkTarget[]): void {
  const words = linkWords(link.url, media);
  if (!words) return;
  if (link.url.startsWith(FIGURE_SCHEME)) {
    const id = link.url.slice(FIGURE_SCHEME.length);
    link.url = relativeSectionHref(targets, media.figures[id]!.section, figureAnchor(id)) ?? `#${figureAnchor(id)}`;
  } else {
    link.url = `${prefix}filer/${link.url.slice(FILE_SCHEME.length)}`;
  }
  link.children = 'replace' in words ? [{ type: 'text', value: words.replace }] : [...link.children, { type: 'text', value: words.append }];
}

/** The inline leaves of a paragraph, looking through emphasis (the change marks) but not into links. */
function leaves(children: readonly PhrasingContent[]): PhrasingContent[] {
  return children.flatMap((child) => {
    // Words struck out of the alt text are the old alt text, not content of the figure.
    if (child.type === 'emphasis' && child.data?.hName === 'mark') return (child.data.hProperties as { dataChange?: string } | undefined)?.dataChange === 'removed' ? [] : leaves(child.children);
    if (child.type === 'emphasis' && isHiddenCue(child)) return [];
    return [child];
  });
}

/** The ids of the change marks among a paragraph's children ("aendring-<section>-<n>"), in document order. */
function markIds(children: readonly PhrasingContent[]): string[] {
  return children.flatMap((child) => {
    if (child.type !== 'emphasis') return [];
    const id = child.data?.hName === 'mark' ? (child.data.hProperties as { id?: unknown } | undefined)?.id : undefined;
    return [...(typeof id === 'string' ? [id] : []), ...markIds(child.children)];
  });
}

/** The visually hidden words of a change mark ("Ny tekst:", "(slut)"): not content. */
function isHiddenCue(node: PhrasingContent): boolean {
  const className = (node.data?.hProperties as { className?: unknown } | undefined)?.className;
  return Array.isArray(className) && className.some((name) => String(name).includes('hidden') || String(name).includes('skjult'));
}
