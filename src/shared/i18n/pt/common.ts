import type { Messages } from '../messages';

/** Português: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `faltam ${distance}`,
  countdownPassed: (distance) => `o prazo terminou há ${distance}`,
  countdownNoDeadline: 'sem prazo',
  deadlineOn: (date, zone) => `Prazo: ${date} (hora de ${zone})`,
  passedHonest:
    'Opor-se agora continua a proteger o que publicar a partir de hoje. O que era público antes do prazo pode já ter sido usado.',
  passedAlreadyUsed: 'O que já era público antes do prazo pode já ter sido usado.',
  cancel: 'Cancelar',
  save: 'Guardar',
  close: 'Fechar',
  back: 'Voltar',
  next: 'Seguinte',
  edit: 'Editar',
  remove: 'Remover',
  failed: (reason) => `Não funcionou: ${reason}`,
  /** Why the app refused a change (see Refusal in src/shared/domain/reducer.ts). */
  refused: {
    'account-missing': 'Essa conta já não existe.',
    'label-empty': 'A conta precisa de um nome.',
    'group-missing': 'Esse Centro de Contas já não existe.',
    'group-name-empty': 'O grupo precisa de um nome.',
    'campaign-not-for-platform': 'Essa campanha não diz respeito a este tipo de conta.',
    'not-in-campaign': 'Esta conta não participa nessa campanha.',
    'not-saved':
      'Não foi possível guardar o seu progresso (o disco ou o armazenamento do navegador pode estar cheio ou bloqueado). Nada foi alterado.',
    'not-saved-disk-full': 'Não guardado: o disco está cheio. Liberte algum espaço e tente novamente. Nada foi alterado.',
    'read-only':
      'Não guardado: o Objector não consegue escrever na sua pasta de dados, por isso, por agora, apenas mostra os seus dados. Nada foi alterado.',
    'limit-reached':
      'Não guardado: o Objector já guarda tudo o que consegue (demasiadas contas ou passos). Remova as contas de que já não precisa e tente novamente.',
  },
};
