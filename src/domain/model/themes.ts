// The themes that group a municipality's tasks (the model's seven, or a system's own).
import { z } from 'zod';
import { IdSchema } from './ids.ts';

/** A theme, e.g. "Viden og færdigheder". */
export const ThemeSchema = z.strictObject({
  /** Stable id used by tasks (`theme: viden`) and URLs. */
  id: IdSchema,
  /** The name shown to readers. */
  name: z.string().min(1),
  /** What tasks in the theme help the municipality do; pages show it after "Opgaverne bidrager til, at kommunen …". */
  description: z.string().min(1).optional(),
});
export type Theme = z.infer<typeof ThemeSchema>;
