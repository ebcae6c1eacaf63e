/**
 * Builds the three parts of the desktop app into out/: main (ESM), preload (CommonJS, because
 * sandboxed preloads cannot be ES modules) and the renderer.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { alias, icuMessages, rendererConfig } from './vite.renderer.config';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    resolve: { alias },
    plugins: [icuMessages()],
    build: {
      externalizeDeps: true,
      rolldownOptions: { input: { index: resolve(root, 'src/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig(resolve(root, 'out/renderer')),
});
