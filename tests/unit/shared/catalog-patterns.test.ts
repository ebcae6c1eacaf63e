import { describe, expect, it } from 'vitest';
import { hostMatches, hostPatternProblem } from '../../../src/shared/catalog/host-pattern';
import { patternProblem } from '../../../src/shared/catalog/safe-pattern';

describe('safe patterns: linear-time regular expressions only', () => {
  it.each([
    'honou?r(?:ed)?\\s(?:your|the)\\sobjection',
    "d['’]ora\\sin\\s(?:avanti|poi)",
    '^https://(?:www|m|[a-z]{2}-[a-z]{2})\\.facebook\\.com/login(?:[/?#]|$)',
    'enter\\s(?:the|your)\\s(?:security\\s)?code',
    'a.{0,40}b',
    '[*+]literal\\*\\+',
    '(?<word>named)\\sgroup',
    '\\p{L}{2}\\u{1F600}?',
  ])('accepts %s', (source) => {
    expect(patternProblem(source)).toBeNull();
  });

  it.each([
    ['(a+)+b', 'unbounded repetition'],
    ['a*b', 'unbounded repetition'],
    ['.+objection', 'unbounded repetition'],
    ['a{2,}', 'unbounded repetition'],
    ['a{0,500}', 'more than 40 times'],
    ['(?:ab){2}', 'may only make a group optional'],
    ['(?:a?b)?', 'may only make a group optional'],
    ['(?:a(?:b)?)?', 'may only make a group optional'],
    ['enter\\s(?:\\w{1,20}\\s)?code', 'may only make a group optional'],
    ['(a)\\1', 'backreferences'],
    ['(?<x>a)\\k<x>', 'backreferences'],
    ['going(?=\\sforward)', 'lookahead'],
    ['(?<!not\\s)honour', 'lookahead or lookbehind'],
    ['.{0,30}.{0,30}', 'too many repetitions'],
    ['(unclosed', 'not a valid regular expression'],
    ['\\-', 'not a valid regular expression'],
    ['x'.repeat(301), 'at most 300 characters'],
  ])('refuses %s (%s)', (source, problem) => {
    expect(patternProblem(source)).toContain(problem);
  });
});

describe('host patterns', () => {
  it.each([
    ['www.facebook.com', null],
    ['*.fbcdn.net', null],
    ['fr-fr.facebook.com', null],
    ['x.com', null],
    ['*.com', 'at least two labels'],
    ['*', 'lower-case host name'],
    ['WWW.facebook.com', 'lower-case host name'],
    ['facebook.com.', 'lower-case host name'],
    ['www.*.facebook.com', 'lower-case host name'],
    ['-a.facebook.com', 'lower-case host name'],
    ['facebook', 'lower-case host name'],
    ['127.0.0.1', 'not an IP address'],
    ['https://www.facebook.com', 'lower-case host name'],
  ])('%s → %s', (pattern, problem) => {
    const found = hostPatternProblem(pattern);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it.each([
    ['www.facebook.com', 'www.facebook.com', true],
    ['m.facebook.com', 'www.facebook.com', false],
    ['static.xx.fbcdn.net', '*.fbcdn.net', true],
    ['scontent.fbcdn.net', '*.fbcdn.net', true],
    ['fbcdn.net', '*.fbcdn.net', false],
    ['evilfbcdn.net', '*.fbcdn.net', false],
    ['fbcdn.net.evil.example', '*.fbcdn.net', false],
    ['.fbcdn.net', '*.fbcdn.net', false],
    ['a..fbcdn.net', '*.fbcdn.net', false],
  ])('%s on %s: %s', (host, pattern, expected) => {
    expect(hostMatches(host, pattern)).toBe(expected);
  });
});

describe('safe patterns: the backtracking bound counts every quantifier, `?` included', () => {
  it('refuses nine optional parts in a row (2^9 = 512 ways per position, over the 256 allowed)', () => {
    expect(patternProblem('a?'.repeat(8))).toBeNull();
    expect(patternProblem('a?'.repeat(9))).toMatch(/too many repetitions together/);
  });
  it('counts a `?` after a bounded repetition too', () => {
    expect(patternProblem('a{0,40}b{0,5}')).toBeNull();
    expect(patternProblem('a{0,40}b{0,5}c?')).toMatch(/too many repetitions together/);
  });
});

describe('safe patterns: every rule, one case each', () => {
  it.each<[string, RegExp | null]>([
    ['x'.repeat(300), null],
    ['x'.repeat(301), /at most 300 characters/],
    ['a{40}', null],
    ['a{41}', /more than 40 times/],
    ['a{1,40}', null],
    ['a{1,41}', /more than 40 times/],
    ['a{12345}', /more than 40 times/],
    ['a{1,99999}', /more than 40 times/],
    ['a{2,}', /unbounded repetition \(\{n,\}\)/],
    ['a{3}b{3}c{3}d{3}', null],
    ['a{3}b{3}c{3}d{3}e', null],
    ['a{3}b{3}c{3}d{3}e?', /too many repetitions together/],
    ['(ab)?', null],
    ['(?:ab)?', null],
    ['(a?b)?', /may only make a group optional/],
    ['(?:a{2})?', /may only make a group optional/],
    ['((?:a?))?', /may only make a group optional/],
    ['(?:ab){2}', /may only make a group optional/],
    ['(?:ab)*', /unbounded repetition/],
    ['(?=a)b', /lookahead or lookbehind/],
    ['(?!a)b', /lookahead or lookbehind/],
    ['(?<=a)b', /lookahead or lookbehind/],
    ['(?<!a)b', /lookahead or lookbehind/],
    ['(a)\\1', /backreferences/],
    ['(?<n>a)\\k<n>', /backreferences/],
    ['\\u0041{41}', /more than 40 times/],
    ['\\u{1F600}{41}', /more than 40 times/],
    ['\\u{1F600}?', null],
    ['[a-z]{41}', /more than 40 times/],
    ['[\\]]{41}', /more than 40 times/],
    ['[{]?', null],
    ['a{0,40}?', null],
    ['(ab)?c?', null],
  ])('%s', (source, problem) => {
    const found = patternProblem(source);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
