/**
 * Safe JSON for files we did not write (issue 14, step 7: tests that bite): every limit at its
 * edge, both kinds of brackets, strings with escapes, and each refusal with its values.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_JSON_LIMITS, nestingDepth, parseJson } from '../../../src/shared/domain/safe-json';

const problemsOf = (result: ReturnType<typeof parseJson>): unknown => (result.ok ? 'accepted' : result.problems);

describe('nestingDepth', () => {
  it('counts braces and brackets alike, opening and closing', () => {
    expect(nestingDepth('')).toBe(0);
    expect(nestingDepth('1')).toBe(0);
    expect(nestingDepth('{}')).toBe(1);
    expect(nestingDepth('[]')).toBe(1);
    expect(nestingDepth('{"a":[{"b":[]}]}')).toBe(4);
    expect(nestingDepth('[{[{')).toBe(4);
  });

  it('keeps the deepest level, not the last one, after closing', () => {
    expect(nestingDepth('[[[]]][]')).toBe(3);
    expect(nestingDepth('{}{}{}{}')).toBe(1);
    expect(nestingDepth('[][][][]')).toBe(1);
    expect(nestingDepth('{{}}{}')).toBe(2);
    expect(nestingDepth('[[]]{}')).toBe(2);
  });

  it('ignores brackets inside strings, with escaped quotes and escaped backslashes', () => {
    expect(nestingDepth('"[[[{{{"')).toBe(0);
    expect(nestingDepth('["[[[", "{{{"]')).toBe(1);
    expect(nestingDepth('["a\\"[[[", 1]')).toBe(1);
    // An escaped backslash ends the escape: the quote after it closes the string.
    expect(nestingDepth('["\\\\", [[1]]]')).toBe(3);
    expect(nestingDepth('{"a":"}}}]]]"}')).toBe(1);
  });

  it('stops just past the limit, and reports exactly the limit when the text stays within it', () => {
    expect(nestingDepth('[[[[[[[[[[', 2)).toBe(3);
    expect(nestingDepth('[[]]', 2)).toBe(2);
    expect(nestingDepth('[[[]]]', 2)).toBe(3);
    expect(nestingDepth('[[[[[[[[[[', 0)).toBe(1);
  });
});

describe('parseJson', () => {
  it('parses a valid document, with or without a byte order mark', () => {
    expect(parseJson('{"a":[1,{"b":null}]}')).toEqual({ ok: true, value: { a: [1, { b: null }] } });
    expect(parseJson('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJson('"x"')).toEqual({ ok: true, value: 'x' });
    expect(parseJson('7')).toEqual({ ok: true, value: 7 });
  });

  it('refuses empty text, white space and a lone byte order mark as empty', () => {
    for (const text of ['', '   ', '\n\t \r\n', '\ufeff', '\ufeff  \n']) {
      expect(problemsOf(parseJson(text)), JSON.stringify(text)).toEqual([{ path: '', code: 'file-empty' }]);
    }
  });

  it('accepts a text exactly at the size limit and refuses one character more, saying how many MB', () => {
    const limits = { maxChars: 3 * 1024 * 1024, maxDepth: 64 };
    const at = `"${'a'.repeat(limits.maxChars - 2)}"`;
    expect(at).toHaveLength(limits.maxChars);
    expect(parseJson(at, limits).ok).toBe(true);
    const over = `"${'a'.repeat(limits.maxChars - 1)}"`;
    const refused = parseJson(over, limits);
    expect(problemsOf(refused)).toEqual([{ path: '', code: 'file-too-large', mb: 3 }]);
    expect(refused.ok ? [] : refused.errors).toHaveLength(1);
  });

  it('rounds the limit to whole MB in the message', () => {
    expect(problemsOf(parseJson('[1,2,3]', { maxChars: 6, maxDepth: 64 }))).toEqual([{ path: '', code: 'file-too-large', mb: 0 }]);
    expect(problemsOf(parseJson('x'.repeat(1_600_000), { maxChars: 1_572_864, maxDepth: 64 }))).toEqual([
      { path: '', code: 'file-too-large', mb: 2 },
    ]);
  });

  it('accepts nesting exactly at the depth limit and refuses one level more, saying the limit', () => {
    const nested = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);
    const limits = { maxChars: 1_000, maxDepth: 5 };
    expect(parseJson(nested(5), limits).ok).toBe(true);
    expect(problemsOf(parseJson(nested(6), limits))).toEqual([{ path: '', code: 'file-too-deep', depth: 5 }]);
    expect(problemsOf(parseJson(`{"a":${nested(6)}}`, limits))).toEqual([{ path: '', code: 'file-too-deep', depth: 5 }]);
    // Brackets in strings do not count.
    expect(parseJson(`["${'['.repeat(50)}"]`, limits)).toEqual({ ok: true, value: ['['.repeat(50)] });
  });

  it('checks the depth after removing the byte order mark and before parsing', () => {
    const limits = { maxChars: 1_000, maxDepth: 2 };
    expect(problemsOf(parseJson('\ufeff[[[1]]]', limits))).toEqual([{ path: '', code: 'file-too-deep', depth: 2 }]);
    // Deep and broken: the depth is what is reported (no parse was attempted).
    expect(problemsOf(parseJson('[[[[[[', limits))).toEqual([{ path: '', code: 'file-too-deep', depth: 2 }]);
  });

  it('with no depth limit, parses deep documents', () => {
    const deep = '['.repeat(300) + ']'.repeat(300);
    expect(parseJson(deep, { maxChars: 10_000, maxDepth: Number.POSITIVE_INFINITY }).ok).toBe(true);
    expect(problemsOf(parseJson(deep))).toEqual([{ path: '', code: 'file-too-deep', depth: DEFAULT_JSON_LIMITS.maxDepth }]);
  });

  it('uses 20 MB and 64 levels by default', () => {
    expect(DEFAULT_JSON_LIMITS).toEqual({ maxChars: 20 * 1024 * 1024, maxDepth: 64 });
    expect(parseJson('['.repeat(64) + ']'.repeat(64)).ok).toBe(true);
    expect(problemsOf(parseJson('['.repeat(65) + ']'.repeat(65)))).toEqual([{ path: '', code: 'file-too-deep', depth: 64 }]);
  });

  it('turns a syntax error into a readable problem with the parser’s words, never an exception', () => {
    for (const text of ['{', '{"a":1,}', 'nope', '[1 2]', "{'a':1}", '\u0000']) {
      const result = parseJson(text);
      expect(result.ok, text).toBe(false);
      if (result.ok) continue;
      expect(result.problems).toHaveLength(1);
      const [problem] = result.problems;
      expect(problem).toMatchObject({ path: '', code: 'not-json' });
      let thrown = '';
      try {
        JSON.parse(text);
      } catch (error) {
        thrown = (error as Error).message;
      }
      expect(problem).toEqual({ path: '', code: 'not-json', detail: thrown });
      expect(thrown).not.toBe('');
    }
  });
});
