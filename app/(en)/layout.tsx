import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { EditionDocument } from '@/components/page/MapPages';
import { MESSAGES } from '@/lib/i18n/messages';
import { THEME_COLOR } from '@/lib/page/page-metadata';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../globals.css';

// The English edition's root layout (/; the embed is built apart, components/embed/EmbedDocument.tsx). The Ukrainian edition has its own, app/(uk)/layout.tsx,
// so that each page's <html lang> is right in the HTML the build writes.
export const metadata: Metadata = { title: MESSAGES.en.page.title, description: MESSAGES.en.page.description };

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: THEME_COLOR };

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <EditionDocument locale="en">{children}</EditionDocument>;
}
