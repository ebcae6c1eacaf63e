/**
 * electron-builder.yml, checked without building an installer (that needs internet): against the JSON
 * schema electron-builder ships (node_modules/app-builder-lib/scheme.json) with the ajv it uses, and
 * through electron-builder's own validateConfiguration; then the settings the app depends on.
 *
 * js-yaml and ajv are electron-builder's own dependencies (hoisted to the top of node_modules), not
 * ours: js-yaml ships no types, so it is loaded with require and given the one signature used here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { APP_USER_MODEL_ID } from '../../../src/main/notifications/electron-notifier';

const root = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const builderConfig = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: { readonly isEnabled: boolean }): Promise<void>;
};

type Json = Record<string, unknown>;

function loadConfig(): Json {
  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new Error('electron-builder.yml is not a mapping');
  return config as Json;
}

/** The value at a dotted path, or undefined. */
function at(config: Json, path: string): unknown {
  let value: unknown = config;
  for (const key of path.split('.')) value = typeof value === 'object' && value !== null ? (value as Json)[key] : undefined;
  return value;
}

/** A deep copy of `config` with the key at `path` renamed (the last segment) or its value replaced. */
function mutate(config: Json, path: string, change: { rename: string } | { value: unknown }): Json {
  const copy = structuredClone(config);
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  const parent = keys.reduce<Json>((node, key) => node[key] as Json, copy);
  if (!(last in parent)) throw new Error(`test setup: ${path} is not in electron-builder.yml`);
  if ('rename' in change) {
    parent[change.rename] = parent[last];
    Reflect.deleteProperty(parent, last);
  } else parent[last] = change.value;
  return copy;
}

// The same ajv options electron-builder validates with (app-builder-lib/out/util/config/schemaValidator.js).
const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as Json;
const validate = new Ajv({ allErrors: true, verbose: true, coerceTypes: true, strict: false }).compile(schema);

function schemaErrors(config: Json): string[] {
  return validate(structuredClone(config)) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

const config = loadConfig();

describe('electron-builder.yml', () => {
  it("matches electron-builder's JSON schema", () => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it("passes electron-builder's own configuration check", async () => {
    await expect(builderConfig.validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined();
  });

  it.each([
    ['productName', { rename: 'productname' }],
    ['nsis.oneClick', { rename: 'oneclick' }],
    ['mac.hardenedRuntime', { rename: 'hardenRuntime' }],
    ['electronFuses.runAsNode', { rename: 'runAsnode' }],
    ['linux.category', { rename: 'categories' }],
    ['nsis.perMachine', { value: 'no' }],
    ['electronFuses', { value: 'on' }],
    ['mac.target', { value: 'dmgg' }],
  ] as const)('fails the schema when %s is broken (%j)', async (path, change) => {
    const broken = mutate(config, path, change);
    expect(schemaErrors(broken)).not.toEqual([]);
    await expect(builderConfig.validateConfiguration(broken, { isEnabled: false })).rejects.toThrow(/Invalid configuration object/);
  });

  it('identifies the app, with the appId as the Windows AppUserModelID', () => {
    expect(config.appId).toBe('org.objector.app');
    expect(config.productName).toBe('Objector');
    // NSIS writes the appId into the shortcuts as their AppUserModelID: no platform may override it,
    // and the app must claim the same id, or Windows does not route notification clicks back to it.
    expect(at(config, 'win.appId')).toBeUndefined();
    expect(APP_USER_MODEL_ID).toBe(config.appId);
    expect(at(config, 'nsis.perMachine')).toBe(false);
    expect(at(config, 'nsis.createStartMenuShortcut')).toBe(true);
  });

  it('flips the security fuses of design.md §5', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).not.toBe(false);
  });

  it('makes the macOS app a menu-bar app, hardened, with signing and notarisation left to the environment', () => {
    expect(at(config, 'mac.extendInfo.LSUIElement')).toBe(true);
    expect(at(config, 'mac.hardenedRuntime')).toBe(true);
    expect(at(config, 'mac')).not.toHaveProperty('identity');
    expect(at(config, 'mac.notarize')).not.toBe(false);
    for (const key of ['mac.entitlements', 'mac.entitlementsInherit']) {
      const file = at(config, key);
      expect(typeof file).toBe('string');
      expect(readFileSync(join(root, String(file)), 'utf8')).toContain('com.apple.security.cs.allow-jit');
    }
  });

  it('packs only the built app, and the icons where src/main/paths.ts looks for them', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json', '!**/*.map']));
    for (const pattern of config.files as string[]) expect(pattern).not.toMatch(/^(src|tests|scripts)\b/);
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ from: 'assets/tray', to: 'assets/tray' }),
        expect.objectContaining({ from: 'assets/icons', to: 'assets/icons' }),
      ]),
    );
    expect(config.asarUnpack).toContain('node_modules/node-notifier/vendor/**');
    expect(existsSync(join(root, 'node_modules/node-notifier/vendor'))).toBe(true);
  });

  it('names every installer with its version and architecture', () => {
    expect(config.artifactName).toMatch(/\$\{version\}/);
    expect(config.artifactName).toMatch(/\$\{arch\}/);
  });

  it('points every target at icons that exist', () => {
    for (const key of ['linux.icon', 'win.icon', 'mac.icon']) {
      const file = at(config, key);
      expect(typeof file, key).toBe('string');
      expect(existsSync(join(root, String(file))), `${key}: ${String(file)}`).toBe(true);
    }
  });

  it('builds an AppImage and a deb with a desktop entry in the Utility category', () => {
    const targets = (at(config, 'linux.target') as { target: string }[]).map((entry) => entry.target);
    expect(targets).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(at(config, 'linux.category')).toBe('Utility');
    expect(at(config, 'linux.maintainer')).toMatch(/<[^@\s]+@[^>\s]+>/);
    expect(at(config, 'linux.desktop.entry')).toBeTypeOf('object');
  });
});
