/**
 * The calendar events' words in every language, imported together: `calendarFile` is synchronous
 * (its stable signature returns the text), so it cannot load a language on demand. Each import
 * takes only the `calendar.*` keys of its file (`?icu&area=calendar`, a few hundred bytes per
 * language), so the whole message files stay separate chunks and a window still downloads only
 * the language it shows; only the calendar module's chunk carries these.
 */
import { buildMessages, type CompiledCatalog } from '../i18n/compiled';
import { intlTag, type Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import type { MessageLocale } from '../i18n/messages.generated';
import bg from '../i18n/messages/bg.json?icu&area=calendar';
import cs from '../i18n/messages/cs.json?icu&area=calendar';
import da from '../i18n/messages/da.json?icu&area=calendar';
import de from '../i18n/messages/de.json?icu&area=calendar';
import el from '../i18n/messages/el.json?icu&area=calendar';
import en from '../i18n/messages/en.json?icu&area=calendar';
import es from '../i18n/messages/es.json?icu&area=calendar';
import et from '../i18n/messages/et.json?icu&area=calendar';
import fi from '../i18n/messages/fi.json?icu&area=calendar';
import fr from '../i18n/messages/fr.json?icu&area=calendar';
import ga from '../i18n/messages/ga.json?icu&area=calendar';
import hr from '../i18n/messages/hr.json?icu&area=calendar';
import hu from '../i18n/messages/hu.json?icu&area=calendar';
import it from '../i18n/messages/it.json?icu&area=calendar';
import lt from '../i18n/messages/lt.json?icu&area=calendar';
import lv from '../i18n/messages/lv.json?icu&area=calendar';
import mt from '../i18n/messages/mt.json?icu&area=calendar';
import nl from '../i18n/messages/nl.json?icu&area=calendar';
import pl from '../i18n/messages/pl.json?icu&area=calendar';
import pt from '../i18n/messages/pt.json?icu&area=calendar';
import ro from '../i18n/messages/ro.json?icu&area=calendar';
import sk from '../i18n/messages/sk.json?icu&area=calendar';
import sl from '../i18n/messages/sl.json?icu&area=calendar';
import sv from '../i18n/messages/sv.json?icu&area=calendar';

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
