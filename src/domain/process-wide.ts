// The one process-wide store: named slots shared by every copy of a module that the process has loaded.
//
// Astro runs our code twice over in one process: natively (the writer's commands, the integration, the markdown
// plugins) and as the copy Vite bundles into the pages. A module-level variable exists once per copy; what both
// copies must share lives here instead, on globalThis under one registered symbol. Three kinds of thing do:
// - results that depend on nothing but their inputs (parsed bodies, holidays, counted dates), worth the same in both;
// - what the integration loaded for the pages (src/site/site-store.ts): the site and its histories, loaded once
//   per build, and in the dev server once per content change;
// - what the markdown plugins compile each generated body with (src/markdown/body-inputs.ts).
// Everything else the pages need from the integration comes through its Vite virtual modules
// (src/integration/options-module.ts and bodies-module.ts).

const STORE = Symbol.for('kombit-handbooks');

type Registry = { [STORE]?: Map<string, object> };

/** Returns the process's slot called `name`, made by `create` the first time any copy of the calling module asks. */
export function processWide<T extends object>(name: string, create: () => T): T {
  const registry = globalThis as Registry;
  const slots = (registry[STORE] ??= new Map());
  let slot = slots.get(name);
  if (!slot) slots.set(name, (slot = create()));
  return slot as T;
}
