import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { resolveAppUrl } from '../../../src/main/app-protocol';

const root = '/opt/objector/out/renderer';

describe('resolveAppUrl', () => {
  it.each([
    ['app://objector/index.html?view=guide', join(root, 'index.html')],
    ['app://objector/', join(root, 'index.html')],
    ['app://objector/assets/index-abc.js', join(root, 'assets/index-abc.js')],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveAppUrl(url, root)).toBe(file);
  });

  it.each([
    'app://objector/../../etc/passwd',
    'app://objector/%2e%2e/%2e%2e/etc/passwd',
    'app://objector/assets/..%2F..%2F..%2Fetc%2Fpasswd',
  ])('never resolves %s outside the renderer folder', (url) => {
    const file = resolveAppUrl(url, root);
    expect(file === null || file.startsWith(`${root}/`)).toBe(true);
  });

  it.each(['app://other/index.html', 'file:///etc/passwd', 'https://objector/index.html', 'not a url'])('refuses %s', (url) => {
    expect(resolveAppUrl(url, root)).toBeNull();
  });
});
