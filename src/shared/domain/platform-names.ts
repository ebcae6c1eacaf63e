/**
 * Brand names are the same in every language, so they live here and not in the message catalogs.
 */
import type { Platform } from './types';

/** The platform's name, e.g. "Instagram". */
export const PLATFORM_NAMES: Readonly<Record<Platform, string>> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  whatsapp: 'WhatsApp',
  linkedin: 'LinkedIn',
  x: 'X',
};

/** The company behind a platform, as in "Meta's e-mail". */
export const PLATFORM_COMPANIES: Readonly<Record<Platform, string>> = {
  facebook: 'Meta',
  instagram: 'Meta',
  whatsapp: 'Meta',
  linkedin: 'LinkedIn',
  x: 'X',
};
