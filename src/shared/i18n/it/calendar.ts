import type { Messages } from '../messages';

/** Italiano: the calendar events. */
export const calendar: Messages['calendar'] = {
  name: 'Objector: prossime scadenze',
  deadlineSummary: ({ campaign }) => `Scadenza: ${campaign}`,
  deadlineDescription: ({ labels }) =>
    `Opponiti prima della scadenza per questi account: ${labels}. Apri Objector e invia ogni modulo (o disattiva ogni impostazione).`,
  followUpSummary: ({ company, label }) => `${company} ha risposto? (${label})`,
  followUpDescription: ({ company, label, sent }) =>
    `Hai inviato l’opposizione per «${label}» il ${sent}. Se ${company} non l’ha confermata, apri Objector: annota la risposta oppure presenta un reclamo a un’autorità per la protezione dei dati.`,
  recheckSummary: ({ platform, label }) => `L’impostazione di ${platform} è ancora disattivata? (${label})`,
  recheckDescription: ({ platform, label }) =>
    `A volte le piattaforme riattivano le impostazioni. Apri Objector, apri l’impostazione di ${platform} per «${label}» e verifica che sia ancora disattivata.`,
};
