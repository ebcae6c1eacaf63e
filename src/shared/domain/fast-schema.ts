/**
 * Fast paths for the store's big lists (20,000 events load in a few milliseconds), with exactly
 * the semantics of `object()` and `array()` from validate.ts: the fast path runs the same field
 * schemas on a scratch context without building error paths, and returns only when nothing at all
 * was wrong; anything else is handed to the ordinary schema, which produces the readable errors.
 * So a fast schema accepts exactly what its ordinary schema accepts, and returns an equal value.
 *
 * For speed (and less garbage) the fast path returns the input itself, not a copy, when it already
 * is exactly the clean value: a plain object with only declared keys, whose checked fields came
 * back unchanged. Use fast schemas only on data from `JSON.parse` (the store file, import files):
 * such data has no getters or hidden keys, so it cannot change after being checked.
 */
import { array, object, type Optional, type Schema } from '../validate';

type Context = Parameters<Schema<unknown>['run']>[2];
type Field = Schema<unknown> | Optional<unknown>;

/** Below validate.ts's depth limit (32): near it, the ordinary schema decides. */
const FAST_DEPTH = 28;

function isPlainObject(input: unknown): input is Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const proto: unknown = Object.getPrototypeOf(input);
  return proto === Object.prototype || proto === null;
}

/** A fresh object with the fields of `input` declared before `key`, in declaration order. */
function copyBefore(input: Record<string, unknown>, fields: readonly { readonly key: string }[], key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.key === key) break;
    if (Object.hasOwn(input, field.key) && input[field.key] !== undefined) out[field.key] = input[field.key];
  }
  return out;
}

/** `object(shape)` with a fast path; the type comes from the ordinary schema. */
export function fastObject<S extends Readonly<Record<string, Field>>>(shape: S): ReturnType<typeof object<S>> {
  const slow = object(shape);
  const fields = Object.entries(shape).map(([key, field]) =>
    'optional' in field ? { key, optional: true, schema: field.optional } : { key, optional: false, schema: field },
  );
  const known = new Set(Object.keys(shape));
  return {
    expected: slow.expected,
    run: (input, path, ctx) => {
      if (ctx.depth < FAST_DEPTH && isPlainObject(input) && Object.keys(input).every((key) => known.has(key))) {
        const scratch: Context = { problems: [], depth: ctx.depth + 1 };
        // Copied only when a field's clean value differs from the input (or the prototype is null).
        let out: Record<string, unknown> | null = Object.getPrototypeOf(input) === null ? {} : null;
        let ok = true;
        for (const { key, optional, schema } of fields) {
          const raw = input[key];
          if (raw === undefined || !Object.hasOwn(input, key)) {
            if (optional) continue;
            ok = false;
            break;
          }
          const value = schema.run(raw, path, scratch);
          if (scratch.problems.length > 0) {
            ok = false;
            break;
          }
          if (out === null && value !== raw) out = copyBefore(input, fields, key);
          if (out !== null) out[key] = value;
        }
        if (ok) return (out ?? input) as ReturnType<typeof slow.run>;
      }
      return slow.run(input, path, ctx);
    },
  };
}

/** `array(item, rules)` with a fast path. */
export function fastArray<T>(item: Schema<T>, rules: { readonly max?: number; readonly min?: number } = {}): Schema<readonly T[]> {
  const slow = array(item, rules);
  const max = rules.max ?? 100_000;
  const min = rules.min ?? 0;
  return {
    expected: slow.expected,
    run: (input, path, ctx) => {
      if (ctx.depth < FAST_DEPTH && Array.isArray(input) && input.length <= max && input.length >= min) {
        const scratch: Context = { problems: [], depth: ctx.depth + 1 };
        const list = input as readonly unknown[];
        let out: unknown[] | null = null;
        for (let index = 0; index < list.length; index++) {
          const element = list[index];
          const value = item.run(element, path, scratch);
          if (scratch.problems.length > 0) return slow.run(input, path, ctx);
          if (out === null && value !== element) out = list.slice(0, index);
          out?.push(value);
        }
        return (out ?? list) as readonly T[];
      }
      return slow.run(input, path, ctx);
    },
  };
}
