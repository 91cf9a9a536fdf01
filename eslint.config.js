import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The domain core stays pure: no UI, no Electron, no disk (DESIGN.md, convention 1). */
const sharedRestrictions = {
  paths: [
    { name: 'react', message: 'src/shared is the domain core: no React.' },
    { name: 'react-dom', message: 'src/shared is the domain core: no React.' },
    { name: 'electron', message: 'src/shared is the domain core: no Electron.' },
    { name: 'fs', message: 'src/shared does no I/O: disk work belongs in src/main/services.' },
    { name: 'node:fs', message: 'src/shared does no I/O: disk work belongs in src/main/services.' },
    { name: 'fs/promises', message: 'src/shared does no I/O.' },
    { name: 'node:fs/promises', message: 'src/shared does no I/O.' },
  ],
  patterns: [
    { group: ['@xyflow/*', 'react/*', 'react-dom/*'], message: 'src/shared is the domain core: no UI libraries.' },
    { group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'src/shared must not import the app layers.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Tests break documents on purpose, which needs untyped JSON.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/shared/**/*.ts'],
    // Tests may read files; the shipped core may not.
    ignores: ['src/shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', sharedRestrictions] },
  },
);
