// Lint for the whole tree. Besides the usual rules it enforces the import boundaries:
// shared/ stays pure (no React, Dexie, Electron or Node built-ins) and the renderer
// never reaches Node or Electron directly.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs',
  'fs/promises', 'http', 'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks',
  'process', 'readline', 'stream', 'tls', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];
const nodePatterns = [{ group: ['node:*'], message: 'Node built-ins are only for electron/ and tests/.' }];
const noNode = nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are only for electron/ and tests/.' }));
const noElectron = [{ name: 'electron', message: 'Only the Electron glue in electron/ may import electron.' }];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode,
            ...noElectron,
            { name: 'react', message: 'shared/ is pure TypeScript: no React.' },
            { name: 'dexie', message: 'shared/ is pure TypeScript: no Dexie; storage lives in renderer/src/db.' },
          ],
          patterns: [
            ...nodePatterns,
            { group: ['react-*', 'dexie-*', '**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing from the app layers.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'indexedDB', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...noNode, ...noElectron],
          patterns: [...nodePatterns, { group: ['**/electron/**'], message: 'The renderer talks to main only through window.backoffice.' }],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.ts', 'build/**/*.{js,mjs,ts}', '*.config.{js,ts}', 'renderer/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/glue/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Keep electron imports in main.ts, preload.ts and electron/glue/ so the rest runs in Node tests.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'Main never imports renderer code.' }],
        },
      ],
    },
  },
  {
    // An assertion that is not awaited always passes.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'],
    languageOptions: { parserOptions: { project: './tests/tsconfig.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
);
