/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The layers are derived from geodata/ at run time (lib/geodata/load-geodata.ts): ship the folder.
  outputFileTracingIncludes: { '/**': ['./geodata/**'] },
};

export default nextConfig;
