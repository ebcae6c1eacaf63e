import type { Messages } from '../messages';
import { plural } from '../plural';

/** Português: dica e menu do ícone na área de notificação. */
export const tray: Messages['tray'] = {
  progressAllDone: 'Todas as contas estão feitas',
  noAccounts: 'Ainda sem contas: adicione-as na lista',
  openChecklist: 'Abrir a lista',
  pauseReminders: 'Pausar os lembretes',
  pauseOneDay: 'Durante 1 dia',
  pauseOneWeek: 'Durante 1 semana',
  pauseForever: 'Até eu os voltar a ativar',
  resumeReminders: 'Retomar os lembretes',
  startAtLogin: 'Iniciar ao entrar na sessão',
  edit: { menu: 'Editar', undo: 'Desfazer', redo: 'Refazer', cut: 'Cortar', copy: 'Copiar', paste: 'Colar', selectAll: 'Selecionar tudo' },
  quit: 'Sair do Objector',
  // — campaigns: begin (generated) —
  tooltip: ({ line }) => `Objector: ${line}`,
  tooltipWithProgress: ({ line, progress }) => `Objector: ${line}\n${progress}`,
  countdownFor: ({ campaign, countdown }) => `${campaign}: ${countdown}`,
  progressLeft: ({ count }) => plural('pt', count, { one: `falta {n} conta`, other: `faltam {n} contas` }),
  nothingNowWaiting: ({ count }) =>
    plural('pt', count, { one: `Nada a fazer por agora: aguarda {n} resposta`, other: `Nada a fazer por agora: aguarda {n} respostas` }),
  allDoneNextRecheck: ({ date }) => `Tudo feito, próxima verificação a ${date}`,
  titleLeft: ({ count }) => plural('pt', count, { other: `{n} por fazer` }),
  accountLine: ({ platform, label, status }) => `${platform} ${label}: ${status}`,
  accountLineIn: ({ platform, label, campaign, status }) => `${platform} ${label} (${campaign}): ${status}`,
  moreAccounts: ({ count }) => plural('pt', count, { one: `… e mais {n}`, other: `… e mais {n}` }),
  standing: {
    toDo: 'por fazer',
    opened: 'formulário aberto',
    waiting: 'enviada, a aguardar resposta',
    noAnswer: 'ainda sem resposta',
    refused: 'recusada',
    complained: 'queixa apresentada',
    confirmed: 'confirmada',
    covered: 'coberta pelo grupo',
    notNeeded: 'não é preciso',
    settingToDo: 'definição ainda ativada',
    settingOff: 'desativada',
    settingRecheck: 'verificar se continua desativada',
  },
  openNext: ({ account }) => `A seguir: ${account}`,
  // — campaigns: end —
};
