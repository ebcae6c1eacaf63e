/**
 * The events of "Add to my calendar": each says what to do and names the account by its label
 * only. Loaded with every language at once, since the calendar file is written synchronously.
 */
export const calendar = {
  name: 'Objector: dates ahead',
  deadlineSummary: ({ campaign }: { campaign: string }) => `Deadline: ${campaign}`,
  deadlineDescription: ({ labels }: { labels: string }) =>
    `Object before the deadline on these accounts: ${labels}. Open Objector and send each form (or switch each setting off).`,
  followUpSummary: ({ company, label }: { company: string; label: string }) => `Has ${company} answered? (${label})`,
  followUpDescription: ({ company, label, sent }: { company: string; label: string; sent: string }) =>
    `You sent the objection for “${label}” on ${sent}. If ${company} has not confirmed it, open Objector: record its answer, or complain to a data protection authority.`,
  recheckSummary: ({ platform, label }: { platform: string; label: string }) => `Is the ${platform} setting still off? (${label})`,
  recheckDescription: ({ platform, label }: { platform: string; label: string }) =>
    `Platforms sometimes switch settings back on. Open Objector, open the ${platform} setting for “${label}” and check that it is still off.`,
};
