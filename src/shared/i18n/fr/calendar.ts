import type { Messages } from '../messages';

/** Français: the calendar events. */
export const calendar: Messages['calendar'] = {
  name: 'Objector : dates à venir',
  deadlineSummary: ({ campaign }) => `Date limite : ${campaign}`,
  deadlineDescription: ({ labels }) =>
    `Opposez-vous avant la date limite pour ces comptes : ${labels}. Ouvrez Objector et envoyez chaque formulaire (ou désactivez chaque réglage).`,
  followUpSummary: ({ company, label }) => `Une réponse de ${company} ? (${label})`,
  followUpDescription: ({ company, label, sent }) =>
    `Vous avez envoyé l’opposition pour « ${label} » le ${sent}. Si ${company} ne l’a pas confirmée, ouvrez Objector : notez sa réponse, ou adressez une plainte à une autorité de protection des données.`,
  recheckSummary: ({ platform, label }) => `Le réglage ${platform} est-il toujours désactivé ? (${label})`,
  recheckDescription: ({ platform, label }) =>
    `Les plateformes réactivent parfois certains réglages. Ouvrez Objector, ouvrez le réglage ${platform} pour « ${label} » et vérifiez qu’il est toujours désactivé.`,
};
