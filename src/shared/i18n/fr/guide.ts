import type { Messages } from '../messages';

/** Français : guide. */
export const guide: Messages['guide'] = {
  windowTitle: (label, platform) => `${label} (${platform}) · Objector`,
  panelLabel: 'Guide',
  desktopOnlyTitle: 'Le formulaire guidé demande l’application de bureau',
  desktopOnlyBody:
    'Dans un navigateur, Objector ne peut ni ouvrir le formulaire dans une session protégée propre à chaque compte, ni enregistrer une preuve de la page. Ouvrez le formulaire depuis la liste dans un nouvel onglet, puis notez chaque étape vous-même.',
  notOpenTitle: 'Aucun formulaire ouvert',
  notOpenBody: 'Choisissez un compte dans la liste et ouvrez son formulaire.',
  openChecklist: 'Ouvrir la liste',
  accountHeading: (label, platform) => `${label} sur ${platform}`,
  accountEmail: (email) => `Adresse e-mail de ce compte : ${email}`,
  accountNoEmail: 'Aucune adresse e-mail notée pour ce compte.',
  address: (n, total) => `Adresse ${n} sur ${total}`,
  loading: 'Chargement de la page…',
  stepsHeading: 'Étapes',
  currentStep: 'Étape en cours',
  allDone: 'C’est fait pour ce compte. Gardez la preuve.',
  steps: {
    signInTitle: (label) => `Connectez-vous en tant que « ${label} »`,
    signInBody: (platform) =>
      `Connectez-vous sur la page ${platform} à droite avec ce compte, et aucun autre. Cette fenêtre garde sa connexion à part de vos autres comptes.`,
    checkEmailTitle: 'Vérifiez l’adresse e-mail du formulaire',
    checkEmailKnown: (email) =>
      `Le formulaire doit afficher ${email}. S’il affiche une autre adresse, vous êtes connecté à un autre compte.`,
    checkEmailUnknown: 'Le formulaire affiche l’adresse du compte connecté. Vérifiez que c’est le bon compte.',
    chooseObjectionTitle: 'Choisissez l’opposition',
    chooseObjectionBody: 'Quand le formulaire demande l’objet de votre demande, choisissez « Comment puis-je m’opposer… ».',
    objectionTextTitle: 'Facultatif : quelques mots',
    objectionTextBody:
      'Le formulaire peut proposer une zone de texte libre. Aucune justification n’est nécessaire ; vous pouvez coller ce texte.',
    objectionTextLabel: 'Texte proposé',
    copy: 'Copier le texte',
    copied: 'Copié',
    pressSendTitle: 'Appuyez vous-même sur Envoyer',
    pressSendBody:
      'Objector ne remplit jamais le formulaire et n’appuie jamais sur Envoyer : c’est vous qui le faites. Dites-le-nous ensuite ci-dessous.',
    confirmationTitle: 'Confirmation sur la page',
    confirmationBody: (company) =>
      `Quand ${company} affiche sa confirmation, Objector la repère, vous demande de la valider et enregistre une preuve de la page.`,
    mailboxTitle: (company) => `Surveillez votre boîte mail : l’e-mail de ${company}`,
    mailboxBody: (company) =>
      `${company} envoie un e-mail de confirmation, de quelques secondes à un jour plus tard. Gardez-le : c’est la meilleure preuve.`,
    openSettingTitle: 'Ouvrez le réglage',
    openSettingBody: (setting) => `La page à droite affiche le réglage « ${setting} ». Connectez-vous d’abord si on vous le demande.`,
    switchOffTitle: 'Désactivez-le',
    switchOffBody: (setting) => `Désactivez « ${setting} », puis enregistrez si la page le demande.`,
    saveProofTitle: 'Gardez une preuve du réglage désactivé',
    saveProofBody: 'Quand la page montre le réglage désactivé, enregistrez une preuve : capture d’écran datée et PDF.',
  },
  actions: {
    sent: 'Je l’ai envoyé',
    saveProof: 'Enregistrer une preuve',
    nextAddress: 'Essayer l’adresse suivante',
    openInBrowser: 'Ouvrir dans mon navigateur',
    forgetLogin: 'Oublier la connexion de ce compte',
    forgetConfirm: (label) =>
      `Oublier la connexion de « ${label} » dans Objector ? Il faudra vous reconnecter. Votre progression et vos preuves sont conservées.`,
    forgotten: 'Connexion oubliée. Reconnectez-vous pour continuer.',
    reload: 'Recharger la page',
    toggleOff: 'C’est désactivé : enregistrer la preuve',
    gotEmail: 'Je l’ai reçu',
    noEmail: 'Il n’est pas arrivé',
    moreActions: 'Autres actions',
  },
  detection: {
    heading: (company) => `Est-ce la confirmation de ${company} ?`,
    excerpt: 'La page indique :',
    yes: 'Oui, c’est bien ça',
    no: 'Non, pas encore',
  },
  proof: {
    saved: 'Preuve enregistrée',
    savedAt: (when) => `Enregistrée le ${when}`,
    saving: 'Enregistrement de la preuve…',
    failed: (reason) => `Impossible d’enregistrer la preuve : ${reason}`,
    open: (name) => `Ouvrir ${name}`,
    reveal: 'Afficher dans le dossier',
  },
  problems: {
    loadError: 'Cette adresse ne s’est pas chargée. Essayez la suivante.',
    unavailable: 'Cette page indique que le contenu n’est pas disponible. Essayez l’adresse suivante.',
    allFailed: 'Aucune adresse n’a fonctionné. Ouvrez le formulaire dans votre navigateur, ou trouvez-le à la main :',
    manualPath: 'À la main :',
  },
  noEmail: {
    heading: 'L’e-mail n’est pas arrivé',
    wait: 'Cela peut prendre jusqu’à 24 heures. Regardez de nouveau demain.',
    spam: 'Regardez dans vos courriers indésirables (spam), et dans chaque boîte mail que ce compte pourrait utiliser.',
    counts: 'La confirmation affichée sur la page et la preuve enregistrée comptent déjà : votre opposition a bien été envoyée.',
    escalate:
      'Si votre opposition est ignorée, vous pouvez porter plainte : l’autorité chef de file pour Meta est la Commission irlandaise de protection des données (DPC), et vous pouvez aussi saisir l’autorité de votre pays (en France, la CNIL).',
  },
  // — campaigns: begin (generated) —
  browser: {
    intro: 'Lisez d’abord les étapes. La page s’ouvre ensuite dans un nouvel onglet\u202f: revenez ici après, et notez ce qui s’est passé.',
    openPage: ({ platform }) => `Ouvrir la page sur ${platform}`,
    opened: 'La page est ouverte dans un autre onglet. Quand vous avez fini, revenez ici et notez ce qui s’est passé ci-dessous.',
    signInBody: ({ platform }) =>
      `Connectez-vous à ${platform} dans le nouvel onglet avec ce compte et aucun autre. Un navigateur ne sépare pas vos connexions\u202f: vérifiez quel compte est connecté.`,
    openSettingBody: ({ setting }) =>
      `Le nouvel onglet affiche le réglage «\u202f${setting}\u202f». Connectez-vous d’abord si on vous le demande.`,
    confirmationBody: ({ company }) =>
      `${company} affiche une confirmation sur la page. Dans un navigateur, Objector ne peut pas la voir\u202f: indiquez ici que vous avez envoyé le formulaire.`,
    saveProofTitle: 'Facultatif\u202f: garder une capture d’écran',
    saveProofBody:
      'Faites une capture d’écran du réglage désactivé et ajoutez-la ici comme preuve. Vous pouvez aussi l’ajouter plus tard, sous «\u202fPreuve\u202f».',
    addScreenshot: 'Ajouter une capture…',
    manualHeading: 'Si le lien ne fonctionne pas',
    nextHeading: 'Et ensuite',
    nextForm: ({ company }) =>
      `Appuyez vous-même sur Envoyer, puis dites «\u202fJe l’ai envoyé\u202f» ici. ${company} confirme en général par e-mail sous un jour\u202f: gardez cet e-mail, c’est votre meilleure preuve.`,
    nextSetting:
      'Une fois désactivé, dites «\u202fJe l’ai désactivé\u202f» ici. Objector vous demandera de temps en temps de vérifier qu’il l’est toujours.',
  },
  // — campaigns: end —
};
