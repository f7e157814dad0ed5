import type { Language } from '../languages';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pl } from './pl';
import type { Messages } from './types';

/** Every message key (the English catalog is the source). */
export type MessageKey = keyof typeof en;

export const CATALOGS: Record<Language, Messages> = { en, de, es, fr, pl };
