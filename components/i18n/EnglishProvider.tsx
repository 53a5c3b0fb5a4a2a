import type { ReactNode } from 'react';
import { en } from '@/lib/i18n/messages/en';
import { I18nContext } from './I18nProvider';

const VALUE = { locale: 'en', m: en } as const;

/** The English edition's words, for the components of its pages. */
export function EnglishProvider({ children }: { children: ReactNode }) {
  return <I18nContext.Provider value={VALUE}>{children}</I18nContext.Provider>;
}
