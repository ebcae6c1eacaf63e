import type { Messages } from '../messages';

/** Deutsch: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `noch ${distance}`,
  countdownPassed: (distance) => `Frist seit ${distance} abgelaufen`,
  countdownNoDeadline: 'keine Frist',
  deadlineOn: (date, zone) => `Frist: ${date} (Zeitzone ${zone})`,
  passedHonest:
    'Wenn Sie jetzt widersprechen, schützt das weiterhin alles, was Sie ab jetzt veröffentlichen. Was vor der Frist öffentlich war, wurde möglicherweise schon verwendet.',
  passedAlreadyUsed: 'Was vor der Frist öffentlich war, wurde möglicherweise schon verwendet.',
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
    'not-saved-disk-full':
      'Nicht gespeichert: Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es dann erneut. Es wurde nichts geändert.',
    'read-only':
      'Nicht gespeichert: Objector kann nicht in seinen Datenordner schreiben und zeigt Ihre Daten vorerst nur an. Es wurde nichts geändert.',
    'limit-reached':
      'Nicht gespeichert: Objector speichert bereits so viel, wie es kann (zu viele Konten oder Schritte). Entfernen Sie Konten, die Sie nicht mehr brauchen, und versuchen Sie es dann erneut.',
  },
};
