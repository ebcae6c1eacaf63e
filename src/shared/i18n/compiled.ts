/**
 * Turns a compiled message file into the `Messages` object the code reads: `t.area.key` is a
 * string for a message without parameters and a function of one named-parameters object for a
 * message with some. Formatting is intl-messageformat's (CLDR plural categories through
 * Intl.PluralRules, numbers through Intl.NumberFormat); the messages arrive already parsed (the
 * `icuMessages` Vite plugin compiles them at build time), so no ICU parser ships.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Messages } from './messages.generated';

/** One compiled message file: key → plain text (a message without arguments) or its parsed form. */
export type CompiledCatalog = Readonly<Record<string, string | readonly MessageFormatElement[]>>;

/** The values a message with parameters takes. */
type Params = Readonly<Record<string, string | number | Date>>;

/** Key segments that would reach an object's prototype: never part of a message key. */
const UNSAFE_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

interface Tree {
  [name: string]: Tree | string | ((params: Params) => string);
}

function formatter(intlTag: string, key: string, ast: readonly MessageFormatElement[]): (params: Params) => string {
  let format: IntlMessageFormat | undefined;
  return (params) => {
    format ??= new IntlMessageFormat(ast as MessageFormatElement[], intlTag);
    const text = format.format(params);
    if (typeof text !== 'string') throw new Error(`Message ${key} did not format to a text`);
    return text;
  };
}

/**
 * The `Messages` of one language. `intlTag` is the BCP 47 tag its plurals and numbers follow
 * (e.g. "pt-PT"). Keys are dotted paths ("checklist.progress" → `t.checklist.progress`).
 */
export function buildMessages(intlTag: string, catalog: CompiledCatalog): Messages {
  const root: Tree = {};
  for (const [key, value] of Object.entries(catalog)) {
    const segments = key.split('.');
    if (segments.some((segment) => UNSAFE_SEGMENTS.has(segment))) continue;
    const name = segments.pop();
    if (name === undefined) continue;
    let node = root;
    for (const segment of segments) {
      const next = node[segment];
      if (typeof next === 'object') node = next;
      else node = node[segment] = {};
    }
    node[name] = typeof value === 'string' ? value : formatter(intlTag, key, value);
  }
  // The shape matches `Messages` because every message file has exactly English's keys with the
  // same parameters (checked by tests/unit/shared/i18n-catalogs.test.ts).
  return root as unknown as Messages;
}
