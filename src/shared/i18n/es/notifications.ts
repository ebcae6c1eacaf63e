import type { Messages } from '../messages';
import { plural } from '../plural';

/** Español: recordatorios. */
export const notifications: Messages['notifications'] = {
  deadlineBody: (count, countdown) =>
    plural('es', count, { one: `{n} cuenta por hacer, ${countdown}`, other: `{n} cuentas por hacer, ${countdown}` }),
  deadlineBodyOne: (account, countdown) => `${account} sigue por hacer, ${countdown}`,
  checkEmailTitle: 'Revisa tu correo',
  checkEmailBody: (company, account) => `¿Ha llegado el correo de ${company} para ${account}?`,
  checkEmailBodyAt: (company, account, email) => `¿Ha llegado a ${email} el correo de ${company} para ${account}?`,
  // — campaigns: begin (generated) —
  deadlineTitleFor: ({ campaign, countdown }) => `${campaign}: ${countdown}`,
  toDoTitle: ({ account }) => `Aún por hacer: ${account}`,
  toDoBody: ({ campaign, still }) => `${campaign}. ${still}`,
  noAnswerTitle: ({ company }) => `Aún sin respuesta de ${company}`,
  noAnswerBody: ({ account, date }) =>
    `${account}: enviada el ${date} y sin confirmar desde entonces. Abre Objector para ver qué puedes hacer.`,
  refusedTitle: ({ company }) => `${company} ha rechazado tu oposición`,
  refusedBody: ({ account }) => `${account}: abre Objector para ver qué puedes hacer ahora.`,
  recheckTitle: 'Comprueba que el ajuste sigue desactivado',
  recheckBody: ({ account, setting }) =>
    `${account}: las plataformas a veces vuelven a activar «${setting}». Un clic basta para anotar una nueva comprobación.`,
  nudgeTitle: ({ count }) => plural('es', count, { one: `Objector: {n} cosa te espera`, other: `Objector: {n} cosas te esperan` }),
  andMore: ({ count }) => plural('es', count, { one: `… y {n} más`, other: `… y {n} más` }),
  item: {
    toDo: ({ account }) => `${account}: aún por hacer`,
    noAnswer: ({ account }) => `${account}: sin respuesta aún`,
    refused: ({ account }) => `${account}: rechazada`,
    recheck: ({ account }) => `${account}: comprobar que el ajuste sigue desactivado`,
  },
  // — campaigns: end —
};
