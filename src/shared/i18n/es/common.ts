import type { Messages } from '../messages';

/** Español: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `quedan ${distance}`,
  countdownPassed: (distance) => `el plazo venció hace ${distance}`,
  countdownNoDeadline: 'sin plazo',
  deadlineOn: (date, zone) => `Plazo: ${date} (hora de ${zone})`,
  passedHonest:
    'Oponerse ahora sigue protegiendo lo que publique a partir de hoy. Lo que era público antes del plazo puede que ya se haya usado.',
};
