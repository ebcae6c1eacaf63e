import type { Messages } from '../messages';
import { plural } from '../plural';

/** Português: lembretes. */
export const notifications: Messages['notifications'] = {
  deadlineTitle: (countdown) => `Prazo para se opor: ${countdown}`,
  deadlineBody: (count, countdown) =>
    plural('pt', count, { one: `{n} conta por fazer, ${countdown}`, other: `{n} contas por fazer, ${countdown}` }),
  deadlineBodyOne: (account, countdown) => `${account} ainda está por fazer, ${countdown}`,
  passedTitle: 'O prazo terminou: opor-se ainda ajuda',
  passedBody: (count) =>
    plural('pt', count, {
      one: '{n} conta por fazer. Opor-se agora ainda protege o que publicar daqui em diante.',
      other: '{n} contas por fazer. Opor-se agora ainda protege o que publicar daqui em diante.',
    }),
  checkEmailTitle: 'Verifique o seu e-mail',
  checkEmailBody: (company, account) => `O e-mail da ${company} para ${account} chegou?`,
  checkEmailBodyAt: (company, account, email) => `O e-mail da ${company} para ${account} chegou a ${email}?`,
};
