/**
 * The renderer's Vite config, used by electron-vite (desktop build) and on its own for the browser
 * build that `npm run preview` and the browser tests serve.
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Plugin, UserConfig } from 'vite';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/** Shared aliases for every build. */
export const alias = { '@shared': resolve(root, 'src/shared') };

/**
 * Only for `npm run dev`: Vite's dev server injects CSS as <style> elements, which our CSP forbids.
 * Built pages (the app, the browser version, every test) keep the strict policy.
 */
const devServerCsp: Plugin = {
  name: 'objector-dev-server-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

/** The renderer config; `outDir` differs between the desktop and browser builds. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(root, 'src/renderer'),
    base: './',
    resolve: { alias },
    plugins: [devServerCsp],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome130',
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      rolldownOptions: { input: resolve(root, 'src/renderer/index.html') },
    },
  };
}
