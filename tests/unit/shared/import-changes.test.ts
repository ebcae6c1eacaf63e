/** What an import would change, as the preview shows it. */
import { describe, expect, it } from 'vitest';
import { changesNothing, importChanges } from '@shared/domain/import-changes';
import { exportDocument } from '@shared/domain/export';
import { DEFAULT_SETTINGS } from '@shared/domain/defaults';
import { account, event, stateWith } from '../../support/domain-fixtures';

const at = new Date('2026-12-01T10:00:00Z');

describe('importChanges', () => {
  const here = stateWith({
    accounts: [account(1, { label: 'Kept' }), account(2, { label: 'Gone' })],
    events: [event(1, at.toISOString(), { kind: 'form-opened' })],
  });

  it('names the accounts that come and go (by id), counts steps and proof, and lists the settings that change', () => {
    const file = exportDocument(
      {
        ...stateWith({
          accounts: [account(1, { label: 'Kept, renamed' }), account(3, { label: 'New' })],
          events: [event(1, at.toISOString(), { kind: 'form-opened' }), event(3, at.toISOString(), { kind: 'form-opened' })],
        }),
        settings: { ...DEFAULT_SETTINGS, locale: 'fr', theme: 'dark' },
      },
      at,
    );
    expect(importChanges(here, file)).toEqual({
      accounts: { added: ['New'], removed: ['Gone'], kept: 1 },
      steps: { before: 1, after: 2 },
      proof: { before: 0, after: 0 },
      settings: ['locale', 'theme'],
    });
  });

  it('knows when importing changes nothing', () => {
    const changes = importChanges(here, exportDocument(here, at));
    expect(changes.accounts).toEqual({ added: [], removed: [], kept: 2 });
    expect(changesNothing(changes)).toBe(true);
  });
});
