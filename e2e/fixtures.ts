import { test as base } from '@playwright/test';
import { openApp, type OpenedApp } from './harness';

/**
 * `test` with an `app` fixture: a map opened through the harness (the sample unless
 * `test.use({ mapFile })` names another), closed when the test ends, failing the test
 * if the page threw.
 */
export const test = base.extend<{ app: OpenedApp; mapFile: string | undefined }>({
  mapFile: [undefined, { option: true }],
  app: async ({ mapFile }, use) => {
    const app = await openApp({ file: mapFile });
    try {
      await use(app);
    } finally {
      await app.close();
    }
  },
});

export { expect } from '@playwright/test';
