/**
 * The text of a snapshot file: `{"format":"objector-store","version":1,"seq":n,"document":{…}}`,
 * the document being the state in its schema version. Produced a slice at a time (a few hundred
 * records each), so the async writer can let the event loop run between slices.
 */
import type { AppState } from '@shared/domain/types';
import { CURRENT_SCHEMA_VERSION } from '@shared/domain/state-schema';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './store-files';

/** Records per slice: about a millisecond of JSON.stringify each. */
const SLICE = 400;

/** The snapshot of `state` after journal line `seq`, in slices. */
export function* snapshotSlices(state: AppState, seq: number): Generator<string> {
  yield `{"format":${JSON.stringify(SNAPSHOT_FORMAT)},"version":${SNAPSHOT_VERSION},"seq":${seq},"document":{"schemaVersion":${CURRENT_SCHEMA_VERSION}`;
  for (const key of ['accounts', 'groups', 'events', 'evidence'] as const) {
    const list: readonly unknown[] = state[key];
    yield `,"${key}":[`;
    for (let start = 0; start < list.length; start += SLICE) {
      const slice = list.slice(start, start + SLICE).map((item) => JSON.stringify(item));
      yield (start === 0 ? '' : ',') + slice.join(',');
    }
    yield ']';
  }
  yield `,"settings":${JSON.stringify(state.settings)},"remindersSent":${JSON.stringify(state.remindersSent)}}}`;
}

/** The whole snapshot text at once (start-up repairs, tests). */
export function snapshotText(state: AppState, seq: number): string {
  return [...snapshotSlices(state, seq)].join('');
}
