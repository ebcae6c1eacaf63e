/**
 * The store's size limit (issue 14, step 7: untested until the second mutation run of store.ts):
 * an action that would take the state past `MAX_STATE_CHARS` is refused as "too large", whatever
 * list it adds to, while an action that only removes is always saved, so a person whose data
 * reached the limit can still make room. A real state just past the limit (48 MiB and 2,000
 * characters: thousands of long page addresses), written once, linked into each test's folder.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStorage, type FileStorage } from '../../../src/main/state/store';
import { snapshotText } from '../../../src/main/state/snapshot';
import { SaveError } from '../../../src/main/state/verified-write';
import { migrate } from '../../../src/shared/domain/migrations';
import { MAX_STATE_CHARS } from '../../../src/shared/domain/state-schema';
import type { AppState, ProgressEvent } from '../../../src/shared/domain/types';
import type { Log } from '../../../src/main/log/log';

const clock = { now: () => new Date('2025-05-20T14:03:11.123Z') };
const quiet: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };
const fixtureState = (): AppState => {
  const result = migrate(JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/store/v4.json'), 'utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value.state;
};
/** How far past the limit the stored state is. */
const OVER = 2_000;
/** How far under the limit the other one is. */
const UNDER = 3_000;
const uuidOf = (n: number, variant = 8): string => `00000000-0000-4000-${variant}000-${n.toString(16).padStart(12, '0')}`;
const url = (length: number, fill = 'a'): string => `https://example.com/${fill.repeat(length - 20)}`;
const base = fixtureState();
const owner = base.accounts[0];
if (owner === undefined) throw new Error('fixture');
const pageEvent = (n: number, urlLength: number, variant = 8): ProgressEvent => ({
  id: uuidOf(n, variant),
  accountId: owner.id,
  campaignId: 'meta-ai-training-eu-2025',
  kind: 'confirmed-on-page',
  url: url(urlLength),
  at: '2025-04-20T09:20:00Z',
});

/** The fixture with page events, the last one sized so the snapshot is exactly `total` characters. */
function bigState(total: number): AppState {
  const events = [...base.events];
  // Page addresses of 4,000 characters, and room left for a last one of 2,100 to 6,300.
  const per = JSON.stringify(pageEvent(0, 4_000)).length + 1;
  const fixed = JSON.stringify(pageEvent(0, 20)).length - 20 + 1;
  const count = Math.floor((total - snapshotText(base, 0).length - fixed - (OVER + 100)) / per);
  for (let n = 1; n <= count; n++) events.push(pageEvent(n, 4_000));
  const before = snapshotText({ ...base, events }, 0).length;
  const lastLength = total - before - 1 - JSON.stringify(pageEvent(count + 1, 20)).length + 20;
  if (lastLength < OVER + 100 || lastLength > 8_192) throw new Error(`the last page address would be ${lastLength} long`);
  events.push(pageEvent(count + 1, lastLength));
  return { ...base, events };
}

let template = '';
let dir = '';
let storage: FileStorage;
let state: AppState;
const files = (): string[] => readdirSync(dir).sort();
/** What `save(next)` threw, or null. */
const refusal = (next: AppState): unknown => {
  try {
    storage.save(next);
    return null;
  } catch (error) {
    return error;
  }
};
const expectTooLarge = (next: AppState): void => {
  const error = refusal(next);
  expect(error).toBeInstanceOf(SaveError);
  expect((error as SaveError).reason).toBe('too-large');
  expect((error as SaveError).message).toBe('The data would be larger than Objector keeps.');
};

beforeAll(() => {
  template = mkdtempSync(join(tmpdir(), 'objector-store-limit-'));
  const text = snapshotText(bigState(MAX_STATE_CHARS + OVER), 0);
  expect(text.length).toBe(MAX_STATE_CHARS + OVER);
  writeFileSync(join(template, 'state.json'), text);
  const under = snapshotText(bigState(MAX_STATE_CHARS - UNDER), 0);
  expect(under.length).toBe(MAX_STATE_CHARS - UNDER);
  writeFileSync(join(template, 'under.json'), under);
});
afterAll(() => rmSync(template, { recursive: true, force: true }));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'objector-store-limit-'));
  linkSync(join(template, 'state.json'), join(dir, 'objector-state.json'));
  storage = createFileStorage({ dir, clock, log: quiet });
  const loaded = storage.load();
  expect(loaded.notice).toBeNull();
  state = loaded.state;
});
afterEach(() => {
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

const last = (): ProgressEvent => {
  const event = state.events[state.events.length - 1];
  if (event === undefined) throw new Error('no events');
  return event;
};
const withUrl = (event: ProgressEvent, length: number, fill = 'a'): ProgressEvent =>
  ({ ...event, url: url(length, fill) }) as ProgressEvent;
const urlLength = (event: ProgressEvent): number => (event.kind === 'confirmed-on-page' ? event.url.length : 0);

describe('a state past MAX_STATE_CHARS', () => {
  it('refuses an action that adds to it, writes nothing, and still saves one that removes', () => {
    expectTooLarge({ ...state, events: [...state.events, pageEvent(1, 100, 9)] });
    expect(files()).toEqual(['objector-state.json']);
    const removed = state.events.filter((event) => event !== last());
    storage.save({ ...state, events: removed });
    expect(files()).toEqual(['objector-state.journal-000000000001.log', 'objector-state.json']);
  });

  it('refuses additions to every list, to the settings and to the reminders sent', () => {
    const [first, ...rest] = state.accounts;
    if (first === undefined) throw new Error('fixture');
    // Records replaced in place (an edit with only `replace`).
    expectTooLarge({ ...state, accounts: [{ ...first, label: `${first.label} (2)` }, ...rest] });
    expectTooLarge({ ...state, events: [...state.events.slice(0, -1), withUrl(last(), urlLength(last()), 'b')] });
    // A whole new list (`all`), and records appended.
    expectTooLarge({ ...state, groups: [{ id: uuidOf(1, 9), name: 'Other' }] });
    const evidence = state.evidence[0];
    if (evidence === undefined) throw new Error('fixture');
    expectTooLarge({ ...state, evidence: [...state.evidence, { ...evidence, id: uuidOf(2, 9) }] });
    expectTooLarge({ ...state, settings: { ...state.settings, theme: 'dark' } });
    expectTooLarge({ ...state, remindersSent: [...state.remindersSent, 'a-reminder'] });
    expect(files()).toEqual(['objector-state.json']);
  });

  it('saves removals from any list, a list emptied included', () => {
    const evidence = state.evidence[0];
    if (evidence === undefined) throw new Error('fixture');
    // The proof and the event that names it: evidence becomes `{ all: [] }`, events an edit that only removes.
    const next: AppState = {
      ...state,
      evidence: [],
      events: state.events.filter((event) => !(event.kind === 'evidence-saved' && event.evidenceId === evidence.id)),
    };
    expect(refusal(next)).toBeNull();
    state = next;
    const accounts = state.accounts.slice(0, -1);
    const gone = state.accounts[state.accounts.length - 1]?.id;
    const afterAccount: AppState = { ...state, accounts, events: state.events.filter((event) => event.accountId !== gone) };
    expect(refusal(afterAccount)).toBeNull();
    expect(readFileSync(join(dir, 'objector-state.journal-000000000001.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('saves an action that brings it to exactly MAX_STATE_CHARS, and refuses one character more', () => {
    const event = last();
    const length = urlLength(event);
    const exactly = (urlLength: number): AppState => ({ ...state, events: [...state.events.slice(0, -1), withUrl(event, urlLength)] });
    expect(snapshotText(exactly(length - OVER), 1).length).toBe(MAX_STATE_CHARS);
    expectTooLarge(exactly(length - OVER + 1));
    expect(refusal(exactly(length - OVER))).toBeNull();
    expect(files()).toEqual(['objector-state.journal-000000000001.log', 'objector-state.json']);
  });
});

describe('a state just under MAX_STATE_CHARS', () => {
  it('counts every line it saved: the second of two additions that together pass the limit is refused', () => {
    storage.close();
    rmSync(join(dir, 'objector-state.json'));
    linkSync(join(template, 'under.json'), join(dir, 'objector-state.json'));
    storage = createFileStorage({ dir, clock, log: quiet });
    state = storage.load().state;
    // Each addition is about 2,300 characters of journal: the first fits in what is left, the second does not.
    const first: AppState = { ...state, events: [...state.events, pageEvent(1, 2_000, 9)] };
    expect(refusal(first)).toBeNull();
    state = first;
    expectTooLarge({ ...state, events: [...state.events, pageEvent(2, 2_000, 9)] });
    expect(readFileSync(join(dir, 'objector-state.journal-000000000001.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
  });
});
