/** First run: three short screens, then the first account. */
export const onboarding = {
  stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
  whatTitle: 'Meta wants to train its AI on your public posts',
  whatBody:
    'Since 27 May 2025, Meta uses the public posts, photos and comments of adults in the EU on Facebook and Instagram to train its artificial intelligence, unless they object.',
  whatPoint1: 'Only what you made public is concerned, not your private messages.',
  whatPoint2: 'Each account counts: objecting on one does not always cover the others.',
  objectionTitle: 'What an objection does, and what it does not',
  objectionDoes: 'It does: tell Meta to stop using your public content for AI training from now on.',
  objectionDoesNot: 'It does not: delete anything, or remove what was already used.',
  objectionBody: 'You can object at any time, even after the deadline. It takes a minute per account.',
  privacyTitle: 'Nothing leaves this computer',
  privacyBody:
    'Your list of accounts and your progress stay on this computer. The app sends nothing anywhere: the only traffic is you, visiting Meta’s own form.',
  privacyPoint: 'You press Send yourself. The app never fills in or sends anything for you.',
  start: 'Add your first account',
  skip: 'Skip',
};
