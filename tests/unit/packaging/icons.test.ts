/**
 * The icons every target needs exist, with the right pixel sizes (scripts/make-icons.mjs writes them
 * from the SVG sources in assets/; the files are committed, so a missing run shows up here).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRAY_ICON_STATES } from '@shared/tray/tray-state';
import { decodeRgba, readIcoEntries, readPngHeader } from './image-files';

const root = resolve(import.meta.dirname, '../../..');
const assets = join(root, 'assets');
const read = (relative: string): Buffer => readFileSync(join(assets, relative));

/** The tray states the tray code loads icons for: a new state fails here until its icons exist. */
const TRAY_STATES = TRAY_ICON_STATES;

/** Every PNG each target loads, with its size: the file name is the contract with src/main/tray. */
const PNGS: readonly (readonly [file: string, size: number])[] = [
  // Linux and Windows window icons, the Linux icon set (file names carry the size), and the macOS
  // source that electron-builder converts to .icns (it needs 1024 px for the Retina 512pt slot).
  ...[16, 24, 32, 48, 64, 128, 256, 512, 1024].map((size) => [`icons/${size}x${size}.png`, size] as const),
  ...TRAY_STATES.flatMap((state) => [
    [`tray/${state}.png`, 32] as const,
    [`tray/${state}@2x.png`, 64] as const,
    [`tray/${state}Template.png`, 16] as const,
    [`tray/${state}Template@2x.png`, 32] as const,
  ]),
];

/** Every ICO with the sizes it must contain. */
const ICOS: readonly (readonly [file: string, sizes: readonly number[]])[] = [
  ['icons/icon.ico', [16, 24, 32, 48, 64, 128, 256]],
  ...TRAY_STATES.map((state) => [`tray/${state}.ico`, [16, 24, 32]] as const),
];

describe('generated icons', () => {
  it('has the SVG sources the icon script renders', () => {
    expect(existsSync(join(assets, 'icon.svg'))).toBe(true);
    expect(existsSync(join(assets, 'tray', 'tray.svg'))).toBe(true);
  });

  it.each(PNGS)('%s is a %i px square RGBA PNG', (file, size) => {
    const header = readPngHeader(read(file));
    expect({ width: header.width, height: header.height, colorType: header.colorType }).toEqual({
      width: size,
      height: size,
      colorType: 6,
    });
  });

  it.each(ICOS)('%s holds the sizes %j', (file, sizes) => {
    const entries = readIcoEntries(read(file));
    expect(entries.map((entry) => entry.width).sort((a, b) => a - b)).toEqual(sizes);
    for (const entry of entries) {
      expect(entry.height).toBe(entry.width);
      expect(entry.bitsPerPixel).toBe(32);
    }
  });

  it.each(TRAY_STATES.flatMap((state) => [`tray/${state}Template.png`, `tray/${state}Template@2x.png`]))(
    '%s is a macOS template image: black and alpha only, not empty',
    (file) => {
      const pixels = decodeRgba(read(file));
      let opaque = 0;
      for (let at = 0; at < pixels.length; at += 4) {
        const alpha = pixels[at + 3] ?? 0;
        if (alpha === 0) continue;
        expect([pixels[at], pixels[at + 1], pixels[at + 2]]).toEqual([0, 0, 0]);
        if (alpha > 200) opaque += 1;
      }
      expect(opaque).toBeGreaterThan(pixels.length / 4 / 5);
    },
  );

  it('draws every tray state differently, at every size the tray shows', () => {
    for (const suffix of ['.png', '@2x.png', 'Template.png', 'Template@2x.png']) {
      const images = TRAY_STATES.map((state) => read(`tray/${state}${suffix}`).toString('base64'));
      expect(new Set(images).size, suffix).toBe(TRAY_STATES.length);
    }
  });

  it('colors the Linux tray icons (they have no template mechanism)', () => {
    const pixels = decodeRgba(read('tray/todo.png'));
    let colored = 0;
    for (let at = 0; at < pixels.length; at += 4) {
      const [red = 0, green = 0, blue = 0, alpha = 0] = pixels.subarray(at, at + 4);
      if (alpha > 200 && Math.max(red, green, blue) - Math.min(red, green, blue) > 60) colored += 1;
    }
    expect(colored).toBeGreaterThan(pixels.length / 4 / 5);
  });
});
