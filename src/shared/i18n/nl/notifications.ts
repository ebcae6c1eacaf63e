import type { Messages } from '../messages';
import { plural } from '../plural';

/** Nederlands: herinneringen. */
export const notifications: Messages['notifications'] = {
  deadlineBody: (count, countdown) =>
    plural('nl', count, { one: `{n} account nog te doen, ${countdown}`, other: `{n} accounts nog te doen, ${countdown}` }),
  deadlineBodyOne: (account, countdown) => `${account} is nog te doen, ${countdown}`,
  checkEmailTitle: 'Controleer je e-mail',
  checkEmailBody: (company, account) => `Is de e-mail van ${company} voor ${account} aangekomen?`,
  checkEmailBodyAt: (company, account, email) => `Is de e-mail van ${company} voor ${account} aangekomen op ${email}?`,
  // — campaigns: begin (generated) —
  deadlineTitleFor: ({ campaign, countdown }) => `${campaign}: ${countdown}`,
  toDoTitle: ({ account }) => `Nog te doen: ${account}`,
  toDoBody: ({ campaign, still }) => `${campaign}. ${still}`,
  noAnswerTitle: ({ company }) => `Nog geen antwoord van ${company}`,
  noAnswerBody: ({ account, date }) =>
    `${account}: verstuurd op ${date} en sindsdien niet bevestigd. Open Objector om te zien wat je kunt doen.`,
  refusedTitle: ({ company }) => `${company} heeft je bezwaar geweigerd`,
  refusedBody: ({ account }) => `${account}: open Objector om te zien wat je nu kunt doen.`,
  recheckTitle: 'Controleer of de instelling nog uit staat',
  recheckBody: ({ account, setting }) =>
    `${account}: platforms zetten ‘${setting}’ soms weer aan. Met één klik leg je een nieuwe controle vast.`,
  nudgeTitle: ({ count }) => plural('nl', count, { one: `Objector: {n} ding wacht op je`, other: `Objector: {n} dingen wachten op je` }),
  andMore: ({ count }) => plural('nl', count, { one: `… en nog {n}`, other: `… en nog {n}` }),
  item: {
    toDo: ({ account }) => `${account}: nog te doen`,
    noAnswer: ({ account }) => `${account}: nog geen antwoord`,
    refused: ({ account }) => `${account}: geweigerd`,
    recheck: ({ account }) => `${account}: controleren of de instelling nog uit staat`,
  },
  // — campaigns: end —
};
