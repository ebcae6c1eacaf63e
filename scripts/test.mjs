// `npm test`: runs the unit, browser and Electron e2e suites, then prints one line per suite and a
// closing "N passed, N failed, N skipped" line. Exits non-zero when any suite fails. A suite that
// cannot run here (the e2e suite without the Electron binary) says so loudly and counts as skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';

const root = resolve(import.meta.dirname, '..');
const results = join(root, '.cache', 'results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
// Each tool's JS entry, run with this Node (node_modules/.bin shims need a shell on Windows).
const entries = {
  vitest: 'vitest/vitest.mjs',
  playwright: '@playwright/test/cli.js',
  'electron-vite': 'electron-vite/bin/electron-vite.js',
};
const tool = (name) => [process.execPath, join(root, 'node_modules', entries[name])];
const only = process.argv.slice(2);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function vitestCounts(file) {
  const report = readJson(file);
  if (report === null) return null;
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts(file) {
  const report = readJson(file);
  if (report === null) return null;
  const stats = report.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0 };
}

const suites = [];

function record(name, status, counts, note = '') {
  const failed = status !== 0 || counts === null || counts.failed > 0;
  suites.push({ name, state: failed ? 'failed' : 'passed', counts: counts ?? { passed: 0, failed: 1, skipped: 0 }, note });
}

if (only.length === 0 || only.includes('unit')) {
  const file = join(results, 'unit.json');
  const [vitestNode, vitestEntry] = tool('vitest');
  const status = run(vitestNode, [vitestEntry, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  record('unit', status, vitestCounts(file));
}

if (only.length === 0 || only.includes('browser')) {
  const file = join(results, 'browser.json');
  const [node, playwright] = tool('playwright');
  const status = run(node, [playwright, 'test', '-c', 'playwright.browser.config.ts']);
  record('browser', status, playwrightCounts(file));
}

if (only.length === 0 || only.includes('e2e')) {
  const electron = findElectronBinary();
  if (!electron.found) {
    const line = `!!! ELECTRON E2E SUITE SKIPPED: ${electron.reason}. To run it, let npm start download Electron once (ELECTRON_MIRROR picks a mirror) or set ELECTRON_OVERRIDE_DIST_PATH to a folder with Electron 45.`;
    console.log(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}\n`);
    suites.push({ name: 'e2e', state: 'skipped', counts: { passed: 0, failed: 0, skipped: 0 }, note: electron.reason });
  } else {
    const [node, electronVite] = tool('electron-vite');
    const [, playwright] = tool('playwright');
    const build = run(node, [electronVite, 'build']);
    const file = join(results, 'e2e.json');
    const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY;
    const xvfb = needsDisplay && existsSync('/usr/bin/xvfb-run');
    const status =
      build !== 0
        ? build
        : xvfb
          ? run('xvfb-run', [
              '--auto-servernum',
              '--server-args=-screen 0 1280x900x24',
              node,
              playwright,
              'test',
              '-c',
              'playwright.e2e.config.ts',
            ])
          : run(node, [playwright, 'test', '-c', 'playwright.e2e.config.ts']);
    record('e2e', status, playwrightCounts(file));
  }
}

console.log('\nObjector test summary');
const total = { passed: 0, failed: 0, skipped: 0 };
for (const suite of suites) {
  const { passed, failed, skipped } = suite.counts;
  total.passed += passed;
  total.failed += failed;
  total.skipped += skipped;
  const detail =
    suite.state === 'skipped' ? `skipped (${suite.note})` : `${suite.state}: ${passed} passed, ${failed} failed, ${skipped} skipped`;
  console.log(`  ${suite.name.padEnd(8)} ${detail}`);
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(suites.some((suite) => suite.state === 'failed') ? 1 : 0);
