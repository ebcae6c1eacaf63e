import type { Messages } from '../messages';

/** Français : premier lancement. */
export const onboarding: Messages['onboarding'] = {
  stepOf: (step, total) => `Étape ${step} sur ${total}`,
  whatTitle: 'Meta veut entraîner son IA sur vos publications publiques',
  whatBody:
    'Depuis le 27 mai 2025, Meta utilise les publications, photos et commentaires publics des adultes de l’UE sur Facebook et Instagram pour entraîner son intelligence artificielle, sauf s’ils s’y opposent.',
  whatPoint1: 'Seul ce que vous avez rendu public est concerné, pas vos messages privés.',
  whatPoint2: 'Chaque compte compte : s’opposer sur l’un ne couvre pas toujours les autres.',
  objectionTitle: 'Ce que fait une opposition, et ce qu’elle ne fait pas',
  objectionDoes: 'Elle demande à Meta de ne plus utiliser vos contenus publics pour entraîner son IA, à partir de maintenant.',
  objectionDoesNot: 'Elle n’efface rien, et ne retire pas ce qui a déjà été utilisé.',
  objectionBody: 'Vous pouvez vous opposer à tout moment, même après l’échéance. Cela prend une minute par compte.',
  privacyTitle: 'Rien ne quitte cet ordinateur',
  privacyBody:
    'Votre liste de comptes et votre progression restent sur cet ordinateur. L’application n’envoie rien nulle part : le seul trafic, c’est vous qui visitez le formulaire de Meta.',
  privacyPoint: 'C’est vous qui cliquez sur Envoyer. L’application ne remplit ni n’envoie rien à votre place.',
  start: 'Ajouter votre premier compte',
  skip: 'Passer',
};
