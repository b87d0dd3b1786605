// Text from handbook.yaml is text everywhere: markup in it shows literally in the pages, the feed, the calendar and the spreadsheet.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/security.ts';
import { HOSTILE, HOSTILE_VERSION, buildHostileSite, type HostileSite } from '../fuzz/support/hostile-site.ts';
import { scanHtml, type ScannedPage } from '../fuzz/support/html.ts';
import { removeTemp } from '../support/project.ts';

let site: HostileSite;

beforeAll(() => {
  site = buildHostileSite('escaping-build');
}, 180_000);

afterAll(() => removeTemp(site?.root));

function read(path: string): string {
  return readFileSync(join(site.dist, path), 'utf8');
}

function pageAt(path: string): ScannedPage {
  return scanHtml(read(join(path, 'index.html')));
}

function allHtml(dir = site.dist): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
}

describe('HTML pages', () => {
  test('no page of the hostile build has an event handler attribute or a script that came from handbook.yaml', () => {
    const leaks: string[] = [];
    for (const file of allHtml()) {
      for (const tag of scanHtml(read(file)).tags) {
        for (const name of tag.attributes.keys()) if (name.startsWith('on')) leaks.push(`${file}: <${tag.name} ${name}>`);
        if (tag.name === 'script' && /alert/.test(tag.content)) leaks.push(`${file}: <script>${tag.content.slice(0, 60)}`);
        if (tag.name === 'img' && tag.attributes.get('src') === 'x') leaks.push(`${file}: <img src=x>`);
      }
    }
    expect(leaks).toEqual([]);
  });

  test.each([
    ['the system name in the header and title', '/eksempel/', HOSTILE.systemName],
    ['the publisher on the front page', '/eksempel/', HOSTILE.owner],
    ['the description on the list of handbooks', '/', HOSTILE.description],
    ['a task title in the task list', '/eksempel/opgaver/', HOSTILE.taskTitle],
    ['a role name in the gallery of roles', '/eksempel/aktoerer/', HOSTILE.roleName],
    ['a wave name in the wave plan', '/eksempel/boelger/', HOSTILE.waveName],
    ['a placeholder value in the text', '/eksempel/hvad-er-systemet/', HOSTILE.placeholder],
    ['the note of a release in the version log', '/eksempel/versioner/', HOSTILE.note],
  ])('%s shows literally', (_where, path, value) => {
    expect(pageAt(path).text).toContain(value);
  });

  test('the escaped form is what the HTML holds; unescaped markup occurs only inside quoted attribute values', () => {
    const html = read('eksempel/opgaver/index.html');
    expect(html).toContain('&lt;script&gt;alert(&quot;opgave&quot;)&lt;/script&gt;');
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toMatch(/<script>alert|<img src=x|<svg onload|<b onmouseover/);
  });
});

describe('the Atom feed', () => {
  /** Returns each title/summary/content/name of the feed as the text a feed reader shows, decoding per its `type`. */
  function feedTexts(xml: string): { element: string; type: string; shown: ScannedPage }[] {
    const elements = [...xml.matchAll(/<(title|summary|content|name|rights|subtitle)(?:\s+type="([^"]*)")?[^>]*>([\s\S]*?)<\/\1>/g)];
    return elements.map(([, element, type = 'text', body]) => {
      // XML first: CDATA sections are literal, everything else is entity-decoded.
      const value = body!.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g, (_whole, cdata: string | undefined, plain: string | undefined) =>
        cdata ?? scanHtml(plain ?? '').text);
      // Then the Atom type: html content is markup a reader renders, text content is shown as it is.
      const shown = type === 'html' ? scanHtml(value) : { tags: [], text: value };
      return { element: element!, type, shown };
    });
  }

  test('is well-formed enough to read and has an entry for the hostile release', () => {
    const xml = read('eksempel/versioner.xml');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml.match(/<entry>/g)).toHaveLength(3);
    expect(xml).toContain(`/eksempel/v/${HOSTILE_VERSION}/`);
  });

  test('a feed reader renders no markup from handbook.yaml: titles, summaries and names show as text', () => {
    const rendered = feedTexts(read('eksempel/versioner.xml'));
    const live = rendered.flatMap(({ element, shown }) => shown.tags.map((tag) => `<${element}> renders <${tag.name}>`));
    expect(live).toEqual([]);
    const texts = rendered.map(({ shown }) => shown.text).join('\n');
    expect(texts).toContain(HOSTILE.systemName);
    expect(texts).toContain(HOSTILE.note);
    expect(texts).toContain(HOSTILE.owner);
  });
});

describe('the calendar file', () => {
  test('escapes text per RFC 5545 and reads back as the literal values', () => {
    const ics = read('eksempel/boelger/pilot/opgaver.ics');
    expect(ics).toContain('SUMMARY:Frist: Opgave\\; med\\, tegn \\\\ og linjeskift');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toContain(HOSTILE.systemName);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toContain(HOSTILE.waveName);
    const summaries = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
    expect(summaries).toContain(`Frist: ${HOSTILE.taskTitle}`);
    expect(summaries).toContain(`Frist: ${HOSTILE.icsText}`);
    const descriptions = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('description')));
    expect(descriptions.some((text) => text.includes(`Ansvarlig: ${HOSTILE.roleName}`))).toBe(true);
  });

  test('no line is longer than 75 octets and every line ends with CRLF', () => {
    const ics = read('eksempel/boelger/pilot/opgaver.ics');
    expect(ics.endsWith('\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });
});

describe('the spreadsheet file', () => {
  /** Splits the CSV per RFC 4180 with `;` between cells. */
  function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index]!;
      if (quoted) {
        if (char === '"' && text[index + 1] === '"') {
          cell += '"';
          index += 1;
        } else if (char === '"') quoted = false;
        else cell += char;
      } else if (char === '"' && cell === '') quoted = true;
      else if (char === ';') {
        row.push(cell);
        cell = '';
      } else if (char === '\r' && text[index + 1] === '\n') {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
        index += 1;
      } else cell += char;
    }
    return rows;
  }

  test('no cell starts with a character that makes Excel run it as a formula', () => {
    for (const wave of ['pilot', 'boelge-2', 'opsamling']) {
      const rows = parseCsv(read(`eksempel/boelger/${wave}/opgaver.csv`).replace(/^\uFEFF/, ''));
      for (const cell of rows.flat()) expect(cell, `${wave}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  test('formula-like titles keep their text behind an apostrophe, and markup is kept as text in quoted cells', () => {
    const cells = parseCsv(read('eksempel/boelger/pilot/opgaver.csv').replace(/^\uFEFF/, '')).flat();
    for (const title of HOSTILE.formulas) expect(cells).toContain(`'${title}`);
    expect(cells).toContain(HOSTILE.taskTitle);
    expect(cells).toContain(HOSTILE.roleName);
    expect(cells).toContain(HOSTILE.icsText);
  });

  test('every row has as many cells as the heading', () => {
    const rows = parseCsv(read('eksempel/boelger/pilot/opgaver.csv').replace(/^\uFEFF/, ''));
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
  });
});

describe('the content security policy', () => {
  /** The built sites to check: the example as published and as a draft, and the hostile copy. */
  const builds = (): [string, string][] => [['publish', inject('sites').publish], ['draft', inject('sites').draft], ['hostile', site.dist]];

  /** Splits a policy into its directives: name → sources. */
  function directives(policy: string): Map<string, string[]> {
    return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [name!.toLowerCase(), sources]));
  }

  test('allows scripts from the site itself only: no inline script, no eval, no other origin', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    const scripts = policy.get('script-src') ?? policy.get('default-src')!;
    expect(scripts).toContain("'self'");
    expect(scripts.filter((source) => source !== "'self'" && source !== "'wasm-unsafe-eval'")).toEqual([]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    for (const [name, sources] of policy) {
      expect(sources.filter((source) => source === '*' || /^(?:https?:|\/\/|\*\.)/.test(source) || source === "'unsafe-inline'" || source === "'unsafe-eval'"), name).toEqual([]);
    }
  });

  test('public/_headers sends the same policy, plus frame-ancestors (which only works as a header)', () => {
    const header = /Content-Security-Policy: (.+)/.exec(readFileSync(join(process.cwd(), 'public', '_headers'), 'utf8'))?.[1];
    expect(header).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  test('every built page carries the policy in a meta tag before any script', () => {
    for (const [name, dir] of builds()) {
      for (const file of allHtml(dir)) {
        const { tags } = scanHtml(readFileSync(join(dir, file), 'utf8'));
        const meta = tags.findIndex((tag) => tag.name === 'meta' && tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy');
        expect(meta, `${name}: ${file}`).toBeGreaterThanOrEqual(0);
        expect(tags[meta]!.attributes.get('content'), `${name}: ${file}`).toBe(CONTENT_SECURITY_POLICY);
        const firstScript = tags.findIndex((tag) => tag.name === 'script');
        if (firstScript >= 0) expect(meta, `${name}: ${file}`).toBeLessThan(firstScript);
      }
    }
  });

  test('no built page has an inline script, an event handler attribute or a javascript: link, and no published page an inline style', () => {
    const faults: string[] = [];
    for (const [name, dir] of builds()) {
      for (const file of allHtml(dir)) {
        for (const tag of scanHtml(readFileSync(join(dir, file), 'utf8')).tags) {
          const where = `${name}: ${file}: <${tag.name}>`;
          if (tag.name === 'script' && tag.content.trim() !== '') faults.push(`${where} has inline content`);
          if (tag.name === 'script' && !/^\/(?!\/)/.test(tag.attributes.get('src') ?? '')) faults.push(`${where} src is not on the site: ${tag.attributes.get('src')}`);
          if (tag.name === 'style' && tag.content.trim() !== '') faults.push(`${where} is an inline style`);
          // The draft-only writer's guide has highlighted code with style attributes; published pages must have none.
          if (tag.attributes.has('style') && name !== 'draft') faults.push(`${where} has a style attribute`);
          for (const attribute of tag.attributes.keys()) if (attribute.startsWith('on')) faults.push(`${where} has ${attribute}`);
          for (const attribute of ['href', 'src', 'action', 'formaction']) {
            if (/^\s*(?:javascript|vbscript|data):/i.test(tag.attributes.get(attribute) ?? '') && tag.name !== 'img') faults.push(`${where} ${attribute} runs script`);
          }
        }
      }
    }
    expect(faults).toEqual([]);
  });
});
