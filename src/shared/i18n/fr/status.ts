import type { Messages } from '../messages';

/** Français : où en est chaque compte, avec le degré de certitude. */
export const status: Messages['status'] = {
  toDo: 'Pas encore fait',
  inProgress: 'Formulaire ouvert, pas encore envoyé',
  submittedByPerson: 'Vous avez indiqué l’avoir envoyé',
  submittedDetected: 'Envoyé (l’application a vu le formulaire partir)',
  confirmedOnPage: (company) => `Confirmé sur la page de ${company}`,
  confirmedByEmail: (company) => `Confirmé par l’e-mail de ${company}`,
  coveredByGroup: 'Couvert par votre groupe de l’Espace Comptes',
  notApplicable: (reason) => `Non concerné : ${reason}`,
  reasons: {
    under18: 'moins de 18 ans',
    noPublicContent: 'aucun contenu public',
    other: 'autre raison',
  },
  hints: {
    toDo: 'Rien n’a encore été envoyé pour ce compte.',
    inProgress: 'Quand vous avez cliqué sur Envoyer dans le formulaire, indiquez-le ici.',
    submitted: (company) => `${company} envoie en général un e-mail de confirmation dans la journée. Quand il arrive, dites-le ici.`,
    confirmed: 'C’est fait. Gardez l’e-mail de confirmation comme preuve.',
    coveredByGroup: (label) =>
      `L’opposition confirmée pour « ${label} » couvre aussi ce compte. La faire ici aussi est une précaution qui ne coûte rien.`,
    notApplicable: 'Rien à faire pour ce compte.',
  },
  /** Wording for settings to switch off (LinkedIn, X) instead of forms to send. */
  toggle: {
    submitted: 'Vous avez indiqué l’avoir désactivé',
    confirmed: 'Désactivé, preuve enregistrée',
    hintInProgress: 'Désactivez le réglage, puis enregistrez-en la preuve dans la fenêtre guidée.',
    hintSubmitted: 'Rouvrez le réglage pour enregistrer la preuve qu’il est désactivé.',
  },
};
