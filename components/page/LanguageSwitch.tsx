'use client';

import { pagePath, type Locale } from '@/lib/i18n/locale';
import type { PageKind } from '@/lib/page/page-start';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The link to the same map in the other language. It keeps the reader's view, layers, day and tour
 * step: the page writes them into its address as they change, and the link takes that address's
 * query at the moment it is followed.
 */
export function LanguageSwitch({ kind }: { kind: PageKind }) {
  const { m } = useI18n();
  const other = m.otherEdition.lang as Locale;
  const base = pagePath(kind, other);
  // Fresh before the reader can follow, open or copy the link: the address changes as they use the map.
  const refresh = (event: { currentTarget: HTMLAnchorElement }) => {
    event.currentTarget.href = `${base}${window.location.search}`;
  };
  return (
    <a
      className="language-switch"
      href={base}
      hrefLang={other}
      lang={other}
      title={m.otherEdition.title}
      onClick={refresh}
      onAuxClick={refresh}
      onContextMenu={refresh}
      onMouseEnter={refresh}
      onFocus={refresh}
      onTouchStart={refresh}
    >
      {m.otherEdition.label}
    </a>
  );
}
