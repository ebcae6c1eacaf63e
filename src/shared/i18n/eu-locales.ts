/**
 * The 24 official languages of the EU: the languages Objector is written for. Each has its own
 * name (what the language list shows, so a person finds theirs in any UI language) and the BCP 47
 * tag its dates, numbers and plural rules follow (European conventions: 24-hour clock, day first).
 * A language becomes selectable when it has a message file (see `LOCALES` in ./locale.ts).
 */

/** A language, by its ISO 639-1 code. */
export type EuLocale =
  | 'bg'
  | 'hr'
  | 'cs'
  | 'da'
  | 'nl'
  | 'en'
  | 'et'
  | 'fi'
  | 'fr'
  | 'de'
  | 'el'
  | 'hu'
  | 'ga'
  | 'it'
  | 'lv'
  | 'lt'
  | 'mt'
  | 'pl'
  | 'pt'
  | 'ro'
  | 'sk'
  | 'sl'
  | 'es'
  | 'sv';

/** What the app knows about one language. */
export interface EuLanguage {
  /** The language's name in that language, e.g. "Deutsch", "Gaeilge". */
  readonly name: string;
  /** The tag used with Intl (dates, numbers, plurals, lists), e.g. "pt-PT" for European Portuguese. */
  readonly intl: string;
}

/** Every official EU language, in the EU's own order (alphabetical by English name). */
export const EU_LOCALES: Readonly<Record<EuLocale, EuLanguage>> = {
  bg: { name: 'Български', intl: 'bg-BG' },
  hr: { name: 'Hrvatski', intl: 'hr-HR' },
  cs: { name: 'Čeština', intl: 'cs-CZ' },
  da: { name: 'Dansk', intl: 'da-DK' },
  nl: { name: 'Nederlands', intl: 'nl-NL' },
  en: { name: 'English', intl: 'en-GB' },
  et: { name: 'Eesti', intl: 'et-EE' },
  fi: { name: 'Suomi', intl: 'fi-FI' },
  fr: { name: 'Français', intl: 'fr-FR' },
  de: { name: 'Deutsch', intl: 'de-DE' },
  el: { name: 'Ελληνικά', intl: 'el-GR' },
  hu: { name: 'Magyar', intl: 'hu-HU' },
  ga: { name: 'Gaeilge', intl: 'ga-IE' },
  it: { name: 'Italiano', intl: 'it-IT' },
  lv: { name: 'Latviešu', intl: 'lv-LV' },
  lt: { name: 'Lietuvių', intl: 'lt-LT' },
  mt: { name: 'Malti', intl: 'mt-MT' },
  pl: { name: 'Polski', intl: 'pl-PL' },
  pt: { name: 'Português', intl: 'pt-PT' },
  ro: { name: 'Română', intl: 'ro-RO' },
  sk: { name: 'Slovenčina', intl: 'sk-SK' },
  sl: { name: 'Slovenščina', intl: 'sl-SI' },
  es: { name: 'Español', intl: 'es-ES' },
  sv: { name: 'Svenska', intl: 'sv-SE' },
};

/** The 24 codes in the EU's order. */
export const EU_LOCALE_CODES = Object.keys(EU_LOCALES) as readonly EuLocale[];

/** True when `code` is one of the 24. */
export function isEuLocale(code: string): code is EuLocale {
  return Object.hasOwn(EU_LOCALES, code);
}
