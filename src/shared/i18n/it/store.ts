import type { Messages } from '../messages';

/** Italiano: the store and start-up. */
export const store: Messages['store'] = {
  readOnlyTitle: 'Per ora Objector non salva nulla',
  folderReadOnly:
    'Objector non può scrivere nella sua cartella dei dati (il disco o la cartella sono di sola lettura). Può consultare i Suoi account, ma ciò che cambia non viene conservato.',
  diskFull: 'Il disco è pieno: Objector non può salvare nulla. Può consultare i Suoi account, ma ciò che cambia non viene conservato.',
  newerVersion:
    'I Suoi dati sono stati salvati da una versione più recente di Objector. Questa versione non è in grado di leggerli: mostra un elenco vuoto e non modifica nulla sul disco.',
  danglingLink: (target) =>
    `Il file dei dati di Objector è un collegamento a ${target}, che non c’è (un disco non collegato?). Finché non torna disponibile non viene salvato nulla.`,
  cannotRead: (detail) => `Objector non riesce a leggere il suo file dei dati (${detail}). Non modifica nulla sul disco.`,
  cannotRepair: (detail) =>
    `Objector ha trovato un file dei dati danneggiato e non è riuscito a metterlo da parte (${detail}). Non modifica nulla sul disco.`,
  whereFiles: (folder) => `La Sua cartella dei dati: ${folder}`,
  whatToDoReadOnly: 'Renda la cartella scrivibile (o liberi spazio), poi chiuda Objector e lo riavvii.',
  whatToDoNewer: 'Installi la versione più recente di Objector per usare i Suoi dati.',
  whatToDoLink:
    'Colleghi il disco e riavvii Objector, oppure elimini il collegamento per ripartire dall’ultimo salvataggio su questo computer.',
  openDataFolder: 'Apri la cartella dei dati',
  openLogFolder: 'Apri la cartella del registro',
  logFolderHint:
    'Il registro elenca ciò che Objector ha fatto, con i numeri degli account ma mai i Suoi indirizzi e-mail, i nomi o il contenuto delle pagine. Resta su questo computer; può inviarcelo se qualcosa non funziona.',
  startFailedTitle: 'Objector non è riuscito ad avviarsi',
  startFailedBody: (reason) => `Qualcosa è andato storto all’avvio di Objector: ${reason}`,
  startFailedWhat:
    'I Suoi dati non sono stati modificati. Chiuda Objector e lo riavvii; se succede di nuovo, ci invii il registro (Apri la cartella del registro).',
  startFailedTray: 'Objector non è riuscito ad avviarsi: faccia clic per i dettagli',
  showDetails: 'Che cosa è successo?',
  quit: 'Esci da Objector',
};
