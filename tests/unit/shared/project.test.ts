/** The project's repository is named once: the app (issue tracker, published catalog), package.json and the update channel agree. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_UPDATE_URL, PROJECT_NEW_ISSUE_URL, PROJECT_REPOSITORY, PROJECT_URL } from '../../../src/shared/project';

const root = resolve(import.meta.dirname, '../../..');
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

describe('the project’s repository', () => {
  it('is the one package.json names, and the GitHub release channel electron-builder publishes app updates to', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { repository: { url: string } };
    expect(pkg.repository.url).toBe(`${PROJECT_URL}.git`);
    const builder = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
      publish: { provider: string; owner: string; repo: string }[];
    };
    expect(builder.publish).toEqual([expect.objectContaining({ provider: 'github' })]);
    expect(`${builder.publish[0]?.owner ?? ''}/${builder.publish[0]?.repo ?? ''}`).toBe(PROJECT_REPOSITORY);
  });

  it('gives the issue tracker and the published catalog their addresses', () => {
    expect(PROJECT_NEW_ISSUE_URL).toBe(`https://github.com/${PROJECT_REPOSITORY}/issues/new`);
    expect(CATALOG_UPDATE_URL).toBe(`https://github.com/${PROJECT_REPOSITORY}/releases/latest/download/objector-catalog.json`);
  });
});
