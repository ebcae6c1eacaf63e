import type { Messages } from '../messages';
import { plural } from '../plural';

/** Italiano: suggerimento e menu dell'icona nell'area di notifica. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector: ${countdown}`,
  tooltipWithProgress: (countdown, progress) => `Objector: ${countdown}\n${progress}`,
  progressLeft: (left) => plural('it', left, { one: 'ancora {n} account da fare', other: 'ancora {n} account da fare' }),
  progressAllDone: 'Tutti gli account sono fatti',
  noAccounts: 'Ancora nessun account: aggiungili nella lista',
  accountLine: (platform, label, status) => `${platform} ${label}: ${status}`,
  moreAccounts: (count) => plural('it', count, { one: '… e {n} altro', other: '… e altri {n}' }),
  statuses: {
    'to-do': 'da fare',
    'in-progress': 'in corso',
    submitted: 'inviata, controlla la posta',
    confirmed: 'confermata',
    'covered-by-group': 'coperto dal suo gruppo',
    'not-applicable': 'non serve',
  },
  openNextForm: 'Apri il prossimo modulo',
  openNextFormFor: (account) => `Apri il prossimo modulo (${account})`,
  openChecklist: 'Apri la lista',
  pauseReminders: 'Sospendi i promemoria',
  pauseOneDay: 'Per 1 giorno',
  pauseOneWeek: 'Per 1 settimana',
  pauseForever: 'Finché non li riattivo',
  resumeReminders: 'Riattiva i promemoria',
  startAtLogin: 'Avvia all’accesso',
  edit: { menu: 'Modifica', undo: 'Annulla', redo: 'Ripeti', cut: 'Taglia', copy: 'Copia', paste: 'Incolla', selectAll: 'Seleziona tutto' },
  quit: 'Esci da Objector',
};
