import type { Messages } from '../messages';

/** Italiano: primo avvio. */
export const onboarding: Messages['onboarding'] = {
  stepOf: (step, total) => `Passo ${step} di ${total}`,
  whatTitle: 'Meta vuole addestrare la sua IA con i tuoi post pubblici',
  whatBody:
    'Dal 27 maggio 2025 Meta usa i post, le foto e i commenti pubblici degli adulti nell’UE su Facebook e Instagram per addestrare la sua intelligenza artificiale, a meno che non si oppongano.',
  whatPoint1: 'Riguarda solo ciò che hai reso pubblico, non i tuoi messaggi privati.',
  whatPoint2: 'Ogni account conta: opporsi su uno non copre sempre gli altri.',
  objectionTitle: 'Cosa fa un’opposizione, e cosa non fa',
  objectionDoes: 'Fa: chiede a Meta di non usare più i tuoi contenuti pubblici per addestrare l’IA, d’ora in avanti.',
  objectionDoesNot: 'Non fa: non cancella nulla e non ritira ciò che è già stato usato.',
  objectionBody: 'Puoi opporti in qualsiasi momento, anche dopo la scadenza. Serve un minuto per account.',
  privacyTitle: 'Niente lascia questo computer',
  privacyBody:
    'L’elenco dei tuoi account e i tuoi progressi restano su questo computer. L’app non invia nulla da nessuna parte: l’unico traffico sei tu che visiti il modulo di Meta.',
  privacyPoint: 'Sei tu a premere Invia. L’app non compila né invia nulla al posto tuo.',
  start: 'Aggiungi il tuo primo account',
  skip: 'Salta',
};
