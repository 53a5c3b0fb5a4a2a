import { readFileSync } from 'node:fs';

/** The pages (lib/page/pages.json): those framed by anyone get no X-Frame-Options. */
/** @type {{ path: string; framedBy: 'anyone' | 'self' }[]} */
const pages = JSON.parse(readFileSync(new URL('./lib/page/pages.json', import.meta.url), 'utf8'));
/** A path-to-regexp lookahead for the paths that anyone may frame: the embeds, and the loader other sites include. */
const framedByAnyone = [...pages.filter((p) => p.framedBy === 'anyone').map((p) => p.path.slice(1)), 'embed.js']
  .map((path) => `${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  .join('|');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The pages are built apart (scripts/pages/page-builder.ts) and have no root layout, so unknown addresses
  // get app/global-not-found.tsx, which writes its own <html>.
  experimental: { globalNotFound: true },
  reactStrictMode: true,
  // The layers are derived from geodata/ at run time (lib/geodata/load-geodata.ts): ship the folder.
  outputFileTracingIncludes: { '/**': ['./geodata/**'] },
  async headers() {
    return [
      {
        // Everywhere. Pages get their Content-Security-Policy, with their inline scripts' hashes, from
        // the build (scripts/precompress.ts; server/main.ts sends it, and the static edition's config).
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
        ],
      },
      {
        // Every path but the embeds and their loader may be framed only by the app itself (the embed
        // dialog's preview). Pages carry frame-ancestors in their CSP; the API and static files get it here.
        source: `/:path((?!${framedByAnyone}).*)`,
        headers: [{ key: 'X-Frame-Options', value: 'SAMEORIGIN' }],
      },
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'self'" }],
      },
      {
        // MapLibre and its worker (scripts/copy-maplibre.mjs): the folder is named after the version.
        source: '/maplibre/:path*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      {
        // The pages' client modules and stylesheet (scripts/pages/page-builder.ts): named after their content.
        source: '/_pages/:path*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      {
        // The map as a picture (scripts/build-pictures.ts): named after its content.
        source: '/_pictures/:path*',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
      {
        // The loader is included by other sites' pages.
        source: '/embed.js',
        headers: [
          { key: 'Cache-Control', value: 'public, max-age=3600' },
          { key: 'Access-Control-Allow-Origin', value: '*' },
        ],
      },
    ];
  },
};

export default nextConfig;
