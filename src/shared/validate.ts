/**
 * A small run-time schema checker for everything that crosses a trust boundary: IPC payloads, the
 * campaign catalog, the store file and import files.
 *
 * Why not a library: the renderer bundle has a 60 KB budget, and we want problems a person can
 * read, every one listed, not the first: each has a readable path ("accounts[2].email"), a code and
 * its values (./problems.ts), which the import screen translates; `errors` is their English for logs.
 * A schema returns a fresh value built from declared keys only, so prototype-polluting keys never
 * reach our objects; unknown keys are refused.
 */
import { describeValue, refused, type Problem, type ProblemDetail, type TextForm } from './problems';

import { isExists } from 'date-fns';

export { refused, refusedEnglish } from './problems';

/** The outcome of a check: the cleaned value, or every problem found (and its English). */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly string[]; readonly problems: readonly Problem[] };

/** Where a check collects its problems. */
export interface Context {
  readonly problems: Problem[];
  readonly depth: number;
}

/** A checker for values of type T. */
export interface Schema<T> {
  /** Used in messages: "must be {expected}". */
  readonly expected: string;
  /** Returns the cleaned value, or `INVALID` after pushing at least one error. */
  readonly run: (input: unknown, path: string, ctx: Context) => T | typeof INVALID;
}

/** The type a schema checks. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

const INVALID: unique symbol = Symbol('invalid');
const MAX_DEPTH = 32;
const MAX_ERRORS = 100;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Records a problem at `path` (at most 100, then one "…and more problems"); returns `INVALID`. */
export function fail(ctx: Context, path: string, problem: ProblemDetail): typeof INVALID {
  if (ctx.problems.length < MAX_ERRORS) ctx.problems.push({ path, ...problem });
  else if (ctx.problems.length === MAX_ERRORS) ctx.problems.push({ path: '', code: 'more-problems' });
  return INVALID;
}

/** Checks `input` against `schema`, never throws. */
export function check<T>(schema: Schema<T>, input: unknown, path = ''): Checked<T> {
  const ctx: Context = { problems: [], depth: 0 };
  const value = schema.run(input, path, ctx);
  if (value === INVALID || ctx.problems.length > 0) {
    return refused(ctx.problems.length > 0 ? ctx.problems : [{ path, code: 'not-valid' }]);
  }
  return { ok: true, value };
}

interface StringRules {
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
  /** The pattern in English words, e.g. "must be a campaign id". */
  readonly patternMessage?: string;
  /** The pattern as a form a translated message can name (else 'other'). */
  readonly form?: TextForm;
}

/** A string, by default non-empty and at most 10,000 characters. */
export function string(rules: StringRules = {}): Schema<string> {
  const min = rules.min ?? 1;
  const max = rules.max ?? 10_000;
  return {
    expected: 'a text',
    run: (input, path, ctx) => {
      if (typeof input !== 'string') return fail(ctx, path, { code: 'not-text', ...describeValue(input) });
      if (input.length < min) return fail(ctx, path, min === 1 ? { code: 'text-empty' } : { code: 'text-short', min });
      if (input.length > max) return fail(ctx, path, { code: 'text-long', max });
      if (rules.pattern && !rules.pattern.test(input))
        return fail(ctx, path, {
          code: 'text-form',
          form: rules.form ?? 'other',
          english: rules.patternMessage ?? 'has an unexpected form',
        });
      return input;
    },
  };
}

interface NumberRules {
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/** A finite number. */
export function number(rules: NumberRules = {}): Schema<number> {
  return {
    expected: 'a number',
    run: (input, path, ctx) => {
      if (typeof input !== 'number' || !Number.isFinite(input)) return fail(ctx, path, { code: 'not-number', ...describeValue(input) });
      if (rules.integer === true && !Number.isInteger(input)) return fail(ctx, path, { code: 'not-whole' });
      if (rules.min !== undefined && input < rules.min) return fail(ctx, path, { code: 'number-min', min: rules.min });
      if (rules.max !== undefined && input > rules.max) return fail(ctx, path, { code: 'number-max', max: rules.max });
      return input;
    },
  };
}

/** true or false. */
export function boolean(): Schema<boolean> {
  return {
    expected: 'true or false',
    run: (input, path, ctx) => (typeof input === 'boolean' ? input : fail(ctx, path, { code: 'not-boolean', ...describeValue(input) })),
  };
}

/** One of the given literal values. */
export function oneOf<const T extends readonly (string | number | boolean)[]>(values: T): Schema<T[number]> {
  const list = values.map((v) => JSON.stringify(v)).join(', ');
  return {
    expected: `one of ${list}`,
    run: (input, path, ctx) =>
      values.includes(input as T[number]) ? (input as T[number]) : fail(ctx, path, { code: 'not-one-of', values, ...describeValue(input) }),
  };
}

/** The value, or null. */
export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return {
    expected: `${schema.expected} or nothing`,
    run: (input, path, ctx) => (input === null ? null : schema.run(input, path, ctx)),
  };
}

/** A list of values, at most `max` long (default 100,000). */
export function array<T>(item: Schema<T>, rules: { readonly max?: number; readonly min?: number } = {}): Schema<readonly T[]> {
  const max = rules.max ?? 100_000;
  const min = rules.min ?? 0;
  return {
    expected: `a list of ${item.expected}`,
    run: (input, path, ctx) => {
      if (!Array.isArray(input)) return fail(ctx, path, { code: 'not-list', ...describeValue(input) });
      if (input.length > max) return fail(ctx, path, { code: 'list-long', max });
      if (input.length < min) return fail(ctx, path, { code: 'list-short', min });
      if (ctx.depth >= MAX_DEPTH) return fail(ctx, path, { code: 'too-deep' });
      const inner: Context = { problems: ctx.problems, depth: ctx.depth + 1 };
      const out: T[] = [];
      let bad = false;
      for (const [index, element] of input.entries()) {
        const value = item.run(element, `${path}[${index}]`, inner);
        if (value === INVALID) bad = true;
        else out.push(value);
      }
      return bad ? INVALID : out;
    },
  };
}

/** Marks an object field as optional (absent or undefined). */
export interface Optional<T> {
  readonly optional: Schema<T>;
}

/** An optional field of an object schema. */
export function optional<T>(schema: Schema<T>): Optional<T> {
  return { optional: schema };
}

type Shape = Readonly<Record<string, Schema<unknown> | Optional<unknown>>>;
type RequiredKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? never : K }[keyof S];
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
type ShapeValue<S extends Shape> = {
  readonly [K in RequiredKeys<S>]: S[K] extends Schema<infer T> ? T : never;
} & {
  readonly [K in OptionalKeys<S>]?: S[K] extends Optional<infer T> ? T : never;
};
type Flatten<T> = { [K in keyof T]: T[K] } & {};

function isPlainObject(input: unknown): input is Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const proto: unknown = Object.getPrototypeOf(input);
  return proto === Object.prototype || proto === null;
}

/** An object with exactly these keys (unknown keys are refused). */
export function object<S extends Shape>(shape: S): Schema<Flatten<ShapeValue<S>>> {
  // Computed once per schema, not per value: objects are checked by the ten thousand at start-up.
  const fields = Object.entries(shape).map(([key, field]) =>
    'optional' in field ? { key, schema: field.optional, optional: true } : { key, schema: field, optional: false },
  );
  return {
    expected: 'an object',
    run: (input, path, ctx) => {
      if (!isPlainObject(input)) return fail(ctx, path, { code: 'not-object', ...describeValue(input) });
      if (ctx.depth >= MAX_DEPTH) return fail(ctx, path, { code: 'too-deep' });
      const inner: Context = { problems: ctx.problems, depth: ctx.depth + 1 };
      let bad = false;
      for (const key of Object.keys(input)) {
        if (FORBIDDEN_KEYS.has(key)) {
          bad = true;
          fail(ctx, path, { code: 'forbidden-key', key });
        } else if (!Object.hasOwn(shape, key)) {
          bad = true;
          fail(ctx, path ? `${path}.${key}` : key, { code: 'unexpected-key' });
        }
      }
      // Only declared keys are assigned, and none of them is forbidden, so plain assignment is safe.
      const out: Record<string, unknown> = {};
      for (const { key, schema, optional: isOptional } of fields) {
        const present = Object.hasOwn(input, key) && input[key] !== undefined;
        const fieldPath = path ? `${path}.${key}` : key;
        if (!present) {
          if (isOptional) continue;
          bad = true;
          fail(ctx, fieldPath, { code: 'missing', expected: schema.expected });
          continue;
        }
        const value = schema.run(input[key], fieldPath, inner);
        if (value === INVALID) bad = true;
        else out[key] = value;
      }
      return bad ? INVALID : (out as Flatten<ShapeValue<S>>);
    },
  };
}

/** Bytes (a Uint8Array, or a Node Buffer, which is one) of at most `max` bytes; the value is a copy. */
export function bytes(rules: { readonly max: number }): Schema<Uint8Array> {
  return {
    expected: 'bytes',
    run: (input, path, ctx) => {
      if (!(input instanceof Uint8Array))
        return fail(ctx, path, { code: 'rule', english: `must be bytes, not ${describeValue(input).got}` });
      if (input.byteLength > rules.max) return fail(ctx, path, { code: 'rule', english: `must be at most ${rules.max} bytes` });
      return new Uint8Array(input);
    },
  };
}

/** A map from checked keys to checked values (at most `max` entries). */
export function record<V>(
  key: Schema<string>,
  value: Schema<V>,
  rules: { readonly max?: number } = {},
): Schema<Readonly<Record<string, V>>> {
  const max = rules.max ?? 10_000;
  return {
    expected: `a map of ${value.expected}`,
    run: (input, path, ctx) => {
      if (!isPlainObject(input)) return fail(ctx, path, { code: 'not-object', ...describeValue(input) });
      if (ctx.depth >= MAX_DEPTH) return fail(ctx, path, { code: 'too-deep' });
      const names = Object.keys(input);
      if (names.length > max) return fail(ctx, path, { code: 'map-large', max });
      const inner: Context = { problems: ctx.problems, depth: ctx.depth + 1 };
      const entries: [string, V][] = [];
      let bad = false;
      for (const name of names) {
        const itemPath = path ? `${path}.${name}` : name;
        if (FORBIDDEN_KEYS.has(name)) {
          bad = true;
          fail(ctx, path, { code: 'forbidden-key', key: name });
          continue;
        }
        const k = key.run(name, `${itemPath} (key)`, inner);
        const v = value.run(input[name], itemPath, inner);
        if (k === INVALID || v === INVALID) bad = true;
        else entries.push([k, v]);
      }
      return bad ? INVALID : Object.fromEntries(entries);
    },
  };
}

/** A union tagged by the `kind` field: picks the member schema by tag. */
export function tagged<M extends Readonly<Record<string, Schema<{ readonly kind: string }>>>>(members: M): Schema<Infer<M[keyof M]>> {
  const tags = Object.keys(members);
  return {
    expected: `one of the kinds ${tags.join(', ')}`,
    run: (input, path, ctx) => {
      if (!isPlainObject(input)) return fail(ctx, path, { code: 'not-object', ...describeValue(input) });
      const tag = input.kind;
      const member = typeof tag === 'string' && Object.hasOwn(members, tag) ? members[tag] : undefined;
      if (member === undefined)
        return fail(ctx, path ? `${path}.kind` : 'kind', { code: 'unknown-kind', values: tags, ...describeValue(tag) });
      return member.run(input, path, ctx) as Infer<M[keyof M]> | typeof INVALID;
    },
  };
}

/**
 * Adds a rule to a schema: `test` returns the problem (a code, or English words for a rule only
 * developers meet, such as the catalog's), or null when the value is fine.
 */
export function refine<T>(schema: Schema<T>, test: (value: T) => ProblemDetail | string | null): Schema<T> {
  return {
    expected: schema.expected,
    run: (input, path, ctx) => {
      const value = schema.run(input, path, ctx);
      if (value === INVALID) return INVALID;
      const problem = test(value);
      if (problem === null) return value;
      return fail(ctx, path, typeof problem === 'string' ? { code: 'rule', english: problem } : problem);
    },
  };
}

/** Accepts anything and returns it unchanged: only for values checked elsewhere. */
export function unknownValue(): Schema<unknown> {
  return { expected: 'any value', run: (input) => input };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** A lower-case RFC 4122 UUID. */
export const uuid = (): Schema<string> => string({ max: 36, pattern: UUID, patternMessage: 'must be an id like 3f2c…-…', form: 'id' });

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** The form `Date#toISOString` writes (UTC, milliseconds): every instant the app stores itself. */
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The number written by the two digits at `at` (a text that matched CANONICAL_INSTANT). */
function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);
}

/**
 * The fast check for the canonical form (the store's 20,000 events take it): the text is a real
 * instant when `Date.parse` reads it to an instant whose month, day, hour, minute and second are
 * the ones written. A day past the month's end (2025-02-30) or an hour 24 rolls over to another
 * day, which changes the day; a minute or second of 60 changes the minute or the hour; a month 13
 * changes the month; and V8 refuses most of these outright (NaN).
 */
function readsBackAsWritten(value: string): boolean {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return false;
  const read = new Date(ms);
  return (
    read.getUTCMonth() + 1 === twoDigits(value, 5) &&
    read.getUTCDate() === twoDigits(value, 8) &&
    read.getUTCHours() === twoDigits(value, 11) &&
    read.getUTCMinutes() === twoDigits(value, 14) &&
    read.getUTCSeconds() === twoDigits(value, 17)
  );
}

/**
 * True when an ISO 8601 date-time names a real calendar instant: a day that exists in its month
 * (date-fns `isExists` knows month lengths and leap years), hours 00–23 (no 24:00), minutes and
 * seconds 00–59, a zone offset of at most 23:59. `Date.parse` alone rolls 2025-02-30 over to
 * 2 March and T24:00 over to the next day.
 */
export function isRealInstant(value: string): boolean {
  if (CANONICAL_INSTANT.test(value)) return readsBackAsWritten(value);
  const match = ISO_INSTANT.exec(value);
  if (match === null) return false;
  const [, year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  if (!isExists(year, month - 1, day)) return false;
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (match[6] !== undefined && (second ?? 0) > 59)) return false;
  if (match[7] !== undefined && ((offsetHours ?? 0) > 23 || (offsetMinutes ?? 0) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

/** An ISO 8601 date-time with a zone (Z or ±hh:mm) that is a real calendar instant. */
export const isoInstant = (): Schema<string> =>
  refine(
    string({ max: 40, pattern: ISO_INSTANT, patternMessage: 'must be a date and time like 2025-05-26T22:00:00Z', form: 'instant' }),
    (value) => (isRealInstant(value) ? null : { code: 'not-instant' }),
  );

/** An e-mail address: deliberately loose (one @, a dot in the domain, no spaces). */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** An e-mail address as a person types it. */
export const email = (): Schema<string> =>
  string({ max: 254, pattern: EMAIL_PATTERN, patternMessage: 'must be an e-mail address like name@example.com', form: 'email' });
