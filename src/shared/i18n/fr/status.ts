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
  // — campaigns: begin (generated) —
  setting: {
    toDo: 'Pas encore désactivé',
    toDoHint: 'Le réglage est activé tant que vous ne le désactivez pas.',
    openedHint: 'Désactivez le réglage sur la page de la plateforme, puis indiquez-le ici.',
    off: ({ date }) => `Désactivé par vous le ${date}`,
    seenOff: ({ date }) => `Vu désactivé sur la page le ${date}`,
    offHint: ({ date }) => `Prochaine vérification qu’il est toujours désactivé\u202f: le ${date}.`,
    offHintNoRecheck: 'C’est fait. Les vérifications sont désactivées dans les réglages.',
    recheck: 'À vérifier\u202f: est-il toujours désactivé\u202f?',
    recheckHint: ({ date }) =>
      `Les plateformes réactivent parfois ces réglages. Vu désactivé pour la dernière fois le ${date}\u202f: ouvrez le réglage et vérifiez.`,
  },
  followUp: {
    noAnswer: 'Toujours sans réponse',
    refused: ({ company }) => `Refusé par ${company}`,
    complained: 'Plainte déposée',
    waitingHint: ({ company, date }) =>
      `${company} confirme en général par e-mail sous un jour. Si rien n’est arrivé le ${date}, Objector vous dira quoi faire.`,
    noAnswerHint: ({ date, company, days }) => `Envoyé le ${date}, et ${company} ne l’a pas confirmé en ${days} jours.`,
    refusedHint: ({ date, note }) => `Noté par vous le ${date}\u202f: «\u202f${note}\u202f».`,
    refusedHintNoNote: ({ date }) => `Vous avez noté leur refus le ${date}.`,
    complainedHint: ({ date }) => `Vous avez déposé une plainte le ${date}. L’autorité vous répond directement.`,
    whatToDo: 'Ce que vous pouvez faire',
    checkSpam: ({ company }) =>
      `Cherchez l’e-mail de ${company} dans chaque boîte que ce compte utilise, courrier indésirable compris. S’il est arrivé, dites-le avec «\u202fJ’ai reçu l’e-mail de ${company}\u202f».`,
    refusedNext:
      'S’ils demandent davantage, vous pouvez renvoyer le formulaire en le fournissant. Vous n’avez pas à vous justifier\u202f: le RGPD vous permet de vous opposer à tout moment.',
    complain:
      'Vous pouvez porter plainte auprès d’une autorité de protection des données\u202f: elle attend que vous ayez d’abord sollicité l’entreprise, et les preuves que vous avez gardées.',
  },
  // — campaigns: end —
};
