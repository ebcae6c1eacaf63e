import type { Messages } from '../messages';

/** Français: the calendar events. */
export const calendar: Messages['calendar'] = {
  name: 'Objector\u202f: dates à venir',
  deadlineSummary: ({ campaign }) => `Date limite\u202f: ${campaign}`,
  deadlineDescription: ({ labels }) =>
    `Opposez-vous avant la date limite pour ces comptes\u202f: ${labels}. Ouvrez Objector et envoyez chaque formulaire (ou désactivez chaque réglage).`,
  followUpSummary: ({ company, label }) => `Une réponse de ${company}\u202f? (${label})`,
  followUpDescription: ({ company, label, sent }) =>
    `Vous avez envoyé l’opposition pour «\u202f${label}\u202f» le ${sent}. Si ${company} ne l’a pas confirmée, ouvrez Objector\u202f: notez sa réponse, ou adressez une plainte à une autorité de protection des données.`,
  recheckSummary: ({ platform, label }) => `Le réglage ${platform} est-il toujours désactivé\u202f? (${label})`,
  recheckDescription: ({ platform, label }) =>
    `Les plateformes réactivent parfois certains réglages. Ouvrez Objector, ouvrez le réglage ${platform} pour «\u202f${label}\u202f» et vérifiez qu’il est toujours désactivé.`,
};
