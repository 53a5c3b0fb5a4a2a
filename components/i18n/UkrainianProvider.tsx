import type { ReactNode } from 'react';
import { uk } from '@/lib/i18n/messages/uk';
import { I18nContext } from './I18nProvider';

const VALUE = { locale: 'uk', m: uk } as const;

/** The Ukrainian edition's words, for the components of its pages. */
export function UkrainianProvider({ children }: { children: ReactNode }) {
  return <I18nContext.Provider value={VALUE}>{children}</I18nContext.Provider>;
}
