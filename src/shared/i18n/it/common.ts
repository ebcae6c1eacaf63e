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
  platforms: { facebook: 'Facebook', instagram: 'Instagram', whatsapp: 'WhatsApp', linkedin: 'LinkedIn', x: 'X' },
  companies: { facebook: 'Meta', instagram: 'Meta', whatsapp: 'Meta', linkedin: 'LinkedIn', x: 'X' },
};
