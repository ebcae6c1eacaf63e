import type { Messages } from '../messages';

/** Italiano: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `mancano ${distance}`,
  countdownPassed: (distance) => `scadenza superata da ${distance}`,
  countdownNoDeadline: 'nessuna scadenza',
  deadlineOn: (date, zone) => `Scadenza: ${date} (ora di ${zone})`,
  cancel: 'Annulla',
  save: 'Salva',
  close: 'Chiudi',
  back: 'Indietro',
  next: 'Avanti',
  edit: 'Modifica',
  remove: 'Rimuovi',
  failed: (reason) => `Non ha funzionato: ${reason}`,
  /** Why the app refused a change (see Refusal in src/shared/domain/reducer.ts). */
  refused: {
    'account-missing': 'Questo account non esiste più.',
    'label-empty': 'L’account ha bisogno di un nome.',
    'group-missing': 'Questo Centro gestione account non esiste più.',
    'group-name-empty': 'Il gruppo ha bisogno di un nome.',
    'campaign-not-for-platform': 'Questa campagna non riguarda questo tipo di account.',
    'not-in-campaign': 'Questo account non partecipa a questa campagna.',
    'not-saved':
      'Non è stato possibile salvare i tuoi progressi (il disco o lo spazio del browser potrebbe essere pieno o bloccato). Non è cambiato nulla.',
    // — campaigns, in this group: begin (generated) —
    'group-not-for-platform': 'Questo tipo di account non si può collegare a un Centro gestione account di Meta.',
    'date-in-future': 'Questa data è nel futuro.',
    // — campaigns, in this group: end —
  },
};
