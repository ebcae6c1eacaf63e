/** Where the daily check goes: the project's published bundle; a local server only for tests of unpackaged builds. */
import { beforeEach, describe, expect, it } from 'vitest';
import { appMock, resetElectronMock } from '../../support/electron-mock';
import { CATALOG_UPDATE_URL, PROJECT_URL } from '../../../src/shared/project';
import { catalogUpdateUrl } from '../../../src/main/catalog/update-url';

beforeEach(() => resetElectronMock());

describe('catalogUpdateUrl', () => {
  it('is the latest release’s signed bundle on the project’s repository', () => {
    expect(catalogUpdateUrl({})).toBe(CATALOG_UPDATE_URL);
    expect(CATALOG_UPDATE_URL).toBe(`${PROJECT_URL}/releases/latest/download/objector-catalog.json`);
  });

  it.each([
    ['http://127.0.0.1:4000/objector-catalog.json', 'http://127.0.0.1:4000/objector-catalog.json'],
    ['https://127.0.0.1:4000/x', 'https://127.0.0.1:4000/x'],
    ['https://evil.example/objector-catalog.json', CATALOG_UPDATE_URL],
    ['http://localhost:4000/x', CATALOG_UPDATE_URL],
    ['not a url', CATALOG_UPDATE_URL],
  ])('unpackaged, OBJECTOR_CATALOG_UPDATE_URL=%s → %s', (value, expected) => {
    expect(catalogUpdateUrl({ OBJECTOR_CATALOG_UPDATE_URL: value })).toBe(expected);
  });

  it('ignores the override in a packaged app', () => {
    appMock.isPackaged = true;
    expect(catalogUpdateUrl({ OBJECTOR_CATALOG_UPDATE_URL: 'http://127.0.0.1:4000/x' })).toBe(CATALOG_UPDATE_URL);
  });
});
