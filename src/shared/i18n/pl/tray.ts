import type { Messages } from '../messages';
import { plural } from '../plural';

/** Polski: podpowiedź i menu ikony w zasobniku. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector: ${countdown}`,
  tooltipWithProgress: (countdown, progress) => `Objector: ${countdown}\n${progress}`,
  progressLeft: (left) =>
    plural('pl', left, { one: 'zostało {n} konto', few: 'zostały {n} konta', many: 'zostało {n} kont', other: 'zostało {n} konta' }),
  progressAllDone: 'Wszystkie konta są gotowe',
  noAccounts: 'Brak kont: dodaj je na liście',
  accountLine: (platform, label, status) => `${platform} ${label}: ${status}`,
  moreAccounts: (count) => plural('pl', count, { one: '… i {n} więcej', other: '… i {n} więcej' }),
  statuses: {
    'to-do': 'do zrobienia',
    'in-progress': 'w toku',
    submitted: 'wysłano, sprawdź e-mail',
    confirmed: 'potwierdzono',
    'covered-by-group': 'objęte przez grupę',
    'not-applicable': 'niepotrzebne',
  },
  openNextForm: 'Otwórz następny formularz',
  openNextFormFor: (account) => `Otwórz następny formularz (${account})`,
  openChecklist: 'Otwórz listę',
  pauseReminders: 'Wstrzymaj przypomnienia',
  pauseOneDay: 'Na 1 dzień',
  pauseOneWeek: 'Na 1 tydzień',
  pauseForever: 'Dopóki ich nie włączę',
  resumeReminders: 'Wznów przypomnienia',
  startAtLogin: 'Uruchamiaj po zalogowaniu',
  edit: { menu: 'Edycja', undo: 'Cofnij', redo: 'Ponów', cut: 'Wytnij', copy: 'Kopiuj', paste: 'Wklej', selectAll: 'Zaznacz wszystko' },
  quit: 'Zamknij Objector',
};
