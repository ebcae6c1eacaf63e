import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { array, check, nullable, object, oneOf, optional, string, uuid } from '../../../src/shared/validate';
import { fastArray, fastObject } from '../../../src/shared/domain/fast-schema';
import { progressEventSchema } from '../../../src/shared/domain/state-schema';

const shape = { id: uuid(), name: string({ max: 5 }), tag: optional(oneOf(['a', 'b'])), list: array(nullable(string())) };
const slow = array(object(shape), { max: 3 });
const fast = fastArray(fastObject({ ...shape, list: fastArray(nullable(string())) }), { max: 3 });
const ID = '6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b';

const cases: unknown[] = [
  [],
  [{ id: ID, name: 'ok', list: [] }],
  [{ id: ID, name: 'ok', tag: 'a', list: ['x', null] }],
  [{ id: ID, name: 'ok', tag: undefined, list: [] }],
  [{ id: ID, name: 'too long', list: [] }],
  [{ id: 'nope', name: 'ok', list: [] }],
  [{ id: ID, name: 'ok', list: [''] }],
  [{ id: ID, name: 'ok', tag: 'c', list: [] }],
  [{ id: ID, name: 'ok' }],
  [{ id: ID, name: 'ok', list: [], extra: 1 }],
  [JSON.parse(`{"id":"${ID}","name":"ok","list":[],"__proto__":{"x":1}}`)],
  [Object.assign(Object.create(null) as object, { id: ID, name: 'ok', list: [] })],
  [
    new (class {
      id = ID;
      name = 'ok';
      list = [];
    })(),
  ],
  [1, 2, 3, 4],
  [null],
  'text',
  null,
  { length: 0 },
];

describe('fast schemas', () => {
  it.each(cases.map((value, index) => [index, value]))('case %i: accepts and refuses exactly like the ordinary schema', (_i, value) => {
    const a = check(slow, value, 'list');
    const b = check(fast, value, 'list');
    expect(b).toEqual(a);
  });

  it('returns the parsed JSON itself when it is already clean (no copy)', () => {
    const parsed = JSON.parse(`[{"id":"${ID}","name":"ok","list":["x"]}]`) as unknown;
    const result = check(fast, parsed);
    expect(result.ok && result.value).toBe(parsed);
  });

  it('copies an object without a prototype into a plain one', () => {
    const bare = Object.assign(Object.create(null) as object, { id: ID, name: 'ok', list: [] });
    const result = check(fast, [bare]);
    expect(result.ok && Object.getPrototypeOf(result.value[0])).toBe(Object.prototype);
  });

  it('agrees with the ordinary event schema on every event of the example, and on broken copies', () => {
    const doc = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/export-example.json'), 'utf8')) as {
      events: Record<string, unknown>[];
    };
    const slowEvents = array(progressEventSchema);
    for (const event of doc.events) {
      for (const key of Object.keys(event)) {
        const broken = [{ ...event, [key]: 42 }];
        const missing = [Object.fromEntries(Object.entries(event).filter(([name]) => name !== key))];
        expect(check(fastArray(progressEventSchema), broken)).toEqual(check(slowEvents, broken));
        expect(check(fastArray(progressEventSchema), missing)).toEqual(check(slowEvents, missing));
      }
    }
    expect(check(fastArray(progressEventSchema), doc.events)).toEqual(check(slowEvents, doc.events));
  });
});
