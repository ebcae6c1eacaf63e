/**
 * A moved form noticed in the guided window (issue 11), with the account view's WebContents
 * emitting what Chromium emits: the guide says "This link seems to have changed", moves on to the
 * next address, then the Privacy Center pages, then the manual path; after a sign-in that lands on
 * the home page it loads the form once more before calling the link changed. Also: targets that
 * open in the person's own browser, and extra targets.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import type { GuideView } from '@shared/ipc/contract';
import { builtInCatalog, targetFor } from '@shared/catalog/index';
import { entryUrlsOf } from '@shared/guide/entries';
import { asReal, FakeBrowserWindow, FakeWebContents, resetElectronMock, shellMock } from '../../support/electron-mock';
import { createGuideSession } from '../../../src/main/guide/guide-session';
import { configureGuide, currentGuideView, openGuide } from '../../../src/main/guide/guide-window';
import { createStateService } from '../../../src/main/state/state-service';
import { memoryStorage } from '../../support/memory-storage';
import { CAMPAIGN, FB1, guideDeps, stateWithAccounts } from './guide-support';

const catalog = builtInCatalog();
const found = targetFor(catalog, CAMPAIGN, 'facebook');
if (found === undefined) throw new Error('no facebook target');
const facebook = found;
const entries = entryUrlsOf(facebook);
const FORM_TEXT = 'Object to Your Information Being Used for AI at Meta. Email address. Send';
const DELAYS = [0, 1_000];

beforeEach(() => {
  resetElectronMock();
  vi.useFakeTimers();
});
afterEach(() => {
  for (const window of FakeBrowserWindow.getAllWindows()) window.destroy();
  vi.useRealTimers();
});

function setup() {
  const contents = new FakeWebContents();
  const views: GuideView[] = [];
  const session = createGuideSession({
    accountId: FB1,
    campaignId: CAMPAIGN,
    target: facebook,
    catalog,
    entries,
    contents: asReal<WebContents>(contents),
    onChange: (view) => views.push(view),
    probeDelays: DELAYS,
  });
  session.goToEntry(0);
  return { contents, session, views };
}

/** The view lands on `url` (after redirects) and shows `text` in `lang`, then settles. */
async function lands(contents: FakeWebContents, url: string, text: string, lang = 'en', status = 200): Promise<void> {
  contents.url = url;
  contents.probeResult = { text, lang };
  contents.emit('did-navigate', {}, url, status, 'OK');
  contents.emit('did-finish-load');
  await vi.advanceTimersByTimeAsync(1_000);
}

describe('a changed link in the guided window', () => {
  it('moves through every address, saying why, then shows the manual path', async () => {
    const { contents, session } = setup();
    await lands(contents, entries[0] ?? '', 'Sorry, this content isn’t available right now');
    expect(session.view()).toMatchObject({ entryIndex: 1, drift: { reason: 'unavailable', entryIndex: 0, addressTried: entries[0] } });
    await lands(contents, entries[1] ?? '', 'Help Center. Popular topics.');
    expect(session.view()).toMatchObject({ entryIndex: 2, drift: { reason: 'markers-missing', entryIndex: 1 } });
    await lands(contents, 'https://www.facebook.com/?sk=welcome', 'Welcome to Facebook');
    expect(session.view()).toMatchObject({
      entryIndex: 3,
      drift: { reason: 'outside-paths', entryIndex: 2, urlSeen: 'https://www.facebook.com/' },
    });
    await lands(contents, entries[3] ?? '', 'Not found', 'en', 404);
    expect(session.view()).toMatchObject({ entryIndex: 4, drift: { reason: 'gone', entryIndex: 3 } });
    await lands(contents, 'https://www.facebook.com/marie.dupont', 'Marie Dupont');
    expect(session.view()).toMatchObject({
      entryIndex: 4,
      problem: 'all-entries-failed',
      drift: { reason: 'outside-paths', entryIndex: 4, urlSeen: 'https://www.facebook.com/…' },
    });
    expect(contents.loaded).toEqual(entries);
  });

  it('leaves a good form alone, and stops judging once it looked right', async () => {
    const { contents, session } = setup();
    await lands(contents, entries[0] ?? '', FORM_TEXT);
    expect(session.view()).toMatchObject({ entryIndex: 0, drift: null, problem: null });
    await lands(contents, 'https://www.facebook.com/', 'News feed');
    expect(session.view()).toMatchObject({ entryIndex: 0, drift: null });
    expect(contents.loaded).toEqual([entries[0]]);
  });

  it('judges a French form by its French markers, and never a language it has none for', async () => {
    const { contents, session } = setup();
    await lands(contents, entries[0] ?? '', 'Adresse e-mail. Envoyer', 'fr-FR');
    expect(session.view().drift).toBeNull();
    const other = setup();
    await lands(other.contents, entries[0] ?? '', 'Hjälpcenter', 'sv');
    expect(other.session.view().drift).toBeNull();
  });

  it('never judges a sign-in page, and after a sign-in that lands on the home page loads the form once more', async () => {
    const { contents, session } = setup();
    await lands(contents, 'https://www.facebook.com/login/?next=x', 'Log in to Facebook');
    expect(session.view().drift).toBeNull();
    await lands(contents, 'https://www.facebook.com/', 'News feed');
    expect(session.view()).toMatchObject({ entryIndex: 0, drift: null });
    expect(contents.loaded).toEqual([entries[0], entries[0]]);
    await lands(contents, 'https://www.facebook.com/', 'News feed');
    expect(session.view()).toMatchObject({ entryIndex: 1, drift: { reason: 'outside-paths', entryIndex: 0 } });
  });

  it('calls a confirmation after Send fine, though it lacks the form’s markers', async () => {
    const { contents, session } = setup();
    await lands(contents, `${entries[0] ?? ''}?done`, 'Thank you. We will honour your objection going forward.');
    expect(session.view()).toMatchObject({ drift: null, entryIndex: 0 });
    expect(session.view().detection).not.toBeNull();
  });
});

describe('opening targets', () => {
  it('opens a target the catalog sends to the own browser (Google Gemini) there, without a window, and records it', () => {
    const GEMINI = '0b7c6f2e-1111-4222-8333-444455556699';
    const deps = guideDeps();
    const state = createStateService(
      memoryStorage({
        ...stateWithAccounts(),
        accounts: [
          ...stateWithAccounts().accounts,
          {
            id: GEMINI,
            platform: 'google-gemini',
            label: 'Marie',
            email: null,
            groupId: null,
            campaignIds: ['google-gemini-activity'],
            createdAt: '2026-11-01T10:00:00.000Z',
          },
        ],
      }),
      catalog,
      deps.clock,
    );
    configureGuide({ ...deps, state });
    openGuide(GEMINI, 'google-gemini-activity');
    expect(shellMock.opened).toEqual(['https://gemini.google.com/']);
    expect(FakeBrowserWindow.all).toHaveLength(0);
    expect(currentGuideView()).toBeNull();
    expect(
      state
        .get()
        .events.filter((event) => event.accountId === GEMINI)
        .map((event) => event.kind),
    ).toEqual(['form-opened']);
  });

  it('opens an extra target in the guided window and records its steps as that target’s', () => {
    const deps = guideDeps();
    configureGuide(deps);
    openGuide(FB1, CAMPAIGN, 'facebook-third-party-data');
    expect(currentGuideView()).toMatchObject({
      targetId: 'facebook-third-party-data',
      platform: 'facebook',
      url: 'https://www.facebook.com/help/contact/510058597920541',
    });
    expect(deps.state.get().events.filter((event) => event.accountId === FB1)).toMatchObject([
      { kind: 'form-opened', targetId: 'facebook-third-party-data' },
    ]);
    openGuide(FB1, CAMPAIGN);
    expect(currentGuideView()).toMatchObject({ targetId: 'facebook', url: entries[0] });
  });

  it('refuses a target the campaign does not have', () => {
    configureGuide(guideDeps());
    expect(() => openGuide(FB1, CAMPAIGN, 'linkedin-objection-form')).toThrow(/No facebook target/);
  });
});
