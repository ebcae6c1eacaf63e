import type { Messages } from '../messages';
import { plural } from '../plural';

/** Deutsch: Tooltip und Menü des Tray-Symbols. */
export const tray: Messages['tray'] = {
  progressAllDone: 'Alle Konten sind erledigt',
  noAccounts: 'Noch keine Konten: füge sie in der Liste hinzu',
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
  // — campaigns: begin (generated) —
  tooltip: ({ line }) => `Objector: ${line}`,
  tooltipWithProgress: ({ line, progress }) => `Objector: ${line}\n${progress}`,
  countdownFor: ({ campaign, countdown }) => `${campaign}: ${countdown}`,
  progressLeft: ({ count }) => plural('de', count, { one: `noch {n} Konto offen`, other: `noch {n} Konten offen` }),
  nothingNowWaiting: ({ count }) =>
    plural('de', count, { one: `Gerade nichts zu tun: {n} Antwort steht aus`, other: `Gerade nichts zu tun: {n} Antworten stehen aus` }),
  allDoneNextRecheck: ({ date }) => `Alles erledigt, nächste Prüfung am ${date}`,
  titleLeft: ({ count }) => plural('de', count, { other: `{n} offen` }),
  accountLine: ({ platform, label, status }) => `${platform} ${label}: ${status}`,
  accountLineIn: ({ platform, label, campaign, status }) => `${platform} ${label} (${campaign}): ${status}`,
  moreAccounts: ({ count }) => plural('de', count, { one: `… und {n} weiteres`, other: `… und {n} weitere` }),
  standing: {
    toDo: 'offen',
    opened: 'Formular geöffnet',
    waiting: 'gesendet, Antwort steht aus',
    noAnswer: 'noch keine Antwort',
    refused: 'abgelehnt',
    complained: 'Beschwerde eingereicht',
    confirmed: 'bestätigt',
    covered: 'durch die Gruppe abgedeckt',
    notNeeded: 'nicht nötig',
    settingToDo: 'Einstellung noch an',
    settingOff: 'ausgeschaltet',
    settingRecheck: 'prüfen, ob sie noch aus ist',
  },
  openNext: ({ account }) => `Als Nächstes: ${account}`,
  // — campaigns: end —
};
