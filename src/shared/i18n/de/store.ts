import type { Messages } from '../messages';

/** Deutsch: the store and start-up. */
export const store: Messages['store'] = {
  readOnlyTitle: 'Objector speichert im Moment nichts',
  folderReadOnly:
    'Objector kann nicht in seinen Datenordner schreiben (der Datenträger oder der Ordner ist schreibgeschützt). Sie können Ihre Konten ansehen, aber Änderungen werden nicht gespeichert.',
  diskFull:
    'Der Datenträger ist voll: Objector kann nichts speichern. Sie können Ihre Konten ansehen, aber Änderungen werden nicht gespeichert.',
  newerVersion:
    'Ihre Daten wurden von einer neueren Version von Objector gespeichert. Diese Version kann sie nicht lesen; sie zeigt daher eine leere Liste und ändert nichts auf dem Datenträger.',
  danglingLink: (target) =>
    `Die Datendatei von Objector ist ein Verweis auf ${target}, das nicht vorhanden ist (ein nicht angeschlossenes Laufwerk?). Bis es wieder da ist, wird nichts gespeichert.`,
  cannotRead: (detail) => `Objector kann seine Datendatei nicht lesen (${detail}). Es ändert nichts auf dem Datenträger.`,
  cannotRepair: (detail) =>
    `Objector hat eine beschädigte Datendatei gefunden und konnte sie nicht beiseitelegen (${detail}). Es ändert nichts auf dem Datenträger.`,
  whereFiles: (folder) => `Ihr Datenordner: ${folder}`,
  whatToDoReadOnly: 'Machen Sie den Ordner beschreibbar (oder schaffen Sie Platz), beenden Sie Objector und starten Sie es dann neu.',
  whatToDoNewer: 'Installieren Sie die neueste Version von Objector, um Ihre Daten zu verwenden.',
  whatToDoLink:
    'Schließen Sie das Laufwerk an und starten Sie Objector neu, oder entfernen Sie den Verweis, um mit dem letzten Stand auf diesem Computer fortzufahren.',
  openDataFolder: 'Datenordner öffnen',
  openLogFolder: 'Protokollordner öffnen',
  logFolderHint:
    'Das Protokoll hält fest, was Objector getan hat – mit Kontonummern, aber nie mit Ihren E-Mail-Adressen, Namen oder Seiteninhalten. Es bleibt auf diesem Computer; Sie können es uns schicken, wenn etwas nicht funktioniert.',
  startFailedTitle: 'Objector konnte nicht starten',
  startFailedBody: (reason) => `Beim Start von Objector ist etwas schiefgegangen: ${reason}`,
  startFailedWhat:
    'Ihre Daten wurden nicht verändert. Beenden Sie Objector und starten Sie es neu; wenn das wieder passiert, schicken Sie uns bitte das Protokoll (Protokollordner öffnen).',
  startFailedTray: 'Objector konnte nicht starten: Klicken Sie für Einzelheiten',
  showDetails: 'Was ist passiert?',
  quit: 'Objector beenden',
};
