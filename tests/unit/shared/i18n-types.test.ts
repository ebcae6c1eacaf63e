/** The generated message types are those of the committed message files (run `npm run i18n:types`). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILE, LOADERS_FILE, readMessageFiles, renderGenerated, renderLoaders } from '../../../scripts/i18n-types.mjs';

describe('src/shared/i18n/messages.generated.ts', () => {
  it('and message-loaders.generated.ts are up to date with the message files', async () => {
    expect(readFileSync(GENERATED_FILE, 'utf8'), 'run `npm run i18n:types`').toBe(await renderGenerated());
    expect(readFileSync(LOADERS_FILE, 'utf8'), 'run `npm run i18n:types`').toBe(await renderLoaders());
  });

  it('types a message by its arguments: text, number, select options, dates', async () => {
    const catalogs = new Map([
      [
        'en',
        {
          'area.plain': 'No arguments',
          'area.text': 'Hello {name}',
          'area.count': '{done, number} of {total, plural, one {# account} other {# accounts}}',
          'area.choice': '{kind, select, form {a form} toggle {a setting} other {something}}',
          'area.when': 'On {day, date, long}',
        },
      ],
    ]);
    const text = await renderGenerated(catalogs);
    expect(text).toContain('readonly plain: string;');
    expect(text).toContain('readonly text: (params: { readonly name: string }) => string;');
    expect(text).toContain('readonly count: (params: { readonly done: number; readonly total: number }) => string;');
    expect(text).toContain('readonly choice: (params: { readonly kind: "form" | "toggle" }) => string;'.replaceAll('"', "'"));
    expect(text).toContain('readonly when: (params: { readonly day: Date | number }) => string;');
    expect(text).toContain("export const MESSAGE_LOCALES = ['en'] as const;");
  });

  it('refuses a message file that is not ICU MessageFormat, naming the key', async () => {
    await expect(renderGenerated(new Map([['en', { 'area.broken': 'Hello {name' }]]))).rejects.toThrow(/"area\.broken"/);
    await expect(renderGenerated(new Map([['en', { 'area.both': '{n} and {n, number}' }]]))).rejects.toThrow(/used both/);
    await expect(renderGenerated(new Map([['en', { nokey: 'x' }]]))).rejects.toThrow(/not a key like area\.name/);
  });

  it('reads the committed files', () => {
    expect(readMessageFiles().get('en')?.['common.appName']).toBe('Objector');
  });
});
