import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { PAGE_PROBE } from '@shared/domain/probe';
import { asReal, FakeWebContents, resetElectronMock } from '../../support/electron-mock';
import { PROBE_WORLD_ID, startDetectionLoop } from '../../../src/main/guide/detection-loop';

beforeEach(() => {
  resetElectronMock();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function setup() {
  const contents = new FakeWebContents();
  contents.probeResult = { text: 'page text', lang: 'en' };
  const probe = vi.spyOn(contents, 'executeJavaScriptInIsolatedWorld');
  const seen: string[] = [];
  const settled: boolean[] = [];
  const loop = startDetectionLoop(asReal<WebContents>(contents), (page) => {
    seen.push(page.text);
    settled.push(page.settled);
  });
  return { contents, probe, seen, settled, loop };
}

describe('detection loop', () => {
  it('probes in an isolated world at 0, 1, 3 and 8 s after a load, then stops', async () => {
    const { contents, probe, seen, settled } = setup();
    contents.emit('did-finish-load');
    await vi.advanceTimersByTimeAsync(0);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(probe).toHaveBeenCalledWith(PROBE_WORLD_ID, [{ code: PAGE_PROBE }]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(probe).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(7_000);
    expect(probe).toHaveBeenCalledTimes(4);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(probe).toHaveBeenCalledTimes(4);
    expect(seen).toEqual(['page text', 'page text', 'page text', 'page text']);
    // Only the last probe of a round counts as the settled page (drift detection waits for it).
    expect(settled).toEqual([false, false, false, true]);
  });

  it('restarts the round on in-page navigation of the main frame only', async () => {
    const { contents, probe } = setup();
    contents.emit('did-finish-load');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(probe).toHaveBeenCalledTimes(2);
    contents.emit('did-navigate-in-page', {}, 'https://www.facebook.com/x#done', false);
    await vi.advanceTimersByTimeAsync(0);
    expect(probe).toHaveBeenCalledTimes(2);
    contents.emit('did-navigate-in-page', {}, 'https://www.facebook.com/x#done', true);
    await vi.advanceTimersByTimeAsync(60_000);
    // 2 before, then a full new round of 4; the old round's 3 s and 8 s probes were cancelled.
    expect(probe).toHaveBeenCalledTimes(6);
  });

  it('stops when the page is destroyed, and ignores results that are not the probe’s', async () => {
    const { contents, probe, seen } = setup();
    contents.probeResult = 'a bare text instead of { text, lang }';
    contents.emit('did-finish-load');
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([]);
    contents.destroy();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probe).toHaveBeenCalledTimes(1);
  });
});
