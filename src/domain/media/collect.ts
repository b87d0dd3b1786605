// Resolves every media reference of a handbook version against its pictures and files: numbers the figures in
// reading order and reports each reference that cannot be published, located and explained in Danish.
import type { Problem, Severity } from '../problems/problem.ts';
import { didYouMean } from '../problems/nearest.ts';
import type { MediaCatalog, MediaFile } from './catalog.ts';
import { FILES_FOLDER, nameProblem, PICTURES_FOLDER, stemOf } from './names.ts';
import { DECORATIVE_ALT, FIGURE_SCHEME, FILE_SCHEME, findMediaReferences, type PictureReference } from './references.ts';

/** A numbered figure: a picture with alt text (and usually a caption), standing alone in its paragraph. */
export interface Figure {
  /** The picture's name without extension; what `figur:<id>` refers to. */
  id: string;
  /** "Figur 1, 2, …" in the handbook's reading order. */
  number: number;
  picture: MediaFile;
  /** The section the figure stands in. */
  section: string;
  alt: string;
  caption: string;
}

/** What a handbook version shows and links: its figures and every picture and file its sections use. */
export interface HandbookMedia {
  figures: Figure[];
  /** Pictures used, figures and decorative pictures alike, by name. */
  pictures: MediaFile[];
  /** Attachments linked with `fil:`, by name. */
  files: MediaFile[];
}

/** A section as the media check reads it. */
export interface MediaSection {
  id: string;
  body: string;
  /** Where a body offset was written; omitted for frozen releases, whose problems nobody can fix. */
  locate?: ((offset: number) => { file: string; line: number; column: number }) | undefined;
}

/** How problems are reported: the handbook (for folder names in messages) and the severity of unfinished content. */
export interface MediaCheckOptions {
  handbookId: string;
  /** Severity of a missing alt text: an error when publishing, a warning in a draft. */
  unfinished: Severity;
}

/** Numbers the figures of `sections` (in reading order) and lists what they use, with a problem per bad reference. */
export function collectMedia(sections: readonly MediaSection[], catalog: MediaCatalog, options: MediaCheckOptions): { media: HandbookMedia; problems: Problem[]; mentioned: Set<string> } {
  const problems: Problem[] = [];
  // Names a section refers to, published or refused: a refused one is reported where it is written, not as unused.
  const mentioned = new Set<string>();
  const figures: Figure[] = [];
  const pictures = new Map<string, MediaFile>();
  const files = new Map<string, MediaFile>();
  const figureLinks: { section: MediaSection; target: string; offset: number }[] = [];
  const folder = (name: string) => `content/${options.handbookId}/${name}/`;

  for (const section of sections) {
    const report = (offset: number, message: string, severity: Severity = 'error') => {
      if (section.locate) problems.push({ severity, ...section.locate(offset), field: section.id, message });
    };
    for (const reference of findMediaReferences(section.body)) {
      if (reference.type === 'picture') {
        mentioned.add(`${PICTURES_FOLDER}/${safeDecode(reference.url).split('/').pop()}`);
        const picture = resolvePicture(reference, catalog, folder(PICTURES_FOLDER), report);
        if (!picture) continue;
        pictures.set(picture.name, picture);
        if (reference.alt.trim().toLowerCase() === DECORATIVE_ALT) continue;
        if (reference.alt.trim() === '') {
          report(reference.offset, `billedet ${picture.name} har ingen alternativ tekst. Skriv i de firkantede parenteser, hvad billedet viser, så en læser, der ikke kan se det, får det samme at vide, fx ![Systemet henter data fra tre registre](billeder/${picture.name}). Er billedet kun pynt, så skriv ![${DECORATIVE_ALT}](billeder/${picture.name}).`, options.unfinished);
        }
        const id = stemOf(picture.name);
        const earlier = figures.find((figure) => figure.id === id);
        if (earlier) {
          report(reference.offset, `billedet ${picture.name} er allerede figur ${earlier.number} i afsnittet "${earlier.section}". Vis det kun én gang, og henvis til det med [Figur](${FIGURE_SCHEME}${id}).`);
          continue;
        }
        figures.push({ id, number: figures.length + 1, picture, section: section.id, alt: reference.alt.trim(), caption: reference.caption.trim() });
      } else if (reference.type === 'file') {
        mentioned.add(`${FILES_FOLDER}/${safeDecode(reference.target)}`);
        const file = resolveFile(reference.target, catalog, folder(FILES_FOLDER), (message) => report(reference.offset, message));
        if (file) files.set(file.name, file);
      } else if (reference.type === 'figure') {
        figureLinks.push({ section, target: reference.target, offset: reference.offset });
      } else {
        const name = reference.target.split('/').pop() ?? '';
        const fix = reference.target.includes(`${FILES_FOLDER}/`) ? `[tekst](${FILE_SCHEME}${name})` : `![alternativ tekst](${PICTURES_FOLDER}/${name} "Figurtekst") for at vise billedet, eller [Figur](${FIGURE_SCHEME}${stemOf(name)}) for at henvise til det`;
        report(reference.offset, `linket ${reference.target} peger direkte ind i en mappe. Skriv ${fix}.`);
      }
    }
  }
  for (const link of figureLinks) {
    if (figures.some((figure) => figure.id === link.target)) continue;
    const ids = figures.map((figure) => figure.id);
    const decorative = [...pictures.values()].some((picture) => stemOf(picture.name) === link.target);
    const refused = [...catalog.refused].find(([key]) => key.startsWith(`${PICTURES_FOLDER}/`) && stemOf(key.slice(PICTURES_FOLDER.length + 1)) === link.target);
    const message = refused
      ? `linket ${FIGURE_SCHEME}${link.target} peger på ${refused[0]}, som ikke kan bruges endnu: ret fejlen ved ${refused[1]}.`
      : decorative
      ? `linket ${FIGURE_SCHEME}${link.target} peger på et billede, der er markeret som ${DECORATIVE_ALT}, og derfor ikke er en figur med nummer. Giv billedet en alternativ tekst, eller fjern linket.`
      : `linket ${FIGURE_SCHEME}${link.target} peger på en figur, der ikke findes. ${ids.length > 0 ? `Figurerne hedder efter deres billedfil uden endelse: ${ids.join(', ')}.` : 'Håndbogen har endnu ingen figurer.'}${didYouMean(link.target, ids)}`;
    if (link.section.locate) problems.push({ severity: 'error', ...link.section.locate(link.offset), field: link.section.id, message });
  }
  return { media: { figures, pictures: [...pictures.values()], files: [...files.values()] }, problems, mentioned };
}

/** Lists a warning for each picture or file in the folders that no section uses: it is not published. */
export function unusedMediaProblems(catalog: MediaCatalog, mentioned: ReadonlySet<string>): Problem[] {
  return [...catalog.picture.values(), ...catalog.file.values()]
    .filter((entry) => !mentioned.has(`${entry.kind === 'picture' ? PICTURES_FOLDER : FILES_FOLDER}/${entry.name}`))
    .map((entry) => ({
      severity: 'warning' as const, file: entry.file, line: 1, column: 1,
      message: entry.kind === 'picture'
        ? `billedet bruges ikke i noget afsnit, så det udgives ikke. Vis det med ![alternativ tekst](${PICTURES_FOLDER}/${entry.name} "Figurtekst"), eller slet filen.`
        : `filen bruges ikke i noget afsnit, så den udgives ikke. Link til den med [tekst](${FILE_SCHEME}${entry.name}), eller slet filen.`,
    }));
}

function resolvePicture(reference: PictureReference, catalog: MediaCatalog, folder: string, report: (offset: number, message: string) => void): MediaFile | undefined {
  const fail = (message: string) => {
    report(reference.offset, message);
    return undefined;
  };
  const url = safeDecode(reference.url);
  const example = `Læg billedet i ${folder}, og skriv ![alternativ tekst](${PICTURES_FOLDER}/<navn>.png "Figurtekst").`;
  // A picture from another server (or a data: address) is refused by the link check (check-links.ts), once.
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  if (url.startsWith('/') || /^[a-z]:[\\/]/i.test(url) || url.startsWith('\\')) return fail(`billedet ${reference.url} har en absolut sti. ${example}`);
  if (url.split(/[\\/]/).includes('..')) {
    const name = url.split(/[\\/]/).pop() ?? '';
    return fail(`billedet ${reference.url} peger ud af håndbogens mappe med "..". Stier regnes fra håndbogens mappe, ikke fra afsnittets: skriv ${PICTURES_FOLDER}/${name}.`);
  }
  const match = new RegExp(`^(?:\\./)?${PICTURES_FOLDER}/([^/\\\\]+)$`).exec(url);
  if (!match) return fail(`billedet ${reference.url} ligger ikke direkte i ${folder}. ${example}`);
  const name = match[1]!;
  if (!reference.alone) {
    return fail(`billedet ${name} står inde i en tekst. En figur skal stå i sit eget afsnit: sæt en tom linje før og efter ![…](${PICTURES_FOLDER}/${name}).`);
  }
  const found = catalog.picture.get(name);
  if (found) return found;
  const wrongName = nameProblem(name, 'picture');
  if (wrongName) return fail(`billedet ${name}: ${wrongName}`);
  const refused = catalog.refused.get(`${PICTURES_FOLDER}/${name}`);
  if (refused) return fail(`billedet ${PICTURES_FOLDER}/${name} kan ikke bruges endnu: ret fejlen ved ${refused}.`);
  const names = [...catalog.picture.keys()];
  return fail(`billedet ${PICTURES_FOLDER}/${name} findes ikke i ${folder}. Læg filen der, eller ret navnet.${names.length > 0 ? ` Billeder i mappen: ${names.join(', ')}.` : ''}${didYouMean(name, names)}`);
}

function resolveFile(target: string, catalog: MediaCatalog, folder: string, fail: (message: string) => void): MediaFile | undefined {
  const name = safeDecode(target);
  if (name.includes('/') || name.includes('\\') || name === '..' || name === '.') {
    fail(`linket ${FILE_SCHEME}${target} må kun nævne et filnavn, ingen mappe eller "..". Læg filen i ${folder}, og skriv ${FILE_SCHEME}${name.split(/[\\/]/).pop() ?? '<navn>'}.`);
    return undefined;
  }
  const found = catalog.file.get(name);
  if (found) return found;
  const wrongName = nameProblem(name, 'file');
  if (wrongName) {
    fail(`linket ${FILE_SCHEME}${target}: ${wrongName}`);
    return undefined;
  }
  const refused = catalog.refused.get(`${FILES_FOLDER}/${name}`);
  if (refused) {
    fail(`filen ${FILES_FOLDER}/${name} kan ikke bruges endnu: ret fejlen ved ${refused}.`);
    return undefined;
  }
  const names = [...catalog.file.keys()];
  fail(`filen ${name} findes ikke i ${folder}. Læg filen der, eller ret navnet i linket.${names.length > 0 ? ` Filer i mappen: ${names.join(', ')}.` : ''}${didYouMean(name, names)}`);
  return undefined;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
