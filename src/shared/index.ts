/**
 * The stable public surface of the domain core. Conformance checks outside the test suite call
 * these names with these signatures: keep them.
 */

/** Whether an account view may load a URL: 'allow' | 'open-external' | 'block'. */
export { navigationVerdict } from './domain/navigation';
/** Whether a page's text and URL show the platform's confirmation of an objection. */
export { detectConfirmation } from './domain/detection';
/** The versioned export document: write it, and read it back with every problem listed. */
export { parseExport, serializeExport } from './domain/export';
/** A social platform an account lives on. */
export type { Platform } from './domain/types';
/** Reads an e-mail file and says whether it is a platform's confirmation. Never throws. */
export { readConfirmationEmail } from './proof/read-email';
/** The .ics text (RFC 5545) of every date ahead of `now`. */
export { calendarFile } from './proof/calendar';
/** Every UI message of a language as its source text (key → message in the translators' format). */
export { translationEntries } from './i18n/entries';
/** The languages the app speaks (those with a message file). */
export { LOCALES } from './i18n/locale';
/** The catalog as a document that acceptCatalogUpdate reads back (the shipped format). */
export { catalogDocument } from './catalog/catalog-update';
/** Accepts a signed, newer, valid catalog update, or says why not. Never throws. */
export { acceptCatalogUpdate } from './catalog/catalog-update';
/** Checks a catalog read from JSON: the clean catalog, or every problem found. Never throws. */
export { loadCatalog } from './catalog/catalog-schema';
/** The campaign catalog shipped with the app, validated (throws, naming every bad field, if it is not). */
export { builtInCatalog } from './catalog/index';
/** The state of a new installation: no accounts, no events, default settings. */
export { defaultState } from './domain/defaults';
/** The state after importing an export document over `current` (the reminders already shown here are kept). */
export { importedState } from './domain/export';
/** Where every campaign stands now: for the checklist header, the tray and reminders. */
export { overview } from './domain/overview';
export type { ExportDocument } from './domain/export';
/** The app's state and the catalog of platforms and campaigns. */
export type { AppState, Catalog } from './domain/types';
export type { Overview, DeadlineState } from './domain/overview';
