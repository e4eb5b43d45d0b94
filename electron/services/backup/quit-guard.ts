/**
 * Holds the app's quit while the window takes its "when closing" backup. main.ts calls
 * `beforeQuit` from Electron's 'before-quit' event; the window answers through
 * 'backup:quit-ready', or the timeout lets the app close anyway — a backup must never
 * keep the office manager from shutting down.
 */
export type QuitGuardOptions = {
  wantsBackup(): Promise<boolean>;
  askWindow(): boolean;
  quit(): void;
  timeoutMs?: number;
};

export function createQuitGuard(options: QuitGuardOptions) {
  let state: 'open' | 'asking' | 'released' = 'open';
  let timer: ReturnType<typeof setTimeout> | undefined;

  function release(): void {
    if (state === 'released') return;
    state = 'released';
    if (timer) clearTimeout(timer);
    options.quit();
  }

  return {
    /** Returns true when the quit must wait (the caller prevents it). */
    beforeQuit(): boolean {
      if (state === 'released') return false;
      if (state === 'asking') return true;
      state = 'asking';
      void options.wantsBackup().then(
        (wanted) => {
          if (!wanted || !options.askWindow()) release();
          else timer = setTimeout(release, options.timeoutMs ?? 120_000);
        },
        () => release(),
      );
      return true;
    },
    /** The window's answer ('backup:quit-ready'). */
    windowDone(): void {
      if (state === 'asking') release();
    },
  };
}
