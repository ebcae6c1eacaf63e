import type { Messages } from '../messages';

/** Deutsch: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `noch ${distance}`,
  countdownPassed: (distance) => `Frist seit ${distance} abgelaufen`,
  countdownNoDeadline: 'keine Frist',
  deadlineOn: (date, zone) => `Frist: ${date} (Zeitzone ${zone})`,
  cancel: 'Abbrechen',
  save: 'Speichern',
  close: 'Schließen',
  back: 'Zurück',
  next: 'Weiter',
  edit: 'Bearbeiten',
  remove: 'Entfernen',
  failed: (reason) => `Das hat nicht geklappt: ${reason}`,
  /** Why the app refused a change (see Refusal in src/shared/domain/reducer.ts). */
  refused: {
    'account-missing': 'Dieses Konto gibt es nicht mehr.',
    'label-empty': 'Das Konto braucht einen Namen.',
    'group-missing': 'Diese Kontenübersicht gibt es nicht mehr.',
    'group-name-empty': 'Die Gruppe braucht einen Namen.',
    'campaign-not-for-platform': 'Diese Kampagne betrifft diese Art von Konto nicht.',
    'not-in-campaign': 'Dieses Konto nimmt an dieser Kampagne nicht teil.',
    'not-saved':
      'Ihr Fortschritt konnte nicht gespeichert werden (die Festplatte oder der Browserspeicher ist vielleicht voll oder gesperrt). Es wurde nichts geändert.',
    // — campaigns, in this group: begin (generated) —
    'group-not-for-platform': 'Diese Art von Konto lässt sich nicht in der Kontenübersicht von Meta verknüpfen.',
    'date-in-future': 'Dieses Datum liegt in der Zukunft.',
    // — campaigns, in this group: end —
  },
};
