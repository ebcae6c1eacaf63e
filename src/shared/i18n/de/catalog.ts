import type { Messages } from '../messages';

/** Deutsch: Linkkatalog, Aktualisierungen. */
export const catalog: Messages['catalog'] = {
  linksChecked: (date) => `Links geprüft am ${date}`,
  sourcesHeading: 'Woher diese Angaben stammen',
  sourceDated: (title, date) => `${title} (${date})`,
  sourcePublished: (title, publication, date) => `${title}: ${publication}, ${date}`,
  ownBrowserOpened: (platform) =>
    `${platform} wurde in Ihrem eigenen Browser geöffnet: Die Anmeldung dort funktioniert nicht innerhalb anderer Apps. Kommen Sie hierher zurück, wenn Sie fertig sind.`,
  drift: {
    title: 'Dieser Link scheint sich geändert zu haben',
    reasons: {
      unavailable: 'Die Seite meldet, dass der Inhalt nicht verfügbar ist.',
      gone: 'Diese Adresse gibt es nicht mehr.',
      'outside-paths': 'Sie führte auf eine andere Seite, zum Beispiel die Startseite.',
      'markers-missing': 'Die Seite zeigt nicht das erwartete Formular oder die erwartete Einstellung.',
    },
    movedOn: (n, total) => `Objector ist zu Adresse ${n} von ${total} weitergegangen.`,
    reportHeading: 'Dem Projekt Bescheid geben',
    reportBody:
      'Dieser Bericht nennt den Link, der sich geändert hat, damit die Linkliste für alle korrigiert werden kann. Er enthält keinen Namen, keine E-Mail-Adresse und nichts aus Ihrem Konto, und nichts wird gesendet, solange Sie ihn nicht selbst senden.',
    reportLabel: 'Der Bericht',
    copy: 'Bericht kopieren',
    copied: 'Bericht kopiert',
    open: 'Als Meldung in meinem Browser öffnen',
  },
  prompt: {
    title: 'Die Links aktuell halten?',
    catalog:
      'Plattformen verschieben ihre Formulare und Einstellungen. Darf Objector einmal am Tag die signierte Linkliste des Projekts abrufen? Angefragt wird nur diese Datei: Nichts über Sie wird gesendet.',
    app: 'Darf Objector außerdem seine eigenen Updates im Hintergrund herunterladen und beim Beenden installieren?',
    allow: 'Ja, erlauben',
    refuse: 'Nein, danke',
    later: 'Sie können das jederzeit in den Einstellungen ändern.',
  },
  settings: {
    title: 'Links und Updates',
    inUse: (version, date) => `Verwendeter Linkkatalog: Version ${version}, veröffentlicht am ${date}.`,
    builtIn: 'Er ist in diese Version von Objector eingebaut.',
    fromFile: (date) => `Er wurde am ${date} aus einer Datei geladen.`,
    downloaded: (date) => `Er wurde am ${date} heruntergeladen.`,
    pending: (version) => `Version ${version} liegt bereit: Sie wird ab dem nächsten Start verwendet.`,
    storedIgnored: 'Ein früher gespeichertes Katalog-Update konnte nicht verwendet werden; deshalb gilt der eingebaute Katalog.',
    key: (fingerprint) => `Updates müssen mit dem Schlüssel des Projekts ${fingerprint} signiert sein.`,
    catalogChecks: 'Einmal am Tag nach einem neueren Linkkatalog sehen (nichts über Sie wird gesendet)',
    catalogChecksDesktopOnly: 'Nur die Desktop-App sieht selbst nach. Hier können Sie ein Update aus einer Datei laden.',
    appUpdates: 'Objector-Updates im Hintergrund herunterladen und beim Beenden installieren',
    appUpdatesUnavailable: 'Diese Kopie von Objector kann sich nicht selbst aktualisieren: Updates kommen mit der installierten App.',
    lastCheck: (date, result) => `Letzte Prüfung am ${date}: ${result}`,
    checkAccepted: (version) => `Version ${version} angenommen, ab dem nächsten Start verwendet.`,
    checkUpToDate: 'Der verwendete Katalog ist aktuell.',
    checkUnreachable: 'Die Datei konnte nicht abgerufen werden. Die nächste Prüfung ist morgen.',
  },
  loadUpdate: 'Katalog-Update laden…',
  updateFileType: 'Objector-Katalog-Update',
  accepted: (version) => `Katalogversion ${version} wurde angenommen. Sie wird ab dem nächsten Start verwendet.`,
  refused: {
    unreadable: 'Diese Datei konnte nicht als Katalog-Update gelesen werden. Es wurde nichts geändert.',
    'too-large': 'Diese Datei ist zu groß für ein Katalog-Update. Es wurde nichts geändert.',
    'bad-signature': 'Die Signatur dieses Updates ist beschädigt. Es wurde nichts geändert.',
    untrusted:
      'Dieses Update ist nicht mit dem Schlüssel des Projekts signiert, oder es wurde nach dem Signieren verändert. Es wurde nichts geändert.',
    'not-newer': 'Dieses Update ist nicht neuer als der verwendete Katalog. Es wurde nichts geändert.',
    invalid: 'Dieses Update ist signiert, besteht aber die Prüfungen der App nicht. Es wurde nichts geändert.',
    'drops-ids':
      'Diesem Update fehlen Plattformen oder Kampagnen, auf die sich Ihr gespeicherter Fortschritt bezieht. Es wurde nichts geändert.',
    'no-trusted-key': 'Diese App hat keinen Schlüssel, um Updates zu prüfen. Es wurde nichts geändert.',
    'no-signature': 'Die Signaturdatei (.sig) wurde neben diesem Katalog nicht gefunden. Es wurde nichts geändert.',
    'not-saved': 'Das Update konnte nicht im Datenordner der App gespeichert werden. Es wurde nichts geändert.',
  },
  toggleOn: {
    switchTitle: 'Schalten Sie sie ein',
    switchBody: (setting) => `Schalten Sie „${setting}“ ein und speichern Sie, falls die Seite es verlangt.`,
    saveProofTitle: 'Nachweis des eingeschalteten Zustands speichern',
    saveProofBody:
      'Wenn die Seite die Einstellung eingeschaltet zeigt, speichern Sie einen Nachweis: einen Screenshot und ein PDF mit Datum.',
    saveProofAction: 'Sie ist an: Nachweis speichern',
    iDidIt: 'Ich habe es eingeschaltet',
    submitted: 'Sie haben angegeben, es eingeschaltet zu haben',
    confirmed: 'Eingeschaltet, Nachweis gespeichert',
    hintInProgress: 'Schalten Sie die Einstellung ein und speichern Sie dann im geführten Fenster einen Nachweis.',
    hintSubmitted: 'Öffnen Sie die Einstellung erneut, um nachzuweisen, dass sie eingeschaltet ist.',
  },
};
