import { describe, expect, it } from 'vitest';
import { getDaysInMonth } from 'date-fns';
import {
  array,
  check,
  email,
  isoInstant,
  isRealInstant,
  nullable,
  object,
  oneOf,
  optional,
  record,
  string,
  tagged,
  uuid,
} from '../../../src/shared/validate';

const person = object({ name: string({ max: 10 }), email: nullable(email()), tags: optional(array(oneOf(['a', 'b']))) });

describe('validate', () => {
  it('returns a clean copy of a valid value', () => {
    const input = { name: 'Marie', email: 'marie@example.fr', tags: ['a'] };
    const result = check(person, input);
    expect(result).toEqual({ ok: true, value: input });
    if (result.ok) expect(result.value).not.toBe(input);
  });

  it('lists every problem with its path', () => {
    const result = check(person, { name: '', email: 'nope', tags: ['c'], extra: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual([
        'extra: is not expected here',
        'name: must not be empty',
        'email: must be an e-mail address like name@example.com',
        'tags[0]: must be one of "a", "b", not "c"',
      ]);
    }
  });

  it('refuses prototype-polluting keys', () => {
    const result = check(person, JSON.parse('{"name":"x","email":null,"__proto__":{"admin":true}}'));
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    const map = check(record(string(), string()), JSON.parse('{"constructor":"x"}'));
    expect(map.ok).toBe(false);
  });

  it('refuses deep nesting without overflowing the stack', () => {
    type Node = { readonly child: Node | null };
    const node: { expected: string; run: (typeof person)['run'] } = { expected: 'node', run: () => undefined as never };
    const schema = object({ child: nullable(node as never) });
    node.run = schema.run as never;
    let deep: Node = { child: null };
    for (let i = 0; i < 10_000; i += 1) deep = { child: deep };
    const result = check(schema, deep);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join()).toMatch(/nested too deeply/);
  });

  it('picks the member of a tagged union by kind', () => {
    const shape = tagged({ a: object({ kind: oneOf(['a']), n: string() }), b: object({ kind: oneOf(['b']) }) });
    expect(check(shape, { kind: 'b' }).ok).toBe(true);
    expect(check(shape, { kind: 'a' })).toMatchObject({ ok: false, errors: ['n: is missing (expected a text)'] });
    expect(check(shape, { kind: 'c' })).toMatchObject({
      ok: false,
      errors: ['kind: must be one of a, b, not "c"'],
      problems: [{ path: 'kind', code: 'unknown-kind', values: ['a', 'b'], got: 'text' }],
    });
  });

  it.each([
    ['2025-05-26T22:00:00Z', true],
    ['2025-05-27T00:00:00+02:00', true],
    ['2025-05-26T22:00:00.123Z', true],
    ['2025-05-26', false],
    ['2025-13-40T99:00:00Z', false],
    ['yesterday', false],
  ])('isoInstant(%s) is %s', (value, ok) => {
    expect(check(isoInstant(), value).ok).toBe(ok);
  });

  it.each([
    ['3f2c1b7e-8a4d-4c1e-9b2a-1d2e3f4a5b6c', true],
    ['3F2C1B7E-8A4D-4C1E-9B2A-1D2E3F4A5B6C', false],
    ['marie@example.com', false],
  ])('uuid(%s) is %s', (value, ok) => {
    expect(check(uuid(), value).ok).toBe(ok);
  });
});

describe('isoInstant: real calendar instants only', () => {
  it.each([
    '2025-05-26T22:00:00Z',
    '2024-02-29T10:00:00Z',
    '2025-05-26T23:59:59.999+02:00',
    '2025-12-31T00:00Z',
    '2000-02-29T00:00:00-23:59',
  ])('accepts %s', (value) => expect(check(isoInstant(), value).ok).toBe(true));
  it.each([
    '2025-02-30T10:00:00Z',
    '2025-02-29T10:00:00Z',
    '1900-02-29T10:00:00Z',
    '2025-04-31T10:00:00Z',
    '2025-00-10T10:00:00Z',
    '2025-05-00T10:00:00Z',
    '2025-05-20T24:00:00Z',
    '2025-05-20T24:00Z',
    '2025-05-20T23:60:00Z',
    '2025-05-20T23:59:60Z',
    '2025-05-20T10:00:00+24:00',
    '2025-05-20T10:00:00+01:60',
  ])('refuses %s', (value) => {
    const result = check(isoInstant(), value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(['value: is not a real date and time']);
  });
});

describe('isRealInstant: the form the app writes itself (toISOString), checked by reading it back', () => {
  const pad = (n: number): string => String(n).padStart(2, '0');
  // The oracle: date-fns's month lengths (leap years included), hours 0–23, minutes and seconds 0–59.
  const real = (year: number, month: number, day: number, hour: number, minute: number, second: number): boolean =>
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= getDaysInMonth(new Date(Date.UTC(year, month - 1, 1, 12))) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59;

  it('agrees with the calendar on every month and day edge of a leap and a common year, and every time edge', () => {
    let checked = 0;
    for (const year of [1900, 2000, 2024, 2025, 2100]) {
      for (let month = 0; month <= 13; month++) {
        for (const day of [0, 1, 28, 29, 30, 31, 32]) {
          for (const [hour, minute, second] of [
            [0, 0, 0],
            [23, 59, 59],
            [24, 0, 0],
            [23, 60, 0],
            [23, 59, 60],
            [10, 99, 0],
          ] as const) {
            const text = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}.000Z`;
            expect([text, isRealInstant(text)]).toEqual([text, real(year, month, day, hour, minute, second)]);
            // The same instant in the other written forms goes through the field-by-field check, with the same answer.
            const short = text.replace('.000Z', 'Z');
            expect([short, isRealInstant(short)]).toEqual([short, real(year, month, day, hour, minute, second)]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(5 * 14 * 7 * 6);
  });

  it('accepts what Date#toISOString writes, across years', () => {
    const start = Date.UTC(1999, 11, 31, 23, 59, 59, 999);
    for (let i = 0; i < 2000; i++) {
      const text = new Date(start + i * 7_919_999_937).toISOString();
      expect([text, isRealInstant(text)]).toEqual([text, true]);
    }
  });

  it.each([
    '2025-05-26T22:00:00.000z',
    '2025-05-26 22:00:00.000Z',
    '2025-05-26T22:00:00,000Z',
    '+02025-05-26T22:00:00.000Z',
    '2025-5-26T22:00:00.000Z',
  ])('refuses the near miss %s', (text) => expect(isRealInstant(text)).toBe(false));
});
