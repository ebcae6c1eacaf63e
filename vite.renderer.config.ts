/**
 * The renderer's Vite config, used by electron-vite (desktop build) and on its own for the browser
 * build that `npm run preview` and the browser tests serve.
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Plugin, UserConfig } from 'vite';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';

const root = import.meta.dirname;
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/** Shared aliases for every build. */
export const alias = { '@shared': resolve(root, 'src/shared') };

const ICU_SUFFIX = '?icu';
const ICU_PREFIX = '\0objector-icu:';

/**
 * Compiles the message files at build time: `import('./messages/fr.json?icu')` yields every
 * message already parsed (formatjs's AST; plain text for a message without arguments), so the
 * renderer ships intl-messageformat without its parser. A message that does not parse fails the
 * build, naming the file and the key. Every build uses it: main, renderer, tests, benches.
 */
export function icuMessages(): Plugin {
  return {
    name: 'objector-icu-messages',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(`.json${ICU_SUFFIX}`)) return null;
      const file = await this.resolve(source.slice(0, -ICU_SUFFIX.length), importer, { skipSelf: true });
      // The id must not end in .json, or Vite's JSON plugin would read our output as JSON.
      return file === null ? null : `${ICU_PREFIX}${file.id.slice(0, -'.json'.length)}.js`;
    },
    load(id) {
      if (!id.startsWith(ICU_PREFIX)) return null;
      const file = `${id.slice(ICU_PREFIX.length, -'.js'.length)}.json`;
      this.addWatchFile(file);
      const source = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const compiled: Record<string, unknown> = {};
      for (const [key, message] of Object.entries(source)) {
        if (typeof message !== 'string') this.error(`${file}: "${key}" must be a text`);
        let ast;
        try {
          ast = parse(message, { ignoreTag: true, requiresOtherClause: true });
        } catch (error) {
          this.error(`${file}: "${key}" is not a valid ICU message (${(error as Error).message})`);
        }
        const only = ast[0];
        compiled[key] = ast.length === 0 ? '' : ast.length === 1 && only?.type === TYPE.literal ? only.value : ast;
      }
      return `export default ${JSON.stringify(compiled)};\n`;
    },
  };
}

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
    // The messages arrive compiled (icuMessages), so the ICU parser stays out of the bundle.
    resolve: { alias: { ...alias, '@formatjs/icu-messageformat-parser': '@formatjs/icu-messageformat-parser/no-parser.js' } },
    plugins: [icuMessages(), devServerCsp],
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
