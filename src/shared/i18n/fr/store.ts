import type { Messages } from '../messages';

/** Français: the store and start-up. */
export const store: Messages['store'] = {
  readOnlyTitle: 'Objector n’enregistre rien pour l’instant',
  folderReadOnly:
    'Objector ne peut pas écrire dans son dossier de données (le disque ou le dossier est en lecture seule). Vous pouvez consulter vos comptes, mais rien de ce que vous changez n’est conservé.',
  diskFull:
    'Le disque est plein : Objector ne peut rien enregistrer. Vous pouvez consulter vos comptes, mais rien de ce que vous changez n’est conservé.',
  newerVersion:
    'Vos données ont été enregistrées par une version plus récente d’Objector. Cette version ne sait pas les lire : elle affiche une liste vide et ne change rien sur le disque.',
  danglingLink: (target) =>
    `Le fichier de données d’Objector est un lien vers ${target}, qui est introuvable (un disque non branché ?). Rien n’est enregistré tant qu’il n’est pas revenu.`,
  cannotRead: (detail) => `Objector ne peut pas lire son fichier de données (${detail}). Il ne change rien sur le disque.`,
  cannotRepair: (detail) =>
    `Objector a trouvé un fichier de données endommagé et n’a pas pu le mettre de côté (${detail}). Il ne change rien sur le disque.`,
  whereFiles: (folder) => `Votre dossier de données : ${folder}`,
  whatToDoReadOnly: 'Rendez le dossier accessible en écriture (ou libérez de la place), puis quittez et relancez Objector.',
  whatToDoNewer: 'Installez la dernière version d’Objector pour retrouver vos données.',
  whatToDoLink: 'Branchez le disque et relancez Objector, ou supprimez le lien pour repartir du dernier enregistrement de cet ordinateur.',
  openDataFolder: 'Ouvrir le dossier de données',
  openLogFolder: 'Ouvrir le dossier du journal',
  logFolderHint:
    'Le journal indique ce qu’a fait Objector, avec les numéros des comptes mais jamais vos adresses e-mail, vos noms ni le contenu des pages. Il reste sur cet ordinateur ; vous pouvez nous l’envoyer en cas de problème.',
  startFailedTitle: 'Objector n’a pas pu démarrer',
  startFailedBody: (reason) => `Un problème est survenu au démarrage d’Objector : ${reason}`,
  startFailedWhat:
    'Vos données n’ont pas été modifiées. Quittez et relancez Objector ; si le problème se reproduit, envoyez-nous le journal (Ouvrir le dossier du journal).',
  startFailedTray: 'Objector n’a pas pu démarrer : cliquez pour en savoir plus',
  showDetails: 'Que s’est-il passé ?',
  quit: 'Quitter Objector',
};
