// Types for next.config.mjs, so that tests can import it (tests/unit/next-config.test.ts).
import type { NextConfig } from 'next';

declare const nextConfig: NextConfig;
export default nextConfig;
