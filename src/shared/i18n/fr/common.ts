import type { Messages } from '../messages';

/** Mots utilisés partout : nom de l'application, compte à rebours, statuts. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `encore ${distance}`,
  countdownPassed: (distance) => `échéance passée depuis ${distance}`,
  countdownNoDeadline: 'pas d’échéance',
  deadlineOn: (date, zone) => `Échéance : ${date} (heure de ${zone})`,
  cancel: 'Annuler',
  save: 'Enregistrer',
  close: 'Fermer',
  back: 'Retour',
  next: 'Suivant',
  edit: 'Modifier',
  remove: 'Supprimer',
  failed: (reason) => `Cela n’a pas fonctionné : ${reason}`,
  /** Why the app refused a change (see Refusal in src/shared/domain/reducer.ts). */
  refused: {
    'account-missing': 'Ce compte n’existe plus.',
    'label-empty': 'Le compte a besoin d’un nom.',
    'group-missing': 'Cet Espace Comptes n’existe plus.',
    'group-name-empty': 'Le groupe a besoin d’un nom.',
    'campaign-not-for-platform': 'Cette campagne ne concerne pas ce type de compte.',
    'not-in-campaign': 'Ce compte ne participe pas à cette campagne.',
    'not-saved':
      'Votre progression n’a pas pu être enregistrée (le disque ou le stockage du navigateur est peut-être plein ou bloqué). Rien n’a été modifié.',
    // — campaigns, in this group: begin (generated) —
    'group-not-for-platform': 'Ce type de compte ne peut pas être relié à un Espace Comptes de Meta.',
    'date-in-future': 'Cette date est dans le futur.',
    // — campaigns, in this group: end —
  },
};
