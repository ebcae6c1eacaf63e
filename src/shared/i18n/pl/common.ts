import type { Messages } from '../messages';

/** Polski: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `zostało ${distance}`,
  countdownPassed: (distance) => `termin minął ${distance} temu`,
  countdownNoDeadline: 'brak terminu',
  deadlineOn: (date, zone) => `Termin: ${date} (strefa ${zone})`,
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
    // — campaigns, in this group: begin (generated) —
    'group-not-for-platform': 'Tego rodzaju konta nie można połączyć w Centrum kont Meta.',
    'date-in-future': 'Ta data jest w przyszłości.',
    // — campaigns, in this group: end —
  },
};
