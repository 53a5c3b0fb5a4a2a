import { createContext, useContext } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages';

/** The edition's language and its words, for every component under a page. */
export interface I18n {
  locale: Locale;
  m: Messages;
}

/**
 * Set by the edition's provider (EnglishProvider, UkrainianProvider): each imports only its own
 * catalogue, so a page's JavaScript carries the words of its language and not the other's.
 */
export const I18nContext = createContext<I18n | null>(null);

/** The edition's language and words. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n: the page is not wrapped in its edition’s provider (components/i18n/)');
  return i18n;
}
