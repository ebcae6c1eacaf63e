import type { Messages } from '../messages';

/** Português: guide. */
export const guide: Messages['guide'] = {
  windowTitle: (label, platform) => `${label} (${platform}) · Objector`,
  panelLabel: 'Guia',
  desktopOnlyTitle: 'O formulário guiado precisa da aplicação de computador',
  desktopOnlyBody:
    'Num navegador, o Objector não consegue abrir o formulário numa sessão protegida própria de cada conta nem guardar uma prova da página. Abra o formulário a partir da lista num novo separador e registe cada passo.',
  notOpenTitle: 'Nenhum formulário aberto',
  notOpenBody: 'Escolha uma conta na lista e abra o respetivo formulário.',
  openChecklist: 'Abrir a lista',
  accountHeading: (label, platform) => `${label} no ${platform}`,
  accountEmail: (email) => `E-mail desta conta: ${email}`,
  accountNoEmail: 'Nenhum e-mail registado para esta conta.',
  address: (n, total) => `Endereço ${n} de ${total}`,
  loading: 'A carregar a página…',
  stepsHeading: 'Passos',
  currentStep: 'Passo atual',
  allDone: 'Concluído para esta conta. Guarde a prova.',
  steps: {
    signInTitle: (label) => `Inicie sessão como «${label}»`,
    signInBody: (platform) =>
      `Inicie sessão na página do ${platform} à direita com esta conta e nenhuma outra. Esta janela mantém a sessão separada das suas outras contas.`,
    checkEmailTitle: 'Verifique o e-mail no formulário',
    checkEmailKnown: (email) => `O formulário deve mostrar ${email}. Se mostrar outro endereço, tem sessão iniciada noutra conta.`,
    checkEmailUnknown: 'O formulário mostra o e-mail da conta com sessão iniciada. Confirme que é a conta certa.',
    chooseObjectionTitle: 'Escolha a oposição',
    chooseObjectionBody: 'Quando o formulário perguntar o assunto do pedido, escolha «Como posso fazer uma oposição…».',
    objectionTextTitle: 'Opcional: algumas palavras',
    objectionTextBody: 'O formulário pode ter um campo de texto livre. Não é preciso justificar; pode colar este texto.',
    objectionTextLabel: 'Texto sugerido',
    copy: 'Copiar o texto',
    copied: 'Copiado',
    pressSendTitle: 'Carregue em Enviar',
    pressSendBody: 'O Objector nunca escreve no formulário nem carrega em Enviar: é o próprio que o faz. Depois, indique-o abaixo.',
    confirmationTitle: 'Confirmação na página',
    confirmationBody: (company) =>
      `Quando a ${company} mostrar a confirmação, o Objector deteta-a, pergunta-lhe e guarda uma prova da página.`,
    mailboxTitle: (company) => `Veja a sua caixa de correio: o e-mail da ${company}`,
    mailboxBody: (company) =>
      `A ${company} envia um e-mail de confirmação, de alguns segundos a um dia depois. Guarde-o: é a prova mais forte.`,
    openSettingTitle: 'Abra a definição',
    openSettingBody: (setting) => `A página à direita mostra a definição «${setting}». Inicie sessão primeiro, se for pedido.`,
    switchOffTitle: 'Desative-a',
    switchOffBody: (setting) => `Desative «${setting}» e guarde, se a página o pedir.`,
    saveProofTitle: 'Guarde uma prova da definição desativada',
    saveProofBody: 'Quando a página mostrar a definição desativada, guarde uma prova: captura de ecrã datada e PDF.',
  },
  actions: {
    sent: 'Já enviei',
    saveProof: 'Guardar prova agora',
    nextAddress: 'Tentar o endereço seguinte',
    openInBrowser: 'Abrir no meu navegador',
    forgetLogin: 'Esquecer a sessão desta conta',
    forgetConfirm: (label) =>
      `Esquecer a sessão de «${label}» no Objector? Terá de iniciar sessão de novo. O progresso e as provas são mantidos.`,
    forgotten: 'Sessão esquecida. Inicie sessão de novo para continuar.',
    reload: 'Recarregar a página',
    toggleOff: 'Está desativada: guardar prova',
    gotEmail: 'Recebi-o',
    noEmail: 'Não chegou',
    moreActions: 'Outras ações',
  },
  detection: {
    heading: (company) => `Esta é a confirmação da ${company}?`,
    excerpt: 'A página diz:',
    yes: 'Sim, é',
    no: 'Não, ainda não',
  },
  proof: {
    saved: 'Prova guardada',
    savedAt: (when) => `Guardada a ${when}`,
    saving: 'A guardar a prova…',
    failed: (reason) => `Não foi possível guardar a prova: ${reason}`,
    open: (name) => `Abrir ${name}`,
    reveal: 'Mostrar na pasta',
  },
  problems: {
    loadError: 'Este endereço não carregou. Tente o seguinte.',
    unavailable: 'Esta página diz que o conteúdo não está disponível. Tente o endereço seguinte.',
    allFailed: 'Nenhum endereço funcionou. Abra o formulário no seu navegador ou encontre-o à mão:',
    manualPath: 'À mão:',
  },
  noEmail: {
    heading: 'O e-mail não chegou',
    wait: 'Pode demorar até 24 horas. Volte a ver amanhã.',
    spam: 'Veja na pasta de spam e em todas as caixas de correio que esta conta possa usar.',
    counts: 'A confirmação na página e a prova guardada já contam: a sua oposição foi enviada.',
    escalate:
      'Se a sua oposição for ignorada, pode apresentar queixa: a autoridade principal para a Meta é a Comissão de Proteção de Dados da Irlanda (DPC), e pode também recorrer à autoridade do seu país (em Portugal, a CNPD; em França, a CNIL).',
  },
  // — campaigns: begin (generated) —
  browser: {
    intro: 'Leia primeiro os passos. A página abre depois num novo separador: volte aqui a seguir e registe o que aconteceu.',
    openPage: ({ platform }) => `Abrir a página no ${platform}`,
    opened: 'A página está aberta noutro separador. Quando terminar, volte e registe abaixo o que aconteceu.',
    signInBody: ({ platform }) =>
      `Inicie sessão no ${platform} no novo separador com esta conta e nenhuma outra. Um navegador não separa as suas sessões: verifique que conta tem sessão iniciada.`,
    openSettingBody: ({ setting }) => `O novo separador mostra a definição «${setting}». Inicie sessão primeiro, se lhe for pedido.`,
    confirmationBody: ({ company }) =>
      `A ${company} mostra uma confirmação na página. Num navegador o Objector não a consegue ver: indique aqui que a enviou.`,
    saveProofTitle: 'Opcional: guardar uma captura de ecrã',
    saveProofBody:
      'Faça uma captura de ecrã da definição desativada e adicione-a aqui como prova. Também a pode adicionar mais tarde, em «Prova».',
    addScreenshot: 'Adicionar uma captura…',
    manualHeading: 'Se a ligação não funcionar',
    nextHeading: 'E depois',
    nextForm: ({ company }) =>
      `Carregue você mesmo em Enviar e depois indique aqui «Enviei». A ${company} costuma confirmar por e-mail num dia: guarde esse e-mail, é a sua melhor prova.`,
    nextSetting:
      'Depois de desativada, indique aqui «Desativei». O Objector vai pedir-lhe de vez em quando que verifique se continua desativada.',
  },
  // — campaigns: end —
};
