/**
 * The safe-pattern scanner, rule by rule (issue 14, step 7: tests that bite): escapes of every
 * kind before a quantifier, groups that are not quantifiers, and the backtracking product at its
 * edge with lazy markers and non-capturing groups that must cost nothing.
 */
import { describe, expect, it } from 'vitest';
import { MAX_BACKTRACKING, MAX_PATTERN_LENGTH, MAX_REPEAT, PATTERN_FLAGS, patternProblem } from '../../../src/shared/catalog/safe-pattern';

describe('the limits', () => {
  it('are what the catalog documentation promises', () => {
    expect({ PATTERN_FLAGS, MAX_REPEAT, MAX_PATTERN_LENGTH, MAX_BACKTRACKING }).toEqual({
      PATTERN_FLAGS: 'iu',
      MAX_REPEAT: 40,
      MAX_PATTERN_LENGTH: 300,
      MAX_BACKTRACKING: 256,
    });
  });

  it('says each limit in its refusal', () => {
    expect(patternProblem('x'.repeat(301))).toBe('must have at most 300 characters');
    expect(patternProblem('a{41}')).toBe('must not repeat more than 40 times');
    expect(patternProblem('a?'.repeat(9))).toBe('has too many repetitions together (at most 256 ways to match per position)');
    expect(patternProblem('a{2,}')).toBe('must not use unbounded repetition ({n,}): give an upper bound');
    expect(patternProblem('a+')).toBe('must not use unbounded repetition (* or +): use a bounded {0,n} instead');
    expect(patternProblem('(a)\\1')).toBe('must not use backreferences');
    expect(patternProblem('(?=a)')).toBe('must not use lookahead or lookbehind');
    expect(patternProblem('(?:a)?b{2}(?:c{2})?')).toBe('may only make a group optional (?), and that group must not contain repetition');
  });

  it('passes on the compiler’s own words for a pattern that does not compile with the flags', () => {
    for (const source of ['(unclosed', '\\-', 'a{', '[b-a]', '\\p{NotAProperty}']) {
      let message = '';
      try {
        new RegExp(source, 'iu');
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, source).not.toBe('');
      expect(patternProblem(source)).toBe(`is not a valid regular expression (${message})`);
    }
  });
});

describe('escapes before a quantifier count like any other atom', () => {
  it.each([
    ['\\d{41}', /more than 40 times/],
    ['\\s{0,41}', /more than 40 times/],
    ['\\.{41}', /more than 40 times/],
    ['\\d{40}', null],
    ['\\w?'.repeat(9), /too many repetitions/],
    ['\\w?'.repeat(8), null],
    ['\\p{L}{41}', /more than 40 times/],
    ['\\p{L}{40}', null],
    ['\\u{1F600}\\d{41}', /more than 40 times/],
    ['\\u0041\\d{41}', /more than 40 times/],
    ['\\x41{41}', /more than 40 times/],
    ['\\0{41}', /more than 40 times/],
  ])('%s', (source, problem) => {
    const found = patternProblem(source);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it('refuses every numbered backreference, from \\1 to \\9', () => {
    const groups = '(a)(b)(c)(d)(e)(f)(g)(h)(i)';
    for (let n = 1; n <= 9; n++) expect(patternProblem(`${groups}\\${n}`), `\\${n}`).toBe('must not use backreferences');
  });
});

describe('groups', () => {
  it.each([
    // Opening a group costs nothing, whatever its kind.
    ['(?:a)(?:b)(?:c)(?:d)(?:e)(?:f)(?:g)(?:h)(?:i)', null],
    ['(?<a>x)(?<b>x)(?<c>x)(?<d>x)(?<e>x)(?<f>x)(?<g>x)(?<h>x)(?<i>x)', null],
    ['(a)(b)(c)(d)(e)(f)(g)(h)(i)', null],
    // A group with an unquantified group inside may be optional; the inner group's repetition counts.
    ['((?:ab)c)?', null],
    ['((?:a)b)?', null],
    ['(?:(?:ab))?', null],
    ['((a))?', null],
    ['((?:a)?b)?', /may only make a group optional/],
    ['(?:x(?:a{2}))?', /may only make a group optional/],
    // A group's repetition is its own: a sibling stays free to be optional.
    ['(a?)(b)?', null],
    ['(?:a{2})(?:b)?', null],
    // Only a group right before the quantifier is the group quantified.
    ['(?:ab)c{2}', null],
    ['(?:a{2})b{2}', null],
    ['(?:ab)\\d{2}', null],
    ['(?:ab)[x]{2}', null],
    ['(?:ab){0,1}', /may only make a group optional/],
  ])('%s', (source, problem) => {
    const found = patternProblem(source);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe('the backtracking product', () => {
  it.each([
    // A lazy marker after a quantifier is not another quantifier.
    ['a{0,40}?b{0,5}', null],
    ['a{0,40}?b{0,5}?', null],
    ['a??'.repeat(8), null],
    ['a{0,40}b{0,5}', null],
    ['a{0,40}b{0,6}', /too many repetitions/],
    // {n} costs n + 1 like {0,n}: the product counts the upper bounds.
    ['a{15}b{15}', null],
    ['a{15}b{16}', /too many repetitions/],
    ['a{1}'.repeat(8), null],
    ['a{1}'.repeat(9), /too many repetitions/],
    // Alternation does not reset the product (each branch is tried at the same position).
    ['a{0,15}|b{0,16}', /too many repetitions/],
    // Anchors and alternation are not atoms, but what follows them is.
    ['^a{41}', /more than 40 times/],
    ['x|a{41}', /more than 40 times/],
    ['(?:x|a{41})', /more than 40 times/],
    ['a$|b{41}', /more than 40 times/],
    // A class is one atom, whatever it holds.
    ['[?{}*+()]{40}', null],
    ['[\\]{]{41}', /more than 40 times/],
    ['[a\\]b]c{41}', /more than 40 times/],
  ])('%s', (source, problem) => {
    const found = patternProblem(source);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe('what the scanner steps over (second mutation run)', () => {
  it.each([
    // `\u{41}` is one escape: its braces hold digits but are not a {41} quantifier.
    ['\\u{41}', null],
    ['\\u{41}{40}', null],
    ['\\u{41}{41}', /more than 40 times/],
    // The escape is skipped from where it stands, not from the start of the pattern.
    ['x\\u{41}a{41}', /more than 40 times/],
    ['xy\\u{1F600}a{0,41}', /more than 40 times/],
    // A `{` that is not a quantifier reads only the braces right there, not a later {n} in a class.
    ['\\p{L}[{41}]', null],
    ['\\p{Lu}[x{0,99}]', null],
    // An escaped `]` does not end a class: what follows it is still inside.
    ['[\\]a{41}]', null],
    ['[x\\]{0,99}]b', null],
    // A class right after another class starts at its own `[`.
    ['[a][b]{40}', null],
    ['[a][b]{41}', /more than 40 times/],
    // A capturing group inside a non-capturing one is scanned from its own first character.
    ['(?:(a{41}))', /more than 40 times/],
    ['(?:(ab{0,41}))', /more than 40 times/],
  ])('%s', (source, problem) => {
    const found = patternProblem(source);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
