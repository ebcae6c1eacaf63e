import type { Messages } from '../messages';
import { plural } from '../plural';

/** Italiano: promemoria. */
export const notifications: Messages['notifications'] = {
  deadlineTitle: (countdown) => `Scadenza per opporsi: ${countdown}`,
  deadlineBody: (count, countdown) =>
    plural('it', count, { one: `{n} account ancora da fare, ${countdown}`, other: `{n} account ancora da fare, ${countdown}` }),
  deadlineBodyOne: (account, countdown) => `${account} è ancora da fare, ${countdown}`,
  passedTitle: 'La scadenza è passata: opporsi serve ancora',
  passedBody: (count) =>
    plural('it', count, {
      one: '{n} account ancora da fare. Opporsi ora protegge ancora ciò che pubblicherai da adesso in poi.',
      other: '{n} account ancora da fare. Opporsi ora protegge ancora ciò che pubblicherai da adesso in poi.',
    }),
  checkEmailTitle: 'Controlla la posta',
  checkEmailBody: (company, account) => `È arrivata l’e-mail di ${company} per ${account}?`,
  checkEmailBodyAt: (company, account, email) => `È arrivata a ${email} l’e-mail di ${company} per ${account}?`,
};
