#!/usr/bin/env node
/**
 * The catalog's texts for one language, out of and back into `src/shared/catalog/campaigns.json`,
 * so a translator works on one flat file instead of the whole catalog.
 *
 *   node scripts/catalog-texts.mjs export <code> [file]   every text of the catalog: where it is, the English, and <code>'s (or null)
 *   node scripts/catalog-texts.mjs import <code> <file>   writes the <code> texts of <file> into campaigns.json
 *
 * A text is any object of the catalog with an `en` member (the `Localized` type): a string, or a
 * list of strings for page patterns. Its place is a JSON Pointer (RFC 6901), e.g.
 * `/campaigns/0/targets/1/manualPath`. Import checks every entry before writing anything: the
 * place must hold a text, a text must stay a text and a list a list of texts (a language may have
 * more or fewer patterns than English), and the file is written whole, formatted as the
 * repository formats it.
 */
import { readFile, writeFile, rename } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const CATALOG = fileURLToPath(new URL('../src/shared/catalog/campaigns.json', import.meta.url));

/** Every Localized object under `node`, with its JSON Pointer. */
function* texts(node, pointer = '') {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) yield* texts(item, `${pointer}/${index}`);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (isLocalized(node)) {
    yield [pointer, node];
    return;
  }
  for (const [key, value] of Object.entries(node)) yield* texts(value, `${pointer}/${escape(key)}`);
}

function isLocalized(node) {
  return 'en' in node && (typeof node.en === 'string' || (Array.isArray(node.en) && node.en.every((item) => typeof item === 'string')));
}

function escape(key) {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function usage(message) {
  process.stderr.write(`${message}\nUsage: node scripts/catalog-texts.mjs export <code> [file] | import <code> <file>\n`);
  process.exit(2);
}

function isStringList(value) {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '');
}

async function main() {
  const [command, code, file] = process.argv.slice(2);
  if (!/^[a-z]{2}$/u.test(code ?? '')) usage('Give a two-letter language code, e.g. "sv".');
  if (code === 'en') usage('English is the reference: edit campaigns.json itself.');
  const catalog = JSON.parse(await readFile(CATALOG, 'utf8'));

  if (command === 'export') {
    const out = {};
    for (const [pointer, text] of texts(catalog)) out[pointer] = { en: text.en, [code]: text[code] ?? null };
    const json = `${JSON.stringify(out, null, 2)}\n`;
    if (file === undefined) process.stdout.write(json);
    else await writeFile(file, json);
    return;
  }
  if (command !== 'import' || file === undefined) usage('Unknown command.');

  const entries = JSON.parse(await readFile(file, 'utf8'));
  const byPointer = new Map(texts(catalog));
  const problems = [];
  let changed = 0;
  for (const [pointer, entry] of Object.entries(entries)) {
    const target = byPointer.get(pointer);
    const value = entry?.[code];
    if (target === undefined) problems.push(`${pointer}: no text of the catalog is there (was the catalog changed since the export?)`);
    else if (value === null || value === undefined) continue;
    else if (typeof target.en === 'string' && (typeof value !== 'string' || value.trim() === ''))
      problems.push(`${pointer}: must be a non-empty text, as the English is`);
    else if (Array.isArray(target.en) && !isStringList(value))
      problems.push(`${pointer}: must be a list of non-empty texts, as the English is`);
    else if (JSON.stringify(target[code]) !== JSON.stringify(value)) {
      target[code] = value;
      changed += 1;
    }
  }
  if (problems.length > 0) {
    process.stderr.write(`Nothing was written. ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  const options = { ...(await prettier.resolveConfig(CATALOG)), filepath: CATALOG };
  const formatted = await prettier.format(JSON.stringify(catalog), options);
  const temporary = `${CATALOG}.${process.pid}.tmp`;
  await writeFile(temporary, formatted);
  await rename(temporary, CATALOG);
  process.stdout.write(`${changed} text(s) of "${code}" written into src/shared/catalog/campaigns.json.\n`);
}

await main();
