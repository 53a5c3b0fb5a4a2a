import { pagePath, type Locale } from '@/lib/i18n/locale';
import type { PageKind } from '@/lib/page/page-start';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The link to the same map in the other language, with the reader's view, layers, day and tour
 * step: `query` is the map's state as the page writes it into its own address (null until the app
 * has read the address, when the link is the other edition's plain page).
 */
export function LanguageSwitch({ kind, query }: { kind: PageKind; query: string | null }) {
  const { m } = useI18n();
  const other = m.otherEdition.lang as Locale;
  const base = pagePath(kind, other);
  return (
    <a className="language-switch" href={query ? `${base}?${query}` : base} hrefLang={other} lang={other} title={m.otherEdition.title}>
      {m.otherEdition.label}
    </a>
  );
}
