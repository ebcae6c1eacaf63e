import type { Messages } from '../messages';
import { plural } from '../plural';

/** Português: definições. */
export const settings: Messages['settings'] = {
  title: 'Definições',
  backToList: 'Voltar às suas contas',
  language: 'Idioma',
  languageSystem: (name) => `Como este computador (${name})`,
  reminders: 'Lembretes',
  remindersOn: 'Lembrar-me do prazo e de verificar o e-mail',
  pause: 'Pausar os lembretes',
  pauseDay: 'Durante 1 dia',
  pauseWeek: 'Durante 1 semana',
  pauseForever: 'Até os voltar a ligar',
  pausedUntil: (date) => `Os lembretes estão em pausa até ${date}.`,
  pausedForever: 'Os lembretes estão em pausa até os voltar a ligar.',
  resume: 'Voltar a ligar os lembretes',
  startAtLogin: 'Iniciar o Objector ao iniciar sessão',
  desktopOnly: 'Apenas na aplicação para computador.',
  theme: 'Aspeto',
  themeSystem: 'Como este computador',
  themeLight: 'Claro',
  themeDark: 'Escuro',
  data: 'Os seus dados',
  dataHint: 'Um ficheiro com as suas contas, progresso e definições. Útil para mudar de computador.',
  export: 'Exportar para um ficheiro',
  import: 'Importar de um ficheiro',
  exported: (path) => `Guardado em ${path}`,
  imported: (accounts, events) =>
    `Importação concluída: ${plural('pt', accounts, { one: '{n} conta', other: '{n} contas' })} e ${plural('pt', events, { one: '{n} passo', other: '{n} passos' })}.`,
  importInvalid: 'Não foi possível importar este ficheiro. Nada foi alterado.',
  reset: 'Recomeçar',
  resetHint: 'Retira da aplicação todas as contas e todo o progresso.',
  resetTitle: 'Recomeçar?',
  resetBody: 'Todas as contas, passos e definições são retirados da aplicação. Convém exportar uma cópia antes.',
  resetConfirm: 'Retirar tudo',
  done: 'Concluído',
  version: (version) => `Versão ${version}`,
  /** The file type in the save and open dialogs. */
  dataFileType: 'Exportação do Objector',
};
