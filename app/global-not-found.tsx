import type { Metadata } from 'next';
import './globals.css';

// Unknown addresses: the map's pages are built apart (scripts/pages/page-builder.ts) and the app has no root
// layout, so the 404 page is this global one (experimental.globalNotFound in next.config.mjs), in both
// languages, the one page the App Router renders. Plain links: the pages they open are not App Router
// pages, so a client-side navigation (next/link) would fetch them for nothing first.
export const metadata: Metadata = { title: 'Page not found · Сторінку не знайдено' };

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="not-found">
        <main>
          <h1>Page not found</h1>
          <p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- / is a built page (lib/page/pages.json) answered by a route handler, not an App Router page */}
            <a href="/">The map of 3 March 2022</a>
          </p>
          <h2 lang="uk">Сторінку не знайдено</h2>
          <p lang="uk">
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- as above */}
            <a href="/uk">Карта 3 березня 2022 року</a>
          </p>
        </main>
      </body>
    </html>
  );
}
