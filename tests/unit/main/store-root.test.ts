/**
 * The store under faults that need root (scripts/fault/full-disk.sh): a full disk on a 256 KiB
 * tmpfs and a read-only mount. CI on this project's machines runs as root, so it runs there;
 * elsewhere it is skipped, loudly.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const isRoot = process.getuid?.() === 0;
if (!isRoot)
  console.warn(
    '!!! store-root.test.ts SKIPPED: the full-disk and read-only store faults need root (run scripts/fault/full-disk.sh as root).',
  );

describe.skipIf(!isRoot)('the store on a full disk and a read-only folder (root)', () => {
  it('loses nothing acknowledged, reports every refused save as "disk full", and runs read-only when it cannot write', () => {
    const result = spawnSync('bash', [join(root, 'scripts/fault/full-disk.sh')], { cwd: root, encoding: 'utf8', timeout: 240_000 });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).not.toMatch(/^FAIL/m);
    expect(result.status, output).toBe(0);
    expect(output).toMatch(/^ok {3}after a restart on the full disk: every acknowledged action is there$/m);
  }, 300_000);
});
