/** First run: three short screens, then the first account. */
export const onboarding = {
  objectionTitle: 'What an objection does, and what it does not',
  objectionDoesNot: 'It does not: delete anything, or remove what was already used.',
  objectionBody: 'You can object at any time, even after the deadline. It takes a minute per account.',
  privacyTitle: 'Nothing leaves this computer',
  privacyPoint: 'You press Send yourself. The app never fills in or sends anything for you.',
  // — campaigns: begin (generated) —
  stepOf: ({ step, total }: { readonly step: number; readonly total: number }) => `Step ${step} of ${total}`,
  platformsTitle: 'Which platforms do you use?',
  platformsBody: 'Tick each one where you have an account, even one you rarely use.',
  todayTitle: 'Where things stand today',
  todayPassed: ({ date }: { readonly date: string }) => `date passed on ${date}`,
  todayAhead: ({ date }: { readonly date: string }) => `date: ${date}`,
  todayNone: 'no deadline',
  objectionDoes: 'It does: tell the platform to stop using what you post for AI training from now on.',
  privacyBody:
    'Your list of accounts and your progress stay on this computer. The app sends nothing anywhere: the only traffic is you, visiting the platforms’ own pages.',
  start: 'Go to my checklist',
  // — campaigns: end —
};
