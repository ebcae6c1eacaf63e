// `npm start` (`node scripts/start.mjs preview`) and `npm run dev` (`node scripts/start.mjs dev`):
// checks the Node version first, then hands over to scripts/launch-app.mjs, which finds or downloads
// Electron and starts the app through electron-vite. Plain JavaScript with nothing but a static
// import of the version check, so that Node 18 or 20 can run it far enough to say what is wrong.
//
// For tests only: OBJECTOR_TEST_NODE_VERSION stands in for the running Node's version.
import { nodeVersionProblem } from './node-version.mjs';

const problem = nodeVersionProblem(process.env.OBJECTOR_TEST_NODE_VERSION || process.versions.node);
if (problem !== null) {
  console.error(problem);
  process.exit(1);
}

const { launchApp } = await import('./launch-app.mjs');
process.exit(await launchApp(process.argv.slice(2)));
