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
  /** Wording for settings to switch off (LinkedIn, X) instead of forms to send. */
  toggle: {
    submitted: 'You said you switched it off',
    confirmed: 'Switched off, proof saved',
    hintInProgress: 'Switch the setting off, then save proof of it in the guided window.',
    hintSubmitted: 'Open the setting again to save proof that it is off.',
  },
};
