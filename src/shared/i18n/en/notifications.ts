/** Reminder notifications: specific, short, and never more than one per moment. */
import { plural } from '../plural';

export const notifications = {
  /** Before the deadline; `countdown` is the countdown text, e.g. "3 days left". */
  deadlineTitle: (countdown: string) => `Objection deadline: ${countdown}`,
  deadlineBody: (count: number, countdown: string) =>
    plural('en', count, { one: `1 account still to do, ${countdown}`, other: `{n} accounts still to do, ${countdown}` }),
  deadlineBodyOne: (account: string, countdown: string) => `${account} is still to do, ${countdown}`,
  passedTitle: 'The deadline has passed: objecting still helps',
  passedBody: (count: number) =>
    plural('en', count, {
      one: '1 account still to do. Objecting now still protects what you post from now on.',
      other: '{n} accounts still to do. Objecting now still protects what you post from now on.',
    }),
  checkEmailTitle: 'Check your e-mail',
  /** "Did Meta's e-mail arrive for Instagram @marie?" */
  checkEmailBody: (company: string, account: string) => `Did ${company}'s e-mail arrive for ${account}?`,
  checkEmailBodyAt: (company: string, account: string, email: string) => `Did ${company}'s e-mail arrive for ${account} at ${email}?`,
};
