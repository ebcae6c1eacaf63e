import type { Messages } from '../messages';

/** Polski: the store and start-up. */
export const store: Messages['store'] = {
  readOnlyTitle: 'Objector na razie niczego nie zapisuje',
  folderReadOnly:
    'Objector nie może zapisywać w swoim folderze danych (dysk lub folder jest tylko do odczytu). Możesz przeglądać swoje konta, ale wprowadzone zmiany nie zostaną zachowane.',
  diskFull:
    'Dysk jest pełny: Objector nie może niczego zapisać. Możesz przeglądać swoje konta, ale wprowadzone zmiany nie zostaną zachowane.',
  newerVersion:
    'Twoje dane zapisała nowsza wersja Objectora. Ta wersja nie potrafi ich odczytać, więc pokazuje pustą listę i niczego nie zmienia na dysku.',
  danglingLink: (target) =>
    `Plik danych Objectora jest dowiązaniem do ${target}, którego nie ma (niepodłączony dysk?). Dopóki nie wróci, nic nie jest zapisywane.`,
  cannotRead: (detail) => `Objector nie może odczytać swojego pliku danych (${detail}). Niczego nie zmienia na dysku.`,
  cannotRepair: (detail) =>
    `Objector znalazł uszkodzony plik danych i nie mógł go odłożyć na bok (${detail}). Niczego nie zmienia na dysku.`,
  whereFiles: (folder) => `Twój folder danych: ${folder}`,
  whatToDoReadOnly: 'Zezwól na zapis w folderze (lub zwolnij miejsce), a potem zamknij Objectora i uruchom go ponownie.',
  whatToDoNewer: 'Zainstaluj najnowszą wersję Objectora, aby korzystać ze swoich danych.',
  whatToDoLink: 'Podłącz dysk i uruchom Objectora ponownie albo usuń dowiązanie, aby kontynuować od ostatniego zapisu na tym komputerze.',
  openDataFolder: 'Otwórz folder danych',
  openLogFolder: 'Otwórz folder dziennika',
  logFolderHint:
    'Dziennik zapisuje, co zrobił Objector, z numerami kont, ale nigdy z Twoimi adresami e-mail, nazwami ani treścią stron. Zostaje na tym komputerze; możesz nam go wysłać, jeśli coś pójdzie nie tak.',
  startFailedTitle: 'Nie udało się uruchomić Objectora',
  startFailedBody: (reason) => `Podczas uruchamiania Objectora coś poszło nie tak: ${reason}`,
  startFailedWhat:
    'Twoje dane nie zostały zmienione. Zamknij Objectora i uruchom go ponownie; jeśli to się powtórzy, wyślij nam dziennik (Otwórz folder dziennika).',
  startFailedTray: 'Nie udało się uruchomić Objectora: kliknij, aby zobaczyć szczegóły',
  showDetails: 'Co się stało?',
  quit: 'Zamknij Objectora',
};
