import type { Messages } from '../messages';

/** Português: the calendar events. */
export const calendar: Messages['calendar'] = {
  name: 'Objector: próximas datas',
  deadlineSummary: ({ campaign }) => `Prazo: ${campaign}`,
  deadlineDescription: ({ labels }) =>
    `Oponha-se antes do fim do prazo nestas contas: ${labels}. Abra o Objector e envie cada formulário (ou desative cada definição).`,
  followUpSummary: ({ company, label }) => `A ${company} já respondeu? (${label})`,
  followUpDescription: ({ company, label, sent }) =>
    `Enviou a oposição para «${label}» a ${sent}. Se a ${company} não a confirmou, abra o Objector: registe a resposta ou apresente uma reclamação a uma autoridade de proteção de dados.`,
  recheckSummary: ({ platform, label }) => `A definição do ${platform} continua desativada? (${label})`,
  recheckDescription: ({ platform, label }) =>
    `Por vezes, as plataformas voltam a ativar as definições. Abra o Objector, abra a definição do ${platform} para «${label}» e confirme que continua desativada.`,
};
