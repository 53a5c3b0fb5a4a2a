'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import { MESSAGES, type Messages } from '@/lib/i18n/messages';

/** The edition's language and its words, for every component under a page. */
export interface I18n {
  locale: Locale;
  m: Messages;
}

const I18nContext = createContext<I18n>({ locale: 'en', m: MESSAGES.en });

/** Gives the page's components its edition's language (the page knows it from its path, at build time). */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <I18nContext.Provider value={{ locale, m: MESSAGES[locale] }}>{children}</I18nContext.Provider>;
}

/** The edition's language and words. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
