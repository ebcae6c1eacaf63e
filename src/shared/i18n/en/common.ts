/** Words used everywhere: the app's name, the countdown, buttons, platforms. */
export const common = {
  appName: 'Objector',
  countdownLeft: (distance: string) => `${distance} left`,
  countdownPassed: (distance: string) => `deadline passed ${distance} ago`,
  countdownNoDeadline: 'no deadline',
  deadlineOn: (date: string, zone: string) => `Deadline: ${date} (${zone} time)`,
  passedHonest:
    'Objecting now still protects what you post from now on. What was already public before the deadline may already have been used.',
  passedAlreadyUsed: 'What was already public before the deadline may already have been used.',
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
    'not-saved-disk-full': 'Not saved: the disk is full. Free some space, then try again. Nothing was changed.',
    'read-only': 'Not saved: Objector cannot write to its data folder, so it only shows your data for now. Nothing was changed.',
    'limit-reached':
      'Not saved: Objector already keeps as much as it can (too many accounts or steps). Remove accounts you no longer need, then try again.',
  },
};
