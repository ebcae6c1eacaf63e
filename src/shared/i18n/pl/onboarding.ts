import type { Messages } from '../messages';

/** Polski: pierwsze uruchomienie. */
export const onboarding: Messages['onboarding'] = {
  stepOf: (step, total) => `Krok ${step} z ${total}`,
  whatTitle: 'Meta chce trenować swoją AI na Twoich publicznych postach',
  whatBody:
    'Od 27 maja 2025 r. Meta wykorzystuje publiczne posty, zdjęcia i komentarze dorosłych użytkowników Facebooka i Instagrama w UE do trenowania swojej sztucznej inteligencji, chyba że się sprzeciwią.',
  whatPoint1: 'Dotyczy to tylko tego, co udostępniono publicznie, nie prywatnych wiadomości.',
  whatPoint2: 'Liczy się każde konto: sprzeciw na jednym nie zawsze obejmuje pozostałe.',
  objectionTitle: 'Co daje sprzeciw, a czego nie',
  objectionDoes: 'Daje: Meta przestaje od teraz używać Twoich publicznych treści do trenowania AI.',
  objectionDoesNot: 'Nie daje: niczego nie usuwa i nie cofa tego, co już wykorzystano.',
  objectionBody: 'Sprzeciw można złożyć w każdej chwili, także po terminie. Zajmuje to minutę na konto.',
  privacyTitle: 'Nic nie opuszcza tego komputera',
  privacyBody:
    'Lista kont i postęp zostają na tym komputerze. Aplikacja nigdzie niczego nie wysyła: jedyny ruch w sieci to Ty, odwiedzający formularz Meta.',
  privacyPoint: 'To Ty klikasz Wyślij. Aplikacja niczego za Ciebie nie wypełnia ani nie wysyła.',
  start: 'Dodaj pierwsze konto',
  skip: 'Pomiń',
};
