/** A message file imported with `?icu`: compiled at build time by the `icuMessages` Vite plugin. */
declare module '*.json?icu' {
  import type { CompiledCatalog } from './compiled';

  const catalog: CompiledCatalog;
  export default catalog;
}

/** One area of a message file (`?icu&area=calendar`): only the keys under that area. */
declare module '*.json?icu&area=calendar' {
  import type { CompiledCatalog } from './compiled';

  const catalog: CompiledCatalog;
  export default catalog;
}
