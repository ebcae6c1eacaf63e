import type { Messages } from '../messages';

/** Polski: pierwsze uruchomienie. */
export const onboarding: Messages['onboarding'] = {
  objectionTitle: 'Co daje sprzeciw, a czego nie',
  objectionDoesNot: 'Nie daje: niczego nie usuwa i nie cofa tego, co już wykorzystano.',
  objectionBody: 'Sprzeciw można złożyć w każdej chwili, także po terminie. Zajmuje to minutę na konto.',
  privacyTitle: 'Nic nie opuszcza tego komputera',
  privacyPoint: 'To Ty klikasz Wyślij. Aplikacja niczego za Ciebie nie wypełnia ani nie wysyła.',
  // — campaigns: begin (generated) —
  stepOf: ({ step, total }) => `Krok ${step} z ${total}`,
  platformsTitle: 'Z jakich platform korzystasz?',
  platformsBody: 'Zaznacz każdą, na której masz konto, nawet rzadko używane.',
  todayTitle: 'Jak wygląda sytuacja dzisiaj',
  todayPassed: ({ date }) => `termin minął ${date}`,
  todayAhead: ({ date }) => `termin: ${date}`,
  todayNone: 'bez terminu',
  objectionDoes: 'Co robi: każe platformie przestać od teraz używać tego, co publikujesz, do trenowania AI.',
  privacyBody:
    'Twoja lista kont i postępy zostają na tym komputerze. Aplikacja niczego nigdzie nie wysyła: jedyny ruch to ty, odwiedzający strony samych platform.',
  start: 'Przejdź do mojej listy',
  // — campaigns: end —
};
