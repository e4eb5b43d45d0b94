import { defineConfig } from 'vitest/config';

// Unit tests: shared/ and electron/ in Node; renderer repositories against fake-indexeddb.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
