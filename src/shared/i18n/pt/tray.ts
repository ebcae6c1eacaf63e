import type { Messages } from '../messages';
import { plural } from '../plural';

/** Português: dica e menu do ícone na área de notificação. */
export const tray: Messages['tray'] = {
  tooltip: (countdown) => `Objector: ${countdown}`,
  tooltipWithProgress: (countdown, progress) => `Objector: ${countdown}\n${progress}`,
  progressLeft: (left) => plural('pt', left, { one: 'falta {n} conta', other: 'faltam {n} contas' }),
  progressAllDone: 'Todas as contas estão feitas',
  noAccounts: 'Ainda sem contas: adicione-as na lista',
  accountLine: (platform, label, status) => `${platform} ${label}: ${status}`,
  moreAccounts: (count) => plural('pt', count, { one: '… e mais {n}', other: '… e mais {n}' }),
  statuses: {
    'to-do': 'por fazer',
    'in-progress': 'em curso',
    submitted: 'enviada, verifique o e-mail',
    confirmed: 'confirmada',
    'covered-by-group': 'coberta pelo grupo',
    'not-applicable': 'não é preciso',
  },
  openNextForm: 'Abrir o próximo formulário',
  openNextFormFor: (account) => `Abrir o próximo formulário (${account})`,
  openChecklist: 'Abrir a lista',
  pauseReminders: 'Pausar os lembretes',
  pauseOneDay: 'Durante 1 dia',
  pauseOneWeek: 'Durante 1 semana',
  pauseForever: 'Até eu os voltar a ativar',
  resumeReminders: 'Retomar os lembretes',
  startAtLogin: 'Iniciar ao entrar na sessão',
  edit: { menu: 'Editar', undo: 'Desfazer', redo: 'Refazer', cut: 'Cortar', copy: 'Copiar', paste: 'Colar', selectAll: 'Selecionar tudo' },
  quit: 'Sair do Objector',
};
