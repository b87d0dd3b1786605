// Keeps one store per process for a module's results, shared by every copy of the module the process has loaded.
//
// A build runs the domain code twice over: natively (the content check, the integration, the markdown plugins) and as
// the copy Vite bundles into the pages. Results that depend on nothing but their inputs (parsed bodies, holidays,
// counted dates) are worth the same in both, so their stores live on globalThis under a well-known symbol.

/** Returns the process's store called `name`, made by `create` the first time any copy of the calling module asks. */
export function processWide<T extends object>(name: string, create: () => T): T {
  const key = Symbol.for(`kombit-handbooks.${name}`);
  const registry = globalThis as { [key: symbol]: T | undefined };
  return (registry[key] ??= create());
}
