// The module the handbook integration provides to the pages (see src/integration/options-module.ts).
declare module 'virtual:kombit-handbooks/options' {
  const options: import('./site/site-request.ts').SiteOptions;
  export default options;
}
