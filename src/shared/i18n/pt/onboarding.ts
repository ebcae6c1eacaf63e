import type { Messages } from '../messages';

/** Português: primeiro arranque. */
export const onboarding: Messages['onboarding'] = {
  objectionTitle: 'O que uma oposição faz, e o que não faz',
  objectionDoesNot: 'Não faz: não apaga nada nem retira o que já foi usado.',
  objectionBody: 'Pode opor-se a qualquer momento, mesmo depois do prazo. Leva um minuto por conta.',
  privacyTitle: 'Nada sai deste computador',
  privacyPoint: 'É o próprio utilizador que carrega em Enviar. A aplicação nunca preenche nem envia nada por si.',
  // — campaigns: begin (generated) —
  stepOf: ({ step, total }) => `Passo ${step} de ${total}`,
  platformsTitle: 'Que plataformas usa?',
  platformsBody: 'Assinale cada uma em que tem conta, mesmo que a use pouco.',
  todayTitle: 'Como estão as coisas hoje',
  todayPassed: ({ date }) => `data passada a ${date}`,
  todayAhead: ({ date }) => `data: ${date}`,
  todayNone: 'sem prazo',
  objectionDoes: 'O que faz: pede à plataforma que deixe de usar, a partir de agora, o que publica para treinar a IA.',
  privacyBody:
    'A sua lista de contas e o seu progresso ficam neste computador. A aplicação não envia nada para lado nenhum: o único tráfego é você a visitar as páginas das próprias plataformas.',
  start: 'Ir para a minha lista',
  // — campaigns: end —
};
