import type { Messages } from '../messages';
import { plural } from '../plural';

/** Español: recordatorios. */
export const notifications: Messages['notifications'] = {
  deadlineTitle: (countdown) => `Plazo de oposición: ${countdown}`,
  deadlineBody: (count, countdown) =>
    plural('es', count, { one: `{n} cuenta por hacer, ${countdown}`, other: `{n} cuentas por hacer, ${countdown}` }),
  deadlineBodyOne: (account, countdown) => `${account} sigue por hacer, ${countdown}`,
  passedTitle: 'El plazo ha vencido: oponerse sigue sirviendo',
  passedBody: (count) =>
    plural('es', count, {
      one: '{n} cuenta por hacer. Oponerse ahora sigue protegiendo lo que publiques a partir de hoy.',
      other: '{n} cuentas por hacer. Oponerse ahora sigue protegiendo lo que publiques a partir de hoy.',
    }),
  checkEmailTitle: 'Revisa tu correo',
  checkEmailBody: (company, account) => `¿Ha llegado el correo de ${company} para ${account}?`,
  checkEmailBodyAt: (company, account, email) => `¿Ha llegado a ${email} el correo de ${company} para ${account}?`,
};
