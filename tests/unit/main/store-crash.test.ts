/**
 * The store killed at random while it saves (SIGKILL: no clean-up of any kind), in a real child
 * process on real files, with snapshots written every few actions so kills land in every phase:
 * appending a line, writing a snapshot, renaming, pruning. After each kill the next start must
 * find every acknowledged action, never a broken or reset state, and no temporary file.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createFileStorage } from '../../../src/main/state/store';

const root = resolve(import.meta.dirname, '../../..');
const driver = join(root, 'scripts/fault/store-driver.mjs');

/** Runs the driver until `acks` actions were acknowledged past `from`, then kills it after a random few ms. */
function actThenKill(dir: string, minAcks: number, random: () => number): Promise<number[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [driver, 'act', dir, '100000', '7'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let buffer = '';
    let killing = false;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      if (!killing && acked.length >= minAcks) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * 40));
      }
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? done(acked) : fail(new Error(`driver ended with ${code}: ${errors}`))));
  });
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** The next start, in this process: what it finds, and whether it accepts a save afterwards. */
function check(dir: string): { labels: string[]; notice: unknown; readOnly: unknown; temporary: string[]; saveAfter: string } {
  const storage = createFileStorage({ dir, clock: { now: () => new Date() }, log: quiet });
  const { state, notice } = storage.load();
  const temporary = readdirSync(dir).filter((name) => name.includes('.tmp-'));
  let saveAfter = 'accepted';
  try {
    storage.save({ ...state, settings: { ...state.settings, theme: state.settings.theme === 'dark' ? 'light' : 'dark' } });
  } catch (error) {
    saveAfter = `refused: ${(error as Error).message}`;
  }
  storage.close();
  return { labels: state.accounts.map((account) => account.label), notice, readOnly: storage.readOnly(), temporary, saveAfter };
}

describe('the store killed at random during saves', () => {
  it('keeps every acknowledged action, is never broken or reset, and leaves no temporary file after the next start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'objector-crash-'));
    let seed = 0x2545f491;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) % 1000) / 1000;
    let acknowledged = 0;
    try {
      for (let round = 0; round < 5; round++) {
        const acked = await actThenKill(dir, 5 + Math.floor(random() * 25), random);
        acknowledged = Math.max(acknowledged, (acked.at(-1) ?? -1) + 1);
        const found = check(dir);
        expect(found.notice, `round ${round}`).toBeNull();
        expect(found.readOnly).toBeNull();
        expect(found.temporary).toEqual([]);
        expect(found.saveAfter).toBe('accepted');
        // Every acknowledged account, in order, and nothing invented (one more is fine: saved, not yet acknowledged).
        expect(found.labels.length).toBeGreaterThanOrEqual(acknowledged);
        expect(found.labels).toEqual(Array.from({ length: found.labels.length }, (_, n) => `account ${n}`));
        acknowledged = found.labels.length;
      }
      expect(readdirSync(dir).some((name) => name === 'objector-state.json')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 400_000);
});
