// Reads built HTML the way a browser's tokenizer does, enough to tell markup from text: tags with attributes, script contents, text.

/** One start tag as the browser sees it: its name, attributes (values decoded) and, for scripts, the raw contents. */
export interface ScannedTag {
  name: string;
  attributes: Map<string, string>;
  /** Raw text of a `<script>` or `<style>` element; empty for others. */
  content: string;
}

/** What a page consists of: its start tags and the text a reader sees (entities decoded). */
export interface ScannedPage {
  tags: ScannedTag[];
  text: string;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro and Pagefind write (named basics and numeric). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Splits HTML into start tags and text; quoted attribute values may hold `<` and `>` without ending the tag. */
export function scanHtml(html: string): ScannedPage {
  const tags: ScannedTag[] = [];
  const text: string[] = [];
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open === -1) {
      text.push(html.slice(index));
      break;
    }
    text.push(html.slice(index, open));
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      index = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', open) || html.startsWith('</', open)) {
      const end = html.indexOf('>', open);
      index = end === -1 ? html.length : end + 1;
      continue;
    }
    const tag = readStartTag(html, open);
    if (!tag) {
      text.push('<');
      index = open + 1;
      continue;
    }
    index = tag.end;
    let content = '';
    if (RAW_TEXT.has(tag.name)) {
      const close = html.toLowerCase().indexOf(`</${tag.name}`, index);
      const end = close === -1 ? html.length : close;
      content = html.slice(index, end);
      if (tag.name === 'title' || tag.name === 'textarea') text.push(content);
      index = end;
    }
    tags.push({ name: tag.name, attributes: tag.attributes, content });
  }
  return { tags, text: decodeEntities(text.join(' ')).replace(/\s+/g, ' ') };
}

function readStartTag(html: string, open: number): { name: string; attributes: Map<string, string>; end: number } | undefined {
  const nameMatch = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(open, open + 100));
  if (!nameMatch) return undefined;
  const attributes = new Map<string, string>();
  const pattern = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*\/?\s*(>)/y;
  pattern.lastIndex = open + nameMatch[0].length;
  for (;;) {
    const match = pattern.exec(html);
    if (!match) return { name: nameMatch[1]!.toLowerCase(), attributes, end: html.length };
    if (match[5]) return { name: nameMatch[1]!.toLowerCase(), attributes, end: pattern.lastIndex };
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
}
