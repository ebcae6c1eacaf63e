// `node scripts/make-icons.mjs [--sheet <file.png>]`: renders every icon the app and its installers need
// from the SVG sources in assets/, and writes the generated files next to them (they are committed).
//
//   assets/icon.svg        -> assets/icons/<n>x<n>.png (16 ... 1024) and assets/icons/icon.ico (16 ... 256).
//                             electron-builder turns 1024x1024.png into the macOS .icns and uses the
//                             folder as the Linux icon set (file names carry the size).
//   assets/tray/tray.svg   -> for each tray state: <state>.png (32 px) and <state>@2x.png (64 px) for Linux,
//                             <state>Template.png (16 px) and <state>Template@2x.png (32 px) for macOS
//                             (black and alpha only), <state>.ico (16, 24, 32) for Windows.
//
// With --sheet, also writes a contact sheet of every icon on light and dark backgrounds, to look at.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

const root = resolve(import.meta.dirname, '..');
const assets = join(root, 'assets');

/** App icon sizes (PNG), and the ones packed into the Windows .ico. */
const APP_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const APP_ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** Tray states, in the order the contact sheet shows them. */
const TRAY_STATES = ['idle', 'todo', 'due-soon', 'passed-todo', 'done'];
const TRAY_ICO_SIZES = [16, 24, 32];

/** Renders an SVG document to a square PNG of `size` pixels. */
function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Up to this size, the app icon drops its outer margin: at 16-32 px every pixel counts. */
const SMALL_APP_ICON = 32;

/** The app icon source framed on its rounded square (the margin is macOS's, for large sizes). */
function cropMargin(source) {
  const viewBox = 'viewBox="0 0 1024 1024"';
  if (!source.includes(viewBox)) throw new Error(`assets/icon.svg: expected ${viewBox} on the root element`);
  return source.replace(viewBox, 'viewBox="92 92 840 840"');
}

/** The tray source with its root class set to one state and variant ('color' or 'template'). */
function traySvg(source, state, variant) {
  const marker = /class="state-[a-z-]+ variant-[a-z]+"/;
  if (!marker.test(source)) throw new Error('assets/tray/tray.svg: the root element lost its class="state-... variant-..." marker');
  return source.replace(marker, `class="state-${state} variant-${variant}"`);
}

function write(file, bytes) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return file;
}

/** Renders every icon; returns the written files with their PNG bytes (for the contact sheet). */
async function makeIcons() {
  const made = { app: new Map(), tray: new Map() };
  const appSource = readFileSync(join(assets, 'icon.svg'), 'utf8');
  for (const size of APP_SIZES) {
    const png = render(size <= SMALL_APP_ICON ? cropMargin(appSource) : appSource, size);
    write(join(assets, 'icons', `${size}x${size}.png`), png);
    made.app.set(size, png);
  }
  write(join(assets, 'icons', 'icon.ico'), await pngToIco(APP_ICO_SIZES.map((size) => made.app.get(size))));

  const traySource = readFileSync(join(assets, 'tray', 'tray.svg'), 'utf8');
  for (const state of TRAY_STATES) {
    const color = traySvg(traySource, state, 'color');
    const template = traySvg(traySource, state, 'template');
    const files = {
      [`${state}.png`]: render(color, 32),
      [`${state}@2x.png`]: render(color, 64),
      [`${state}Template.png`]: render(template, 16),
      [`${state}Template@2x.png`]: render(template, 32),
    };
    for (const [name, png] of Object.entries(files)) write(join(assets, 'tray', name), png);
    const icoImages = TRAY_ICO_SIZES.map((size) => render(color, size));
    write(join(assets, 'tray', `${state}.ico`), await pngToIco(icoImages));
    made.tray.set(state, { ...files, ico: icoImages });
  }
  return made;
}

const dataUri = (png) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;

/** An <image> at (x, y), `shown` px wide; `zoom` > 1 magnifies with hard pixel edges. */
function image(png, x, y, shown, { zoom = false, white = false } = {}) {
  const rendering = zoom ? ' image-rendering="optimizeSpeed"' : '';
  const filter = white ? ' filter="url(#white)"' : '';
  return `<image x="${x}" y="${y}" width="${shown}" height="${shown}"${rendering}${filter} href="${dataUri(png)}"/>`;
}

/**
 * The contact sheet: one light and one dark panel; per tray state the Linux icons at 1x and 2x,
 * the Windows .ico sizes, the macOS template images (white on dark, as macOS shows them), and
 * each one magnified; below, the app icon at every size.
 */
function contactSheet(made) {
  const panel = 720;
  const rowHeight = 96;
  const height = 60 + TRAY_STATES.length * rowHeight + 300;
  const parts = [];
  for (const [index, background] of ['#f1f3f5', '#1f2226'].entries()) {
    const dark = index === 1;
    const x0 = index * panel;
    parts.push(`<rect x="${x0}" y="0" width="${panel}" height="${height}" fill="${background}"/>`);
    TRAY_STATES.forEach((state, row) => {
      const icons = made.tray.get(state);
      const y = 40 + row * rowHeight;
      let x = x0 + 20;
      const place = (png, shown, options) => {
        parts.push(image(png, x, y + (80 - shown) / 2, shown, options));
        x += shown + 14;
      };
      place(icons[`${state}.png`], 32);
      place(icons[`${state}@2x.png`], 32);
      for (const png of icons.ico) place(png, png === icons.ico[0] ? 16 : png === icons.ico[1] ? 24 : 32);
      place(icons[`${state}Template.png`], 16, { white: dark });
      place(icons[`${state}Template@2x.png`], 16, { white: dark });
      x += 10;
      place(icons.ico[0], 80, { zoom: true });
      place(icons[`${state}Template.png`], 80, { zoom: true, white: dark });
      place(icons[`${state}.png`], 80, { zoom: true });
    });
    let x = x0 + 20;
    const y = 60 + TRAY_STATES.length * rowHeight;
    for (const size of [16, 24, 32, 48, 64, 128, 256]) {
      parts.push(image(made.app.get(size), x, y + 256 - size, size));
      x += size + 12;
    }
  }
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${panel * 2}" height="${height}">`,
    '<defs><filter id="white"><feColorMatrix type="matrix" values="0 0 0 0 1  0 0 0 0 1  0 0 0 0 1  0 0 0 1 0"/></filter></defs>',
    ...parts,
    '</svg>',
  ].join('\n');
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

const made = await makeIcons();
const sheetFlag = process.argv.indexOf('--sheet');
if (sheetFlag !== -1) {
  const file = resolve(process.argv[sheetFlag + 1] ?? join(root, '.cache', 'icons', 'contact-sheet.png'));
  write(file, contactSheet(made));
  console.log(`make-icons: contact sheet at ${file}`);
}
console.log(`make-icons: ${APP_SIZES.length} app PNGs + icon.ico, ${TRAY_STATES.length} tray states x 5 files`);
