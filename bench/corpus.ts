// `npm run corpus -- [--systems 25] [--out .cache/corpus] [--seed 1]`: generates the synthetic corpus the benchmark builds.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/index.ts';
import { fail, info } from '../scripts/lib/messages.ts';

const USAGE = 'Brug: npm run corpus -- [--systems 25] [--out .cache/corpus] [--seed 1]';

function readArgs(argv: string[]): { systems: number; out: string; seed: number } {
  const { values } = parseArgs({
    args: argv,
    options: { systems: { type: 'string', default: '25' }, out: { type: 'string', default: '.cache/corpus' }, seed: { type: 'string', default: '1' } },
  });
  const whole = (name: string, text: string, max: number): number => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`--${name} skal være et helt tal fra 1 til ${max}, men er "${text}".`);
    return value;
  };
  return { systems: whole('systems', values.systems, 99), out: resolve(values.out), seed: whole('seed', values.seed, 2 ** 31) };
}

function main(): number {
  let args;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  info(`Genererer ${args.systems} håndbøger i ${args.out} …`);
  const started = performance.now();
  const ids = generateCorpus({ projectRoot: process.cwd(), ...args, log: (message) => info(`  ${message}`) });
  info(`Færdig på ${((performance.now() - started) / 1000).toFixed(1)} s: ${ids.length} håndbøger med tre udgivelser hver.`);
  info(`Byg dem alle med npm run bench, eller én med: (cd ${args.out} && node ${resolve('scripts/build.ts')} ${ids[0]})`);
  return 0;
}

try {
  process.exit(main());
} catch (error) {
  fail(`Korpusset kunne ikke genereres: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
