import type { Messages } from '../messages';

/** Italiano: guide. */
export const guide: Messages['guide'] = {
  windowTitle: (label, platform) => `${label} (${platform}) · Objector`,
  panelLabel: 'Guida',
  desktopOnlyTitle: 'Il modulo guidato richiede l’app desktop',
  desktopOnlyBody:
    'In un browser, Objector non può aprire il modulo in una sessione protetta per ogni account né salvare una prova della pagina. Apri il modulo dall’elenco in una nuova scheda e annota tu ogni passaggio.',
  notOpenTitle: 'Nessun modulo aperto',
  notOpenBody: 'Scegli un account nell’elenco e apri il suo modulo.',
  openChecklist: 'Apri l’elenco',
  accountHeading: (label, platform) => `${label} su ${platform}`,
  accountEmail: (email) => `E-mail di questo account: ${email}`,
  accountNoEmail: 'Nessuna e-mail annotata per questo account.',
  address: (n, total) => `Indirizzo ${n} di ${total}`,
  loading: 'Caricamento della pagina…',
  stepsHeading: 'Passaggi',
  currentStep: 'Passaggio attuale',
  allDone: 'Fatto per questo account. Conserva la prova.',
  steps: {
    signInTitle: (label) => `Accedi come «${label}»`,
    signInBody: (platform) =>
      `Accedi alla pagina di ${platform} a destra con questo account e nessun altro. Questa finestra tiene l’accesso separato dagli altri tuoi account.`,
    checkEmailTitle: 'Controlla l’e-mail nel modulo',
    checkEmailKnown: (email) =>
      `Il modulo dovrebbe mostrare ${email}. Se mostra un altro indirizzo, hai effettuato l’accesso con un altro account.`,
    checkEmailUnknown: 'Il modulo mostra l’e-mail dell’account con cui hai effettuato l’accesso. Verifica che sia quello giusto.',
    chooseObjectionTitle: 'Scegli l’opposizione',
    chooseObjectionBody: 'Quando il modulo chiede l’oggetto della richiesta, scegli «Come posso oppormi…».',
    objectionTextTitle: 'Facoltativo: qualche parola',
    objectionTextBody: 'Il modulo può avere un campo di testo libero. Non serve una motivazione; puoi incollare questo testo.',
    objectionTextLabel: 'Testo suggerito',
    copy: 'Copia il testo',
    copied: 'Copiato',
    pressSendTitle: 'Premi tu Invia',
    pressSendBody: 'Objector non scrive mai nel modulo e non preme mai Invia: lo fai tu. Poi indicalo qui sotto.',
    confirmationTitle: 'Conferma sulla pagina',
    confirmationBody: (company) => `Quando ${company} mostra la conferma, Objector la nota, te lo chiede e salva una prova della pagina.`,
    mailboxTitle: (company) => `Controlla la posta: l’e-mail di ${company}`,
    mailboxBody: (company) => `${company} invia un’e-mail di conferma, da pochi secondi a un giorno dopo. Conservala: è la prova migliore.`,
    openSettingTitle: 'Apri l’impostazione',
    openSettingBody: (setting) => `La pagina a destra mostra l’impostazione «${setting}». Accedi prima, se richiesto.`,
    switchOffTitle: 'Disattivala',
    switchOffBody: (setting) => `Disattiva «${setting}» e salva se la pagina lo chiede.`,
    saveProofTitle: 'Salva una prova dell’impostazione disattivata',
    saveProofBody: 'Quando la pagina mostra l’impostazione disattivata, salva una prova: screenshot datato e PDF.',
  },
  actions: {
    sent: 'L’ho inviato',
    saveProof: 'Salva una prova ora',
    nextAddress: 'Prova l’indirizzo successivo',
    openInBrowser: 'Apri nel mio browser',
    forgetLogin: 'Dimentica l’accesso di questo account',
    forgetConfirm: (label) => `Dimenticare l’accesso di «${label}» in Objector? Dovrai accedere di nuovo. I progressi e le prove restano.`,
    forgotten: 'Accesso dimenticato. Accedi di nuovo per continuare.',
    reload: 'Ricarica la pagina',
    toggleOff: 'È disattivata: salva la prova',
    gotEmail: 'L’ho ricevuta',
    noEmail: 'Non è arrivata',
    moreActions: 'Altre azioni',
  },
  detection: {
    heading: (company) => `È questa la conferma di ${company}?`,
    excerpt: 'La pagina dice:',
    yes: 'Sì, è questa',
    no: 'No, non ancora',
  },
  proof: {
    saved: 'Prova salvata',
    savedAt: (when) => `Salvata il ${when}`,
    saving: 'Salvataggio della prova…',
    failed: (reason) => `Impossibile salvare la prova: ${reason}`,
    open: (name) => `Apri ${name}`,
    reveal: 'Mostra nella cartella',
  },
  problems: {
    loadError: 'Questo indirizzo non si è caricato. Prova il successivo.',
    unavailable: 'Questa pagina dice che il contenuto non è disponibile. Prova l’indirizzo successivo.',
    allFailed: 'Nessun indirizzo ha funzionato. Apri il modulo nel tuo browser o trovalo a mano:',
    manualPath: 'A mano:',
  },
  noEmail: {
    heading: 'L’e-mail non è arrivata',
    wait: 'Può volerci fino a 24 ore. Ricontrolla domani.',
    spam: 'Guarda nella cartella spam e in ogni casella che questo account potrebbe usare.',
    counts: 'La conferma sulla pagina e la prova salvata contano già: la tua opposizione è stata inviata.',
    escalate:
      'Se la tua opposizione viene ignorata, puoi presentare reclamo: l’autorità capofila per Meta è la Commissione irlandese per la protezione dei dati (DPC), e puoi rivolgerti anche all’autorità del tuo paese (in Francia, la CNIL).',
  },
  // — campaigns: begin (generated) —
  browser: {
    intro: 'Leggi prima i passaggi. La pagina si apre poi in una nuova scheda: torna qui dopo e annota cosa è successo.',
    openPage: ({ platform }) => `Apri la pagina su ${platform}`,
    opened: 'La pagina è aperta in un’altra scheda. Quando hai finito, torna qui e annota qui sotto cosa è successo.',
    signInBody: ({ platform }) =>
      `Accedi a ${platform} nella nuova scheda con questo account e nessun altro. Un browser non tiene separati i tuoi accessi: controlla quale account è collegato.`,
    openSettingBody: ({ setting }) => `La nuova scheda mostra l’impostazione «${setting}». Accedi prima, se richiesto.`,
    confirmationBody: ({ company }) =>
      `${company} mostra una conferma sulla pagina. In un browser Objector non può vederla: di’ qui che l’hai inviata.`,
    saveProofTitle: 'Facoltativo: conservare uno screenshot',
    saveProofBody:
      'Fai uno screenshot dell’impostazione disattivata e aggiungilo qui come prova. Puoi anche aggiungerlo più tardi, in «Prova».',
    addScreenshot: 'Aggiungi uno screenshot…',
    manualHeading: 'Se il link non funziona',
    nextHeading: 'E poi',
    nextForm: ({ company }) =>
      `Premi tu Invia, poi di’ qui «L’ho inviato». ${company} di solito conferma per e-mail entro un giorno: conserva quell’e-mail, è la tua prova migliore.`,
    nextSetting: 'Quando è disattivata, di’ qui «L’ho disattivata». Objector ti chiederà ogni tanto di controllare che lo sia ancora.',
  },
  // — campaigns: end —
};
