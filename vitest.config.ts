import { defineConfig } from 'vitest/config';

// Unit tests: shared/ and electron/ in Node; renderer repositories against fake-indexeddb.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A backstop, not a budget: vitest's 5 s default failed tests that take 1–2 s on a quiet
    // machine once a busy 2-core CI machine made them several times slower. 30 s still stops
    // a hung test; heavy tests carry their own timeout, sized for a slow machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
