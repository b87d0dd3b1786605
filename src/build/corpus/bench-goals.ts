// Formats the two speed goals of the benchmark in Danish: the example against a bare Astro + MDX site, and the dev preview's edit latency.
import type { DevLatency } from './bench-dev.ts';
import type { MeasuredJob } from './bench-run.ts';
import { median } from './bench-sizes.ts';

/** The bare reference site as measured beside the example. */
export interface BareFigures {
  /** HTML pages the reference site built (the example's count, if all went well). */
  pages: number;
  /** Median words per page of the reference site and of the example. */
  words: number;
  exampleWords: number;
  cold: MeasuredJob;
  warm: MeasuredJob;
  /** Wall seconds of every cold build in the comparison, taken in turns with the example's. */
  coldRounds: number[];
}

/** The example's side of the comparison. */
export interface ExampleFigures {
  pages: number;
  cold: MeasuredJob;
  warm: MeasuredJob;
  /** Wall seconds of every cold build in the comparison, taken in turns with the bare site's. */
  coldRounds: number[];
}

/** Writes a number with a decimal comma, as Danish does. */
export function decimal(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',');
}

/** Renders the comparison with the bare site (cold and warm, with the ratio example ÷ bare) and the dev preview's edit latency. */
export function renderGoals(example: ExampleFigures, bare: BareFigures, dev: DevLatency): string {
  const line = (label: string, ours: number, theirs: number) =>
    `  ${label}: eksemplet ${decimal(ours, 1)} s · bart Astro + MDX med samme antal sider ${decimal(theirs, 1)} s · forhold ${decimal(ours / theirs, 2)}`;
  const range = (values: readonly number[]) => `${decimal(Math.min(...values), 1)}–${decimal(Math.max(...values), 1)} s`;
  return [
    'Målene for byggetid og kladdevisning:',
    `Eksemplet mod et bart Astro + MDX-site (unified med remark-gfm og rehype-slug, Pagefind bagefter) med samme antal sider:`,
    `  sider: eksemplet ${example.pages} · bart site ${bare.pages}; ord pr. side (median): eksemplet ${bare.exampleWords} · bart site ${bare.words}`,
    line(`koldt (median af ${example.coldRounds.length} kolde byg på skift)`, median(example.coldRounds), median(bare.coldRounds)),
    `    enkeltbyg: eksemplet ${range(example.coldRounds)} · bart site ${range(bare.coldRounds)}`,
    line('varmt', example.warm.wallSeconds, bare.warm.wallSeconds),
    '  mål: forholdet for koldt byg er højst 1',
    `Kladdevisning (npm run dev), fra en rettelse gemmes, til den står på ${dev.page}:`,
    `  median ${Math.round(dev.median)} ms · maks ${Math.round(dev.max)} ms over ${dev.samples.length} rettelser (${dev.samples.map((ms) => Math.round(ms)).join(', ')} ms)`,
    `  første side ${decimal(dev.firstPageSeconds, 1)} s efter start; mål: under 1000 ms`,
  ].join('\n');
}
