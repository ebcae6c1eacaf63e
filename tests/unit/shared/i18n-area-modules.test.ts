/**
 * `?icu&area=calendar` (the icuMessages plugin): one area of a message file as a module of its own,
 * so the calendar can have every language's few texts without bundling every whole message file.
 */
import { describe, expect, it } from 'vitest';
import frCalendar from '../../../src/shared/i18n/messages/fr.json?icu&area=calendar';
import plCalendar from '../../../src/shared/i18n/messages/pl.json?icu&area=calendar';
import { compiledLoaders } from '../../../src/shared/i18n/message-loaders.generated';
import { LOCALES } from '../../../src/shared/i18n/locale';
import { loadMessages } from '../../../src/shared/i18n/load';
import { calendarTexts } from '../../../src/shared/proof/calendar-texts';

describe('one area of a message file', () => {
  it.each([
    ['fr', frCalendar],
    ['pl', plCalendar],
  ] as const)('%s: exactly the calendar.* keys of the whole file, compiled the same', async (locale, area) => {
    const whole = (await compiledLoaders[locale]()).default;
    const expected = Object.fromEntries(Object.entries(whole).filter(([key]) => key.startsWith('calendar.')));
    expect(Object.keys(expected).length).toBeGreaterThan(3);
    expect(area).toEqual(expected);
  });

  it.each(LOCALES)('%s: the calendar texts match the language’s loaded messages', async (locale) => {
    const texts = calendarTexts(locale) as unknown as Record<string, unknown>;
    const full = (await loadMessages(locale)).calendar as unknown as Record<string, unknown>;
    expect(Object.keys(texts).sort()).toEqual(Object.keys(full).sort());
    for (const [key, value] of Object.entries(full)) {
      if (typeof value === 'string') expect(texts[key], key).toBe(value);
      else expect(typeof texts[key], key).toBe('function');
    }
  });
});
