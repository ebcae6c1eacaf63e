/**
 * The Node check of `npm start` (scripts/node-version.mjs) as a table, and the range it implements
 * is the one package.json (and its lockfile) give npm.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSupportedNode, NODE_ENGINES, nodeVersionProblem } from '../../../scripts/node-version.mjs';

const root = resolve(import.meta.dirname, '../../..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(resolve(root, file), 'utf8'));

const VERSIONS: readonly (readonly [version: string, supported: boolean])[] = [
  ['16.20.2', false],
  ['18.20.8', false],
  ['20.20.2', false],
  ['22.12.0', false], // type stripping still behind a flag
  ['22.17.1', false],
  ['22.18.0', true], // type stripping on by default
  ['22.23.5', true],
  ['23.6.0', false], // vitest 5 does not declare the odd lines
  ['24.0.0', true],
  ['24.11.1', true],
  ['25.2.1', false],
  ['26.0.0', true],
  ['27.1.0', true],
  ['v22.18.0', true],
  ['not a version', false],
];

describe('the Node version check', () => {
  it.each(VERSIONS)('%s is supported: %s', (version, supported) => {
    expect(isSupportedNode(version)).toBe(supported);
    expect(nodeVersionProblem(version) === null).toBe(supported);
  });

  it('says in one sentence what is needed, what is running and where to get it', () => {
    const problem = nodeVersionProblem('20.20.2');
    expect(problem).toBe(
      'Objector needs Node.js 22.18 or newer (but not 23 or 25), and this is Node.js 20.20.2: ' +
        'install the LTS version from https://nodejs.org/ and run the command again.',
    );
    expect(problem).not.toContain('\n');
  });

  it('implements the range package.json and its lockfile declare', () => {
    const pkg = readJson('package.json') as { engines: { node: string } };
    const lock = readJson('package-lock.json') as { packages: Record<string, { engines?: { node?: string } }> };
    expect(pkg.engines.node).toBe(NODE_ENGINES);
    expect(lock.packages['']?.engines?.node).toBe(NODE_ENGINES);
  });

  it('is enforced by npm: engine-strict is on', () => {
    expect(readFileSync(resolve(root, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
  });
});
