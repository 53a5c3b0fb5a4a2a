/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The layers are derived from geodata/ at run time (lib/geodata/load-geodata.ts): ship the folder.
  outputFileTracingIncludes: { '/**': ['./geodata/**'] },
  async headers() {
    return [
      {
        // Every page but /embed may be framed only by the app itself (the embed dialog's preview).
        source: '/:path((?!embed$|embed\\.js$).*)',
        headers: [
          { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        ],
      },
      {
        // Newsrooms frame /embed from any site.
        source: '/embed',
        headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }],
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
