import type { Messages } from '../messages';

/** Nederlands: the calendar events. */
export const calendar: Messages['calendar'] = {
  name: 'Objector: komende data',
  deadlineSummary: ({ campaign }) => `Deadline: ${campaign}`,
  deadlineDescription: ({ labels }) =>
    `Maak vóór de deadline bezwaar voor deze accounts: ${labels}. Open Objector en verzend elk formulier (of zet elke instelling uit).`,
  followUpSummary: ({ company, label }) => `Heeft ${company} geantwoord? (${label})`,
  followUpDescription: ({ company, label, sent }) =>
    `U hebt het bezwaar voor ‘${label}’ op ${sent} verzonden. Heeft ${company} het niet bevestigd, open dan Objector: leg het antwoord vast of dien een klacht in bij een gegevensbeschermingsautoriteit.`,
  recheckSummary: ({ platform, label }) => `Staat de instelling van ${platform} nog uit? (${label})`,
  recheckDescription: ({ platform, label }) =>
    `Platforms zetten instellingen soms weer aan. Open Objector, open de instelling van ${platform} voor ‘${label}’ en controleer of die nog uit staat.`,
};
