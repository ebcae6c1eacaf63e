import type { Messages } from '../messages';

/** Français : premier lancement. */
export const onboarding: Messages['onboarding'] = {
  objectionTitle: 'Ce que fait une opposition, et ce qu’elle ne fait pas',
  objectionDoesNot: 'Elle n’efface rien, et ne retire pas ce qui a déjà été utilisé.',
  objectionBody: 'Vous pouvez vous opposer à tout moment, même après l’échéance. Cela prend une minute par compte.',
  privacyTitle: 'Rien ne quitte cet ordinateur',
  privacyPoint: 'C’est vous qui cliquez sur Envoyer. L’application ne remplit ni n’envoie rien à votre place.',
  // — campaigns: begin (generated) —
  stepOf: ({ step, total }) => `Étape ${step} sur ${total}`,
  platformsTitle: 'Quelles plateformes utilisez-vous\u202f?',
  platformsBody: 'Cochez chacune où vous avez un compte, même peu utilisé.',
  todayTitle: 'Où en sont les choses aujourd’hui',
  todayPassed: ({ date }) => `date passée le ${date}`,
  todayAhead: ({ date }) => `date\u202f: ${date}`,
  todayNone: 'pas de date limite',
  objectionDoes:
    'Ce qu’elle fait\u202f: demander à la plateforme de ne plus utiliser ce que vous publiez pour entraîner son IA, désormais.',
  privacyBody:
    'Votre liste de comptes et votre progression restent sur cet ordinateur. L’application n’envoie rien nulle part\u202f: le seul trafic, c’est vous qui visitez les pages des plateformes elles-mêmes.',
  start: 'Aller à ma liste',
  // — campaigns: end —
};
