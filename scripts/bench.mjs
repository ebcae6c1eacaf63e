// `npm run bench`: runs every scripts/bench/*.bench.ts and prints what each one measured.
//   npm run bench                 a readable table
//   npm run bench -- --json       ONE JSON object merging every result on stdout (logs go to stderr)
//   npm run bench -- store        only the bench files whose name contains "store"
// A bench file is TypeScript loaded through Vite's module runner (so `@shared/...` resolves), and
// exports `default async function run(): Promise<Record<string, number>>`. Keys must be unique
// across files. A bench that throws is reported on stderr and the exit code is 1.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';
import { icuMessages } from '../vite.renderer.config.ts';

const root = resolve(import.meta.dirname, '..');
const benchDir = join(root, 'scripts', 'bench');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const filters = args.filter((arg) => !arg.startsWith('--'));

// stdout carries only the result: anything a bench (or Vite) logs goes to stderr.
console.log = (...items) => console.error(...items);
console.info = (...items) => console.error(...items);
// Main code may import `electron`, whose npm package would try to download the binary outside
// Electron; with this variable it only returns a path, and main code given an absolute folder works.
process.env.ELECTRON_OVERRIDE_DIST_PATH ??= join(root, '.cache', 'no-electron');

const files = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts') && (filters.length === 0 || filters.some((filter) => name.includes(filter))))
  .sort();

const results = {};
const failures = [];
for (const file of files) {
  const started = performance.now();
  try {
    const { module } = await runnerImport(join(benchDir, file), {
      configFile: false,
      root,
      logLevel: 'warn',
      plugins: [icuMessages()],
      resolve: { alias: { '@shared': join(root, 'src', 'shared') } },
    });
    if (typeof module.default !== 'function') throw new Error('it has no default export `run()`');
    const measured = await module.default();
    for (const [key, value] of Object.entries(measured)) {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${key} is not a finite number`);
      if (Object.hasOwn(results, key)) throw new Error(`${key} is already measured by another bench`);
      results[key] = value;
    }
    console.error(`bench ${file}: done in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    failures.push(file);
    console.error(`bench ${file}: FAILED`, error);
  }
}

if (asJson) {
  process.stdout.write(`${JSON.stringify(results)}\n`);
} else {
  const width = Math.max(10, ...Object.keys(results).map((key) => key.length));
  process.stdout.write(`${'metric'.padEnd(width)}  value\n${'-'.repeat(width)}  ${'-'.repeat(12)}\n`);
  for (const [key, value] of Object.entries(results)) {
    const shown = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 3 : 1);
    process.stdout.write(`${key.padEnd(width)}  ${shown}\n`);
  }
  if (files.length === 0) process.stdout.write('(no bench files matched)\n');
}
if (failures.length > 0) {
  console.error(`${failures.length} bench file(s) failed: ${failures.join(', ')}`);
  process.exitCode = 1;
}
