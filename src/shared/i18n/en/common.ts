/** Words used everywhere: the app's name, the countdown, statuses. */
export const common = {
  appName: 'Objector',
  countdownLeft: (distance: string) => `${distance} left`,
  countdownPassed: (distance: string) => `deadline passed ${distance} ago`,
  countdownNoDeadline: 'no deadline',
  deadlineOn: (date: string, zone: string) => `Deadline: ${date} (${zone} time)`,
  passedHonest:
    'Objecting now still protects what you post from now on. What was already public before the deadline may already have been used.',
};
