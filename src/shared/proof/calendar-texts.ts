/**
 * The calendar events' words in every language, imported together: `calendarFile` is synchronous
 * (its stable signature returns the text), so it cannot load a language on demand. Small on purpose.
 */
import type { Locale } from '../domain/types';
import type { Messages } from '../i18n/messages';
import { calendar as en } from '../i18n/en/calendar';
import { calendar as fr } from '../i18n/fr/calendar';
import { calendar as de } from '../i18n/de/calendar';
import { calendar as es } from '../i18n/es/calendar';
import { calendar as it } from '../i18n/it/calendar';
import { calendar as nl } from '../i18n/nl/calendar';
import { calendar as pl } from '../i18n/pl/calendar';
import { calendar as pt } from '../i18n/pt/calendar';

/** The calendar texts of each language. */
export const CALENDAR_TEXTS: Readonly<Record<Locale, Messages['calendar']>> = { en, fr, de, es, it, nl, pl, pt };
