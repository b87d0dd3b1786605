// The error a writer's input causes during an import: a Danish sentence saying what is wrong and what to do.

/** A Word file the import cannot use; the message is for the writer, and nothing has been written. */
export class ImportError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ImportError';
  }
}
