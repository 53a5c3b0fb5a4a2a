import { test as base, expect } from '@playwright/test';

/** Which edition a test project runs against: the Node server, or nginx serving out/. */
export type Edition = 'node' | 'static';

/**
 * Playwright's test, with the edition under test and the origin of the other-origin "news site"
 * that embeds that edition's map (tests/e2e/host-server.mjs). Both come from the project
 * (playwright.config.ts), so every spec runs against both editions.
 */
export const test = base.extend<{ edition: Edition; hostOrigin: string }>({
  edition: ['node', { option: true }],
  hostOrigin: ['http://localhost:3101', { option: true }],
});

/** Skips a test on the static edition, which cannot do what it checks (say why). */
export function nodeOnly(edition: Edition, why: string): void {
  test.skip(edition === 'static', why);
}

export { expect };
