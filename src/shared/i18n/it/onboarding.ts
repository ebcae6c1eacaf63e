import type { Messages } from '../messages';

/** Italiano: primo avvio. */
export const onboarding: Messages['onboarding'] = {
  objectionTitle: 'Cosa fa un’opposizione, e cosa non fa',
  objectionDoesNot: 'Non fa: non cancella nulla e non ritira ciò che è già stato usato.',
  objectionBody: 'Puoi opporti in qualsiasi momento, anche dopo la scadenza. Serve un minuto per account.',
  privacyTitle: 'Niente lascia questo computer',
  privacyPoint: 'Sei tu a premere Invia. L’app non compila né invia nulla al posto tuo.',
  // — campaigns: begin (generated) —
  stepOf: ({ step, total }) => `Passo ${step} di ${total}`,
  platformsTitle: 'Quali piattaforme usi?',
  platformsBody: 'Seleziona ognuna in cui hai un account, anche se lo usi poco.',
  todayTitle: 'A che punto siamo oggi',
  todayPassed: ({ date }) => `data passata il ${date}`,
  todayAhead: ({ date }) => `data: ${date}`,
  todayNone: 'nessuna scadenza',
  objectionDoes: 'Cosa fa: chiede alla piattaforma di non usare più, da ora in poi, ciò che pubblichi per addestrare l’IA.',
  privacyBody:
    'La tua lista di account e i tuoi progressi restano su questo computer. L’app non invia nulla a nessuno: l’unico traffico sei tu che visiti le pagine delle piattaforme.',
  start: 'Vai alla mia lista',
  // — campaigns: end —
};
