import type { Messages } from '../messages';
import { plural } from '../plural';

/** Polski: podpowiedź i menu ikony w zasobniku. */
export const tray: Messages['tray'] = {
  progressAllDone: 'Wszystkie konta są gotowe',
  noAccounts: 'Brak kont: dodaj je na liście',
  openChecklist: 'Otwórz listę',
  pauseReminders: 'Wstrzymaj przypomnienia',
  pauseOneDay: 'Na 1 dzień',
  pauseOneWeek: 'Na 1 tydzień',
  pauseForever: 'Dopóki ich nie włączę',
  resumeReminders: 'Wznów przypomnienia',
  startAtLogin: 'Uruchamiaj po zalogowaniu',
  edit: { menu: 'Edycja', undo: 'Cofnij', redo: 'Ponów', cut: 'Wytnij', copy: 'Kopiuj', paste: 'Wklej', selectAll: 'Zaznacz wszystko' },
  quit: 'Zamknij Objector',
  // — campaigns: begin (generated) —
  tooltip: ({ line }) => `Objector: ${line}`,
  tooltipWithProgress: ({ line, progress }) => `Objector: ${line}\n${progress}`,
  countdownFor: ({ campaign, countdown }) => `${campaign}: ${countdown}`,
  progressLeft: ({ count }) =>
    plural('pl', count, {
      one: `zostało {n} konto do zrobienia`,
      few: `zostały {n} konta do zrobienia`,
      many: `zostało {n} kont do zrobienia`,
      other: `zostało {n} konta do zrobienia`,
    }),
  nothingNowWaiting: ({ count }) =>
    plural('pl', count, {
      one: `Na razie nic do zrobienia: czekasz na {n} odpowiedź`,
      few: `Na razie nic do zrobienia: czekasz na {n} odpowiedzi`,
      many: `Na razie nic do zrobienia: czekasz na {n} odpowiedzi`,
      other: `Na razie nic do zrobienia: czekasz na {n} odpowiedzi`,
    }),
  allDoneNextRecheck: ({ date }) => `Wszystko gotowe, następne sprawdzenie: ${date}`,
  titleLeft: ({ count }) => plural('pl', count, { other: `{n} do zrobienia` }),
  accountLine: ({ platform, label, status }) => `${platform} ${label}: ${status}`,
  accountLineIn: ({ platform, label, campaign, status }) => `${platform} ${label} (${campaign}): ${status}`,
  moreAccounts: ({ count }) => plural('pl', count, { one: `… i {n} więcej`, other: `… i {n} więcej` }),
  standing: {
    toDo: 'do zrobienia',
    opened: 'formularz otwarty',
    waiting: 'wysłano, czeka na odpowiedź',
    noAnswer: 'brak odpowiedzi',
    refused: 'odrzucono',
    complained: 'skarga złożona',
    confirmed: 'potwierdzono',
    covered: 'objęte przez grupę',
    notNeeded: 'niepotrzebne',
    settingToDo: 'ustawienie nadal włączone',
    settingOff: 'wyłączone',
    settingRecheck: 'sprawdzić, czy nadal jest wyłączone',
  },
  openNext: ({ account }) => `Następne: ${account}`,
  // — campaigns: end —
};
