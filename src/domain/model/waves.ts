// The rollout waves: which municipalities go live on which day.
import { z } from 'zod';
import { findMunicipality, MUNICIPALITIES, sortDanish, type Municipality } from '../municipalities/index.ts';
import { dayOf, type IsoDate } from '../calendar/index.ts';
import { PlannedDateSchema } from '../schema/iso-date.ts';
import { describeValueKind } from '../problems/zod-messages.ts';
import { choiceSchema, IdSchema, numberAsText } from './ids.ts';

/** The kinds of wave: pilot, ordinær or opsamling (catch-up). */
export const WAVE_KINDS = ['pilot', 'ordinær', 'opsamling'] as const;
export type WaveKind = (typeof WAVE_KINDS)[number];

/** The word that stands for all 98 municipalities (big bang). */
export const ALL_MUNICIPALITIES = 'alle';

// A transform rather than a preprocess, so a single name gets a message that mentions `alle`.
const MunicipalityListSchema = z
  .unknown()
  .transform((value, ctx) => {
    if (value === undefined || Array.isArray(value)) return value?.map(numberAsText);
    if (typeof value === 'string' && value.trim().toLocaleLowerCase('da') === ALL_MUNICIPALITIES) {
      return MUNICIPALITIES.map((municipality) => municipality.name);
    }
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: `skal være en liste af kommuner (linjer der starter med "- ") eller ordet alle, men er ${describeValueKind(value)}.`,
    });
    return z.NEVER;
  })
  .pipe(z.array(z.string().min(1)).min(1));

/** A rollout wave. */
export const WaveSchema = z.strictObject({
  /** Stable id used in URLs and calendar files: "pilot", "boelge-2". */
  id: IdSchema,
  /** The name shown to readers: "Pilotbølge", "Bølge 2". */
  name: z.string().min(1),
  /** pilot, ordinær or opsamling. */
  kind: choiceSchema(WAVE_KINDS),
  /**
   * The wave's go-live: a day (ÅÅÅÅ-MM-DD), from which every relative date is counted; or, while it is not settled,
   * a month ("maj 2027"), a quarter ("2. kvartal 2027") or "fastlægges senere" (then no dates are computed).
   */
  goLive: PlannedDateSchema,
  /**
   * The wave's municipalities by name ("Aarhus") or code (751), one per line; `alle` for all 98 (big bang). Leave it
   * out while they are not settled.
   */
  municipalities: MunicipalityListSchema.optional(),
});
export type Wave = z.infer<typeof WaveSchema>;

/** Returns the day a wave goes live, or undefined while the handbook gives only a month, a quarter or nothing. */
export function waveGoLiveDay(wave: Pick<Wave, 'goLive'>): IsoDate | undefined {
  return dayOf(wave.goLive);
}

/** Tells whether the handbook has named the wave's municipalities (an empty list counts as not named). */
export function hasSettledMunicipalities(wave: Pick<Wave, 'municipalities'>): boolean {
  return (wave.municipalities?.length ?? 0) > 0;
}

/** Returns the wave's municipalities in Danish alphabetical order, leaving out names that are not municipalities. */
export function waveMunicipalities(wave: Wave): Municipality[] {
  const found = new Map<string, Municipality>();
  for (const name of wave.municipalities ?? []) {
    const municipality = findMunicipality(name);
    if (municipality) found.set(municipality.code, municipality);
  }
  const byName = new Map([...found.values()].map((municipality) => [municipality.name, municipality]));
  return sortDanish([...byName.keys()]).flatMap((name) => byName.get(name) ?? []);
}

/** Lists, in Danish alphabetical order, the municipalities no wave names (all 98 when no wave names any). */
export function unplacedMunicipalities(waves: readonly Wave[]): Municipality[] {
  const placed = new Set(waves.flatMap((wave) => waveMunicipalities(wave).map((municipality) => municipality.code)));
  return MUNICIPALITIES.filter((municipality) => !placed.has(municipality.code));
}

/** Finds the wave a municipality (by name or code) is placed in, if any. */
export function waveOf(waves: readonly Wave[], name: string): Wave | undefined {
  const code = findMunicipality(name)?.code;
  if (code === undefined) return undefined;
  return waves.find((wave) => (wave.municipalities ?? []).some((entry) => findMunicipality(entry)?.code === code));
}
