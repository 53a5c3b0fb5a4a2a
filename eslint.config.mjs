// ESLint: Next.js's own rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's
// recommended rules through eslint-config-next/typescript. Run by `npm test` (npm run lint).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextCoreWebVitals,
  ...nextTypescript,
  // An argument a signature needs but a body does not (a catalogue's English ignores a count Ukrainian declines by) is named _x.
  { rules: { '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_' }] } },
  globalIgnores(['.next/**', 'out/**', 'public/**', '.page-scripts/**', '.pages/**', '.server/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);
