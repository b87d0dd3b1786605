// The modules the handbook integration provides to the pages (see src/integration/options-module.ts and bodies-module.ts).
declare module 'virtual:kombit-handbooks/options' {
  const options: import('./site/site-request.ts').SiteOptions;
  export default options;
}

declare module 'virtual:kombit-handbooks/bodies' {
  /** Imports the compiled body of a file in the generated folder (path relative to it); undefined when there is none. */
  export function loadBody(path: string): Promise<{ default: (props: Record<string, unknown>) => unknown } | undefined>;
}
