import type { Messages } from '../messages';
import { plural } from '../plural';

/** Nederlands: herinneringen. */
export const notifications: Messages['notifications'] = {
  deadlineTitle: (countdown) => `Deadline voor bezwaar: ${countdown}`,
  deadlineBody: (count, countdown) =>
    plural('nl', count, { one: `{n} account nog te doen, ${countdown}`, other: `{n} accounts nog te doen, ${countdown}` }),
  deadlineBodyOne: (account, countdown) => `${account} is nog te doen, ${countdown}`,
  passedTitle: 'De deadline is verstreken: bezwaar maken helpt nog steeds',
  passedBody: (count) =>
    plural('nl', count, {
      one: '{n} account nog te doen. Nu bezwaar maken beschermt nog steeds wat je vanaf nu plaatst.',
      other: '{n} accounts nog te doen. Nu bezwaar maken beschermt nog steeds wat je vanaf nu plaatst.',
    }),
  checkEmailTitle: 'Controleer je e-mail',
  checkEmailBody: (company, account) => `Is de e-mail van ${company} voor ${account} aangekomen?`,
  checkEmailBodyAt: (company, account, email) => `Is de e-mail van ${company} voor ${account} aangekomen op ${email}?`,
};
