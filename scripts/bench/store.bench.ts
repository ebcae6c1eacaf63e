/**
 * The store with 1,000 accounts and 20,000 events, on real files in a temp folder:
 * - store_save_ms: one user action (recording a step on an account) through the state service,
 *   until it is acknowledged: reducer, diff, one journal line written, flushed (fdatasync) and
 *   read back. Median of 101 actions.
 * - store_load_ms: start-up: read and check the snapshot (UTF-8, JSON, schema, links), replay the
 *   journal, probe that the folder can be written, and derive the status of every account on
 *   every campaign it takes part in (one pass per campaign, as the app does). Median of 15 runs.
 * - store_snapshot_ms: writing a new snapshot in the background (sliced, verified), start to end;
 *   store_snapshot_block_ms: the longest the main thread was held while it ran.
 * - store_file_kb: the snapshot's size.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStorage } from '../../src/main/state/store';
import { createStateService } from '../../src/main/state/state-service';
import type { Log } from '../../src/main/log/log';
import { derivedId } from '@shared/domain/migrations';
import { defaultState } from '@shared/domain/defaults';
import { deriveAllStatuses } from '@shared/domain/status';
import { builtInCatalog } from '@shared/catalog/index';
import type { Account, AccountGroup, AppState, EvidenceRecord, Platform, ProgressEvent } from '@shared/domain/types';
import { medianMs, round } from './measure';

const ACCOUNTS = 1000;
const EVENTS_PER_ACCOUNT = 20;
const START = Date.parse('2025-04-01T08:00:00Z');

const campaignOf: Record<Platform, string> = {
  facebook: 'meta-ai-training-eu-2025',
  instagram: 'meta-ai-training-eu-2025',
  whatsapp: 'meta-ai-training-eu-2025',
  linkedin: 'linkedin-genai-2025',
  x: 'x-grok-training',
};
const platforms: readonly Platform[] = [
  'facebook',
  'instagram',
  'facebook',
  'instagram',
  'linkedin',
  'x',
  'facebook',
  'instagram',
  'whatsapp',
  'facebook',
];

/** A large, realistic state: groups of Meta accounts, every event kind, some proof. */
export function largeState(): AppState {
  const accounts: Account[] = [];
  const groups: AccountGroup[] = [];
  const events: ProgressEvent[] = [];
  const evidence: EvidenceRecord[] = [];
  for (let a = 0; a < ACCOUNTS; a++) {
    const platform = platforms[a % platforms.length] ?? 'facebook';
    const campaignId = campaignOf[platform] ?? 'meta-ai-training-eu-2025';
    const meta = campaignId === 'meta-ai-training-eu-2025';
    const groupId = meta && a % 4 !== 3 ? derivedId(`group:${Math.floor(a / 4)}`) : null;
    if (groupId !== null && !groups.some((group) => group.id === groupId))
      groups.push({ id: groupId, name: `Accounts Center ${Math.floor(a / 4)}` });
    const id = derivedId(`account:${a}`);
    accounts.push({
      id,
      platform,
      label: `Account ${a}`,
      email: a % 3 === 0 ? `person${a}@example.org` : null,
      groupId,
      campaignIds: [campaignId],
      createdAt: new Date(START).toISOString(),
    });
    for (let e = 0; e < EVENTS_PER_ACCOUNT; e++) {
      const base = {
        id: derivedId(`event:${a}:${e}`),
        accountId: id,
        campaignId,
        at: new Date(START + (a * EVENTS_PER_ACCOUNT + e) * 60_000).toISOString(),
      };
      const last = e === EVENTS_PER_ACCOUNT - 1;
      if (last && a % 10 === 0) {
        const evidenceId = derivedId(`evidence:${a}`);
        evidence.push({
          id: evidenceId,
          accountId: id,
          campaignId,
          origin: 'page',
          url: 'https://www.facebook.com/help/contact/1',
          savedAt: base.at,
          zone: 'Europe/Paris',
          files: [{ kind: 'png', name: `proof-${a}.png`, sha256: 'a'.repeat(64), bytes: 1000 }],
        });
        events.push({ ...base, kind: 'evidence-saved', evidenceId });
      } else if (last && a % 10 === 1) events.push({ ...base, kind: 'marked-not-applicable', reason: 'closed' });
      else if (last && a % 10 < 5)
        events.push({ ...base, kind: 'confirmed-on-page', url: 'https://www.facebook.com/help/contact/1?done=1' });
      else if (last && a % 10 < 7) events.push({ ...base, kind: 'confirmed-by-email' });
      else if (e % 4 === 0) events.push({ ...base, kind: 'form-opened' });
      else if (e % 4 === 1) events.push({ ...base, kind: 'submitted', source: e % 8 === 1 ? 'person' : 'detected' });
      else if (e % 4 === 2) events.push({ ...base, kind: 'reopened' });
      else events.push({ ...base, kind: 'form-opened' });
    }
  }
  return { ...defaultState(), accounts, groups, events, evidence };
}

const quiet: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Measures the longest gap between event-loop turns while `work` runs. */
async function longestBlock(work: () => Promise<void>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  running = false;
  return longest;
}

/** Runs the store bench. */
export default async function run(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'objector-bench-store-'));
  const clock = { now: () => new Date() };
  const catalog = builtInCatalog();
  try {
    const state = largeState();
    const seed = createFileStorage({ dir, clock, log: quiet });
    seed.load();
    seed.save(state);
    const snapshotStarted = performance.now();
    const block = await longestBlock(() => seed.compact());
    const snapshot = performance.now() - snapshotStarted;
    seed.close();

    const storage = createFileStorage({ dir, clock, log: quiet, compactAfter: { bytes: 1e12, lines: 1e12 } });
    const service = createStateService(storage, catalog, clock);
    let next = 0;
    const save = await medianMs(
      () => {
        const account = state.accounts[next++ % state.accounts.length];
        if (account === undefined) throw new Error('no account');
        const applied = service.dispatch({
          kind: 'record',
          accountId: account.id,
          campaignId: account.campaignIds[0] ?? '',
          event: { kind: 'reopened' },
        });
        if (!applied.ok) throw new Error(`the action was refused: ${applied.error}`);
      },
      { runs: 101, warmup: 5 },
    );
    storage.close();

    let statuses = 0;
    const load = await medianMs(() => {
      const opened = createFileStorage({ dir, clock, log: quiet });
      const loaded = opened.load();
      opened.close();
      if (
        loaded.notice !== null ||
        loaded.state.accounts.length !== ACCOUNTS ||
        loaded.state.events.length !== ACCOUNTS * EVENTS_PER_ACCOUNT + next
      ) {
        throw new Error('the store did not load the state it saved');
      }
      // As the app does: every campaign's statuses in one pass each (summaries, tray, checklist).
      statuses = 0;
      for (const campaign of catalog.campaigns) statuses += deriveAllStatuses(loaded.state, campaign.id, catalog).size;
    });
    if (statuses !== ACCOUNTS) throw new Error(`derived ${statuses} statuses`);
    return {
      store_load_ms: round(load),
      store_save_ms: round(save),
      store_snapshot_ms: round(snapshot),
      store_snapshot_block_ms: round(block),
      store_file_kb: Math.round(statSync(storage.path).size / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
