import type { Messages } from '../messages';

/** Mots utilisés partout : nom de l'application, compte à rebours, statuts. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `encore ${distance}`,
  countdownPassed: (distance) => `échéance passée depuis ${distance}`,
  countdownNoDeadline: 'pas d’échéance',
  deadlineOn: (date, zone) => `Échéance : ${date} (heure de ${zone})`,
  passedHonest:
    'Vous opposer maintenant protège encore ce que vous publierez à partir d’aujourd’hui. Ce qui était public avant l’échéance a peut-être déjà été utilisé.',
};
