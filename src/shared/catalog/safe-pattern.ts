/**
 * Rules that keep the catalog's regular expressions fast: detection runs every pattern over up to a
 * megabyte of page text after every page load, so a pattern must never backtrack catastrophically.
 *
 * A pattern is accepted when it compiles with the flags detection uses (`iu`) and stays in a subset
 * whose cost per start position is bounded by a constant, so a scan is linear in the text's length:
 * no unbounded quantifiers (`*`, `+`, `{n,}`), bounded ones at most {@link MAX_REPEAT}, a quantified
 * group may only be optional (`?`) and may not contain a quantifier itself, no backreferences and no
 * lookaround.
 */

/** Flags every catalog pattern is compiled with: case-insensitive, Unicode-aware. */
export const PATTERN_FLAGS = 'iu';
/** Largest upper bound allowed in `{n,m}`. */
export const MAX_REPEAT = 40;
/** Longest pattern source accepted. */
export const MAX_PATTERN_LENGTH = 300;
/** Largest product of (upper bound + 1) over all quantifiers: the worst backtracking per start position. */
export const MAX_BACKTRACKING = 256;

interface Group {
  hasQuantifier: boolean;
}

/** Reads a `{n}` or `{n,m}` quantifier at `start`; returns its end and upper bound, or null. */
function readBraces(source: string, start: number): { readonly end: number; readonly max: number | null } | null {
  // Any number of digits: "{12345}" is a bound too (of more than MAX_REPEAT), not something to skip.
  const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(start));
  if (match === null) return null;
  const low = Number(match[1]);
  const high = match[2] === undefined ? low : match[3] === '' || match[3] === undefined ? null : Number(match[3]);
  return { end: start + match[0].length, max: high };
}

/** Why `source` is not a safe pattern, or null when it is. */
export function patternProblem(source: string): string | null {
  if (source.length > MAX_PATTERN_LENGTH) return `must have at most ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(source, PATTERN_FLAGS);
  } catch (error: unknown) {
    return `is not a valid regular expression (${error instanceof Error ? error.message : 'unknown error'})`;
  }
  const stack: Group[] = [{ hasQuantifier: false }];
  let cost = 1;
  let lastWasGroupEnd: Group | null = null;
  let canQuantify = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    const current = stack[stack.length - 1];
    if (current === undefined) return 'has unbalanced parentheses';
    if (char === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'must not use backreferences';
      i += next === 'u' && source[i + 2] === '{' ? source.indexOf('}', i) - i : 1;
      lastWasGroupEnd = null;
      canQuantify = true;
    } else if (char === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j;
      lastWasGroupEnd = null;
      canQuantify = true;
    } else if (char === '(') {
      if (source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
        return 'must not use lookahead or lookbehind';
      }
      stack.push({ hasQuantifier: false });
      if (source.startsWith('(?:', i)) i += 2;
      lastWasGroupEnd = null;
      canQuantify = false;
    } else if (char === ')') {
      const closed = stack.pop();
      const parent = stack[stack.length - 1];
      if (closed === undefined || parent === undefined) return 'has unbalanced parentheses';
      if (closed.hasQuantifier) parent.hasQuantifier = true;
      lastWasGroupEnd = closed;
      canQuantify = true;
    } else if (char === '*' || char === '+') {
      return 'must not use unbounded repetition (* or +): use a bounded {0,n} instead';
    } else if (char === '?' || char === '{') {
      if (!canQuantify) continue; // a lazy marker or part of group syntax; the compile check already passed
      let max: number | null = 1;
      if (char === '{') {
        const braces = readBraces(source, i);
        if (braces === null) continue;
        max = braces.max;
        i = braces.end - 1;
      }
      if (max === null) return 'must not use unbounded repetition ({n,}): give an upper bound';
      if (max > MAX_REPEAT) return `must not repeat more than ${MAX_REPEAT} times`;
      if (lastWasGroupEnd !== null && (char !== '?' || lastWasGroupEnd.hasQuantifier)) {
        return 'may only make a group optional (?), and that group must not contain repetition';
      }
      cost *= max + 1;
      if (cost > MAX_BACKTRACKING) return `has too many repetitions together (at most ${MAX_BACKTRACKING} ways to match per position)`;
      current.hasQuantifier = true;
      lastWasGroupEnd = null;
      canQuantify = false;
    } else {
      lastWasGroupEnd = null;
      canQuantify = char !== '|' && char !== '^' && char !== '$';
    }
  }
  return null;
}
