import type { Messages } from '../messages';

/** Français : catalogue des liens, mises à jour. */
export const catalog: Messages['catalog'] = {
  linksChecked: (date) => `Liens vérifiés le ${date}`,
  sourcesHeading: 'D’où viennent ces informations',
  sourceDated: (title, date) => `${title} (${date})`,
  sourcePublished: (title, publication, date) => `${title} : ${publication}, ${date}`,
  ownBrowserOpened: (platform) =>
    `${platform} s’est ouvert dans votre propre navigateur : sa connexion ne fonctionne pas à l’intérieur d’autres applications. Revenez ici quand vous aurez terminé.`,
  drift: {
    title: 'Ce lien semble avoir changé',
    reasons: {
      unavailable: 'La page indique que le contenu n’est pas disponible.',
      gone: 'Cette adresse n’existe plus.',
      'outside-paths': 'Elle a mené à une autre page, par exemple la page d’accueil.',
      'markers-missing': 'La page ne montre pas le formulaire ou le réglage attendu.',
    },
    movedOn: (n, total) => `Objector est passé à l’adresse ${n} sur ${total}.`,
    reportHeading: 'Le signaler au projet',
    reportBody:
      'Ce rapport indique quel lien a changé, pour que la liste des liens soit corrigée pour tout le monde. Il ne contient ni nom, ni adresse e-mail, ni rien de votre compte, et rien n’est envoyé si vous ne l’envoyez pas vous-même.',
    reportLabel: 'Le rapport',
    copy: 'Copier le rapport',
    copied: 'Rapport copié',
    open: 'L’ouvrir comme ticket dans mon navigateur',
  },
  prompt: {
    title: 'Garder les liens à jour ?',
    catalog:
      'Les plateformes déplacent leurs formulaires et leurs réglages. Objector peut-il récupérer une fois par jour la liste signée des liens du projet ? Seul ce fichier est demandé : rien sur vous n’est envoyé.',
    app: 'Objector peut-il aussi télécharger ses propres mises à jour en arrière-plan et les installer quand vous le quittez ?',
    allow: 'Oui, autoriser',
    refuse: 'Non, merci',
    later: 'Vous pourrez changer d’avis à tout moment dans les réglages.',
  },
  settings: {
    title: 'Liens et mises à jour',
    inUse: (version, date) => `Catalogue de liens utilisé : version ${version}, publiée le ${date}.`,
    builtIn: 'Il est intégré à cette version d’Objector.',
    fromFile: (date) => `Il a été chargé depuis un fichier le ${date}.`,
    downloaded: (date) => `Il a été téléchargé le ${date}.`,
    pending: (version) => `La version ${version} est prête : elle sera utilisée au prochain démarrage.`,
    storedIgnored: 'Une mise à jour du catalogue gardée auparavant n’a pas pu être utilisée : c’est le catalogue intégré qui sert.',
    key: (fingerprint) => `Les mises à jour doivent être signées avec la clé du projet ${fingerprint}.`,
    catalogChecks: 'Vérifier une fois par jour s’il existe un catalogue de liens plus récent (rien sur vous n’est envoyé)',
    catalogChecksDesktopOnly:
      'Seule l’application pour ordinateur vérifie d’elle-même. Ici, vous pouvez charger une mise à jour depuis un fichier.',
    appUpdates: 'Télécharger les mises à jour d’Objector en arrière-plan et les installer quand je le quitte',
    appUpdatesUnavailable:
      'Cette copie d’Objector ne peut pas se mettre à jour elle-même : les mises à jour viennent avec l’application installée.',
    lastCheck: (date, result) => `Dernière vérification, le ${date} : ${result}`,
    checkAccepted: (version) => `version ${version} acceptée, utilisée au prochain démarrage.`,
    checkUpToDate: 'le catalogue utilisé est à jour.',
    checkUnreachable: 'le fichier n’a pas pu être récupéré. Prochaine vérification demain.',
  },
  loadUpdate: 'Charger une mise à jour du catalogue…',
  updateFileType: 'Mise à jour du catalogue Objector',
  accepted: (version) => `La version ${version} du catalogue a été acceptée. Elle sera utilisée au prochain démarrage.`,
  refused: {
    unreadable: 'Ce fichier n’a pas pu être lu comme une mise à jour du catalogue. Rien n’a été modifié.',
    'too-large': 'Ce fichier est trop volumineux pour être une mise à jour du catalogue. Rien n’a été modifié.',
    'bad-signature': 'La signature de cette mise à jour est abîmée. Rien n’a été modifié.',
    untrusted: 'Cette mise à jour n’est pas signée avec la clé du projet, ou elle a été modifiée après sa signature. Rien n’a été modifié.',
    'not-newer': 'Cette mise à jour n’est pas plus récente que le catalogue utilisé. Rien n’a été modifié.',
    invalid: 'Cette mise à jour est signée mais ne passe pas les contrôles de l’application. Rien n’a été modifié.',
    'drops-ids':
      'Cette mise à jour omet des plateformes ou des campagnes auxquelles votre progression enregistrée fait référence. Rien n’a été modifié.',
    'no-trusted-key': 'Cette application n’a aucune clé pour vérifier les mises à jour. Rien n’a été modifié.',
    'no-signature': 'Le fichier de signature (.sig) est introuvable à côté de ce catalogue. Rien n’a été modifié.',
    'not-saved': 'La mise à jour n’a pas pu être enregistrée dans le dossier de données de l’application. Rien n’a été modifié.',
  },
  toggleOn: {
    switchTitle: 'Activez-le',
    switchBody: (setting) => `Activez « ${setting} », puis enregistrez si la page le demande.`,
    saveProofTitle: 'Gardez une preuve du réglage activé',
    saveProofBody: 'Quand la page montre le réglage activé, enregistrez une preuve : une capture d’écran et un PDF datés.',
    saveProofAction: 'Il est activé : enregistrer la preuve',
    iDidIt: 'Je l’ai activé',
    submitted: 'Vous avez dit l’avoir activé',
    confirmed: 'Activé, preuve enregistrée',
    hintInProgress: 'Activez le réglage, puis enregistrez-en la preuve dans la fenêtre guidée.',
    hintSubmitted: 'Rouvrez le réglage pour enregistrer la preuve qu’il est activé.',
  },
};
