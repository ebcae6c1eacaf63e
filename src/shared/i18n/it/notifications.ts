import type { Messages } from '../messages';
import { plural } from '../plural';

/** Italiano: promemoria. */
export const notifications: Messages['notifications'] = {
  deadlineBody: (count, countdown) =>
    plural('it', count, { one: `{n} account ancora da fare, ${countdown}`, other: `{n} account ancora da fare, ${countdown}` }),
  deadlineBodyOne: (account, countdown) => `${account} è ancora da fare, ${countdown}`,
  checkEmailTitle: 'Controlla la posta',
  checkEmailBody: (company, account) => `È arrivata l’e-mail di ${company} per ${account}?`,
  checkEmailBodyAt: (company, account, email) => `È arrivata a ${email} l’e-mail di ${company} per ${account}?`,
  // — campaigns: begin (generated) —
  deadlineTitleFor: ({ campaign, countdown }) => `${campaign}: ${countdown}`,
  toDoTitle: ({ account }) => `Ancora da fare: ${account}`,
  toDoBody: ({ campaign, still }) => `${campaign}. ${still}`,
  noAnswerTitle: ({ company }) => `Ancora nessuna risposta da ${company}`,
  noAnswerBody: ({ account, date }) =>
    `${account}: inviata il ${date} e da allora non confermata. Apri Objector per vedere cosa puoi fare.`,
  refusedTitle: ({ company }) => `${company} ha respinto la tua opposizione`,
  refusedBody: ({ account }) => `${account}: apri Objector per vedere cosa puoi fare ora.`,
  recheckTitle: 'Controlla che l’impostazione sia ancora disattivata',
  recheckBody: ({ account, setting }) =>
    `${account}: a volte le piattaforme riattivano «${setting}». Basta un clic per registrare un nuovo controllo.`,
  nudgeTitle: ({ count }) => plural('it', count, { one: `Objector: {n} cosa ti aspetta`, other: `Objector: {n} cose ti aspettano` }),
  andMore: ({ count }) => plural('it', count, { one: `… e {n} altra`, other: `… e altre {n}` }),
  item: {
    toDo: ({ account }) => `${account}: ancora da fare`,
    noAnswer: ({ account }) => `${account}: ancora nessuna risposta`,
    refused: ({ account }) => `${account}: rifiutata`,
    recheck: ({ account }) => `${account}: controllare che l’impostazione sia ancora disattivata`,
  },
  // — campaigns: end —
};
