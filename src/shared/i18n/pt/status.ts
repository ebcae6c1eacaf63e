import type { Messages } from '../messages';

/** Português: em que ponto está cada conta, e com que certeza. */
export const status: Messages['status'] = {
  toDo: 'Ainda não enviado',
  inProgress: 'Formulário aberto, ainda não enviado',
  submittedByPerson: 'Indicou que o enviou',
  submittedDetected: 'Enviado (a aplicação viu o formulário seguir)',
  confirmedOnPage: (company) => `Confirmado na página da ${company}`,
  confirmedByEmail: (company) => `Confirmado pelo e-mail da ${company}`,
  coveredByGroup: 'Coberta pelo seu grupo da Central de Contas',
  notApplicable: (reason) => `Não aplicável: ${reason}`,
  reasons: { under18: 'menor de 18 anos', noPublicContent: 'sem conteúdo público', other: 'outro motivo' },
  hints: {
    toDo: 'Ainda não foi enviado nada para esta conta.',
    inProgress: 'Quando tiver carregado em Enviar no formulário, indique-o aqui.',
    submitted: (company) => `A ${company} costuma enviar um e-mail de confirmação no prazo de um dia. Quando chegar, indique-o aqui.`,
    confirmed: 'Feito. Guarde o e-mail de confirmação como prova.',
    coveredByGroup: (label) =>
      `A oposição confirmada para «${label}» também cobre esta conta. Apresentá-la aqui também é uma precaução que não custa nada.`,
    notApplicable: 'Nada a fazer para esta conta.',
  },
  // — campaigns: begin (generated) —
  setting: {
    toDo: 'Ainda não desativada',
    toDoHint: 'A definição está ativada enquanto não a desativar.',
    openedHint: 'Desative a definição na página da plataforma e depois indique-o aqui.',
    off: ({ date }) => `Desativou-a a ${date}`,
    seenOff: ({ date }) => `Vista desativada na página a ${date}`,
    offHint: ({ date }) => `Próxima verificação de que continua desativada: ${date}.`,
    offHintNoRecheck: 'Feito. As verificações estão desativadas nas definições.',
    recheck: 'Está na hora de verificar se continua desativada',
    recheckHint: ({ date }) =>
      `As plataformas às vezes voltam a ativar estas definições. Vista desativada pela última vez a ${date}: abra a definição e verifique.`,
  },
  followUp: {
    noAnswer: 'Ainda sem resposta',
    refused: ({ company }) => `Recusada pela ${company}`,
    complained: 'Queixa apresentada',
    waitingHint: ({ company, date }) =>
      `A ${company} costuma confirmar por e-mail num dia. Se até ${date} nada tiver chegado, o Objector diz-lhe o que fazer.`,
    noAnswerHint: ({ date, company, days }) => `Enviada a ${date}, e a ${company} não a confirmou em ${days} dias.`,
    refusedHint: ({ date, note }) => `Registou a ${date}: «${note}».`,
    refusedHintNoNote: ({ date }) => `Registou a recusa a ${date}.`,
    complainedHint: ({ date }) => `Apresentou uma queixa a ${date}. A autoridade responde-lhe diretamente.`,
    whatToDo: 'O que pode fazer',
    checkSpam: ({ company }) =>
      `Procure o e-mail da ${company} em todas as caixas que esta conta usa, incluindo o spam. Se chegou, indique-o com «Recebi o e-mail da ${company}».`,
    refusedNext:
      'Se pedirem mais, pode voltar a enviar o formulário com isso. Não lhes deve nenhum motivo: o RGPD permite opor-se a qualquer momento.',
    complain:
      'Pode apresentar queixa a uma autoridade de proteção de dados: ela espera que se tenha dirigido primeiro à empresa, e as provas que guardou.',
  },
  // — campaigns: end —
};
