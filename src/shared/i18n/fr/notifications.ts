import type { Messages } from '../messages';
import { plural } from '../plural';

/** Français : notifications de rappel. */
export const notifications: Messages['notifications'] = {
  deadlineTitle: (countdown) => `Échéance de l’opposition : ${countdown}`,
  deadlineBody: (count, countdown) =>
    plural('fr', count, { one: `{n} compte encore à faire, ${countdown}`, other: `{n} comptes encore à faire, ${countdown}` }),
  deadlineBodyOne: (account, countdown) => `${account} est encore à faire, ${countdown}`,
  passedTitle: 'L’échéance est passée : s’opposer reste utile',
  passedBody: (count) =>
    plural('fr', count, {
      one: '{n} compte encore à faire. S’opposer maintenant protège encore ce que vous publierez désormais.',
      other: '{n} comptes encore à faire. S’opposer maintenant protège encore ce que vous publierez désormais.',
    }),
  checkEmailTitle: 'Vérifiez vos e-mails',
  checkEmailBody: (company, account) => `L’e-mail de ${company} est-il arrivé pour ${account} ?`,
  checkEmailBodyAt: (company, account, email) => `L’e-mail de ${company} est-il arrivé à ${email} pour ${account} ?`,
};
