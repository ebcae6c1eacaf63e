/** Words used everywhere: the app's name, the countdown, buttons, platforms. */
export const common = {
  appName: 'Objector',
  countdownLeft: (distance: string) => `${distance} left`,
  countdownPassed: (distance: string) => `deadline passed ${distance} ago`,
  countdownNoDeadline: 'no deadline',
  deadlineOn: (date: string, zone: string) => `Deadline: ${date} (${zone} time)`,
  cancel: 'Cancel',
  save: 'Save',
  close: 'Close',
  back: 'Back',
  next: 'Next',
  edit: 'Edit',
  remove: 'Remove',
  failed: (reason: string) => `That did not work: ${reason}`,
  /** Why the app refused a change (see Refusal in src/shared/domain/reducer.ts). */
  refused: {
    'account-missing': 'That account no longer exists.',
    'label-empty': 'The account needs a name.',
    'group-missing': 'That Accounts Center group no longer exists.',
    'group-name-empty': 'The group needs a name.',
    'campaign-not-for-platform': 'That campaign does not concern this kind of account.',
    'not-in-campaign': 'This account does not take part in that campaign.',
    'not-saved': "Your progress could not be saved (the disk or the browser's storage may be full or blocked). Nothing was changed.",
    // — campaigns, in this group: begin (generated) —
    'group-not-for-platform': 'This kind of account cannot be linked in Meta’s Accounts Center.',
    'date-in-future': 'That date is in the future.',
    // — campaigns, in this group: end —
  },
};
