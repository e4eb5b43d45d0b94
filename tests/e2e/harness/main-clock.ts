/**
 * Main's clock in the harness: the real time, plus however far a test moved it on. Backups
 * are named by the second main starts them, so a test that wants a second backup under a
 * new name moves this clock on instead of waiting for the wall clock.
 */
export class MainClock {
  private ahead = 0;

  readonly now = (): Date => new Date(Date.now() + this.ahead);

  advance(ms: number): void {
    this.ahead += ms;
  }
}
