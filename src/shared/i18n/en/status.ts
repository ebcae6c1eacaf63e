/** Where an account stands, in words that carry how sure we are. */
export const status = {
  toDo: 'Not filed yet',
  inProgress: 'Form opened, not sent yet',
  submittedByPerson: 'You said you sent it',
  submittedDetected: 'Sent (the app saw the form go)',
  confirmedOnPage: (company: string) => `Confirmed on ${company}’s page`,
  confirmedByEmail: (company: string) => `Confirmed by ${company}’s e-mail`,
  coveredByGroup: 'Covered by your Accounts Center group',
  notApplicable: (reason: string) => `Not applicable: ${reason}`,
  reasons: {
    under18: 'under 18',
    noPublicContent: 'no public content',
    other: 'other reason',
  },
  hints: {
    toDo: 'Nothing has been sent for this account yet.',
    inProgress: 'When you have pressed Send on the form, say so here.',
    submitted: (company: string) => `${company} usually sends a confirmation e-mail within a day. When it arrives, tell us.`,
    confirmed: 'Done. Keep the confirmation e-mail as proof.',
    coveredByGroup: (label: string) =>
      `The objection confirmed for “${label}” also covers this account. Filing here too is cheap insurance.`,
    notApplicable: 'Nothing to do for this account.',
  },
  // — campaigns: begin (generated) —
  setting: {
    toDo: 'Not switched off yet',
    toDoHint: 'The setting is on unless you switch it off.',
    openedHint: 'Switch the setting off on the platform’s page, then say so here.',
    off: ({ date }: { readonly date: string }) => `You switched it off on ${date}`,
    seenOff: ({ date }: { readonly date: string }) => `Seen off on the page on ${date}`,
    offHint: ({ date }: { readonly date: string }) => `Next check that it is still off: ${date}.`,
    offHintNoRecheck: 'Done. Re-checks are switched off in the settings.',
    recheck: 'Time to check it is still off',
    recheckHint: ({ date }: { readonly date: string }) =>
      `Platforms sometimes switch settings back on. Last seen off on ${date}: open the setting and check.`,
  },
  followUp: {
    noAnswer: 'No answer yet',
    refused: ({ company }: { readonly company: string }) => `Refused by ${company}`,
    complained: 'Complaint filed',
    waitingHint: ({ company, date }: { readonly company: string; readonly date: string }) =>
      `${company} usually confirms by e-mail within a day. If nothing has come by ${date}, Objector will tell you what to do.`,
    noAnswerHint: ({ date, company, days }: { readonly date: string; readonly company: string; readonly days: number }) =>
      `Sent on ${date}, and ${company} has not confirmed it within ${days} days.`,
    refusedHint: ({ date, note }: { readonly date: string; readonly note: string }) => `You noted on ${date}: “${note}”.`,
    refusedHintNoNote: ({ date }: { readonly date: string }) => `You noted their refusal on ${date}.`,
    complainedHint: ({ date }: { readonly date: string }) => `You filed a complaint on ${date}. The authority answers you directly.`,
    whatToDo: 'What you can do',
    checkSpam: ({ company }: { readonly company: string }) =>
      `Look for ${company}’s e-mail in every mailbox this account uses, spam included. If it came, say so with “I got ${company}’s e-mail”.`,
    refusedNext: 'If they ask for more, you may send the form again with it. You owe them no reason: the GDPR lets you object at any time.',
    complain: 'You may complain to a data protection authority: it expects you to have asked the company first, and the proof you kept.',
  },
  // — campaigns: end —
};
