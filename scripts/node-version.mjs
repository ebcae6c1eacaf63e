// Which Node.js versions can run the project's scripts, as one pure check. Plain JavaScript that old
// Node versions run (tried: 16, 18, 20), so that they get a sentence instead of a syntax error.
//
// Run directly (`node scripts/node-version.mjs`), it exits 0 on a good Node and prints the sentence
// and exits 1 otherwise (`.ci/run` uses that to decide whether to bring its own Node).
import { fileURLToPath } from 'node:url';

/**
 * The range `engines.node` in package.json states (a test keeps the two equal). The scripts import
 * `.ts` files directly, which needs type stripping on by default: Node 22.18+ on the 22 line, 23.6+
 * after that. vitest 5 declares `^22.12.0 || ^24.0.0 || >=26.0.0`, so the odd lines 23 and 25 are out.
 */
export const NODE_ENGINES = '^22.18.0 || ^24.0.0 || >=26.0.0';

/**
 * Whether `version` (as in `process.versions.node`, e.g. "22.18.0") is inside {@link NODE_ENGINES}.
 * A version it cannot read counts as unsupported.
 */
export function isSupportedNode(version) {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (match === null) return false;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (major === 22) return minor >= 18;
  return major === 24 || major >= 26;
}

/**
 * The one sentence an unsupported Node gets (what is needed, what is running, where to get it),
 * or null when `version` is supported.
 */
export function nodeVersionProblem(version) {
  if (isSupportedNode(version)) return null;
  const running = version.replace(/^v/, '');
  return (
    `Objector needs Node.js 22.18 or newer (but not 23 or 25), and this is Node.js ${running}: ` +
    'install the LTS version from https://nodejs.org/ and run the command again.'
  );
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problem = nodeVersionProblem(process.versions.node);
  if (problem !== null) {
    console.error(problem);
    process.exitCode = 1;
  }
}
