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
    'not-saved-disk-full': 'Non enregistré : le disque est plein. Libérez de la place, puis réessayez. Rien n’a été modifié.',
    'read-only':
      'Non enregistré : Objector ne peut pas écrire dans son dossier de données ; pour l’instant, il affiche seulement vos données. Rien n’a été modifié.',
    'limit-reached':
      'Non enregistré : Objector conserve déjà tout ce qu’il peut (trop de comptes ou d’étapes). Retirez les comptes dont vous n’avez plus besoin, puis réessayez.',
  },
};
