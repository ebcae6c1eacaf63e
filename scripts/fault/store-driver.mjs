// Drives the real store (src/main/state/store.ts, loaded through Vite's module runner) in its own
// process, for the fault tests: a process that can be killed, a disk that can fill up.
//   node scripts/fault/store-driver.mjs act <dir> <count> [linesPerSnapshot]
//       adds <count> accounts one action at a time; prints "ack <n>" once action n is acknowledged
//       (saved) and "refused <n> <reason>" when it was refused; never stops at a refusal.
//   node scripts/fault/store-driver.mjs check <dir>
//       loads the store and prints one JSON line: labels, notice, readOnly, temporary files, and
//       whether a save afterwards is accepted.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..', '..');
const load = async (path) =>
  (
    await runnerImport(join(root, path), {
      configFile: false,
      root,
      logLevel: 'error',
      resolve: { alias: { '@shared': join(root, 'src', 'shared') } },
    })
  ).module;

const [command, dir, countText, linesText] = process.argv.slice(2);
// One module graph: the service must see the store's own SaveError class.
const { createFileStorage, createStateService } = await load('scripts/fault/store-entry.ts');
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const clock = { now: () => new Date() };
const catalog = { version: 1, campaigns: [] };

if (command === 'act') {
  const lines = Number(linesText ?? 4000);
  const storage = createFileStorage({ dir, clock, log: quiet, compactAfter: { bytes: 1e12, lines } });
  const service = createStateService(storage, catalog, clock);
  const start = service.get().accounts.length;
  for (let n = start; n < start + Number(countText); n++) {
    const applied = service.dispatch({
      kind: 'add-account',
      platform: 'facebook',
      label: `account ${n}`,
      email: null,
      group: { kind: 'none' },
      campaignIds: [],
    });
    process.stdout.write(applied.ok ? `ack ${n}\n` : `refused ${n} ${applied.error}\n`);
    // Let background snapshots run between actions, as between a person's clicks.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await storage.idle();
  storage.close();
} else if (command === 'check') {
  const storage = createFileStorage({ dir, clock, log: quiet });
  const { state, notice } = storage.load();
  const temporary = readdirSync(dir).filter((name) => name.includes('.tmp-'));
  let saveAfter = 'accepted';
  try {
    storage.save({ ...state, settings: { ...state.settings, theme: state.settings.theme === 'dark' ? 'light' : 'dark' } });
  } catch (error) {
    saveAfter = `refused: ${error.reason ?? error.message}`;
  }
  storage.close();
  process.stdout.write(
    `${JSON.stringify({ labels: state.accounts.map((account) => account.label), notice, readOnly: storage.readOnly(), temporary, saveAfter })}\n`,
  );
} else {
  process.stderr.write('usage: store-driver.mjs act <dir> <count> [linesPerSnapshot] | check <dir>\n');
  process.exit(2);
}
