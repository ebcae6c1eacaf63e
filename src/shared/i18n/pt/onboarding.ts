import type { Messages } from '../messages';

/** Português: primeiro arranque. */
export const onboarding: Messages['onboarding'] = {
  stepOf: (step, total) => `Passo ${step} de ${total}`,
  whatTitle: 'A Meta quer treinar a sua IA com as suas publicações públicas',
  whatBody:
    'Desde 27 de maio de 2025, a Meta usa as publicações, fotos e comentários públicos dos adultos da UE no Facebook e no Instagram para treinar a sua inteligência artificial, a menos que se oponham.',
  whatPoint1: 'Só está em causa o que tornou público, não as suas mensagens privadas.',
  whatPoint2: 'Cada conta conta: opor-se numa nem sempre cobre as outras.',
  objectionTitle: 'O que uma oposição faz, e o que não faz',
  objectionDoes: 'Faz: pede à Meta que deixe de usar o seu conteúdo público para treinar IA, a partir de agora.',
  objectionDoesNot: 'Não faz: não apaga nada nem retira o que já foi usado.',
  objectionBody: 'Pode opor-se a qualquer momento, mesmo depois do prazo. Leva um minuto por conta.',
  privacyTitle: 'Nada sai deste computador',
  privacyBody:
    'A sua lista de contas e o seu progresso ficam neste computador. A aplicação não envia nada para lado nenhum: o único tráfego é o seu, ao visitar o formulário da Meta.',
  privacyPoint: 'É o próprio utilizador que carrega em Enviar. A aplicação nunca preenche nem envia nada por si.',
  start: 'Adicionar a primeira conta',
  skip: 'Saltar',
};
