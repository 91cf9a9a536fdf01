import { defineConfig } from '@playwright/test';

/** E2E specs drive the built renderer in Debian's Chromium; see e2e/harness.ts. */
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
