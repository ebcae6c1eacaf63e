import type { Messages } from '../messages';
import { plural } from '../plural';

/** Polski: przypomnienia. */
export const notifications: Messages['notifications'] = {
  deadlineBody: (count, countdown) =>
    plural('pl', count, {
      one: `{n} konto do zrobienia, ${countdown}`,
      few: `{n} konta do zrobienia, ${countdown}`,
      many: `{n} kont do zrobienia, ${countdown}`,
      other: `{n} konta do zrobienia, ${countdown}`,
    }),
  deadlineBodyOne: (account, countdown) => `${account} czeka na sprzeciw, ${countdown}`,
  checkEmailTitle: 'Sprawdź e-mail',
  checkEmailBody: (company, account) => `Czy e-mail od ${company} dla ${account} dotarł?`,
  checkEmailBodyAt: (company, account, email) => `Czy e-mail od ${company} dla ${account} dotarł na ${email}?`,
  // — campaigns: begin (generated) —
  deadlineTitleFor: ({ campaign, countdown }) => `${campaign}: ${countdown}`,
  toDoTitle: ({ account }) => `Wciąż do zrobienia: ${account}`,
  toDoBody: ({ campaign, still }) => `${campaign}. ${still}`,
  noAnswerTitle: ({ company }) => `Wciąż brak odpowiedzi od ${company}`,
  noAnswerBody: ({ account, date }) =>
    `${account}: wysłano ${date} i od tego czasu bez potwierdzenia. Otwórz Objector, aby zobaczyć, co możesz zrobić.`,
  refusedTitle: ({ company }) => `Sprzeciw odrzucony przez ${company}`,
  refusedBody: ({ account }) => `${account}: otwórz Objector, aby zobaczyć, co możesz teraz zrobić.`,
  recheckTitle: 'Sprawdź, czy ustawienie jest nadal wyłączone',
  recheckBody: ({ account, setting }) =>
    `${account}: platformy czasem ponownie włączają „${setting}”. Jedno kliknięcie zapisuje nowe sprawdzenie.`,
  nudgeTitle: ({ count }) =>
    plural('pl', count, {
      one: `Objector: {n} sprawa czeka na ciebie`,
      few: `Objector: {n} sprawy czekają na ciebie`,
      many: `Objector: {n} spraw czeka na ciebie`,
      other: `Objector: {n} sprawy czeka na ciebie`,
    }),
  andMore: ({ count }) => plural('pl', count, { one: `… i {n} więcej`, other: `… i {n} więcej` }),
  item: {
    toDo: ({ account }) => `${account}: wciąż do zrobienia`,
    noAnswer: ({ account }) => `${account}: brak odpowiedzi`,
    refused: ({ account }) => `${account}: odrzucono`,
    recheck: ({ account }) => `${account}: sprawdzić, czy ustawienie jest nadal wyłączone`,
  },
  // — campaigns: end —
};
