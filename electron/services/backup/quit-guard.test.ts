import { describe, expect, it, vi } from 'vitest';
import { createQuitGuard } from './quit-guard';

function setUp(wants: boolean, windowThere = true) {
  const calls = { asked: 0, quit: 0 };
  const guard = createQuitGuard({
    wantsBackup: async () => wants,
    askWindow: () => {
      calls.asked += 1;
      return windowThere;
    },
    quit: () => {
      calls.quit += 1;
    },
    timeoutMs: 1000,
  });
  return { guard, calls };
}

describe('the quit guard', () => {
  it('holds the quit, asks the window, and quits once the window is done', async () => {
    const { guard, calls } = setUp(true);
    expect(guard.beforeQuit()).toBe(true);
    await vi.waitFor(() => expect(calls.asked).toBe(1));
    expect(guard.beforeQuit()).toBe(true);
    guard.windowDone();
    expect(calls.quit).toBe(1);
    // The quit it triggers passes through.
    expect(guard.beforeQuit()).toBe(false);
  });

  it('lets the app close when no backup on quit is wanted, or there is no window', async () => {
    for (const [wants, window] of [[false, true], [true, false]] as const) {
      const { guard, calls } = setUp(wants, window);
      expect(guard.beforeQuit()).toBe(true);
      await vi.waitFor(() => expect(calls.quit).toBe(1));
      expect(guard.beforeQuit()).toBe(false);
    }
  });

  it('never keeps the app open longer than the timeout', async () => {
    vi.useFakeTimers();
    try {
      const { guard, calls } = setUp(true);
      guard.beforeQuit();
      await vi.waitFor(() => expect(calls.asked).toBe(1));
      vi.advanceTimersByTime(1000);
      expect(calls.quit).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
