import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

// Unknown addresses: the map's pages are built apart (scripts/build-pages.ts) and the app has no root
// layout, so the 404 page is this global one (experimental.globalNotFound in next.config.mjs), in both
// languages, the one page the App Router renders.
export const metadata: Metadata = { title: 'Page not found · Сторінку не знайдено' };

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="not-found">
        <main>
          <h1>Page not found</h1>
          <p>
            <Link href="/">The map of 3 March 2022</Link>
          </p>
          <h2 lang="uk">Сторінку не знайдено</h2>
          <p lang="uk">
            <Link href="/uk">Карта 3 березня 2022 року</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
