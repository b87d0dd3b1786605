// Formats the two speed goals of the benchmark in Danish: the example against a bare Astro + MDX site, and the dev preview's edit latency.
import type { DevLatency } from './bench-dev.ts';
import type { MeasuredJob } from './bench-run.ts';
import { median } from './bench-sizes.ts';

/** A bare reference site as measured beside the example. */
export interface BareFigures {
  /** How its pages' lengths were chosen, in Danish (e.g. "hver side lige så lang som den tilsvarende i eksemplet"). */
  lengths: string;
  /** HTML pages it built (the example's count, if all went well). */
  pages: number;
  /** Words of running text over all its pages. */
  words: number;
  cold: MeasuredJob;
  warm: MeasuredJob;
  /** Wall seconds of every cold build in the comparison, taken in turns with the example's. */
  coldRounds: number[];
}

/** The example's side of the comparison. */
export interface ExampleFigures {
  pages: number;
  /** Words of running text over all its pages. */
  words: number;
  cold: MeasuredJob;
  warm: MeasuredJob;
  /** Wall seconds of every cold build in the comparison, taken in turns with the bare sites'. */
  coldRounds: number[];
}

/** Writes a number with a decimal comma, as Danish does. */
export function decimal(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',');
}

/** Renders the comparison with each bare site (cold and warm, with the ratio example ÷ bare) and the dev preview's edit latency. */
export function renderGoals(example: ExampleFigures, bares: readonly BareFigures[], dev: DevLatency): string {
  const range = (values: readonly number[]) => `${decimal(Math.min(...values), 1)}–${decimal(Math.max(...values), 1)} s`;
  const exampleCold = median(example.coldRounds);
  const comparisons = bares.flatMap((bare) => {
    const bareCold = median(bare.coldRounds);
    // Each round's own ratio shows how far the machine's noise moves it.
    const ratios = bare.coldRounds.map((seconds, round) => example.coldRounds[round]! / seconds);
    return [
      `  bart site, ${bare.lengths} (${bare.pages} sider, ${bare.words.toLocaleString('da-DK')} ord):`,
      `    koldt ${decimal(bareCold, 1)} s (${range(bare.coldRounds)}) · forhold ${decimal(exampleCold / bareCold, 2)}, runde for runde ${decimal(Math.min(...ratios), 2)}–${decimal(Math.max(...ratios), 2)}; varmt ${decimal(bare.warm.wallSeconds, 1)} s · forhold ${decimal(example.warm.wallSeconds / bare.warm.wallSeconds, 2)}`,
    ];
  });
  return [
    'Målene for byggetid og kladdevisning:',
    'Eksemplet mod bare Astro + MDX-sites (unified med remark-gfm og rehype-slug, Pagefind bagefter) med samme antal sider,',
    `bygget koldt ${example.coldRounds.length} gange på skift (medianen tæller):`,
    `  eksemplet (${example.pages} sider, ${example.words.toLocaleString('da-DK')} ord): koldt ${decimal(exampleCold, 1)} s (${range(example.coldRounds)}); varmt ${decimal(example.warm.wallSeconds, 1)} s`,
    ...comparisons,
    '  mål: forholdet for koldt byg er højst 1',
    renderDevGoal(dev),
  ].join('\n');
}

/** Renders the dev preview's figures: the edit latency and the time from start to the first chapter page, with every start. */
export function renderDevGoal(dev: DevLatency): string {
  const starts = dev.firstPageRuns.length > 1 ? ` (median af ${dev.firstPageRuns.length} starter: ${dev.firstPageRuns.map((seconds) => decimal(seconds, 1)).join(', ')} s)` : '';
  return [
    `Kladdevisning (npm run dev), fra en rettelse gemmes, til den står på ${dev.page}:`,
    `  median ${Math.round(dev.median)} ms · maks ${Math.round(dev.max)} ms over ${dev.samples.length} rettelser (${dev.samples.map((ms) => Math.round(ms)).join(', ')} ms); mål: median under 500 ms`,
    `  første side ${decimal(dev.firstPageSeconds, 1)} s efter start${starts}; mål: højst 3 s`,
    ...(dev.firstPageCpuRuns.length > 0
      ? [`  kladdevisningens CPU-tid til første side: median ${decimal(median(dev.firstPageCpuRuns), 1)} s (${dev.firstPageCpuRuns.map((seconds) => decimal(seconds, 1)).join(', ')} s) – svinger mindre end tiden, når maskinen er delt`]
      : []),
  ].join('\n');
}
