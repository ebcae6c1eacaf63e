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
  /** Wording for settings to switch off (LinkedIn, X) instead of forms to send. */
  toggle: {
    submitted: 'Hai indicato di averla disattivata',
    confirmed: 'Disattivata, prova salvata',
    hintInProgress: 'Disattiva l’impostazione, poi salvane la prova nella finestra guidata.',
    hintSubmitted: 'Riapri l’impostazione per salvare la prova che è disattivata.',
  },
};
