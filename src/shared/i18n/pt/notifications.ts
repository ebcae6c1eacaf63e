import type { Messages } from '../messages';
import { plural } from '../plural';

/** Português: lembretes. */
export const notifications: Messages['notifications'] = {
  deadlineBody: (count, countdown) =>
    plural('pt', count, { one: `{n} conta por fazer, ${countdown}`, other: `{n} contas por fazer, ${countdown}` }),
  deadlineBodyOne: (account, countdown) => `${account} ainda está por fazer, ${countdown}`,
  checkEmailTitle: 'Verifique o seu e-mail',
  checkEmailBody: (company, account) => `O e-mail da ${company} para ${account} chegou?`,
  checkEmailBodyAt: (company, account, email) => `O e-mail da ${company} para ${account} chegou a ${email}?`,
  // — campaigns: begin (generated) —
  deadlineTitleFor: ({ campaign, countdown }) => `${campaign}: ${countdown}`,
  toDoTitle: ({ account }) => `Ainda por fazer: ${account}`,
  toDoBody: ({ campaign, still }) => `${campaign}. ${still}`,
  noAnswerTitle: ({ company }) => `Ainda sem resposta de ${company}`,
  noAnswerBody: ({ account, date }) =>
    `${account}: enviada a ${date} e sem confirmação desde então. Abra o Objector para ver o que pode fazer.`,
  refusedTitle: ({ company }) => `${company} recusou a sua oposição`,
  refusedBody: ({ account }) => `${account}: abra o Objector para ver o que pode fazer a seguir.`,
  recheckTitle: 'Verifique se a definição continua desativada',
  recheckBody: ({ account, setting }) =>
    `${account}: as plataformas às vezes voltam a ativar «${setting}». Um clique regista uma nova verificação.`,
  nudgeTitle: ({ count }) => plural('pt', count, { one: `Objector: {n} coisa à sua espera`, other: `Objector: {n} coisas à sua espera` }),
  andMore: ({ count }) => plural('pt', count, { one: `… e mais {n}`, other: `… e mais {n}` }),
  item: {
    toDo: ({ account }) => `${account}: ainda por fazer`,
    noAnswer: ({ account }) => `${account}: ainda sem resposta`,
    refused: ({ account }) => `${account}: recusada`,
    recheck: ({ account }) => `${account}: verificar se a definição continua desativada`,
  },
  // — campaigns: end —
};
