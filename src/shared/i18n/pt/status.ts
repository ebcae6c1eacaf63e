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
  /** Wording for settings to switch off (LinkedIn, X) instead of forms to send. */
  toggle: {
    submitted: 'Indicou que o desativou',
    confirmed: 'Desativado, prova guardada',
    hintInProgress: 'Desative a definição e depois guarde a prova na janela guiada.',
    hintSubmitted: 'Abra a definição de novo para guardar a prova de que está desativada.',
  },
};
