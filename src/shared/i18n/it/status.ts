import type { Messages } from '../messages';

/** Italiano: a che punto è ogni account, e con quale certezza. */
export const status: Messages['status'] = {
  toDo: 'Non ancora inviata',
  inProgress: 'Modulo aperto, non ancora inviato',
  submittedByPerson: 'Hai detto di averlo inviato',
  submittedDetected: 'Inviato (l’app ha visto partire il modulo)',
  confirmedOnPage: (company) => `Confermato sulla pagina di ${company}`,
  confirmedByEmail: (company) => `Confermato dall’e-mail di ${company}`,
  coveredByGroup: 'Coperto dal tuo gruppo del Centro gestione account',
  notApplicable: (reason) => `Non applicabile: ${reason}`,
  reasons: { under18: 'meno di 18 anni', noPublicContent: 'nessun contenuto pubblico', other: 'altro motivo' },
  hints: {
    toDo: 'Per questo account non è ancora stato inviato nulla.',
    inProgress: 'Quando hai premuto Invia nel modulo, indicalo qui.',
    submitted: (company) => `${company} di solito invia un’e-mail di conferma entro un giorno. Quando arriva, indicalo qui.`,
    confirmed: 'Fatto. Conserva l’e-mail di conferma come prova.',
    coveredByGroup: (label) =>
      `L’opposizione confermata per «${label}» copre anche questo account. Farla anche qui è una precauzione che non costa nulla.`,
    notApplicable: 'Niente da fare per questo account.',
  },
  // — campaigns: begin (generated) —
  setting: {
    toDo: 'Non ancora disattivata',
    toDoHint: 'L’impostazione è attiva finché non la disattivi.',
    openedHint: 'Disattiva l’impostazione sulla pagina della piattaforma, poi dillo qui.',
    off: ({ date }) => `L’hai disattivata il ${date}`,
    seenOff: ({ date }) => `Vista disattivata sulla pagina il ${date}`,
    offHint: ({ date }) => `Prossimo controllo che sia ancora disattivata: il ${date}.`,
    offHintNoRecheck: 'Fatto. I controlli sono disattivati nelle impostazioni.',
    recheck: 'È ora di controllare che sia ancora disattivata',
    recheckHint: ({ date }) =>
      `A volte le piattaforme riattivano queste impostazioni. Vista disattivata l’ultima volta il ${date}: apri l’impostazione e controlla.`,
  },
  followUp: {
    noAnswer: 'Ancora nessuna risposta',
    refused: ({ company }) => `Rifiutata da ${company}`,
    complained: 'Reclamo presentato',
    waitingHint: ({ company, date }) =>
      `${company} di solito conferma per e-mail entro un giorno. Se entro il ${date} non è arrivato nulla, Objector ti dirà cosa fare.`,
    noAnswerHint: ({ date, company, days }) => `Inviata il ${date}, e ${company} non l’ha confermata in ${days} giorni.`,
    refusedHint: ({ date, note }) => `Hai annotato il ${date}: «${note}».`,
    refusedHintNoNote: ({ date }) => `Hai annotato il loro rifiuto il ${date}.`,
    complainedHint: ({ date }) => `Hai presentato un reclamo il ${date}. L’autorità ti risponde direttamente.`,
    whatToDo: 'Cosa puoi fare',
    checkSpam: ({ company }) =>
      `Cerca l’e-mail di ${company} in ogni casella usata da questo account, spam compreso. Se è arrivata, dillo con «Ho ricevuto l’e-mail di ${company}».`,
    refusedNext:
      'Se chiedono di più, puoi inviare di nuovo il modulo con quanto richiesto. Non devi giustificarti: il GDPR ti permette di opporti in qualsiasi momento.',
    complain:
      'Puoi presentare un reclamo a un’autorità per la protezione dei dati: si aspetta che tu ti sia rivolto prima all’azienda, e le prove che hai conservato.',
  },
  // — campaigns: end —
};
