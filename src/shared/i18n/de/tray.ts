import type { Messages } from '../messages';
import { plural } from '../plural';

/** Deutsch: Tooltip und Menü des Tray-Symbols. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector: ${countdown}`,
  tooltipWithProgress: (countdown, progress) => `Objector: ${countdown}\n${progress}`,
  progressLeft: (left) => plural('de', left, { one: 'noch {n} Konto offen', other: 'noch {n} Konten offen' }),
  progressAllDone: 'Alle Konten sind erledigt',
  noAccounts: 'Noch keine Konten: füge sie in der Liste hinzu',
  accountLine: (platform, label, status) => `${platform} ${label}: ${status}`,
  moreAccounts: (count) => plural('de', count, { one: '… und {n} weiteres', other: '… und {n} weitere' }),
  statuses: {
    'to-do': 'offen',
    'in-progress': 'in Arbeit',
    submitted: 'gesendet, E-Mails prüfen',
    confirmed: 'bestätigt',
    'covered-by-group': 'durch die Gruppe abgedeckt',
    'not-applicable': 'nicht nötig',
  },
  openNextForm: 'Nächstes Formular öffnen',
  openNextFormFor: (account) => `Nächstes Formular öffnen (${account})`,
  openChecklist: 'Liste öffnen',
  pauseReminders: 'Erinnerungen pausieren',
  pauseOneDay: 'Für 1 Tag',
  pauseOneWeek: 'Für 1 Woche',
  pauseForever: 'Bis ich sie wieder einschalte',
  resumeReminders: 'Erinnerungen fortsetzen',
  startAtLogin: 'Bei der Anmeldung starten',
  edit: {
    menu: 'Bearbeiten',
    undo: 'Widerrufen',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einsetzen',
    selectAll: 'Alles auswählen',
  },
  quit: 'Objector beenden',
};
