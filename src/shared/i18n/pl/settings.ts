import type { Messages } from '../messages';
import { plural } from '../plural';

/** Polski: ustawienia. */
export const settings: Messages['settings'] = {
  title: 'Ustawienia',
  backToList: 'Wróć do swoich kont',
  language: 'Język',
  languageSystem: (name) => `Jak na tym komputerze (${name})`,
  reminders: 'Przypomnienia',
  remindersOn: 'Przypominaj mi o terminie i o sprawdzeniu poczty',
  pause: 'Wstrzymaj przypomnienia',
  pauseDay: 'Na 1 dzień',
  pauseWeek: 'Na 1 tydzień',
  pauseForever: 'Dopóki ich nie włączę',
  pausedUntil: (date) => `Przypomnienia są wstrzymane do ${date}.`,
  pausedForever: 'Przypomnienia są wstrzymane, dopóki ich nie włączysz.',
  resume: 'Włącz przypomnienia ponownie',
  startAtLogin: 'Uruchamiaj Objector po zalogowaniu',
  desktopOnly: 'Tylko w aplikacji na komputer.',
  theme: 'Wygląd',
  themeSystem: 'Jak na tym komputerze',
  themeLight: 'Jasny',
  themeDark: 'Ciemny',
  data: 'Twoje dane',
  dataHint: 'Jeden plik z Twoimi kontami, postępem i ustawieniami. Przydatny przy przenosinach na inny komputer.',
  export: 'Eksportuj do pliku',
  import: 'Importuj z pliku',
  exported: (path) => `Zapisano w ${path}`,
  imported: (accounts, events) =>
    `Zaimportowano: ${plural('pl', accounts, { one: '{n} konto', few: '{n} konta', other: '{n} kont' })}, ${plural('pl', events, { one: '{n} krok', few: '{n} kroki', other: '{n} kroków' })}.`,
  importInvalid: 'Nie udało się zaimportować tego pliku. Nic nie zostało zmienione.',
  reset: 'Zacznij od nowa',
  resetHint: 'Usuwa z aplikacji wszystkie konta i cały postęp.',
  resetTitle: 'Zacząć od nowa?',
  resetBody: 'Wszystkie konta, kroki i ustawienia zostaną usunięte z aplikacji. Warto najpierw wyeksportować kopię.',
  resetConfirm: 'Usuń wszystko',
  done: 'Gotowe',
  version: (version) => `Wersja ${version}`,
  /** The file type in the save and open dialogs. */
  dataFileType: 'Eksport Objector',
};
