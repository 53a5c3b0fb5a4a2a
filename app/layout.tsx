import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'Ukraine, 3 March 2022: talks in Belarus, ports seized, a million refugees',
  description:
    'Interactive map of day 8 of Russia’s invasion of Ukraine: the second round of talks in Belarus, Kherson seized and Mariupol besieged, and more than 1 million refugees by receiving country (UNHCR).',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#d9e6ee' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The first inline script of each map page sets data-scheme on this element before the first paint.
    <html lang="en" suppressHydrationWarning>
      <body>{children}</body>
    </html>
  );
}
