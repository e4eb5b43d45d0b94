import { describe, it } from 'vitest';

/** True under CI: `.ci/run` sets CI=true, as hosted CI services do. */
export const underCi = Boolean(process.env.CI) && !['0', 'false'].includes(process.env.CI!.toLowerCase());

/**
 * Unit tests that need something only some machines have (root to mount a small disk, the
 * hledger binary). `missing` is null when the machine has it, else why not. Elsewhere they are
 * skipped with that reason in their name; under CI a missing need fails the run instead, so CI
 * cannot silently lose them.
 */
export function describeWhereAvailable(name: string, missing: string | null, tests: () => void): void {
  if (missing === null) {
    describe(name, tests);
  } else if (underCi) {
    describe(name, () => {
      it(`cannot run under CI: ${missing}`, () => {
        throw new Error(`${name}: ${missing}`);
      });
    });
  } else {
    describe.skip(`${name} (skipped: ${missing})`, tests);
  }
}
