import type { Messages } from '../messages';

/** Português: the store and start-up. */
export const store: Messages['store'] = {
  readOnlyTitle: 'O Objector não está a guardar nada por agora',
  folderReadOnly:
    'O Objector não consegue escrever na sua pasta de dados (o disco ou a pasta são só de leitura). Pode consultar as suas contas, mas o que alterar não fica guardado.',
  diskFull: 'O disco está cheio: o Objector não consegue guardar nada. Pode consultar as suas contas, mas o que alterar não fica guardado.',
  newerVersion:
    'Os seus dados foram guardados por uma versão mais recente do Objector. Esta versão não os consegue ler, por isso mostra uma lista vazia e não altera nada no disco.',
  danglingLink: (target) =>
    `O ficheiro de dados do Objector é uma ligação para ${target}, que não existe (um disco não ligado?). Nada é guardado até voltar a estar disponível.`,
  cannotRead: (detail) => `O Objector não consegue ler o seu ficheiro de dados (${detail}). Não altera nada no disco.`,
  cannotRepair: (detail) =>
    `O Objector encontrou um ficheiro de dados danificado e não o conseguiu pôr de parte (${detail}). Não altera nada no disco.`,
  whereFiles: (folder) => `A sua pasta de dados: ${folder}`,
  whatToDoReadOnly: 'Permita a escrita na pasta (ou liberte espaço) e depois feche o Objector e volte a abri-lo.',
  whatToDoNewer: 'Instale a versão mais recente do Objector para usar os seus dados.',
  whatToDoLink:
    'Ligue o disco e volte a abrir o Objector, ou remova a ligação para continuar a partir da última gravação neste computador.',
  openDataFolder: 'Abrir a pasta de dados',
  openLogFolder: 'Abrir a pasta do registo',
  logFolderHint:
    'O registo indica o que o Objector fez, com os números das contas, mas nunca os seus endereços de e-mail, nomes ou o conteúdo das páginas. Fica neste computador; pode enviá-lo para nós se algo correr mal.',
  startFailedTitle: 'Não foi possível iniciar o Objector',
  startFailedBody: (reason) => `Algo correu mal ao iniciar o Objector: ${reason}`,
  startFailedWhat:
    'Os seus dados não foram alterados. Feche o Objector e volte a abri-lo; se voltar a acontecer, envie-nos o registo (Abrir a pasta do registo).',
  startFailedTray: 'Não foi possível iniciar o Objector: clique para ver os detalhes',
  showDetails: 'O que aconteceu?',
  quit: 'Sair do Objector',
};
