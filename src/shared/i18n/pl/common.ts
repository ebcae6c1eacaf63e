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
};
