// `npm run i18n:types`: writes src/shared/i18n/messages.generated.ts and message-loaders.generated.ts
// from the message files.
//   node scripts/i18n-types.mjs           writes the file
//   node scripts/i18n-types.mjs --check   exits 1 (and says why) when the committed file is out of date
// The types file holds `Messages` (taken from English: a string for a message without parameters,
// a function of one named-parameters object for a message with some) and the list of languages
// that have a message file; the loaders file one dynamic import per file. The unit suite fails
// when a committed file differs from what this script writes (tests/unit/shared/i18n-types.test.ts).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { format, resolveConfig } from 'prettier';

const root = resolve(import.meta.dirname, '..');
/** Where the message files live, one `<locale>.json` per language. */
export const MESSAGES_DIR = join(root, 'src', 'shared', 'i18n', 'messages');
/** The types this script writes. */
export const GENERATED_FILE = join(root, 'src', 'shared', 'i18n', 'messages.generated.ts');
/** The loaders this script writes. */
export const LOADERS_FILE = join(root, 'src', 'shared', 'i18n', 'message-loaders.generated.ts');
/** The options every reader of our messages parses them with (the build plugin, the tests, this script). */
export const PARSE_OPTIONS = Object.freeze({ ignoreTag: true, requiresOtherClause: true });

const KEY_SEGMENT = /^[A-Za-z][A-Za-z0-9-]*$/;

/** Parses one message; the error names the file and key. */
export function parseMessage(message, where) {
  try {
    return parse(message, PARSE_OPTIONS);
  } catch (error) {
    throw new Error(`${where}: not a valid ICU message (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}

/**
 * The arguments of a parsed message: name → the set of kinds it is used with
 * ('argument', 'number', 'plural', 'selectordinal', 'select', 'date', 'time', 'tag'), and for
 * select arguments the option names.
 */
export function argumentKinds(ast) {
  const kinds = new Map();
  const selectOptions = new Map();
  const add = (name, kind) => {
    const set = kinds.get(name) ?? new Set();
    set.add(kind);
    kinds.set(name, set);
  };
  const walk = (elements) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          add(element.value, 'argument');
          break;
        case TYPE.number:
          add(element.value, 'number');
          break;
        case TYPE.date:
          add(element.value, 'date');
          break;
        case TYPE.time:
          add(element.value, 'time');
          break;
        case TYPE.select:
          add(element.value, 'select');
          selectOptions.set(element.value, [...(selectOptions.get(element.value) ?? []), ...Object.keys(element.options)]);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.plural:
          add(element.value, element.pluralType === 'ordinal' ? 'selectordinal' : 'plural');
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.tag:
          add(element.value, 'tag');
          walk(element.children);
          break;
        default:
          break; // literal text and '#'
      }
    }
  };
  walk(ast);
  return { kinds, selectOptions };
}

const NUMERIC = new Set(['number', 'plural', 'selectordinal']);

/** The TypeScript type of one argument, from the kinds it is used with. */
function argumentType(name, kinds, options, where) {
  if (kinds.has('tag')) throw new Error(`${where}: <${name}> tags are not supported in our messages`);
  const numeric = [...kinds].some((kind) => NUMERIC.has(kind));
  const text = kinds.has('argument') || kinds.has('select');
  const date = kinds.has('date') || kinds.has('time');
  if ([numeric, text, date].filter(Boolean).length > 1) throw new Error(`${where}: {${name}} is used both as ${[...kinds].join(' and ')}`);
  if (numeric) return 'number';
  if (date) return 'Date | number';
  if (kinds.has('select') && !kinds.has('argument')) {
    const named = [...new Set(options ?? [])].filter((option) => option !== 'other');
    if (named.length > 0) return named.map((option) => JSON.stringify(option)).join(' | ');
  }
  return 'string';
}

/** Reads every message file: locale → (key → message). */
export function readMessageFiles(dir = MESSAGES_DIR) {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const catalogs = new Map();
  for (const name of files) {
    const locale = name.slice(0, -'.json'.length);
    if (!/^[a-z]{2,3}$/.test(locale)) throw new Error(`${name}: message files are named by language code, like fr.json`);
    const value = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${name}: must hold one JSON object`);
    for (const [key, message] of Object.entries(value)) {
      if (typeof message !== 'string') throw new Error(`${name}: "${key}" must be a text`);
    }
    catalogs.set(locale, value);
  }
  return catalogs;
}

/** The message tree of English: nested objects whose leaves are `{ key, message }`. */
function keyTree(english) {
  const tree = {};
  for (const [key, message] of Object.entries(english)) {
    const segments = key.split('.');
    if (segments.length < 2 || !segments.every((segment) => KEY_SEGMENT.test(segment)))
      throw new Error(`en.json: "${key}" is not a key like area.name (letters, digits, '-', dots between)`);
    let node = tree;
    for (const segment of segments.slice(0, -1)) {
      if (Object.hasOwn(node, segment) && 'message' in node[segment]) throw new Error(`en.json: "${key}" extends a message key`);
      node[segment] ??= {};
      node = node[segment];
    }
    const last = segments.at(-1);
    if (Object.hasOwn(node, last)) throw new Error(`en.json: "${key}" is also the start of other keys`);
    node[last] = { key, message };
  }
  return tree;
}

const property = (name) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name));
const docText = (message) => message.replaceAll('*/', '*\\/').replaceAll('\n', ' ');

function messageType({ key, message }) {
  const where = `en.json: "${key}"`;
  const { kinds, selectOptions } = argumentKinds(parseMessage(message, where));
  if (kinds.size === 0) return 'string';
  const params = [...kinds.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, used]) => `readonly ${property(name)}: ${argumentType(name, used, selectOptions.get(name), where)}`);
  return `(params: { ${params.join('; ')} }) => string`;
}

function renderTree(node) {
  const lines = [];
  for (const [name, child] of Object.entries(node)) {
    if ('message' in child && typeof child.message === 'string') {
      lines.push(`/** ${docText(child.message)} */`, `readonly ${property(name)}: ${messageType(child)};`);
    } else {
      lines.push(`readonly ${property(name)}: {`, ...renderTree(child), '};');
    }
  }
  return lines;
}

/** Formats generated TypeScript as Prettier would for `file`. */
async function formatted(lines, file) {
  const config = (await resolveConfig(file)) ?? {};
  return format(lines.join('\n'), { ...config, filepath: file });
}

/** The generated types file's text: `Messages` and the languages that have a message file. */
export async function renderGenerated(catalogs = readMessageFiles()) {
  const english = catalogs.get('en');
  if (english === undefined) throw new Error('en.json is missing: English is the reference for every other language');
  const locales = [...catalogs.keys()];
  return formatted(
    [
      HEADER,
      '',
      '/** Every text a person reads, by area: the shape of messages/en.json (each doc comment is the English text). */',
      'export interface Messages {',
      ...renderTree(keyTree(english)),
      '}',
      '',
      '/** The languages that have a message file (a file in messages/ is a language). */',
      `export const MESSAGE_LOCALES = [${locales.map((locale) => `'${locale}'`).join(', ')}] as const;`,
      '',
      '/** A language that has a message file. */',
      'export type MessageLocale = (typeof MESSAGE_LOCALES)[number];',
      '',
    ],
    GENERATED_FILE,
  );
}

/**
 * The generated loaders file's text: one dynamic import per message file, compiled and as source.
 * Apart from the types so that code needing only the list of languages (the preload, through the
 * domain types) never reaches the message files.
 */
export async function renderLoaders(catalogs = readMessageFiles()) {
  const locales = [...catalogs.keys()];
  const loaders = (suffix) => locales.map((locale) => `${property(locale)}: () => import('./messages/${locale}.json${suffix}'),`);
  return formatted(
    [
      HEADER,
      "import type { CompiledCatalog } from './compiled';",
      "import type { MessageLocale } from './messages.generated';",
      '',
      "/** Each language's messages compiled at build time (the `icuMessages` Vite plugin): no ICU parser ships. */",
      'export const compiledLoaders: Readonly<Record<MessageLocale, () => Promise<{ readonly default: CompiledCatalog }>>> = {',
      ...loaders('?icu'),
      '};',
      '',
      "/** Each language's message file as its source text (key → ICU MessageFormat). */",
      'export const sourceLoaders: Readonly<Record<MessageLocale, () => Promise<{ readonly default: Readonly<Record<string, string>> }>>> = {',
      ...loaders(''),
      '};',
      '',
    ],
    LOADERS_FILE,
  );
}

const HEADER = [
  '// Generated by scripts/i18n-types.mjs from src/shared/i18n/messages/*.json: do not edit.',
  '// Run `npm run i18n:types` after changing an English message or adding a language file.',
].join('\n');

if (import.meta.url === `file://${process.argv[1]}`) {
  const catalogs = readMessageFiles();
  const outputs = [
    [GENERATED_FILE, await renderGenerated(catalogs)],
    [LOADERS_FILE, await renderLoaders(catalogs)],
  ];
  if (process.argv.includes('--check')) {
    const stale = outputs.filter(([file, text]) => readFileSync(file, 'utf8') !== text).map(([file]) => file);
    if (stale.length > 0) {
      console.error(`out of date: ${stale.join(', ')}; run \`npm run i18n:types\`.`);
      process.exit(1);
    }
  } else {
    for (const [file, text] of outputs) writeFileSync(file, text);
    console.log(`wrote ${outputs.map(([file]) => file).join(', ')}`);
  }
}
