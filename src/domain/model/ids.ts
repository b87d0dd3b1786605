// The small value schemas the model's fields share: ids, role lists and case-forgiving choices.
import { z } from 'zod';

/** The form of every id in the model: lowercase ASCII words joined by hyphens, fit for URLs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

// refine, not regex: the shared zod messages replace a regex's own message with a generic one.
/** A stable id (`forberedelse`, `udpeg-projektleder`); pages link to it, so never change it once published. */
export const IdSchema = z.string().refine((text) => ID_PATTERN.test(text), {
  error: (issue) =>
    `"${String(issue.input)}" er ikke et gyldigt id. Brug små bogstaver a–z, tal og bindestreg (æ, ø, å skrives ae, oe, aa), fx "udpeg-projektleder".`,
});

/** One or more ids: a single `projektleder` or a list `[projektleder, superbruger]`, always read as a list. */
export const IdListSchema = z.preprocess(
  (value) => (typeof value === 'string' ? [value] : value),
  z.array(IdSchema).min(1),
);

/** A list of short texts, one per line starting with "- ". */
export const TextListSchema = z.array(z.string().min(1)).default([]);

/**
 * A choice among fixed words that forgives case ("Kritisk", "kombit"), so writers are not
 * stopped by capitals; anything else gets the shared "Vælg en af: …" message.
 */
export function choiceSchema<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess((value) => {
    if (typeof value !== 'string') return value;
    const typed = value.trim().toLocaleLowerCase('da');
    return values.find((choice) => choice.toLocaleLowerCase('da') === typed) ?? value;
  }, z.enum(values));
}

/** Reads a number the writer typed without quotes (`number: 2`, `- 751`) as the text it stands for. */
export function numberAsText(value: unknown): unknown {
  return typeof value === 'number' ? String(value) : value;
}
