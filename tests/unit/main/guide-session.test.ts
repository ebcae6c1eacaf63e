import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import type { GuideView } from '@shared/ipc/contract';
import { builtInCatalog, targetFor } from '@shared/catalog/index';
import { asReal, FakeWebContents, resetElectronMock } from '../../support/electron-mock';
import { createGuideSession } from '../../../src/main/guide/guide-session';
import { CAMPAIGN, FB1 } from './guide-support';

const catalog = builtInCatalog();
const entries = [
  'https://www.facebook.com/help/contact/1',
  'https://www.facebook.com/help/contact/2',
  'https://www.facebook.com/privacy/genai',
];

beforeEach(() => {
  resetElectronMock();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function setup() {
  const target = targetFor(catalog, CAMPAIGN, 'facebook');
  if (target === undefined) throw new Error('no target');
  const contents = new FakeWebContents();
  const views: GuideView[] = [];
  const session = createGuideSession({
    accountId: FB1,
    campaignId: CAMPAIGN,
    target,
    catalog,
    entries,
    contents: asReal<WebContents>(contents),
    onChange: (view) => views.push(view),
  });
  session.goToEntry(0);
  return { contents, session, views };
}

async function showPage(contents: FakeWebContents, url: string, text: string): Promise<void> {
  contents.url = url;
  contents.probeResult = { text, lang: 'en' };
  contents.emit('did-navigate', {}, url, 200, 'OK');
  contents.emit('did-finish-load');
  await vi.advanceTimersByTimeAsync(0);
}

describe('guide session', () => {
  it('loads the first address and counts every fallback', () => {
    const { contents, session } = setup();
    expect(contents.loaded).toEqual([entries[0]]);
    expect(session.view()).toMatchObject({ entryIndex: 0, entryCount: 3, problem: null, loading: true });
  });

  it('marks a main-frame load failure and lets the person try the next address', () => {
    const { contents, session } = setup();
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', entries[0], true);
    expect(session.view().problem).toBeNull();
    contents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', 'https://x', false);
    expect(session.view().problem).toBeNull();
    contents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', entries[0], true);
    expect(session.view().problem).toBe('load-error');
    session.goToEntry(1);
    expect(contents.loaded.at(-1)).toBe(entries[1]);
    expect(session.view()).toMatchObject({ entryIndex: 1, problem: null });
  });

  it('says all addresses failed after the last one, then offers the entry for the own browser', () => {
    const { contents, session } = setup();
    session.goToEntry(2);
    contents.emit('did-navigate', {}, entries[2], 404, 'Not Found');
    expect(session.view().problem).toBe('all-entries-failed');
    expect(session.currentEntry()).toBe(entries[2]);
  });

  it('calls an address that says "content isn’t available" changed, and moves on to the next one', async () => {
    const { contents, session } = setup();
    await showPage(contents, entries[0] ?? '', 'Sorry, this content isn’t available right now');
    expect(session.view()).toMatchObject({ entryIndex: 1, problem: null, drift: { reason: 'unavailable', entryIndex: 0 } });
    expect(contents.loaded.at(-1)).toBe(entries[1]);
  });

  it('after the address looked right, a page the person reaches that says "content isn’t available" is only a problem', async () => {
    const { contents, session } = setup();
    contents.url = entries[0] ?? '';
    contents.probeResult = { text: 'Object to your information being used for AI at Meta. Email address. Send', lang: 'en' };
    contents.emit('did-navigate', {}, entries[0], 200, 'OK');
    contents.emit('did-finish-load');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(session.view().drift).toBeNull();
    await showPage(contents, 'https://www.facebook.com/help/contact/99', 'Sorry, this content isn’t available right now');
    expect(session.view()).toMatchObject({ problem: 'unavailable', drift: null, entryIndex: 0 });
  });

  it('proposes a confirmation found on the page, and never again for a URL the person answered', async () => {
    const { contents, session } = setup();
    await showPage(contents, entries[0] ?? '', 'Object to Your Information Being Used for AI at Meta. Email address. Send');
    expect(session.view().detection).toBeNull();
    const done = 'https://www.facebook.com/help/contact/1?done';
    await showPage(contents, done, 'Thank you. We will honour your objection. This means your request will be applied going forward.');
    expect(session.view().detection).toMatchObject({ url: done, locale: 'en' });
    expect(session.view().detection?.excerpt).toMatch(/honour your objection/i);
    expect(session.answerDetection(false)).toBeNull();
    expect(session.view().detection).toBeNull();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(session.view().detection).toBeNull();
  });

  it('returns the URL when the person accepts', async () => {
    const { contents, session } = setup();
    const done = 'https://www.facebook.com/help/contact/1?done';
    await showPage(contents, done, 'We will honour your objection.');
    expect(session.answerDetection(true)).toBe(done);
    expect(session.answerDetection(true)).toBeNull();
  });
});
