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
};
