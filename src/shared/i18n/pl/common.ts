import type { Messages } from '../messages';

/** Polski: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `zostało ${distance}`,
  countdownPassed: (distance) => `termin minął ${distance} temu`,
  countdownNoDeadline: 'brak terminu',
  deadlineOn: (date, zone) => `Termin: ${date} (strefa ${zone})`,
  passedHonest:
    'Sprzeciw złożony teraz nadal chroni to, co opublikujesz od dziś. To, co było publiczne przed terminem, mogło już zostać wykorzystane.',
  passedAlreadyUsed: 'To, co było publiczne przed terminem, mogło już zostać wykorzystane.',
  cancel: 'Anuluj',
  save: 'Zapisz',
  close: 'Zamknij',
  back: 'Wstecz',
  next: 'Dalej',
  edit: 'Edytuj',
  remove: 'Usuń',
  failed: (reason) => `Nie udało się: ${reason}`,
  /** Why the app refused a change (see Refusal in src/shared/domain/reducer.ts). */
  refused: {
    'account-missing': 'To konto już nie istnieje.',
    'label-empty': 'Konto potrzebuje nazwy.',
    'group-missing': 'To Centrum kont już nie istnieje.',
    'group-name-empty': 'Grupa potrzebuje nazwy.',
    'campaign-not-for-platform': 'Ta kampania nie dotyczy tego rodzaju konta.',
    'not-in-campaign': 'To konto nie bierze udziału w tej kampanii.',
    'not-saved':
      'Nie udało się zapisać postępów (dysk lub pamięć przeglądarki może być pełna albo zablokowana). Nic nie zostało zmienione.',
    'not-saved-disk-full': 'Nie zapisano: dysk jest pełny. Zwolnij trochę miejsca i spróbuj ponownie. Nic nie zostało zmienione.',
    'read-only':
      'Nie zapisano: Objector nie może zapisywać w swoim folderze danych, więc na razie tylko je wyświetla. Nic nie zostało zmienione.',
    'limit-reached':
      'Nie zapisano: Objector przechowuje już tyle, ile może (za dużo kont lub kroków). Usuń konta, których już nie potrzebujesz, i spróbuj ponownie.',
  },
};
