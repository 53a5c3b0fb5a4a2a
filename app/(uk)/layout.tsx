import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { EditionDocument } from '@/components/page/MapPages';
import { MESSAGES } from '@/lib/i18n/messages';
import { THEME_COLOR } from '@/lib/page/page-metadata';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../globals.css';

// The Ukrainian edition's root layout (/uk; the embed is built apart): <html lang="uk">.
export const metadata: Metadata = { title: MESSAGES.uk.page.title, description: MESSAGES.uk.page.description };

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: THEME_COLOR };

export default function UkrainianLayout({ children }: { children: ReactNode }) {
  return <EditionDocument locale="uk">{children}</EditionDocument>;
}
