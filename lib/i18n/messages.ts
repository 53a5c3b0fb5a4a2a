import type { Locale } from './locale';
import { en, type Messages } from './messages/en';
import { uk } from './messages/uk';

export type { Messages };

/** Each edition's catalogue of interface words. */
export const MESSAGES: Record<Locale, Messages> = { en, uk };

/** Words in every edition's language, where they live beside the code they describe (the layer modules). */
export type Localized = Record<Locale, string>;
