import type { Messages } from '../messages';
import { plural } from '../plural';

/** Infobulle et menu de l'icône de la barre des tâches. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector : ${countdown}`,
  tooltipWithProgress: (countdown, progress) => `Objector : ${countdown}\n${progress}`,
  progressLeft: (left) => plural('fr', left, { one: '{n} compte encore à faire', other: '{n} comptes encore à faire' }),
  progressAllDone: 'Tous les comptes sont faits',
  noAccounts: 'Aucun compte pour l’instant : ajoutez-les dans la liste',
  accountLine: (platform, label, status) => `${platform} ${label} : ${status}`,
  moreAccounts: (count) => plural('fr', count, { one: '… et {n} autre', other: '… et {n} autres' }),
  statuses: {
    'to-do': 'à faire',
    'in-progress': 'en cours',
    submitted: 'envoyé, vérifiez vos e-mails',
    confirmed: 'confirmé',
    'covered-by-group': 'couvert par son groupe',
    'not-applicable': 'pas nécessaire',
  },
  openNextForm: 'Ouvrir le formulaire suivant',
  openNextFormFor: (account) => `Ouvrir le formulaire suivant (${account})`,
  openChecklist: 'Ouvrir la liste',
  pauseReminders: 'Suspendre les rappels',
  pauseOneDay: 'Pendant 1 jour',
  pauseOneWeek: 'Pendant 1 semaine',
  pauseForever: 'Jusqu’à ce que je les réactive',
  resumeReminders: 'Réactiver les rappels',
  startAtLogin: 'Lancer à l’ouverture de session',
  edit: {
    menu: 'Édition',
    undo: 'Annuler',
    redo: 'Rétablir',
    cut: 'Couper',
    copy: 'Copier',
    paste: 'Coller',
    selectAll: 'Tout sélectionner',
  },
  quit: 'Quitter Objector',
};
