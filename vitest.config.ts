import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // CI runs on two busy cores: a test asserts what it checks, never how fast. Vitest's 5 s default
    // failed exportMap.test.ts under load; heavy tests give their own, longer time where they need it.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
