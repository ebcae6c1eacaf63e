/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The app's version, from package.json at build time. */
  readonly VITE_APP_VERSION?: string;
}
