import type { Messages } from '../messages';

/** Português: common. */
export const common: Messages['common'] = {
  appName: 'Objector',
  countdownLeft: (distance) => `faltam ${distance}`,
  countdownPassed: (distance) => `o prazo terminou há ${distance}`,
  countdownNoDeadline: 'sem prazo',
  deadlineOn: (date, zone) => `Prazo: ${date} (hora de ${zone})`,
  passedHonest:
    'Opor-se agora continua a proteger o que publicar a partir de hoje. O que era público antes do prazo pode já ter sido usado.',
  passedAlreadyUsed: 'O que já era público antes do prazo pode já ter sido usado.',
  cancel: 'Cancelar',
  save: 'Guardar',
  close: 'Fechar',
  back: 'Voltar',
  next: 'Seguinte',
  edit: 'Editar',
  remove: 'Remover',
  failed: (reason) => `Não funcionou: ${reason}`,
  platforms: { facebook: 'Facebook', instagram: 'Instagram', whatsapp: 'WhatsApp', linkedin: 'LinkedIn', x: 'X' },
  companies: { facebook: 'Meta', instagram: 'Meta', whatsapp: 'Meta', linkedin: 'LinkedIn', x: 'X' },
};
