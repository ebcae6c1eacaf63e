// `npm run preview`: builds the renderer with its browser backend, serves it on 127.0.0.1 and
// opens it in the default browser. Progress is kept in that browser's localStorage.
import { spawn } from 'node:child_process';
import { buildWeb } from './build-web.mjs';
import { serveStatic } from './static-server.ts';

const port = Number(process.env.PORT ?? 4173);
const dir = await buildWeb();
const { url } = await serveStatic(dir, port);
console.log(`Objector (browser version) is at ${url}/ — press Ctrl+C to stop.`);
if (process.env.CI !== 'true' && !process.argv.includes('--no-open')) {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  spawn(opener, [`${url}/`], { stdio: 'ignore', detached: true })
    .on('error', () => undefined)
    .unref();
}
