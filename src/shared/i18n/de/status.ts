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
  // — campaigns: begin (generated) —
  setting: {
    toDo: 'Noch nicht ausgeschaltet',
    toDoHint: 'Die Einstellung ist eingeschaltet, solange Sie sie nicht ausschalten.',
    openedHint: 'Schalten Sie die Einstellung auf der Seite der Plattform aus und sagen Sie es dann hier.',
    off: ({ date }) => `Von Ihnen am ${date} ausgeschaltet`,
    seenOff: ({ date }) => `Am ${date} auf der Seite ausgeschaltet gesehen`,
    offHint: ({ date }) => `Nächste Prüfung, ob sie noch aus ist: am ${date}.`,
    offHintNoRecheck: 'Erledigt. Die erneuten Prüfungen sind in den Einstellungen ausgeschaltet.',
    recheck: 'Zeit zu prüfen, ob sie noch aus ist',
    recheckHint: ({ date }) =>
      `Plattformen schalten solche Einstellungen manchmal wieder ein. Zuletzt am ${date} ausgeschaltet gesehen: Öffnen Sie die Einstellung und prüfen Sie.`,
  },
  followUp: {
    noAnswer: 'Noch keine Antwort',
    refused: ({ company }) => `Von ${company} abgelehnt`,
    complained: 'Beschwerde eingereicht',
    waitingHint: ({ company, date }) =>
      `${company} bestätigt meist innerhalb eines Tages per E-Mail. Wenn bis zum ${date} nichts gekommen ist, sagt Objector Ihnen, was zu tun ist.`,
    noAnswerHint: ({ date, company, days }) => `Am ${date} gesendet, und ${company} hat es in ${days} Tagen nicht bestätigt.`,
    refusedHint: ({ date, note }) => `Von Ihnen am ${date} festgehalten: „${note}“.`,
    refusedHintNoNote: ({ date }) => `Sie haben die Ablehnung am ${date} festgehalten.`,
    complainedHint: ({ date }) => `Sie haben am ${date} eine Beschwerde eingereicht. Die Behörde antwortet Ihnen direkt.`,
    whatToDo: 'Was Sie tun können',
    checkSpam: ({ company }) =>
      `Suchen Sie die E-Mail von ${company} in jedem Postfach, das dieses Konto nutzt, auch im Spam. Wenn sie da ist, sagen Sie es mit „Ich habe die E-Mail von ${company}“.`,
    refusedNext:
      'Wenn mehr verlangt wird, können Sie das Formular damit erneut senden. Eine Begründung schulden Sie nicht: Die DSGVO erlaubt den Widerspruch jederzeit.',
    complain:
      'Sie können sich bei einer Datenschutzbehörde beschweren: Sie erwartet, dass Sie sich zuerst an das Unternehmen gewandt haben, und die Nachweise, die Sie aufbewahrt haben.',
  },
  // — campaigns: end —
};
