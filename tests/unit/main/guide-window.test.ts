import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appMock, FakeBaseWindow, type FakeWebContentsView, resetElectronMock } from '../../support/electron-mock';
import { builtInCatalog, targetFor } from '@shared/catalog/index';
import { configureGuide, currentGuideView, guideLayout, openGuide, PANEL_WIDTH } from '../../../src/main/guide/guide-window';
import { CAMPAIGN, FB1, FB2, guideDeps, IG } from './guide-support';

function theWindow(): FakeBaseWindow {
  const window = FakeBaseWindow.all[0];
  if (window === undefined) throw new Error('no window');
  return window;
}
const views = (): FakeWebContentsView[] => theWindow().contentView.children as FakeWebContentsView[];

beforeEach(() => {
  resetElectronMock();
  delete process.env.OBJECTOR_E2E_ENTRY_URL;
});
afterEach(() => {
  for (const window of FakeBaseWindow.getAllWindows()) window.destroy();
  delete process.env.OBJECTOR_E2E_ENTRY_URL;
});

describe('guideLayout', () => {
  it('keeps the panel at a fixed width on the left and gives the page the rest', () => {
    expect(guideLayout(1200, 800)).toEqual({
      panel: { x: 0, y: 0, width: PANEL_WIDTH, height: 800 },
      page: { x: PANEL_WIDTH, y: 0, width: 1200 - PANEL_WIDTH, height: 800 },
    });
    expect(guideLayout(200, 100).page.width).toBe(0);
  });
});

describe('openGuide', () => {
  it('opens one window: our panel and the account page in its own partition', () => {
    const deps = guideDeps();
    configureGuide(deps);
    openGuide(FB1, CAMPAIGN);
    expect(FakeBaseWindow.all).toHaveLength(1);
    const [panel, page] = views();
    expect(panel?.webContents.loaded[0]).toMatch(/index\.html\?view=guide$/);
    expect(page?.webContents.session.partition).toBe(`persist:account-${FB1}`);
    expect(page?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(page?.options.webPreferences).not.toHaveProperty('preload');
    const target = targetFor(builtInCatalog(), CAMPAIGN, 'facebook');
    expect(page?.webContents.loaded).toEqual([target?.entryUrls[0]]);
    expect(page?.webContents.userAgent).not.toMatch(/Electron|Objector/);
    expect(currentGuideView()).toMatchObject({ accountId: FB1, platform: 'facebook', mechanism: 'form', entryIndex: 0 });
    expect(theWindow().title).toContain('Marie');
  });

  it('records that the form was opened, once', () => {
    const deps = guideDeps();
    configureGuide(deps);
    openGuide(FB1, CAMPAIGN);
    openGuide(FB1, CAMPAIGN);
    expect(deps.state.get().events.filter((event) => event.kind === 'form-opened')).toHaveLength(1);
  });

  it('lays the views out and follows resizes', () => {
    configureGuide(guideDeps());
    openGuide(FB1, CAMPAIGN);
    const [panel, page] = views();
    expect(panel?.bounds).toEqual({ x: 0, y: 0, width: PANEL_WIDTH, height: 800 });
    expect(page?.bounds).toEqual({ x: PANEL_WIDTH, y: 0, width: 1200 - PANEL_WIDTH, height: 800 });
    theWindow().bounds = { x: 0, y: 0, width: 1500, height: 900 };
    theWindow().emit('resize');
    expect(page?.bounds).toEqual({ x: PANEL_WIDTH, y: 0, width: 1500 - PANEL_WIDTH, height: 900 });
  });

  it('swaps the page when another account opens, closing the old one', () => {
    configureGuide(guideDeps());
    openGuide(FB1, CAMPAIGN);
    const first = views()[1];
    openGuide(FB2, CAMPAIGN);
    expect(FakeBaseWindow.all).toHaveLength(1);
    expect(first?.webContents.destroyed).toBe(true);
    expect(views()).toHaveLength(2);
    expect(views()[1]?.webContents.session.partition).toBe(`persist:account-${FB2}`);
    openGuide(IG, CAMPAIGN);
    expect(views()[1]?.webContents.session.partition).toBe(`persist:account-${IG}`);
    expect(currentGuideView()?.platform).toBe('instagram');
  });

  it('closes every view with the window', () => {
    configureGuide(guideDeps());
    openGuide(FB1, CAMPAIGN);
    const [panel, page] = views();
    theWindow().destroy();
    expect(panel?.webContents.destroyed).toBe(true);
    expect(page?.webContents.destroyed).toBe(true);
    expect(currentGuideView()).toBeNull();
  });

  it('uses the e2e fixture address only when set and not packaged', () => {
    configureGuide(guideDeps());
    process.env.OBJECTOR_E2E_ENTRY_URL = 'http://127.0.0.1:4567/form.html';
    openGuide(FB1, CAMPAIGN);
    expect(views()[1]?.webContents.loaded).toEqual(['http://127.0.0.1:4567/form.html']);
    appMock.isPackaged = true;
    openGuide(FB2, CAMPAIGN);
    expect(views()[1]?.webContents.loaded[0]).toMatch(/^https:\/\/www\.facebook\.com\//);
  });

  it('refuses an unknown account', () => {
    configureGuide(guideDeps());
    expect(() => openGuide('0b7c6f2e-1111-4222-8333-000000000000', CAMPAIGN)).toThrow(/Unknown account/);
  });
});
