import type { Messages } from '../messages';

/** Italiano: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `mancano ${distance}`,
  countdownPassed: (distance) => `scadenza superata da ${distance}`,
  countdownNoDeadline: 'nessuna scadenza',
  deadlineOn: (date, zone) => `Scadenza: ${date} (ora di ${zone})`,
  passedHonest:
    'Opporsi ora protegge ancora ciò che pubblicherai da oggi in poi. Ciò che era pubblico prima della scadenza potrebbe essere già stato usato.',
  passedAlreadyUsed: 'Ciò che era già pubblico prima della scadenza potrebbe essere già stato usato.',
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
    'not-saved-disk-full': 'Non salvato: il disco è pieno. Liberi un po’ di spazio e riprovi. Non è stato modificato nulla.',
    'read-only':
      'Non salvato: Objector non può scrivere nella sua cartella dei dati, quindi per ora si limita a mostrare i Suoi dati. Non è stato modificato nulla.',
    'limit-reached':
      'Non salvato: Objector conserva già tutto quello che può (troppi account o passaggi). Rimuova gli account che non Le servono più e riprovi.',
  },
};
