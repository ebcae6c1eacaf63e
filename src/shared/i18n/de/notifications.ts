import type { Messages } from '../messages';
import { plural } from '../plural';

/** Deutsch: Erinnerungen. */
export const notifications: Messages['notifications'] = {
  deadlineTitle: (countdown) => `Widerspruchsfrist: ${countdown}`,
  deadlineBody: (count, countdown) =>
    plural('de', count, { one: `{n} Konto noch offen, ${countdown}`, other: `{n} Konten noch offen, ${countdown}` }),
  deadlineBodyOne: (account, countdown) => `${account} ist noch offen, ${countdown}`,
  passedTitle: 'Die Frist ist abgelaufen: ein Widerspruch hilft trotzdem',
  passedBody: (count) =>
    plural('de', count, {
      one: '{n} Konto noch offen. Ein Widerspruch schützt weiterhin alles, was du ab jetzt veröffentlichst.',
      other: '{n} Konten noch offen. Ein Widerspruch schützt weiterhin alles, was du ab jetzt veröffentlichst.',
    }),
  checkEmailTitle: 'Prüfe deine E-Mails',
  checkEmailBody: (company, account) => `Ist die E-Mail von ${company} für ${account} angekommen?`,
  checkEmailBodyAt: (company, account, email) => `Ist die E-Mail von ${company} für ${account} an ${email} angekommen?`,
};
