/**
 * The message files, checked as a translator's tool would and more: every language has exactly
 * English's keys, each with the same parameters used the same way; plural messages have every CLDR
 * category of their language and render for 0, 1, 2, 5 and 22; translations are translations.
 * Messages are read with formatjs's ICU parser, never with regular expressions.
 */
import { describe, expect, it } from 'vitest';
import { TYPE, type MessageFormatElement, type PluralElement } from '@formatjs/icu-messageformat-parser';
import { argumentKinds, parseMessage, readMessageFiles } from '../../../scripts/i18n-types.mjs';
import { EU_LOCALES, isEuLocale } from '@shared/i18n/eu-locales';
import { LOCALES, intlTag, type Locale } from '@shared/i18n/locale';
import { loadMessages } from '@shared/i18n/load';
import { translationEntries } from '@shared/i18n/entries';
import type { Messages } from '@shared/i18n/messages';
import campaigns from '@shared/catalog/campaigns.json';

const files = readMessageFiles();
const english = files.get('en') ?? {};
const others = LOCALES.filter((locale) => locale !== 'en');
const SAMPLE_COUNTS = [0, 1, 2, 5, 22] as const;

/** Brand names: the same in every language (docs/translating.md). */
const BRANDS = ['Objector', 'Facebook', 'Instagram', 'WhatsApp', 'LinkedIn', 'Meta', 'X'];
/** Messages that are rightly the same in many languages: an international word. */
const SAME_ALLOWED = new Set(['checklist.dismiss', 'settings.version']);
/** At most this many other messages of a language may read exactly as in English. */
const MAX_SAME_AS_ENGLISH = 3;

const parsed = (locale: string, key: string): MessageFormatElement[] =>
  parseMessage(files.get(locale)?.[key] ?? '', `${locale}.json: "${key}"`);

/**
 * What each argument is, as a comparable plain object: text, number, select (with its options),
 * date or time. A number may be shown plainly in one language and choose a plural form in another
 * (French agrees with the accounts done, English with the total), so number, plural and
 * selectordinal are one kind here; that a plural message stays plural is checked on its own.
 */
function signature(ast: readonly MessageFormatElement[]): Record<string, string[]> {
  const { kinds, selectOptions } = argumentKinds(ast);
  const kindOf = (kind: string): string => (kind === 'plural' || kind === 'selectordinal' ? 'number' : kind === 'argument' ? 'text' : kind);
  const entries: [string, string[]][] = [...kinds.entries()].map(([name, used]) => {
    const described = [...new Set([...used].map(kindOf))].sort();
    const options = selectOptions.get(name);
    return [name, options === undefined ? described : [...described, ...new Set(options)].sort()];
  });
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** Every cardinal plural element of a message, nested ones included. */
function plurals(ast: readonly MessageFormatElement[]): PluralElement[] {
  const found: PluralElement[] = [];
  const walk = (elements: readonly MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.plural) {
        if (element.pluralType !== 'ordinal') found.push(element);
        Object.values(element.options).forEach((option) => walk(option.value));
      } else if (element.type === TYPE.select) Object.values(element.options).forEach((option) => walk(option.value));
      else if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(ast);
  return found;
}

/** The literal text of a message, arguments left out. */
function literalText(ast: readonly MessageFormatElement[]): string {
  return ast
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.plural || element.type === TYPE.select)
        return Object.values(element.options)
          .map((option) => literalText(option.value))
          .join(' ');
      return ' ';
    })
    .join('');
}

/** The message at `key` of a Messages tree. */
function messageAt(messages: Messages, key: string): unknown {
  let node: unknown = messages;
  for (const segment of key.split('.')) node = (node as Record<string, unknown>)[segment];
  return node;
}

/** Sample values for a message's parameters: every number is `count`. */
function sampleParams(ast: readonly MessageFormatElement[], count: number): Record<string, string | number> {
  const { kinds, selectOptions } = argumentKinds(ast);
  const entries = [...kinds.entries()].map(([name, used]): [string, string | number] => {
    if (used.has('plural') || used.has('number') || used.has('selectordinal')) return [name, count];
    if (used.has('select')) return [name, selectOptions.get(name)?.find((option) => option !== 'other') ?? 'other'];
    return [name, `‹${name}›`];
  });
  return Object.fromEntries(entries);
}

describe('message files', () => {
  it('are one per language the app speaks, each an official EU language, English among them', () => {
    expect([...files.keys()].every(isEuLocale)).toBe(true);
    expect([...files.keys()].sort()).toEqual([...LOCALES].sort());
    expect(LOCALES).toContain('en');
  });

  it('English messages all parse, with keys like area.name', () => {
    expect(Object.keys(english).length).toBeGreaterThan(200);
    for (const key of Object.keys(english)) {
      expect(key).toMatch(/^[a-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9-]*)+$/);
      expect(() => parsed('en', key)).not.toThrow();
    }
  });
});

describe.each(others)('%s', (locale: Locale) => {
  const catalog = files.get(locale) ?? {};

  it('has every key of English and no other', () => {
    const keys = Object.keys(catalog);
    expect(Object.keys(english).filter((key) => !keys.includes(key))).toEqual([]);
    expect(keys.filter((key) => !Object.hasOwn(english, key))).toEqual([]);
  });

  it('uses the same parameters as English, each of the same kind (text, number, select with the same options, date)', () => {
    const mismatches = Object.keys(english)
      .filter((key) => Object.hasOwn(catalog, key))
      .filter((key) => JSON.stringify(signature(parsed(locale, key))) !== JSON.stringify(signature(parsed('en', key))))
      .map((key) => `${key}: ${JSON.stringify(signature(parsed(locale, key)))} vs English ${JSON.stringify(signature(parsed('en', key)))}`);
    expect(mismatches).toEqual([]);
  });

  it('gives each plural every CLDR category of the language', () => {
    const categories = new Intl.PluralRules(intlTag(locale)).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const key of Object.keys(english)) {
      if (plurals(parsed('en', key)).length === 0) continue;
      const forms = plurals(parsed(locale, key));
      if (forms.length === 0) missing.push(`${key}: plural in English, not here`);
      for (const form of forms) {
        const absent = categories.filter((category) => !Object.hasOwn(form.options, category));
        if (absent.length > 0) missing.push(`${key} {${form.value}}: ${absent.join(', ')}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('reads differently from English, but for brand names, placeholders and a few international words', () => {
    const same = Object.keys(english).filter((key) => {
      if (catalog[key] !== english[key] || SAME_ALLOWED.has(key)) return false;
      const words = BRANDS.reduce((text, brand) => text.replaceAll(brand, ' '), literalText(parsed('en', key)));
      return /\p{L}/u.test(words);
    });
    expect(same.length, `the same as English: ${same.join(', ')}`).toBeLessThanOrEqual(MAX_SAME_AS_ENGLISH);
  });
});

/** Every literal text of a message, plural and select branches included, in order. */
function literals(ast: readonly MessageFormatElement[]): string[] {
  return ast.flatMap((element) => {
    if (element.type === TYPE.literal) return [element.value];
    if (element.type === TYPE.plural || element.type === TYPE.select)
      return Object.values(element.options).flatMap((option) => literals(option.value));
    return [];
  });
}

const NARROW_NBSP = '\u202f';

/** The French typography problems of one text: what precedes ; : ! ? » and follows «. */
function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  Array.from(text).forEach((char, index, chars) => {
    const before = chars[index - 1];
    const after = chars[index + 1];
    const near = chars.slice(Math.max(0, index - 12), index + 12).join('');
    if (char === ':' && ((before !== undefined && /\d/.test(before)) || chars.slice(index + 1, index + 3).join('') === '//')) return;
    if (';:!?»'.includes(char) && before !== NARROW_NBSP) problems.push(`“${char}” without a narrow no-break space before it: …${near}…`);
    if (char === '«' && after !== NARROW_NBSP) problems.push(`“«” without a narrow no-break space after it: …${near}…`);
  });
  return problems;
}

describe('French typography', () => {
  it('puts a narrow no-break space (U+202F) before ; : ! ? and inside « », never a plain space or none', () => {
    const problems = Object.keys(english).flatMap((key) =>
      literals(parsed('fr', key)).flatMap((text) => frenchTypographyProblems(text).map((problem) => `${key}: ${problem}`)),
    );
    expect(problems).toEqual([]);
  });

  it('catches a plain space, a no-break space and no space', () => {
    expect(frenchTypographyProblems('Échéance : demain')).toHaveLength(1);
    expect(frenchTypographyProblems('Échéance\u00a0: demain')).toHaveLength(1);
    expect(frenchTypographyProblems('Vraiment?')).toHaveLength(1);
    expect(frenchTypographyProblems('« Envoyer »')).toHaveLength(2);
    expect(frenchTypographyProblems('«\u202fEnvoyer\u202f» à 14:03\u202f!')).toEqual([]);
  });

  it('also holds for the French texts of the catalog (titles, summaries, steps, objection texts)', () => {
    const problems: string[] = [];
    const walk = (node: unknown, key: string): void => {
      if (Array.isArray(node)) node.forEach((item) => walk(item, key));
      else if (typeof node === 'object' && node !== null)
        for (const [name, value] of Object.entries(node)) {
          if (name === 'fr' && typeof value === 'string')
            problems.push(...frenchTypographyProblems(value).map((problem) => `${key}: ${problem}`));
          else if (!name.endsWith('Patterns')) walk(value, name);
        }
    };
    walk(campaigns, 'campaigns');
    expect(problems).toEqual([]);
  });
});

describe.each(LOCALES)('%s at run time', (locale: Locale) => {
  it('renders every plural message for 0, 1, 2, 5 and 22, with the number written as the language writes it', async () => {
    const messages = await loadMessages(locale);
    const numbers = new Intl.NumberFormat(intlTag(locale));
    for (const key of Object.keys(english)) {
      const ast = parsed(locale, key);
      if (plurals(ast).length === 0) continue;
      const render = messageAt(messages, key);
      expect(typeof render, key).toBe('function');
      for (const count of SAMPLE_COUNTS) {
        const text = (render as (params: Record<string, string | number>) => string)(sampleParams(ast, count));
        expect(text, `${key} for ${count}`).not.toMatch(/[{}#]|undefined/);
        expect(text, `${key} for ${count}`).toContain(numbers.format(count));
      }
    }
  });

  it('gives a text for a message without parameters and a function for one with', async () => {
    const messages = await loadMessages(locale);
    for (const key of Object.keys(english)) {
      const withParams = argumentKinds(parsed('en', key)).kinds.size > 0;
      expect(typeof messageAt(messages, key), key).toBe(withParams ? 'function' : 'string');
    }
  });

  it('is every message of its file through translationEntries', async () => {
    const entries = await translationEntries(locale);
    expect(entries).toEqual(files.get(locale));
    expect(Object.isFrozen(entries)).toBe(true);
  });

  it('has its own name among the EU languages', () => {
    expect(EU_LOCALES[locale].name).not.toBe('');
  });
});

describe('translationEntries', () => {
  it('refuses a language the app has no messages for, naming those it has', async () => {
    await expect(translationEntries('xx')).rejects.toThrow(/No messages for the language "xx".*en/);
    await expect(translationEntries('__proto__')).rejects.toThrow(/No messages/);
  });
});
