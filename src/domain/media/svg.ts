// Checks that an SVG picture is a plain drawing, and reads its size for the page's width and height attributes.

/**
 * Says in Danish why an SVG cannot be published, or undefined when it can. An SVG is a document that can hold scripts
 * and fetch other addresses; opened on its own under the site's address it would run them, so only drawings pass.
 */
export function svgProblem(text: string): string | undefined {
  if (!/<svg[\s>]/i.test(text)) return 'filen er ikke en SVG-tegning (der er intet <svg>-element). Eksportér tegningen som SVG igen, eller gem den som PNG.';
  if (/<script[\s>]/i.test(text) || /<foreignObject[\s>]/i.test(text)) return 'SVG-filen indeholder script eller indlejret HTML, som ikke må udgives. Eksportér tegningen uden scripts (fx "Almindelig SVG"), eller gem den som PNG.';
  if (/\son[a-z]+\s*=/i.test(text)) return 'SVG-filen har hændelsesattributter (onclick, onload …), som kører kode. Eksportér tegningen uden dem, eller gem den som PNG.';
  if (/(?:href|src)\s*=\s*["']\s*(?!#|data:image\/)[^"']/i.test(text) || /url\(\s*["']?\s*(?!#)/i.test(text)) {
    return 'SVG-filen henter andre filer eller adresser (href, src eller url()). Indlejr billeder og skrifttyper i tegningen, eller gem den som PNG.';
  }
  if (!svgSize(text)) return 'SVG-filen har hverken viewBox eller width og height, så siden kan ikke give den en størrelse. Tilføj viewBox="0 0 <bredde> <højde>" på <svg>-elementet.';
  return undefined;
}

/** Reads an SVG's size in CSS pixels from width/height in pixels, else from its viewBox; undefined when it states neither. */
export function svgSize(text: string): { width: number; height: number } | undefined {
  // The first <svg runs to the first > after it; when there is none, no later <svg has one either. Reading it as an
  // optional > keeps the search from trying each of megabytes of <svg against the rest of the text.
  const opening = /<svg\b[^>]*>?/i.exec(text)?.[0] ?? '';
  const tag = opening.endsWith('>') ? opening : '';
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  const pixels = (value: string | undefined) => {
    // One run of whitespace after the number, px inside it: two runs side by side made "1", megabytes of spaces and a letter take hours.
    const match = value === undefined ? null : /^\s*(\d+(?:\.\d+)?)(?:\s*px)?\s*$/.exec(value);
    return match ? Number(match[1]) : undefined;
  };
  const width = pixels(attribute('width'));
  const height = pixels(attribute('height'));
  if (width && height) return { width: Math.round(width), height: Math.round(height) };
  const box = attribute('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (box?.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) return { width: Math.round(box[2]!), height: Math.round(box[3]!) };
  return undefined;
}
