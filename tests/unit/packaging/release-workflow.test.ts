/**
 * The release workflow (.github/workflows/release.yml) runs the checks and builds the installers on
 * all three systems. It cannot run here; this keeps its shape from drifting.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface Step {
  readonly name?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly if?: string;
}
interface Job {
  readonly strategy: { readonly matrix: { readonly include: readonly { os: string }[] } };
  readonly env?: Record<string, string>;
  readonly steps: readonly Step[];
  readonly if?: string;
  readonly needs?: string;
  readonly permissions?: Record<string, string>;
}
interface Workflow {
  readonly jobs: Record<string, Job>;
}

const workflow = yaml.load(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8')) as Workflow;
const job = Object.values(workflow.jobs)[0];
const runs = (job?.steps ?? []).map((step) => step.run ?? '');
const indexOf = (command: string): number => runs.findIndex((run) => run.includes(command));

describe('release workflow', () => {
  it('builds on Linux, Windows and macOS', () => {
    const systems = (job?.strategy.matrix.include ?? []).map((entry) => entry.os.split('-')[0]);
    expect(systems.sort()).toEqual(['macos', 'ubuntu', 'windows']);
  });

  it('installs, checks, tests, then packages, in that order', () => {
    const order = ['npm ci', 'npm run typecheck', 'npm run lint', 'npm test', 'npm run package'].map(indexOf);
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('runs the Electron e2e suite under Xvfb on Linux', () => {
    expect(runs.some((run) => run.includes('xvfb-run') && run.includes('npm test'))).toBe(true);
  });

  it('uses Node 22 and uploads the installers', () => {
    const steps = job?.steps ?? [];
    expect(steps.some((step) => step.uses?.startsWith('actions/setup-node@') === true)).toBe(true);
    expect(readFileSync(join(root, '.github/workflows/release.yml'), 'utf8')).toMatch(/node-version: 22/);
    expect(steps.some((step) => step.uses?.startsWith('actions/upload-artifact@') === true && step.name === 'Upload installers')).toBe(
      true,
    );
  });

  it('attaches the installers to a draft release for version tags only, after every system built them', () => {
    const publish = workflow.jobs.publish;
    expect(publish?.if).toContain("startsWith(github.ref, 'refs/tags/v')");
    expect(publish?.needs).toBe('build');
    expect(publish?.permissions).toEqual({ contents: 'write' });
    expect(publish?.steps.some((step) => step.run?.includes('gh release create') === true && step.run.includes('--draft'))).toBe(true);
  });

  it('attaches electron-updater’s metadata and the mac zip with the installers', () => {
    const steps: readonly (Step & { with?: { path?: string } })[] = job?.steps ?? [];
    const upload = steps.find((step) => step.name === 'Upload installers');
    for (const pattern of ['dist/latest*.yml', 'dist/*.blockmap', 'dist/*.zip']) expect(upload?.with?.path).toContain(pattern);
  });

  it('signs the catalog with the repository secret, verifies it with the app’s keys, and attaches it to the release', () => {
    const text = readFileSync(join(root, '.github/workflows/release.yml'), 'utf8');
    expect(text).toContain('${{ secrets.OBJECTOR_CATALOG_SIGNING_KEY }}');
    const steps = workflow.jobs.publish?.steps ?? [];
    const sign = steps.findIndex((step) => step.run?.includes('sign-catalog.mjs sign src/shared/catalog/campaigns.json') === true);
    const verify = steps.findIndex((step) => step.run?.includes('sign-catalog.mjs verify catalog-release/objector-catalog.json') === true);
    const attach = steps.findIndex((step) => step.run?.includes('gh release create') === true && step.run.includes('catalog-release/*'));
    expect(sign).toBeGreaterThanOrEqual(0);
    expect(verify).toBeGreaterThanOrEqual(0);
    expect(attach).toBeGreaterThan(verify);
  });

  it('can put a newly signed catalog on the latest release without building the app', () => {
    const catalog = workflow.jobs.catalog;
    expect(catalog?.if).toContain('inputs.catalog_only');
    expect(Object.values(workflow.jobs)[0]?.if).toContain('!inputs.catalog_only');
    expect(catalog?.steps.some((step) => step.run?.includes('gh release upload') === true && step.run.includes('--clobber'))).toBe(true);
  });
});
