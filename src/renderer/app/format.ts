/** Dates in the person's language: the deadline in its own zone, and "3 days ago" style distances. */
import { formatDistance, type Locale as DateLocale } from 'date-fns';
import type { Deadline, Locale } from '@shared/domain/types';
import { intlTag } from '@shared/i18n/locale';

export { intlTag } from '@shared/i18n/locale';

/** The city of an IANA zone, e.g. "Europe/Paris" → "Paris", "America/New_York" → "New York". */
export function zoneCity(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  return last.replaceAll('_', ' ');
}

/** The deadline as announced, in the zone it was announced in, e.g. "27 May 2025 at 00:00" (the language joins date and time). */
export function formatDeadline(deadline: Deadline, locale: Locale): string {
  const key = `${deadline.instant} ${deadline.zone} ${locale}`;
  const known = deadlineTexts.get(key);
  if (known !== undefined) return known;
  const when = new Date(deadline.instant);
  const tag = intlTag(locale);
  const text = new Intl.DateTimeFormat(tag, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: deadline.zone,
  }).format(when);
  deadlineTexts.set(key, text);
  return text;
}

const deadlineTexts = new Map<string, string>();

/** "3 days ago" (or "in 2 hours") from `now`, in the person's language. */
export function formatAgo(iso: string, now: Date, dateLocale: DateLocale): string {
  return formatDistance(new Date(iso), now, { addSuffix: true, locale: dateLocale });
}

const fullFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A full date and time in the machine's zone, e.g. "20 May 2025 at 14:03" (formatters cached: lists call this often). */
export function formatFull(iso: string, locale: Locale): string {
  let formatter = fullFormats.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeStyle: 'short' });
    fullFormats.set(locale, formatter);
  }
  return formatter.format(new Date(iso));
}

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A day in the machine's zone, e.g. "20 May 2025" (formatters cached). */
export function formatDay(iso: string, locale: Locale): string {
  let formatter = dayFormats.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long' });
    dayFormats.set(locale, formatter);
  }
  return formatter.format(new Date(iso));
}
