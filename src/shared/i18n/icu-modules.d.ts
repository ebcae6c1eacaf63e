/** A message file imported with `?icu`: compiled at build time by the `icuMessages` Vite plugin. */
declare module '*.json?icu' {
  import type { CompiledCatalog } from './compiled';

  const catalog: CompiledCatalog;
  export default catalog;
}
