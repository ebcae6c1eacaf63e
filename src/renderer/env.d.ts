/// <reference types="vite/client" />

/** A catalog key only the browser suite's build trusts (vite.renderer.config.ts); '' in every other build. */
declare const __OBJECTOR_TEST_CATALOG_KEY__: string;

interface ImportMetaEnv {
  /** The app's version, from package.json at build time. */
  readonly VITE_APP_VERSION?: string;
}
