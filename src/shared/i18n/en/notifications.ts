/** Reminder notifications: specific, short, and never more than one per moment. */
import { plural } from '../plural';

export const notifications = {
  deadlineBody: (count: number, countdown: string) =>
    plural('en', count, { one: `1 account still to do, ${countdown}`, other: `{n} accounts still to do, ${countdown}` }),
  deadlineBodyOne: (account: string, countdown: string) => `${account} is still to do, ${countdown}`,
  checkEmailTitle: 'Check your e-mail',
  /** "Did Meta's e-mail arrive for Instagram @marie?" */
  checkEmailBody: (company: string, account: string) => `Did ${company}'s e-mail arrive for ${account}?`,
  checkEmailBodyAt: (company: string, account: string, email: string) => `Did ${company}'s e-mail arrive for ${account} at ${email}?`,
  // — campaigns: begin (generated) —
  deadlineTitleFor: ({ campaign, countdown }: { readonly campaign: string; readonly countdown: string }) => `${campaign}: ${countdown}`,
  toDoTitle: ({ account }: { readonly account: string }) => `Still to do: ${account}`,
  toDoBody: ({ campaign, still }: { readonly campaign: string; readonly still: string }) => `${campaign}. ${still}`,
  noAnswerTitle: ({ company }: { readonly company: string }) => `No answer yet from ${company}`,
  noAnswerBody: ({ account, date }: { readonly account: string; readonly date: string }) =>
    `${account}: sent on ${date} and not confirmed since. Open Objector to see what you can do.`,
  refusedTitle: ({ company }: { readonly company: string }) => `${company} refused your objection`,
  refusedBody: ({ account }: { readonly account: string }) => `${account}: open Objector to see what you can do next.`,
  recheckTitle: 'Check that the setting is still off',
  recheckBody: ({ account, setting }: { readonly account: string; readonly setting: string }) =>
    `${account}: platforms sometimes switch “${setting}” back on. One click records a fresh check.`,
  nudgeTitle: ({ count }: { readonly count: number }) =>
    plural('en', count, { one: `Objector: {n} thing needs you`, other: `Objector: {n} things need you` }),
  andMore: ({ count }: { readonly count: number }) => plural('en', count, { one: `…and {n} more`, other: `…and {n} more` }),
  item: {
    toDo: ({ account }: { readonly account: string }) => `${account}: still to do`,
    noAnswer: ({ account }: { readonly account: string }) => `${account}: no answer yet`,
    refused: ({ account }: { readonly account: string }) => `${account}: refused`,
    recheck: ({ account }: { readonly account: string }) => `${account}: check the setting is still off`,
  },
  // — campaigns: end —
};
