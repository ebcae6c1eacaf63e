import type { Messages } from '../messages';

/** Português: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `faltam ${distance}`,
  countdownPassed: (distance) => `o prazo terminou há ${distance}`,
  countdownNoDeadline: 'sem prazo',
  deadlineOn: (date, zone) => `Prazo: ${date} (hora de ${zone})`,
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
    // — campaigns, in this group: begin (generated) —
    'group-not-for-platform': 'Este tipo de conta não pode ser ligado a um Centro de Contas da Meta.',
    'date-in-future': 'Essa data está no futuro.',
    // — campaigns, in this group: end —
  },
};
