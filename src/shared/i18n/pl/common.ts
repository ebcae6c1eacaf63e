import type { Messages } from '../messages';

/** Polski: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `zostało ${distance}`,
  countdownPassed: (distance) => `termin minął ${distance} temu`,
  countdownNoDeadline: 'brak terminu',
  deadlineOn: (date, zone) => `Termin: ${date} (strefa ${zone})`,
  passedHonest:
    'Sprzeciw złożony teraz nadal chroni to, co opublikujesz od dziś. To, co było publiczne przed terminem, mogło już zostać wykorzystane.',
  passedAlreadyUsed: 'To, co było publiczne przed terminem, mogło już zostać wykorzystane.',
  cancel: 'Anuluj',
  save: 'Zapisz',
  close: 'Zamknij',
  back: 'Wstecz',
  next: 'Dalej',
  edit: 'Edytuj',
  remove: 'Usuń',
  failed: (reason) => `Nie udało się: ${reason}`,
  platforms: { facebook: 'Facebook', instagram: 'Instagram', whatsapp: 'WhatsApp', linkedin: 'LinkedIn', x: 'X' },
  companies: { facebook: 'Meta', instagram: 'Meta', whatsapp: 'Meta', linkedin: 'LinkedIn', x: 'X' },
};
