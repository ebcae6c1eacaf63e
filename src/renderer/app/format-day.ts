/** Calendar days from the catalog ("2026-10-01", or a month alone, "2025-04") in the person's language. */
import type { Locale } from '@shared/domain/types';
import { intlTag } from './format';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, month: boolean): Intl.DateTimeFormat {
  const key = `${locale} ${month ? 'month' : 'day'}`;
  let known = formats.get(key);
  if (known === undefined) {
    const options: Intl.DateTimeFormatOptions = month
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { dateStyle: 'long', timeZone: 'UTC' };
    known = new Intl.DateTimeFormat(intlTag(locale), options);
    formats.set(key, known);
  }
  return known;
}

/** "1 October 2026" for 2026-10-01, "April 2025" for 2025-04; the text itself when it is neither. */
export function formatDay(day: string, locale: Locale): string {
  const month = /^\d{4}-\d{2}$/.test(day);
  const date = new Date(`${month ? `${day}-01` : day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : formatter(locale, month).format(date);
}

/** A date and time as a day, e.g. the catalog's publishedAt: "1 December 2026". */
export function formatInstantDay(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long' }).format(date);
}
