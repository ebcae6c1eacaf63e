import type { Messages } from '../messages';

/** Italiano: catalogo dei link, aggiornamenti. */
export const catalog: Messages['catalog'] = {
  linksChecked: (date) => `Link verificati il ${date}`,
  sourcesHeading: 'Da dove vengono queste informazioni',
  sourceDated: (title, date) => `${title} (${date})`,
  sourcePublished: (title, publication, date) => `${title}: ${publication}, ${date}`,
  ownBrowserOpened: (platform) =>
    `${platform} si è aperto nel tuo browser: il suo accesso non funziona all’interno di altre app. Torna qui quando hai finito.`,
  drift: {
    title: 'Questo link sembra cambiato',
    reasons: {
      unavailable: 'La pagina dice che il contenuto non è disponibile.',
      gone: 'Questo indirizzo non esiste più.',
      'outside-paths': 'Ha portato a un’altra pagina, per esempio la home page.',
      'markers-missing': 'La pagina non mostra il modulo o l’impostazione previsti.',
    },
    movedOn: (n, total) => `Objector è passato all’indirizzo ${n} di ${total}.`,
    reportHeading: 'Segnalalo al progetto',
    reportBody:
      'Questa segnalazione dice quale link è cambiato, così l’elenco dei link può essere corretto per tutti. Non contiene nomi, indirizzi e-mail né nulla del tuo account, e non viene inviato nulla se non lo invii tu.',
    reportLabel: 'La segnalazione',
    copy: 'Copia la segnalazione',
    copied: 'Segnalazione copiata',
    open: 'Aprila come issue nel mio browser',
  },
  prompt: {
    title: 'Tenere aggiornati i link?',
    catalog:
      'Le piattaforme spostano moduli e impostazioni. Objector può scaricare una volta al giorno l’elenco firmato dei link del progetto? Viene richiesto solo quel file: non viene inviato nulla su di te.',
    app: 'Objector può anche scaricare i propri aggiornamenti in background e installarli quando lo chiudi?',
    allow: 'Sì, consenti',
    refuse: 'No, grazie',
    later: 'Puoi cambiare idea in qualsiasi momento nelle impostazioni.',
  },
  settings: {
    title: 'Link e aggiornamenti',
    inUse: (version, date) => `Catalogo dei link in uso: versione ${version}, pubblicata il ${date}.`,
    builtIn: 'È incluso in questa versione di Objector.',
    fromFile: (date) => `È stato caricato da un file il ${date}.`,
    downloaded: (date) => `È stato scaricato il ${date}.`,
    pending: (version) => `La versione ${version} è pronta: sarà usata dal prossimo avvio.`,
    storedIgnored: 'Un aggiornamento del catalogo salvato in precedenza non è utilizzabile, quindi si usa il catalogo incluso.',
    key: (fingerprint) => `Gli aggiornamenti devono essere firmati con la chiave del progetto ${fingerprint}.`,
    catalogChecks: 'Controlla una volta al giorno se c’è un catalogo dei link più recente (non viene inviato nulla su di te)',
    catalogChecksDesktopOnly: 'Solo l’app desktop controlla da sé. Qui puoi caricare un aggiornamento da un file.',
    appUpdates: 'Scarica gli aggiornamenti di Objector in background e installali quando lo chiudo',
    appUpdatesUnavailable: 'Questa copia di Objector non può aggiornarsi da sola: gli aggiornamenti arrivano con l’app installata.',
    lastCheck: (date, result) => `Ultimo controllo, ${date}: ${result}`,
    checkAccepted: (version) => `versione ${version} accettata, usata dal prossimo avvio.`,
    checkUpToDate: 'il catalogo in uso è aggiornato.',
    checkUnreachable: 'non è stato possibile scaricare il file. Il prossimo controllo è domani.',
  },
  loadUpdate: 'Carica un aggiornamento del catalogo…',
  updateFileType: 'Aggiornamento del catalogo di Objector',
  accepted: (version) => `La versione ${version} del catalogo è stata accettata. Sarà usata dal prossimo avvio.`,
  refused: {
    unreadable: 'Questo file non può essere letto come aggiornamento del catalogo. Non è stato cambiato nulla.',
    'too-large': 'Questo file è troppo grande per essere un aggiornamento del catalogo. Non è stato cambiato nulla.',
    'bad-signature': 'La firma di questo aggiornamento è danneggiata. Non è stato cambiato nulla.',
    untrusted:
      'Questo aggiornamento non è firmato con la chiave del progetto, oppure è stato modificato dopo la firma. Non è stato cambiato nulla.',
    'not-newer': 'Questo aggiornamento non è più recente del catalogo in uso. Non è stato cambiato nulla.',
    invalid: 'Questo aggiornamento è firmato ma non supera i controlli dell’app. Non è stato cambiato nulla.',
    'drops-ids':
      'In questo aggiornamento mancano piattaforme o campagne a cui si riferiscono i tuoi progressi salvati. Non è stato cambiato nulla.',
    'no-trusted-key': 'Questa app non ha alcuna chiave per verificare gli aggiornamenti. Non è stato cambiato nulla.',
    'no-signature': 'Il file della firma (.sig) non si trova accanto a questo catalogo. Non è stato cambiato nulla.',
    'not-saved': 'Non è stato possibile salvare l’aggiornamento nella cartella dei dati dell’app. Non è stato cambiato nulla.',
  },
  toggleOn: {
    switchTitle: 'Attivala',
    switchBody: (setting) => `Attiva «${setting}» e salva se la pagina lo chiede.`,
    saveProofTitle: 'Salva la prova che è attivata',
    saveProofBody: 'Quando la pagina mostra l’impostazione attivata, salva una prova: screenshot datato e PDF.',
    saveProofAction: 'È attivata: salva la prova',
    iDidIt: 'L’ho attivata',
    submitted: 'Hai indicato di averla attivata',
    confirmed: 'Attivata, prova salvata',
    hintInProgress: 'Attiva l’impostazione, poi salvane la prova nella finestra guidata.',
    hintSubmitted: 'Riapri l’impostazione per salvare la prova che è attivata.',
  },
};
