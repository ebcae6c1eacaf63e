/**
 * A date-fns locale for a language date-fns does not have (Irish): its "3 days ago" distances come
 * from Intl.RelativeTimeFormat and Intl.NumberFormat (CLDR data, which every Chromium and Node
 * ships), the rest of the structure from a base locale. The app uses nothing else of it. The
 * qualifiers of date-fns' rounding ("about", "almost", "over") are dropped: "about 3 hours ago"
 * reads "3 hours ago".
 */
import type { FormatDistanceFn, FormatDistanceToken, Locale as DateLocale } from 'date-fns';

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const UNITS: Readonly<Record<FormatDistanceToken, Unit>> = {
  lessThanXSeconds: 'second',
  xSeconds: 'second',
  halfAMinute: 'second',
  lessThanXMinutes: 'minute',
  xMinutes: 'minute',
  aboutXHours: 'hour',
  xHours: 'hour',
  xDays: 'day',
  aboutXWeeks: 'week',
  xWeeks: 'week',
  aboutXMonths: 'month',
  xMonths: 'month',
  aboutXYears: 'year',
  xYears: 'year',
  overXYears: 'year',
  almostXYears: 'year',
};

/** `formatDistance` for date-fns, in the language of `intlTag`. */
export function intlFormatDistance(intlTag: string): FormatDistanceFn {
  const relative = new Intl.RelativeTimeFormat(intlTag, { numeric: 'always' });
  return (token, count, options) => {
    const unit = UNITS[token];
    const amount = token === 'halfAMinute' ? 30 : count;
    if (options?.addSuffix !== true) return new Intl.NumberFormat(intlTag, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
    return relative.format((options.comparison ?? 0) > 0 ? amount : -amount, unit);
  };
}

/** `base` with the code `code` and Intl's distances in the language of `intlTag`. */
export function withIntlDistances(base: DateLocale, code: string, intlTag: string): DateLocale {
  return { ...base, code, formatDistance: intlFormatDistance(intlTag) };
}
