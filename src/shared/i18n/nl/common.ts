import type { Messages } from '../messages';

/** Nederlands: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `nog ${distance}`,
  countdownPassed: (distance) => `deadline ${distance} geleden verstreken`,
  countdownNoDeadline: 'geen deadline',
  deadlineOn: (date, zone) => `Deadline: ${date} (tijdzone ${zone})`,
  passedHonest: 'Nu bezwaar maken beschermt nog steeds wat u vanaf nu plaatst. Wat vóór de deadline openbaar was, is mogelijk al gebruikt.',
};
