/**
 * The calendar events' words in every language, imported together: `calendarFile` is synchronous
 * (its stable signature returns the text), so it cannot load a language on demand. Only the
 * calendar and proof module bundles carry them (main, and the browser's lazily loaded chunk).
 */
import { buildMessages, type CompiledCatalog } from '../i18n/compiled';
import { intlTag, type Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import type { MessageLocale } from '../i18n/messages.generated';
import bg from '../i18n/messages/bg.json?icu';
import cs from '../i18n/messages/cs.json?icu';
import da from '../i18n/messages/da.json?icu';
import de from '../i18n/messages/de.json?icu';
import el from '../i18n/messages/el.json?icu';
import en from '../i18n/messages/en.json?icu';
import es from '../i18n/messages/es.json?icu';
import et from '../i18n/messages/et.json?icu';
import fi from '../i18n/messages/fi.json?icu';
import fr from '../i18n/messages/fr.json?icu';
import ga from '../i18n/messages/ga.json?icu';
import hr from '../i18n/messages/hr.json?icu';
import hu from '../i18n/messages/hu.json?icu';
import it from '../i18n/messages/it.json?icu';
import lt from '../i18n/messages/lt.json?icu';
import lv from '../i18n/messages/lv.json?icu';
import mt from '../i18n/messages/mt.json?icu';
import nl from '../i18n/messages/nl.json?icu';
import pl from '../i18n/messages/pl.json?icu';
import pt from '../i18n/messages/pt.json?icu';
import ro from '../i18n/messages/ro.json?icu';
import sk from '../i18n/messages/sk.json?icu';
import sl from '../i18n/messages/sl.json?icu';
import sv from '../i18n/messages/sv.json?icu';

// Typed through icu-modules.d.ts; spelt out so every tool reads the same type.
const CATALOGS: Readonly<Record<MessageLocale, CompiledCatalog>> = {
  bg: bg as CompiledCatalog,
  cs: cs as CompiledCatalog,
  da: da as CompiledCatalog,
  de: de as CompiledCatalog,
  el: el as CompiledCatalog,
  en: en as CompiledCatalog,
  es: es as CompiledCatalog,
  et: et as CompiledCatalog,
  fi: fi as CompiledCatalog,
  fr: fr as CompiledCatalog,
  ga: ga as CompiledCatalog,
  hr: hr as CompiledCatalog,
  hu: hu as CompiledCatalog,
  it: it as CompiledCatalog,
  lt: lt as CompiledCatalog,
  lv: lv as CompiledCatalog,
  mt: mt as CompiledCatalog,
  nl: nl as CompiledCatalog,
  pl: pl as CompiledCatalog,
  pt: pt as CompiledCatalog,
  ro: ro as CompiledCatalog,
  sk: sk as CompiledCatalog,
  sl: sl as CompiledCatalog,
  sv: sv as CompiledCatalog,
};
const built = new Map<Locale, Messages['calendar']>();

/** The calendar texts of `locale` (built once per language). */
export function calendarTexts(locale: Locale): Messages['calendar'] {
  let texts = built.get(locale);
  if (texts === undefined) {
    texts = buildMessages(intlTag(locale), CATALOGS[locale]).calendar;
    built.set(locale, texts);
  }
  return texts;
}
