/**
 * JSON parsing for files we did not write ourselves (or that may have been damaged): it never
 * throws, refuses huge texts before parsing them, and refuses deep nesting by scanning the text
 * first, so a file of 100,000 opening brackets costs one linear scan and no recursion anywhere.
 */
import { refused, type Checked } from '../validate';

/** How much a parsed file may hold. */
export interface JsonLimits {
  /** Largest accepted text, in UTF-16 code units. */
  readonly maxChars: number;
  /** Deepest accepted nesting of objects and lists; `Infinity` skips the scan. */
  readonly maxDepth: number;
}

/** Limits for other JSON (the browser's saved state): 20 MB and 64 levels (our documents use 5). Import has its own (export.ts). */
export const DEFAULT_JSON_LIMITS: JsonLimits = { maxChars: 20 * 1024 * 1024, maxDepth: 64 };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/** The deepest nesting of `{` and `[` outside strings, stopping early once past `limit`. */
export function nestingDepth(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth--;
    }
  }
  return deepest;
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 160 ? `${message.slice(0, 160)}…` : message;
}

/** Parses `text` as JSON within `limits`; every failure is a readable message, never an exception. */
export function parseJson(text: string, limits: JsonLimits = DEFAULT_JSON_LIMITS): Checked<unknown> {
  if (text.length > limits.maxChars) {
    const mb = Math.round(limits.maxChars / (1024 * 1024));
    return refused([{ path: '', code: 'file-too-large', mb }]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refused([{ path: '', code: 'file-empty' }]);
  if (Number.isFinite(limits.maxDepth) && nestingDepth(body, limits.maxDepth) > limits.maxDepth) {
    return refused([{ path: '', code: 'file-too-deep', depth: limits.maxDepth }]);
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return refused([{ path: '', code: 'not-json', detail: describeError(error) }]);
  }
}
