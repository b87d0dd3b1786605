// Turns Danish words into the model's ids (lower-case ASCII, æ/ø/å as ae/oe/aa) and keeps them unique.
import { ID_PATTERN } from '../model/ids.ts';

const MAX_ID_WORDS = 6;

/** Spells a Danish text as an id: "Udpeg projektleder" → "udpeg-projektleder", "Ærø" → "aeroe"; empty when nothing is left. */
export function slugId(text: string, maxWords = MAX_ID_WORDS): string {
  const folded = text
    .toLocaleLowerCase('da')
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
  const words = folded.split(/[^a-z0-9]+/u).filter(Boolean).slice(0, maxWords);
  const id = words.join('-');
  return ID_PATTERN.test(id) ? id : '';
}

/** Hands out ids that are unique within one list: the second "udpeg-projektleder" becomes "udpeg-projektleder-2". */
export class IdPool {
  readonly #taken = new Set<string>();

  /** Returns an id for `text` not handed out before, falling back to `fallback` when the text has no letters. */
  take(text: string, fallback: string): string {
    const base = slugId(text) || fallback;
    let id = base;
    for (let n = 2; this.#taken.has(id); n += 1) id = `${base}-${n}`;
    this.#taken.add(id);
    return id;
  }

  /** Marks an id as taken (one written by hand, or a default). */
  reserve(id: string): void {
    this.#taken.add(id);
  }
}
