// What figures cost: two copies of the example, one with 30 raster figures added across its sections, built cold and
// then warm. The warm difference is what pictures add to a build once the image cache holds them (goal: at most 1 s).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/** The two projects the figures are measured with. */
export interface FigureProjects {
  without: string;
  with: string;
  figures: number;
}

/** Copies the example's content and the template into `dir`/uden and `dir`/med, and adds `figures` pictures to the latter. */
export async function createFigureProjects(projectRoot: string, dir: string, figures: number): Promise<FigureProjects> {
  rmSync(dir, { recursive: true, force: true });
  const projects = { without: join(dir, 'uden'), with: join(dir, 'med'), figures };
  for (const root of [projects.without, projects.with]) {
    cpSync(join(projectRoot, 'templates'), join(root, 'templates'), { recursive: true });
    cpSync(join(projectRoot, 'content', 'eksempel'), join(root, 'content', 'eksempel'), { recursive: true });
  }
  const handbook = join(projects.with, 'content', 'eksempel');
  const sections = readdirSync(join(handbook, 'sections')).filter((name) => name.endsWith('.mdx')).sort();
  mkdirSync(join(handbook, 'billeder'), { recursive: true });
  for (let index = 0; index < figures; index += 1) {
    const name = `bench-figur-${String(index + 1).padStart(2, '0')}.png`;
    writeFileSync(join(handbook, 'billeder', name), await screenshotLike(index));
    const section = join(handbook, 'sections', sections[index % sections.length]!);
    const text = readFileSync(section, 'utf8');
    writeFileSync(section, `${text.trimEnd()}\n\n![Skærmbillede nummer ${index + 1} med en liste af sager](billeder/${name} "Skærmbillede ${index + 1}")\n`);
  }
  return projects;
}

/** A 1200 × 800 PNG with bands of colour and a few hundred small blocks, about as costly to encode as a screenshot. */
async function screenshotLike(seed: number): Promise<Buffer> {
  const blocks = Array.from({ length: 240 }, (_, i) => {
    const x = 40 + ((i * 97 + seed * 31) % 1100);
    const y = 80 + ((i * 53 + seed * 17) % 680);
    return `<rect x="${x}" y="${y}" width="${40 + (i % 5) * 12}" height="14" fill="#${((i * 2654435761 + seed) >>> 8).toString(16).padStart(6, '0').slice(0, 6)}"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#f3f5f8"/><rect width="1200" height="60" fill="#1f4e79"/>${blocks}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Counts the published pictures in a built site: the optimised ones in _astro/ and the originals and SVGs. */
export function pictureBytes(dist: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(?:webp|png|jpe?g|svg)$/.test(entry.name)) continue;
    const inPictures = entry.parentPath.endsWith('_astro') || entry.parentPath.endsWith('billeder');
    if (!inPictures) continue;
    files += 1;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
