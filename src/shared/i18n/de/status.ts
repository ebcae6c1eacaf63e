import type { Messages } from '../messages';

/** Deutsch: wo jedes Konto steht, und wie sicher das ist. */
export const status: Messages['status'] = {
  toDo: 'Noch nicht eingereicht',
  inProgress: 'Formular geöffnet, noch nicht gesendet',
  submittedByPerson: 'Laut Ihrer Angabe gesendet',
  submittedDetected: 'Gesendet (von der App erkannt)',
  confirmedOnPage: (company) => `Auf der Seite von ${company} bestätigt`,
  confirmedByEmail: (company) => `Per E-Mail von ${company} bestätigt`,
  coveredByGroup: 'Durch Ihre Kontenübersicht-Gruppe abgedeckt',
  notApplicable: (reason) => `Nicht zutreffend: ${reason}`,
  reasons: { under18: 'unter 18', noPublicContent: 'keine öffentlichen Inhalte', other: 'anderer Grund' },
  hints: {
    toDo: 'Für dieses Konto wurde noch nichts gesendet.',
    inProgress: 'Wenn Sie im Formular auf „Senden“ geklickt haben, vermerken Sie es hier.',
    submitted: (company) =>
      `${company} schickt meist innerhalb eines Tages eine Bestätigungs-E-Mail. Wenn sie ankommt, vermerken Sie es hier.`,
    confirmed: 'Erledigt. Bewahren Sie die Bestätigungs-E-Mail als Nachweis auf.',
    coveredByGroup: (label) =>
      `Der für „${label}“ bestätigte Widerspruch gilt auch für dieses Konto. Ihn hier ebenfalls einzureichen, ist eine günstige Absicherung.`,
    notApplicable: 'Für dieses Konto ist nichts zu tun.',
  },
  /** Wording for settings to switch off (LinkedIn, X) instead of forms to send. */
  toggle: {
    submitted: 'Sie haben angegeben, es ausgeschaltet zu haben',
    confirmed: 'Ausgeschaltet, Nachweis gespeichert',
    hintInProgress: 'Schalten Sie die Einstellung aus und speichern Sie dann im geführten Fenster einen Nachweis.',
    hintSubmitted: 'Öffnen Sie die Einstellung erneut, um nachzuweisen, dass sie aus ist.',
  },
};
