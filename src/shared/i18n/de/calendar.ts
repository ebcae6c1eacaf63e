import type { Messages } from '../messages';

/** Deutsch: the calendar events. */
export const calendar: Messages['calendar'] = {
  name: 'Objector: anstehende Termine',
  deadlineSummary: ({ campaign }) => `Frist: ${campaign}`,
  deadlineDescription: ({ labels }) =>
    `Widersprechen Sie vor Ablauf der Frist für diese Konten: ${labels}. Öffnen Sie Objector und senden Sie jedes Formular ab (oder schalten Sie jede Einstellung aus).`,
  followUpSummary: ({ company, label }) => `Hat ${company} geantwortet? (${label})`,
  followUpDescription: ({ company, label, sent }) =>
    `Sie haben den Widerspruch für „${label}“ am ${sent} gesendet. Falls ${company} ihn nicht bestätigt hat, öffnen Sie Objector: Halten Sie die Antwort fest oder beschweren Sie sich bei einer Datenschutzbehörde.`,
  recheckSummary: ({ platform, label }) => `Ist die ${platform}-Einstellung noch ausgeschaltet? (${label})`,
  recheckDescription: ({ platform, label }) =>
    `Plattformen schalten Einstellungen manchmal wieder ein. Öffnen Sie Objector, rufen Sie die ${platform}-Einstellung für „${label}“ auf und prüfen Sie, ob sie noch ausgeschaltet ist.`,
};
