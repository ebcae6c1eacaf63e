import type { Messages } from '../messages';
import { plural } from '../plural';

/** Français : notifications de rappel. */
export const notifications: Messages['notifications'] = {
  deadlineBody: (count, countdown) =>
    plural('fr', count, { one: `{n} compte encore à faire, ${countdown}`, other: `{n} comptes encore à faire, ${countdown}` }),
  deadlineBodyOne: (account, countdown) => `${account} est encore à faire, ${countdown}`,
  checkEmailTitle: 'Vérifiez vos e-mails',
  checkEmailBody: (company, account) => `L’e-mail de ${company} est-il arrivé pour ${account} ?`,
  checkEmailBodyAt: (company, account, email) => `L’e-mail de ${company} est-il arrivé à ${email} pour ${account} ?`,
  // — campaigns: begin (generated) —
  deadlineTitleFor: ({ campaign, countdown }) => `${campaign}\u202f: ${countdown}`,
  toDoTitle: ({ account }) => `Encore à faire\u202f: ${account}`,
  toDoBody: ({ campaign, still }) => `${campaign}. ${still}`,
  noAnswerTitle: ({ company }) => `Toujours pas de réponse de ${company}`,
  noAnswerBody: ({ account, date }) =>
    `${account}\u202f: envoyé le ${date}, sans confirmation depuis. Ouvrez Objector pour voir ce que vous pouvez faire.`,
  refusedTitle: ({ company }) => `${company} a refusé votre opposition`,
  refusedBody: ({ account }) => `${account}\u202f: ouvrez Objector pour voir ce que vous pouvez faire ensuite.`,
  recheckTitle: 'Vérifiez que le réglage est toujours désactivé',
  recheckBody: ({ account, setting }) =>
    `${account}\u202f: les plateformes réactivent parfois «\u202f${setting}\u202f». Un clic suffit pour noter une nouvelle vérification.`,
  nudgeTitle: ({ count }) =>
    plural('fr', count, { one: `Objector\u202f: {n} chose vous attend`, other: `Objector\u202f: {n} choses vous attendent` }),
  andMore: ({ count }) => plural('fr', count, { one: `… et {n} autre`, other: `… et {n} autres` }),
  item: {
    toDo: ({ account }) => `${account}\u202f: encore à faire`,
    noAnswer: ({ account }) => `${account}\u202f: toujours sans réponse`,
    refused: ({ account }) => `${account}\u202f: refusé`,
    recheck: ({ account }) => `${account}\u202f: vérifier que le réglage est toujours désactivé`,
  },
  // — campaigns: end —
};
