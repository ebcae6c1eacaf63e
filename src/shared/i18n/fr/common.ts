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
  passedAlreadyUsed: 'Ce qui était public avant l’échéance a peut-être déjà été utilisé.',
  cancel: 'Annuler',
  save: 'Enregistrer',
  close: 'Fermer',
  back: 'Retour',
  next: 'Suivant',
  edit: 'Modifier',
  remove: 'Supprimer',
  failed: (reason) => `Cela n’a pas fonctionné : ${reason}`,
  platforms: {
    facebook: 'Facebook',
    instagram: 'Instagram',
    whatsapp: 'WhatsApp',
    linkedin: 'LinkedIn',
    x: 'X',
  },
  companies: {
    facebook: 'Meta',
    instagram: 'Meta',
    whatsapp: 'Meta',
    linkedin: 'LinkedIn',
    x: 'X',
  },
};
