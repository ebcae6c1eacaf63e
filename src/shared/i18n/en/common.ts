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
  platforms: {
    facebook: 'Facebook',
    instagram: 'Instagram',
    whatsapp: 'WhatsApp',
    linkedin: 'LinkedIn',
    x: 'X',
  },
  /** The company behind a platform, as in "Meta's e-mail". */
  companies: {
    facebook: 'Meta',
    instagram: 'Meta',
    whatsapp: 'Meta',
    linkedin: 'LinkedIn',
    x: 'X',
  },
};
