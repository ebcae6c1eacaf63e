import type { Messages } from '../messages';

/** Deutsch: guide. */
export const guide: Messages['guide'] = {
  windowTitle: (label, platform) => `${label} (${platform}) · Objector`,
  panelLabel: 'Anleitung',
  desktopOnlyTitle: 'Das geführte Formular braucht die Desktop-App',
  desktopOnlyBody:
    'Im Browser kann Objector das Formular weder in einer eigenen, geschützten Sitzung pro Konto öffnen noch einen Nachweis der Seite speichern. Öffnen Sie das Formular aus der Liste in einem neuen Tab und halten Sie jeden Schritt selbst fest.',
  notOpenTitle: 'Kein Formular geöffnet',
  notOpenBody: 'Wählen Sie in der Liste ein Konto und öffnen Sie sein Formular.',
  openChecklist: 'Liste öffnen',
  accountHeading: (label, platform) => `${label} auf ${platform}`,
  accountEmail: (email) => `E-Mail-Adresse dieses Kontos: ${email}`,
  accountNoEmail: 'Für dieses Konto ist keine E-Mail-Adresse notiert.',
  address: (n, total) => `Adresse ${n} von ${total}`,
  loading: 'Seite wird geladen…',
  stepsHeading: 'Schritte',
  currentStep: 'Aktueller Schritt',
  allDone: 'Für dieses Konto erledigt. Bewahren Sie den Nachweis auf.',
  steps: {
    signInTitle: (label) => `Melden Sie sich als „${label}“ an`,
    signInBody: (platform) =>
      `Melden Sie sich rechts auf der ${platform}-Seite mit genau diesem Konto an. Dieses Fenster hält die Anmeldung getrennt von Ihren anderen Konten.`,
    checkEmailTitle: 'Prüfen Sie die E-Mail-Adresse im Formular',
    checkEmailKnown: (email) =>
      `Das Formular sollte ${email} zeigen. Steht dort eine andere Adresse, sind Sie mit einem anderen Konto angemeldet.`,
    checkEmailUnknown: 'Das Formular zeigt die Adresse des angemeldeten Kontos. Prüfen Sie, ob es das richtige Konto ist.',
    chooseObjectionTitle: 'Wählen Sie den Widerspruch',
    chooseObjectionBody: 'Wenn das Formular nach Ihrem Anliegen fragt, wählen Sie „Wie kann ich Widerspruch einlegen…“.',
    objectionTextTitle: 'Optional: ein paar Worte',
    objectionTextBody: 'Das Formular hat eventuell ein Freitextfeld. Eine Begründung ist nicht nötig; Sie können diesen Text einfügen.',
    objectionTextLabel: 'Vorgeschlagener Text',
    copy: 'Text kopieren',
    copied: 'Kopiert',
    pressSendTitle: 'Drücken Sie selbst auf Senden',
    pressSendBody: 'Objector füllt das Formular nie aus und drückt nie auf Senden: Das tun Sie. Sagen Sie es uns danach unten.',
    confirmationTitle: 'Bestätigung auf der Seite',
    confirmationBody: (company) =>
      `Wenn ${company} die Bestätigung anzeigt, bemerkt Objector das, fragt Sie und speichert einen Nachweis der Seite.`,
    mailboxTitle: (company) => `Prüfen Sie Ihr Postfach auf die E-Mail von ${company}`,
    mailboxBody: (company) =>
      `${company} schickt eine Bestätigungs-E-Mail, nach wenigen Sekunden bis zu einem Tag. Bewahren Sie sie auf: Sie ist der stärkste Nachweis.`,
    openSettingTitle: 'Öffnen Sie die Einstellung',
    openSettingBody: (setting) => `Die Seite rechts zeigt die Einstellung „${setting}“. Melden Sie sich zuerst an, falls verlangt.`,
    switchOffTitle: 'Schalten Sie sie aus',
    switchOffBody: (setting) => `Schalten Sie „${setting}“ aus und speichern Sie, falls die Seite es verlangt.`,
    saveProofTitle: 'Nachweis des ausgeschalteten Zustands speichern',
    saveProofBody: 'Wenn die Seite die Einstellung ausgeschaltet zeigt, speichern Sie einen Nachweis: datierter Screenshot und PDF.',
  },
  actions: {
    sent: 'Ich habe es gesendet',
    saveProof: 'Jetzt Nachweis speichern',
    nextAddress: 'Nächste Adresse versuchen',
    openInBrowser: 'In meinem Browser öffnen',
    forgetLogin: 'Anmeldung dieses Kontos vergessen',
    forgetConfirm: (label) =>
      `Die Anmeldung von „${label}“ in Objector vergessen? Sie müssen sich erneut anmelden. Fortschritt und Nachweise bleiben erhalten.`,
    forgotten: 'Anmeldung vergessen. Melden Sie sich erneut an, um fortzufahren.',
    reload: 'Seite neu laden',
    toggleOff: 'Ist aus: Nachweis speichern',
    gotEmail: 'Ich habe sie erhalten',
    noEmail: 'Sie ist nicht gekommen',
    moreActions: 'Weitere Aktionen',
  },
  detection: {
    heading: (company) => `Ist das die Bestätigung von ${company}?`,
    excerpt: 'Die Seite sagt:',
    yes: 'Ja, genau',
    no: 'Nein, noch nicht',
  },
  proof: {
    saved: 'Nachweis gespeichert',
    savedAt: (when) => `Gespeichert am ${when}`,
    saving: 'Nachweis wird gespeichert…',
    failed: (reason) => `Nachweis konnte nicht gespeichert werden: ${reason}`,
    open: (name) => `${name} öffnen`,
    reveal: 'Im Ordner zeigen',
  },
  problems: {
    loadError: 'Diese Adresse hat nicht geladen. Versuchen Sie die nächste.',
    unavailable: 'Diese Seite sagt, der Inhalt sei nicht verfügbar. Versuchen Sie die nächste Adresse.',
    allFailed: 'Keine Adresse hat funktioniert. Öffnen Sie das Formular in Ihrem Browser oder finden Sie es von Hand:',
    manualPath: 'Von Hand:',
  },
  noEmail: {
    heading: 'Die E-Mail ist nicht gekommen',
    wait: 'Das kann bis zu 24 Stunden dauern. Schauen Sie morgen noch einmal nach.',
    spam: 'Sehen Sie im Spam-Ordner nach und in jedem Postfach, das dieses Konto nutzen könnte.',
    counts: 'Die Bestätigung auf der Seite und der gespeicherte Nachweis zählen bereits: Ihr Widerspruch wurde gesendet.',
    escalate:
      'Wird Ihr Widerspruch ignoriert, können Sie sich beschweren: Federführend für Meta ist die irische Datenschutzkommission (DPC); Sie können sich auch an die Datenschutzbehörde Ihres Landes wenden (in Frankreich die CNIL).',
  },
  // — campaigns: begin (generated) —
  browser: {
    intro:
      'Lesen Sie zuerst die Schritte. Die Seite öffnet sich dann in einem neuen Tab: Kommen Sie danach hierher zurück und halten Sie fest, was geschehen ist.',
    openPage: ({ platform }) => `Seite bei ${platform} öffnen`,
    opened:
      'Die Seite ist in einem anderen Tab geöffnet. Wenn Sie dort fertig sind, kommen Sie zurück und halten Sie unten fest, was geschehen ist.',
    signInBody: ({ platform }) =>
      `Melden Sie sich im neuen Tab bei ${platform} mit diesem Konto an und mit keinem anderen. Ein Browser hält Ihre Anmeldungen nicht getrennt: Prüfen Sie, welches Konto angemeldet ist.`,
    openSettingBody: ({ setting }) =>
      `Der neue Tab zeigt die Einstellung „${setting}“. Melden Sie sich zuerst an, falls Sie dazu aufgefordert werden.`,
    confirmationBody: ({ company }) =>
      `${company} zeigt auf der Seite eine Bestätigung. Im Browser kann Objector sie nicht sehen: Sagen Sie hier, dass Sie es gesendet haben.`,
    saveProofTitle: 'Freiwillig: einen Screenshot aufbewahren',
    saveProofBody:
      'Machen Sie einen Screenshot der ausgeschalteten Einstellung und fügen Sie ihn hier als Nachweis hinzu. Sie können ihn auch später unter „Nachweis“ hinzufügen.',
    addScreenshot: 'Screenshot hinzufügen…',
    manualHeading: 'Wenn der Link nicht funktioniert',
    nextHeading: 'Wie es weitergeht',
    nextForm: ({ company }) =>
      `Drücken Sie selbst auf Senden und sagen Sie dann hier „Ich habe es gesendet“. ${company} bestätigt meist innerhalb eines Tages per E-Mail: Bewahren Sie diese E-Mail auf, sie ist Ihr bester Nachweis.`,
    nextSetting:
      'Wenn sie aus ist, sagen Sie hier „Ich habe sie ausgeschaltet“. Objector bittet Sie ab und zu zu prüfen, ob sie noch aus ist.',
  },
  // — campaigns: end —
};
