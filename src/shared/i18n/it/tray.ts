import type { Messages } from '../messages';
import { plural } from '../plural';

/** Italiano: suggerimento e menu dell'icona nell'area di notifica. */
export const tray: Messages['tray'] = {
  progressAllDone: 'Tutti gli account sono fatti',
  noAccounts: 'Ancora nessun account: aggiungili nella lista',
  openChecklist: 'Apri la lista',
  pauseReminders: 'Sospendi i promemoria',
  pauseOneDay: 'Per 1 giorno',
  pauseOneWeek: 'Per 1 settimana',
  pauseForever: 'Finché non li riattivo',
  resumeReminders: 'Riattiva i promemoria',
  startAtLogin: 'Avvia all’accesso',
  edit: { menu: 'Modifica', undo: 'Annulla', redo: 'Ripeti', cut: 'Taglia', copy: 'Copia', paste: 'Incolla', selectAll: 'Seleziona tutto' },
  quit: 'Esci da Objector',
  // — campaigns: begin (generated) —
  tooltip: ({ line }) => `Objector: ${line}`,
  tooltipWithProgress: ({ line, progress }) => `Objector: ${line}\n${progress}`,
  countdownFor: ({ campaign, countdown }) => `${campaign}: ${countdown}`,
  progressLeft: ({ count }) => plural('it', count, { one: `ancora {n} account da fare`, other: `ancora {n} account da fare` }),
  nothingNowWaiting: ({ count }) =>
    plural('it', count, {
      one: `Niente da fare per ora: in attesa di {n} risposta`,
      other: `Niente da fare per ora: in attesa di {n} risposte`,
    }),
  allDoneNextRecheck: ({ date }) => `Tutto fatto, prossimo controllo il ${date}`,
  titleLeft: ({ count }) => plural('it', count, { other: `{n} da fare` }),
  accountLine: ({ platform, label, status }) => `${platform} ${label}: ${status}`,
  accountLineIn: ({ platform, label, campaign, status }) => `${platform} ${label} (${campaign}): ${status}`,
  moreAccounts: ({ count }) => plural('it', count, { one: `… e {n} altro`, other: `… e altri {n}` }),
  standing: {
    toDo: 'da fare',
    opened: 'modulo aperto',
    waiting: 'inviata, in attesa di risposta',
    noAnswer: 'ancora nessuna risposta',
    refused: 'rifiutata',
    complained: 'reclamo presentato',
    confirmed: 'confermata',
    covered: 'coperto dal suo gruppo',
    notNeeded: 'non serve',
    settingToDo: 'impostazione ancora attiva',
    settingOff: 'disattivata',
    settingRecheck: 'controllare che sia ancora disattivata',
  },
  openNext: ({ account }) => `Prossimo passo: ${account}`,
  // — campaigns: end —
};
