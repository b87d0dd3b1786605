// The one error the scaffold steps throw for the writer: a Danish sentence saying what is wrong and what to do.

/** `usage`: the command was given wrong or too few options; `refused`: the options were fine, but the handbook cannot be created. */
export type ScaffoldErrorKind = 'usage' | 'refused';

/** A reason `npm run new` stops before writing anything, in Danish for the writer. */
export class ScaffoldError extends Error {
  readonly kind: ScaffoldErrorKind;

  constructor(message: string, kind: ScaffoldErrorKind = 'refused', options?: ErrorOptions) {
    super(message, options);
    this.name = 'ScaffoldError';
    this.kind = kind;
  }
}
