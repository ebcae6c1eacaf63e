/**
 * parseExport's last guard (issue 14, step 7: tests that bite): nothing in the import path should
 * throw, but if something did (a bug in a checker), the import screen gets a refusal it can show,
 * never an exception that takes the app down. The JSON reader is made to throw to reach it.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as SafeJson from '../../../src/shared/domain/safe-json';

const thrown: { value: unknown } = vi.hoisted(() => ({ value: null }));
vi.mock('../../../src/shared/domain/safe-json', async (original) => ({
  ...(await original<typeof SafeJson>()),
  parseJson: () => {
    throw thrown.value;
  },
}));

const { parseExport } = await import('../../../src/shared/domain/export');

describe('parseExport when a checker throws', () => {
  it('refuses the file as unreadable, with the error’s message', () => {
    thrown.value = new RangeError('Maximum call stack size exceeded');
    expect(parseExport('{}')).toStrictEqual({
      ok: false,
      errors: ['The file could not be read: Maximum call stack size exceeded'],
      problems: [{ path: '', code: 'file-unreadable', detail: 'Maximum call stack size exceeded' }],
    });
  });

  it('says what was thrown when it is not an Error', () => {
    thrown.value = 'out of memory';
    const result = parseExport('{}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toStrictEqual([{ path: '', code: 'file-unreadable', detail: 'out of memory' }]);
  });
});
