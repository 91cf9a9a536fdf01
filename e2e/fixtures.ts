import { test as base } from '@playwright/test';
import { openApp, type OpenedApp } from './harness';

/**
 * `test` with an `app` fixture: the sample map opened through the harness, and
 * closed (failing the test if the page threw) when the test ends.
 */
export const test = base.extend<{ app: OpenedApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  app: async ({}, use) => {
    const app = await openApp();
    try {
      await use(app);
    } finally {
      await app.close();
    }
  },
});

export { expect } from '@playwright/test';
